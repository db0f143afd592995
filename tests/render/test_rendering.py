"""Rendering: the plan of every file, long lists cut into pages that do not move, and the link helpers templates call."""
import json
from dataclasses import replace

import jinja2
import pytest
from render_helpers import TINY_KNOWLEDGE, tiny_briefs, tiny_index

from generator.index.site_index import build_index
from generator.model import Annotations, Article, Block, Brief, Figure, Mention, Quote
from generator.render import plan
from generator.render.helpers import PageHelpers, code_span, key_quotes
from generator.render.plan import paginate, plan_pages
from generator.render.site import RenderSettings, render_site
from generator.settings import PROJECT_ROOT


def pages_of(count: int, size: int = 3):
    items = [f"d{n:02d}" for n in range(count, 0, -1)]  # newest first; each item is its own date
    return paginate(items, size, "countries/jp.md", date_of=lambda item: item)


@pytest.mark.parametrize("count, expected", [
    (0, [("countries/jp.md", "Newest", ())]),
    (3, [("countries/jp.md", "Newest", ("d03", "d02", "d01"))]),
    (4, [("countries/jp.md", "Newest", ("d04", "d03", "d02")), ("countries/jp-archive-1.md", "from d01", ("d01",))]),
    (9, [("countries/jp.md", "Newest", ("d09", "d08", "d07")), ("countries/jp-archive-2.md", "d04 – d06", ("d06", "d05", "d04")),
         ("countries/jp-archive-1.md", "d01 – d03", ("d03", "d02", "d01"))]),
])
def test_pages_hold_the_newest_items_first_and_archives_cut_from_the_oldest(count, expected):
    assert [(p.path, p.label, p.items) for p in pages_of(count)] == expected


def test_undated_items_have_archive_pages_of_their_own():
    items = ["d05", "d04", "d03", "d02", "d01", "undated", "undated"]
    pages = paginate(items, 2, "briefs/index.md", date_of=lambda item: item)
    assert [(p.path, p.label, p.items) for p in pages] == [
        ("briefs/index.md", "Newest", ("d05", "d04")),
        ("briefs/index-archive-2.md", "from d03", ("d03",)),
        ("briefs/index-archive-1.md", "d01 – d02", ("d02", "d01")),
        ("briefs/index-undated-1.md", "undated", ("undated", "undated")),
    ]


def test_a_new_undated_item_leaves_the_dated_archive_pages_alone():
    dated = [f"d{n:02d}" for n in range(9, 0, -1)]
    before = {p.path: p.items for p in paginate(dated + ["undated"], 3, "x.md", date_of=lambda item: item)}
    after = {p.path: p.items for p in paginate(dated + ["undated", "undated"], 3, "x.md", date_of=lambda item: item)}
    assert {path for path in after if before.get(path) != after[path]} == {"x-undated-1.md"}


def test_every_page_lists_every_page_newest_first():
    pages = pages_of(9)
    assert all(p.pages == (("countries/jp.md", "Newest"), ("countries/jp-archive-2.md", "d04 – d06"),
                           ("countries/jp-archive-1.md", "d01 – d03")) for p in pages)


def test_a_new_item_changes_the_first_page_and_the_newest_archive_only():
    before = {p.path: (p.label, p.items) for p in pages_of(10)}
    after = {p.path: (p.label, p.items) for p in pages_of(11)}
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {"countries/jp.md", "countries/jp-archive-3.md"}
    assert after["countries/jp-archive-1.md"] == before["countries/jp-archive-1.md"]


# --- link helpers: every link relative to the page it is on, every label escaped ---------------------------


@pytest.fixture(scope="module")
def index():
    return tiny_index()


def helpers_on(page: str, index) -> PageHelpers:
    return PageHelpers(page, index, TINY_KNOWLEDGE)


@pytest.mark.parametrize("page, label, target, anchor, expected", [
    ("index.md", "Japan", "countries/jp.md", None, "[Japan](countries/jp.md)"),
    ("briefs/brief-1.md", "Japan", "countries/jp.md", None, "[Japan](../countries/jp.md)"),
    ("countries/jp.md", "Japan", "countries/jp.md", None, "[Japan](jp.md)"),  # the page itself
    ("countries/jp.md", "in context", "briefs/brief-1.md", "p2", "[in context](../briefs/brief-1.md#p2)"),
    ("briefs/brief-1.md", "top", "briefs/brief-1.md", "top", "[top](brief-1.md#top)"),
    ("index.md", "[x](javascript:y) *b* <i>", "report.md", None, r"[\[x\]\(javascript:y\) \*b\* &lt;i&gt;](report.md)"),
    ("index.md", "1. first", "report.md", None, "[1&#46; first](report.md)"),
])
def test_link(index, page, label, target, anchor, expected):
    assert helpers_on(page, index).link(label, target, anchor) == expected


@pytest.mark.parametrize("page, key, expected", [
    ("index.md", ("countries", "JP"), "[Japan](countries/jp.md)"),
    ("countries/sa.md", ("countries", "JP"), "[Japan](../countries/jp.md)"),
    ("countries/jp.md", ("countries", "JP"), "[Japan](jp.md)"),
    ("relations/jp-sa.md", ("relations", "jp-ru"), "[Japan–Russia](../relations/jp-ru.md)"),
    # discovered in a source, not in the knowledge base: no page, so plain text, escaped
    ("index.md", ("organizations", "acme"), r"&lt;b&gt;Acme&lt;/b&gt; &amp; \*Sons\*"),
])
def test_term_link(index, page, key, expected):
    assert helpers_on(page, index).term_link(index.terms[key]) == expected


def test_a_shared_term_link_is_not_reused_on_the_terms_own_page(index):
    links: dict = {}
    jp = index.terms[("countries", "JP")]
    on_sa = PageHelpers("countries/sa.md", index, TINY_KNOWLEDGE, links).term_link(jp)
    on_jp = PageHelpers("countries/jp.md", index, TINY_KNOWLEDGE, links).term_link(jp)
    assert (on_sa, on_jp) == ("[Japan](../countries/jp.md)", "[Japan](jp.md)")


@pytest.mark.parametrize("page, number, expected", [
    ("index.md", 1, "[Japan and Saudi Arabia sign](briefs/brief-1.md) · 2024-03-02 · TASS · news"),  # the outlet's name
    ("countries/jp.md", 2, r"[Japan talks to Russia](../briefs/brief-2.md) · 2024-03-01 · Gulf \*Daily\* · news"),  # as given
    ("briefs/brief-3.md", 3, "[Saudi news](brief-3.md) · undated · news"),
])
def test_brief_line(index, page, number, expected):
    assert helpers_on(page, index).brief_line(index.by_id[f"brief-{number}"]) == expected


def paragraph_brief(text: str, *surfaces: str) -> Brief:
    """A one-paragraph brief mentioning the countries with these names (ZZ is not a term of the index)."""
    codes = {"Japan": "JP", "Japanese": "JP", "Russia": "RU", "Saudi Arabia": "SA", "Zed": "ZZ"}
    mentions = tuple(Mention("countries", codes[s], s, 0, text) for s in surfaces)
    return Brief("brief-9", Article("9.txt", 0, "t", (Block("paragraph", text),)), Annotations(mentions=mentions))


@pytest.mark.parametrize("text, surfaces, expected", [
    ("Japan and Russia met; Japan agreed.", ("Japan", "Russia", "Japan"),
     "[Japan](../countries/jp.md) and [Russia](../countries/ru.md) met; Japan agreed."),  # the first mention only
    ("Japan and the Japanese people.", ("Japan", "Japanese"),
     "[Japan](../countries/jp.md) and the Japanese people."),  # one link per term, whatever the wording
    ("Zed and Japan.", ("Zed", "Japan"), "Zed and [Japan](../countries/jp.md)."),  # not a term: not linked
    ("Japan | *Russia* <b>", ("Japan", "Russia"), r"[Japan](../countries/jp.md) &#124; \*[Russia](../countries/ru.md)\* &lt;b&gt;"),
    ("1. <script>alert(1)</script> in Japan: [y](z) & {{ x }}", ("Japan",),
     r"1&#46; &lt;script&gt;alert\(1\)&lt;/script&gt; in [Japan](../countries/jp.md): \[y\]\(z\) &amp; \{\{ x \}\}"),
    ("- Japan said", ("Japan",), "&#45; [Japan](../countries/jp.md) said"),  # not a list item
    ("# Japan", ("Japan",), r"\# [Japan](../countries/jp.md)"),  # not a heading
    ("Russia", ("Japan",), "Russia"),  # a mention whose words are not in the paragraph links nothing
])
def test_linked_text(index, text, surfaces, expected):
    assert helpers_on("briefs/brief-9.md", index).linked_text(paragraph_brief(text, *surfaces), 0) == expected


def test_linked_text_links_a_term_in_the_paragraph_of_its_first_mention_only(index):
    helpers = helpers_on("index.md", index)
    brief = index.by_id["brief-1"]
    assert [helpers.linked_text(brief, block) for block in (0, 1)] == [
        "[Japan](countries/jp.md) and [Saudi Arabia](countries/sa.md) signed the [Manar Initiative](initiatives/manar.md); "
        "Japan said more would follow.",
        "Acme will build it.",  # Japan again, but not linked again; Acme is not in the knowledge base: no page, no link
    ]


# --- the plan: every file of the site -----------------------------------------------------------------------

TINY_SITE = {
    "index.md": "home.md.j2", "briefs/index.md": "briefs_index.md.j2", "report.md": "report.md.j2",
    "timeline.md": "timeline.md.j2", "timeline/2019.md": "timeline_year.md.j2",
    **{f"briefs/brief-{n}.md": "brief.md.j2" for n in (1, 2, 3)},
    **{f"{taxonomy}/index.md": "taxonomy.md.j2"
       for taxonomy in ("countries", "relations", "initiatives", "people", "organizations", "regions", "outlets")},
    **{path: "term.md.j2" for path in ("countries/jp.md", "countries/sa.md", "countries/ru.md", "relations/jp-ru.md",
                                       "relations/jp-sa.md", "initiatives/manar.md")},  # not organizations/acme.md: unconfirmed
    **{f"feeds/{subject}.{ext}": f"feed.{ext}"
       for subject in ("all", "countries/jp", "countries/sa", "countries/ru", "initiatives/manar") for ext in ("xml", "json")},
    "data/briefs.json": "data.briefs", "data/briefs-index.js": "data.facets", "data/report.json": "data.report",
}


def test_plan_pages_lists_every_file_of_the_site_once(index):
    jobs = plan_pages(index)
    assert {job.path: job.producer for job in jobs} == TINY_SITE
    assert len(jobs) == len(TINY_SITE)


def test_plan_pages_order_is_fixed(index):
    paths = [job.path for job in plan_pages(index)]
    assert paths[:5] == ["index.md", "briefs/index.md", "report.md", "timeline.md", "timeline/2019.md"]
    assert paths[5:8] == ["briefs/brief-1.md", "briefs/brief-2.md", "briefs/brief-3.md"]  # newest first, undated last
    assert paths[-3:] == ["data/briefs.json", "data/briefs-index.js", "data/report.json"]
    assert paths == [job.path for job in plan_pages(tiny_index())]


def test_long_term_lists_get_archive_pages_in_the_plan(index, monkeypatch):
    monkeypatch.setattr(plan, "TERM_BRIEFS_PER_PAGE", 1)
    monkeypatch.setattr(plan, "BRIEFS_PER_PAGE", 2)
    added = {job.path for job in plan_pages(index)} - set(TINY_SITE)
    # Japan is in two dated briefs, Saudi Arabia in a dated and an undated one; the briefs list has three.
    assert added == {"countries/jp-archive-1.md", "countries/sa-undated-1.md", "briefs/index-undated-1.md"}


# --- brief pages: key quotes, literal code -------------------------------------------------------------------

def quote(text: str, speaker: str | None = None, name: str | None = None) -> Quote:
    return Quote(text, speaker, name, 0)


LONG = "x" * 80


@pytest.mark.parametrize("quotes, limit, shown", [
    ([quote(LONG, "a"), quote("short", "b")], 4, [0, 1]),  # a handful: all of them, in the article's order
    ([quote(LONG), quote(LONG, None, "Kim"), quote(LONG, "abe")], 2, [1, 2]),  # named speakers first
    ([quote("yes", "abe"), quote(LONG, "abe"), quote(LONG, "abe")], 2, [1, 2]),  # a full statement over a word
    ([quote(LONG, "abe")] * 3, 2, [0, 1]),  # ties: the earliest
])
def test_key_quotes_are_the_most_newsworthy_in_the_articles_order(quotes, limit, shown):
    first, rest = key_quotes(quotes, limit)
    assert first == [quotes[i] for i in shown]
    assert len(first) + len(rest) == len(quotes)


@pytest.mark.parametrize("text, expected", [
    ("published: YYYY-MM-DD", "`published: YYYY-MM-DD`"),
    ("a `b` c", "``a `b` c``"),  # a longer fence than the text holds
    ("`x`", "`` `x` ``"),  # padded when the text starts or ends with a backtick
    ("<b>*x*</b>\nnext", "`<b>*x*</b> next`"),  # literal (Markdown escapes code), on one line
])
def test_code_span_shows_text_literally(text, expected):
    assert code_span(text) == expected


# --- the CLI's `failed`: what `make site` runs after the build ------------------------------------------------

@pytest.mark.parametrize("sources, code, message", [
    ([{"path": "a.txt", "briefs": ["a-1"], "error": None}], 0, ""),
    ([{"path": "a.txt", "briefs": [], "error": "binary file"}, {"path": "b.txt", "briefs": ["b-1"], "error": None}], 1,
     "error: sources/a.txt: binary file\n1 source file(s) failed and are not on the site"),
])
def test_failed_names_the_failed_sources_of_a_build_report(tmp_path, capsys, sources, code, message):
    from generator.__main__ import main

    report = tmp_path / "report.json"
    report.write_text(json.dumps({"sources": sources, "unresolved": []}), encoding="utf-8")
    assert main(["failed", str(report)]) == code
    assert capsys.readouterr().err.startswith(message)


def test_failed_without_a_report_is_an_error(tmp_path, capsys):
    from generator.__main__ import main

    assert main(["failed", str(tmp_path / "missing.json")]) == 2
    assert "cannot read the build report" in capsys.readouterr().err


def test_a_figure_links_every_paragraph_it_is_in():
    first, *others = tiny_briefs()
    figure = Figure("$5 billion", "money", "Acme will build it.", 1, places=(0, 2))
    brief = replace(first, notes=replace(first.notes, figures=(figure,)))
    index = build_index([brief, *others], TINY_KNOWLEDGE, [], [f"{n}.txt" for n in (1, 2, 3)])
    pages = render_site(index, TINY_KNOWLEDGE, RenderSettings(PROJECT_ROOT / "templates"))
    row = next(line for line in pages["briefs/brief-1.md"].splitlines() if line.startswith("| **$5 billion**"))
    assert row == "| **$5 billion** | money | Acme will build it. [¶2](brief-1.md#p2), [¶1](brief-1.md#p1), [¶3](brief-1.md#p3) |"
    exported = json.loads(pages["data/briefs.json"])["briefs"]
    assert [b["figures"] for b in exported if b["id"] == "brief-1"] == [[
        {"text": "$5 billion", "kind": "money", "sentence": "Acme will build it.", "paragraph": 2, "paragraphs": [2, 1, 3]}]]


class _Counter:
    """A helper object whose bound method a template calls."""

    def __init__(self):
        self.calls = 0

    def bump(self, step=1):
        self.calls += step
        return self.calls

    @jinja2.pass_context
    def who(self, context):
        return context["who"]


def _stops():
    raise StopIteration


@pytest.mark.parametrize(("source", "names", "expected"), [
    ("{{ bump() }} {{ bump(2) }}", lambda: {"bump": _Counter().bump}, "1 3"),  # a bound method: called straight away
    ("{% for x in [1, 2] %}{{ bump(x) }}{% endfor %}", lambda: {"bump": _Counter().bump}, "13"),  # inside a loop
    ("{{ found.get('a') }}", lambda: {"found": {"a": "b"}}, "b"),  # a builtin method
    ("{{ named() }}", lambda: {"named": jinja2.pass_context(lambda context: context["who"]), "who": "Ana"}, "Ana"),
    ("{{ who_is() }}", lambda: {"who": "Ana", "who_is": _Counter().who}, "Ana"),  # a bound method that takes the context
    ("{{ stops() is undefined }}", lambda: {"stops": _stops}, "True"),  # StopIteration: undefined, as Jinja answers it
])
def test_templates_call_helpers_as_jinja_does(source, names, expected, tmp_path):
    from generator.render.helpers import make_environment

    env = make_environment(tmp_path)
    env.finalize = None
    assert env.from_string(source).render(**names()) == expected
