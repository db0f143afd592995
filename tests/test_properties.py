"""Properties over random input: random bytes, text and frontmatter through the reader, the cleaner, the
annotators and the renderer. Nothing raises except the documented SourceError results, and rendered
Markdown never carries structure from the input. The number of examples each test ran is printed in
the terminal summary."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from stage_helpers import count_example, find_active_markup, render_markdown, settings_for

from generator.annotate import annotate_article, dates, discovery, figures, initiative_discovery, organisation_acronyms, organisations
from generator.annotate import organisation_descriptions as descriptions
from generator.index.site_index import brief_id, build_index
from generator.markdown_text import escape_markdown, fold_text
from generator.model import Article, Block, Brief, SourceDocument, SourceError
from generator.render.site import RenderSettings, render_site
from generator.settings import PROJECT_ROOT
from generator.slugs import MAX_SLUG_LENGTH, slugify
from generator.sources import furniture
from generator.sources.lines import _TRAILER, may_trail, normalise_line
from generator.sources.metadata import SourceFormatError, split_frontmatter
from generator.sources.reading import decode_bytes, read_source
from generator.sources.splitting import split_articles

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: Pieces of text that mean something to Markdown, HTML, Jinja2, MkDocs, the cleaner or the annotators.
TOKENS = [
    "<script>alert('pwned')</script>", "<img src=x onerror=alert('pwned')>", '<a href="javascript:alert(1)">x</a>',
    "[pwned](javascript:alert(1))", "![pwned](https://evil.example/pwned.png)", "<https://evil.example/pwned>",
    "# ", "## ", "### ", "---", "***", "===", "* ", "- ", "+ ", "1. ", "2) ", "> ", "| a | b |", "|---|---|", "`", "```",
    "~~~", "    ", "!!! danger", "??? note", "/// note", "{: #pwned onclick=alert(1) }", "{{ pwned }}", "{% include 'x' %}",
    "{#", "#}", "&lt;", "&amp;", "&#60;", "\\", "_", "*", "[", "]", "(", ")", "<", ">", "&", '"', "'", "“", "”", "‘", "’",
    "«", "»", "—", "-", ":", "said", "told Reuters", "according to", "Japan", "Russia", "Saudi Arabia", "the Kremlin",
    "Vladimir Putin", "Putin", "Prime Minister", "President", "Foreign Minister Yoshimasa Hayashi", "(Reuters)",
    "(AFP/Getty Images)", "TOKYO, March 3. /TASS/.", "MOSCOW (Reuters) -", "By Jane Doe", "JANE DOE, Daily Courier staff writer",
    "$5 billion", "5%", "two", "March 3, 2024", "in 2019", "last year", "Mr.", "Dr.", "U.S.", "A.", "pwned", "Share", "12",
    "\u00a0", "\u200b", "\t", "\n", "\n\n", "\n\n\n", "\r\n", "\u2028", "\ufeff", "\x00", "\x1b", "\ud800", "\uffff",
    "مجلس الأمن", "東京会議", "Москва", "İstanbul", "e\u0301", "ﬁ", "\U0001F600",
]
hostile_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=50).map(" ".join)
any_text = st.one_of(hostile_text, st.text(max_size=300))
yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20), st.dates(),
              st.sampled_from(["2023-02-30", "yesterday", "javascript:alert(1)", "https://example.com/a", "news", "JP, SA"])),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
frontmatter_keys = st.sampled_from(["title", "date", "published", "outlet", "author", "url", "kind", "countries", "tags", "Title", "extra"])
STRING_KEYS = {"title", "outlet", "author", "url", "kind"}
WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """A folder for files written by property tests (module-scoped: Hypothesis reruns the test body)."""
    return tmp_path_factory.mktemp("properties")


# --- reading ----------------------------------------------------------------------------------------


@PROPERTY
@given(data=st.one_of(
    st.binary(max_size=3000),
    st.tuples(any_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "koi8_r", "shift_jis"])).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")),
))
def test_decoding_random_bytes_gives_text_or_a_source_format_error(data):
    count_example("decode_bytes")
    try:
        text = decode_bytes(data)
    except SourceFormatError as error:
        assert str(error).startswith(("binary file", "invalid utf-"))
    else:
        assert isinstance(text, str)


@PROPERTY
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.txt", "b.md", "c.markdown", "d.text"]))
def test_reading_random_files_gives_a_document_or_an_error(scratch, data, name):
    count_example("read_source")
    settings_ = settings_for(scratch, max_source_bytes=2000)
    path = scratch / name
    path.write_bytes(data)
    result = read_source(path, name, settings_)
    assert isinstance(result, (SourceDocument, SourceError))
    if isinstance(result, SourceError):
        assert result.path == name and result.message
    else:
        assert result.text.strip() and "\r" not in result.text
        assert fold_text(result.text) == " ".join(result.text.split())  # nothing unprintable left
        assert len(data) <= 2000


@PROPERTY
@given(meta=st.dictionaries(frontmatter_keys, yaml_values, max_size=6), body=any_text)
def test_random_frontmatter_is_coerced_or_rejected_with_a_message(meta, body):
    count_example("frontmatter (YAML)")
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    try:
        coerced, rest = split_frontmatter(text)
    except SourceFormatError as error:
        assert str(error).startswith("frontmatter: ")
        return
    assert rest == body
    for key, value in coerced.items():
        assert key == key.lower()
        if key in STRING_KEYS:
            assert isinstance(value, str) and value == fold_text(value) and value
        elif key in ("date", "published"):
            assert isinstance(value, date)
        elif key in ("countries", "tags"):
            assert isinstance(value, list) and value and all(isinstance(v, str) and v for v in value)
        elif key == "doubts":  # a value of the wrong shape, left out with a note
            assert isinstance(value, tuple) and value and all(isinstance(v, str) and v.startswith("frontmatter: ") for v in value)
        else:
            assert isinstance(value, str)


@PROPERTY
@given(block=any_text, body=any_text)
def test_random_text_as_frontmatter_never_escapes(block, body):
    count_example("frontmatter (raw text)")
    try:
        meta, rest = split_frontmatter(f"---\n{block}\n---\n{body}")
    except SourceFormatError as error:
        assert str(error).startswith("frontmatter: ")
    else:
        assert isinstance(meta, dict)


# --- cleaning ---------------------------------------------------------------------------------------


@PROPERTY
@given(text=any_text)
def test_cleaning_random_text_gives_clean_articles(text):
    count_example("split_articles")
    articles = split_articles(SourceDocument("x.txt", text), 500)
    assert [a.position for a in articles] == list(range(len(articles)))
    for article in articles:
        assert any(b.kind == "paragraph" for b in article.blocks)
        for piece in [article.title, article.standfirst, article.byline, article.dateline, *(b.text for b in article.blocks)]:
            if piece is not None:
                assert piece and "\n" not in piece and piece == piece.strip() and len(piece) <= 500
                assert unicodedata.is_normalized("NFC", piece)


@PROPERTY
@given(lines=st.lists(hostile_text.filter(lambda t: t.strip() and "\n" not in t), min_size=1, max_size=12))
def test_cleaning_keeps_every_word_somewhere(lines):
    """Provenance: when articles come out, every word of the input is in an article or in its removed lines
    (markers such as '# ' or a dateline's dash may go; the words they mark may not)."""
    count_example("split_articles provenance")
    articles = split_articles(SourceDocument("x.txt", "\n\n".join(lines)), 20_000)
    if not articles:
        return
    kept = " ".join(
        piece for a in articles
        for piece in [a.title, a.standfirst, a.byline, a.bio, a.dateline, *(b.text for b in a.blocks), *(r.text for r in a.removed)]
        if piece
    )
    source = " ".join(normalise_line(line, 20_000) for line in lines)
    assert set(WORD.findall(source)) <= set(WORD.findall(kept))


# --- annotating -------------------------------------------------------------------------------------


blocks_strategy = st.lists(
    st.tuples(st.sampled_from(["paragraph", "paragraph", "paragraph", "heading"]), any_text.map(fold_text).filter(bool)),
    min_size=1, max_size=6,
).filter(lambda blocks: any(kind == "paragraph" for kind, _ in blocks))


def make_article(title, blocks, meta=None, position=0, source="x.txt") -> Article:
    return Article(source=source, position=position, title=title, blocks=tuple(Block(k, t) for k, t in blocks), meta=meta or {})


@PROPERTY
@given(title=st.one_of(st.none(), any_text.map(fold_text).filter(bool)), blocks=blocks_strategy,
       meta=st.dictionaries(st.sampled_from(["outlet", "author", "kind", "countries"]), st.one_of(st.text(max_size=20), st.lists(st.text(max_size=5), max_size=3)), max_size=3))
def test_annotating_random_articles_never_raises(annotator, title, blocks, meta):
    count_example("annotate_article")
    article = make_article(title, blocks, meta)
    notes = annotate_article(article, annotator)
    blocks_range = range(-1, len(article.blocks))
    assert all(m.block in blocks_range for m in notes.mentions)
    assert all(q.block in blocks_range for q in notes.quotes)
    assert all(f.block in blocks_range for f in notes.figures)
    assert all(m.key for m in notes.mentions)


# --- rendering --------------------------------------------------------------------------------------


class _TextById(HTMLParser):
    """Visible text of every element that has an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None]] = []
        self.texts: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        element_id = dict(attrs).get("id")
        self.open.append((tag, element_id))
        if element_id:
            self.texts[element_id] = ""

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for _, element_id in self.open:
            if element_id:
                self.texts[element_id] += data


def texts_by_id(html: str) -> dict[str, str]:
    parser = _TextById()
    parser.feed(html)
    return {key: " ".join(value.split()) for key, value in parser.texts.items()}


# render_site costs ~0.1 s per corpus (templates compiled each time), so this property runs 100 examples.
@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles=st.lists(st.tuples(st.one_of(st.none(), any_text.map(fold_text).filter(bool)), blocks_strategy), min_size=1, max_size=3))
def test_rendered_pages_carry_no_structure_from_the_input(annotator, knowledge, articles):
    count_example("render_site")
    briefs = []
    for position, (title, blocks) in enumerate(articles):
        article = make_article(title, blocks, position=position)
        briefs.append(Brief(brief_id(title or "untitled", "x.txt", position), article, annotate_article(article, annotator)))
    index = build_index(briefs, knowledge, [], ["x.txt"])
    pages = render_site(index, knowledge, RenderSettings(PROJECT_ROOT / "templates"))
    for path, page in pages.items():
        if path.endswith(".md"):
            assert find_active_markup(render_markdown(page)) == [], path
    for brief in briefs:
        ids = texts_by_id(render_markdown(pages[f"briefs/{brief.id}.md"]))
        for number, block in enumerate(brief.article.blocks, 1):
            assert ids[f"p{number}"] == fold_text(block.text)
        assert ids["top"] == fold_text(brief.title)


@PROPERTY
@given(text=any_text)
def test_escaped_random_text_is_one_plain_paragraph(text):
    count_example("escape_markdown")
    rendered = render_markdown(escape_markdown(text))
    expected = fold_text(text)
    assert find_active_markup(rendered) == []
    if expected:
        assert rendered.startswith("<p>") and rendered.endswith("</p>") and texts_by_id(f'<div id="x">{rendered}</div>')["x"] == " ".join(expected.split())


@PROPERTY
@given(text=st.text())
def test_slugs_of_random_text_are_safe(text):
    count_example("slugify")
    slug = slugify(text)
    assert slug == slugify(text) and len(slug) <= MAX_SLUG_LENGTH
    assert slug.replace("-", "").isalnum() and slug.isascii() and slug == slug.lower() and "--" not in slug


#: (name, slow pattern, the quick test that guards it): the guard must hold wherever the pattern matches,
#: or the annotators would silently lose what the pattern finds.
GUARDED = [
    ("cleaning disclaimer", furniture.DISCLAIMER, lambda t: furniture.DISCLAIMER_WORDS.search(t.lower())),
    ("cleaning site notice", furniture.SITE_NOTICE, lambda t: furniture.SITE_NOTICE_WORDS.search(t.lower())),
    ("cleaning notices", furniture.read_patterns("notices"), furniture.NOTICES.lets_through),
    ("cleaning photo credit", furniture.PHOTO_CREDIT, lambda t: t[:1] == "[" or furniture.PHOTO_CREDIT_WORDS.search(t)),
    ("cleaning caption markers", furniture.CAPTION_MARKERS, lambda t: furniture.CAPTION_MARKER_WORDS.search(t)),
    *[(f"figures {kind} {number}", pattern, lambda t, needed=needed: figures.present(t.lower(), needed))
      for number, (kind, pattern, needed) in enumerate(figures.PATTERNS)],
    *[(f"figures {figures.PATTERNS[number][0]} {number} number", figures.PATTERNS[number][1],
       lambda t: figures.present(t.lower(), figures.NUMBER_LITERALS)) for number in sorted(figures.NUMBERED)],
    *[(f"dates {name}", pattern, lambda t: dates.YEAR_DIGITS.search(t))
      for name, pattern in (("full", dates._FULL), ("month year", dates._MONTH_YEAR), ("year", dates._YEAR))],
    ("cleaning trailer", _TRAILER, may_trail),
    ("discovery free trade", initiative_discovery._FTA, lambda t: "trade " in t),
    ("discovery n-point", initiative_discovery._N_POINT, lambda t: "-point" in t.lower()),
    ("discovery acronym", discovery._ACRONYM, lambda t: "(" in t),
    ("discovery initiative", initiative_discovery._INITIATIVE, lambda t: initiative_discovery._INITIATIVE_NOUN.search(t)),
    ("discovery organisation", discovery._ORGANIZATION, lambda t: discovery._ORGANIZATION_NOUN.search(t)),
    *[(f"organisations described {number}", pattern, lambda t: any(noun in t for noun in descriptions.DESCRIBING_NOUNS))
      for number, pattern in enumerate((descriptions._NOUN_THEN_NAME, descriptions._NAME_THEN_DESCRIPTION, descriptions._THE_NAME_NOUN,
                                        descriptions._WHOSE_NOUN_NAME))],
    ("organisations workplace", descriptions._ROLE_AT_NAME, lambda t: descriptions._AT.search(t)),
    ("organisations source address", descriptions._SOURCE_DOMAIN, lambda t: descriptions._DOTTED_WORD.search(t)),
    ("organisations acronym", organisation_acronyms._ACRONYM, lambda t: "(" in t or "[" in t),
    ("organisations home institution", organisations._BARE_INSTITUTION, lambda t: "Ministry" in t or "Court" in t),
    ("discovery operation", initiative_discovery._OPERATION, lambda t: "Operation " in t),
]
#: Words the guarded patterns are made of, in the cases and spellings text uses.
PATTERN_WORDS = [
    "donate", "now", "Successfully", "subscribed", "cookies", "newsletter", "Join", "support", "journalism",
    "$", "US$", "€", "£", "¥", "₹", "5", "12", "1,200", "3.5", "two", "Dozens", "million", "bn", "dollars", "Euros", "yen", "USD",
    "SAR", "%", "per cent", "percent", "percentage points", "2nd", "21st", "THIRD", "Second", "consecutive", "term", "summit",
    "year", "Years", "-year", "month-long", "decade", "countries", "troops", "more than", "free", "Free", "trade", "Trade",
    "free-trade", "agreement", "between", "the", "EU", "Mercosur", "and", "-point", "10-point", "Six-Point", "peace plan",
    "(", ")", "(ASEAN)", "Gulf", "Cooperation", "Council", "Initiative", "Belt", "Road", "Corp.", "Co.", "Inc", "Ltd.",
    "Bank", "of", "for", "Views", "expressed", "author", "do not necessarily reflect", "Privacy Policy", "TERMS OF USE",
    "Cookie settings", "Sign up here", "Newsletter", "share this article", "Subscribe now for", "Photo:", "Photograph:",
    "via Reuters", "REUTERS/Kim", "AFP/", "/Getty Images", "Getty Images", "EPA-EFE", "© Jane", "(File)", "[1/5]",
    "Credit:", "Image:", "Purchase Licensing Rights", "In this photo", "In this file image", "second from left",
    "third from right", "(L)", "(centre)", ", left,", ", center,", "A. ", "km", "GW", "nautical miles", "sq km",
    "Chinese vessels", "U.S. sailors", "firm", "group", "rebels", "known as", "a", "Tehran", "newspaper", "[", "]", "(JVP)", "billions of dollars", "More than", "Operation", "Northern", "Foreign", "Ministry", "Supreme", "Court", " ", " ", ",", ".", "\n",
    "Plans start from", "plan starting at", "support independent journalism", "Email this story", "plan", "support",
    "https://t.co/x1", "www.example.com", "pic.twitter.com/Ab1", "🙂", "👉", "~", "PTI", "(AFP)", "US.", "said.",
    "2019", "1998", "March", "Sept.", "14th", "in", "since", "mid-", "of",
    "analyst", "at", "Eurasia Group", "head of research", "quoted by", "news.ro", "a-.ro", "reported", "’s", "its", "fund",
]


@PROPERTY
@given(words=st.lists(st.sampled_from(PATTERN_WORDS), max_size=30), case=st.sampled_from(["as is", "upper", "lower", "title"]))
@example(words=["a free-trade deal between the EU and Mercosur"], case="as is")
@example(words=["the FREE TRADE AGREEMENT between Japan and Canada"], case="title")
@example(words=["a 10-POINT peace plan, and the Gulf Cooperation Council (GCC)"], case="as is")
@example(words=["on March 14, 2019, in 1998 and since", "Sept. 2019"], case="as is")
@example(words=["$5 bn, 12 per cent, the 21st summit, a third consecutive term, a five-year plan and 300 troops"], case="upper")
@pytest.mark.parametrize("name, pattern, guard", GUARDED, ids=[name for name, _, _ in GUARDED])
def test_a_quick_guard_holds_wherever_its_slow_pattern_matches(name, pattern, guard, words, case):
    count_example("guarded patterns")
    text = " ".join(words)
    text = {"as is": text, "upper": text.upper(), "lower": text.lower(), "title": text.title()}[case]
    if pattern.search(text):
        assert guard(text), f"{name}: the pattern matches {text!r} but its guard turns it away"
