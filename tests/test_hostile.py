"""Issue "hostile sources": broken and malicious files build, every bad file is reported, and nothing a
source contains becomes active markup, in the generated Markdown or in the site MkDocs builds from it.

The corpus is generated in a temporary folder (no committed binaries). Every payload carries the word
``pwned`` so the scanner in stage_helpers.py can tell markup that came from a source from the theme's own.
"""
from __future__ import annotations

import codecs
import filecmp
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from stage_helpers import find_active_markup, render_markdown, scan_html, settings_for

from generator.annotate import annotate_article
from generator.model import Article, Block, SourceDocument
from generator.pipeline import build_site
from generator.publish.output import MANIFEST, write_pages
from generator.settings import PROJECT_ROOT
from generator.sources.splitting import split_articles

P1 = "The regional council approved a new water-sharing agreement on Tuesday after three years of negotiations between the towns."
P2 = "Officials said the first pipelines would be built next spring, and that the cost would be shared equally by every town."
BODY = f"{P1}\n\n{P2}\n"
GOOD_TITLE = "Valley Councils Agree To Share Water Costs"
RUSSIAN = (
    "Москва и Токио подписали соглашение\n\n"
    "Министр иностранных дел России встретился в четверг с японским коллегой в Москве, и стороны обсудили сотрудничество.\n\n"
    "Стороны также обсудили вопросы безопасности, энергетики и подготовку мирного договора между двумя странами.\n"
)


def article(title: str, payload: str) -> str:
    """An article whose second paragraph carries a payload."""
    return f"{title}\n\n{P1}\n\n{payload} {P2}\n"


def billion_laughs() -> str:
    """Frontmatter whose aliases would expand to 9**9 strings if anything walked them."""
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    return "\n".join(lines)


#: name -> content. Everything a careless or malicious contributor could put in sources/.
CORPUS: dict[str, str | bytes] = {
    "good.txt": f"{GOOD_TITLE}\n\n{BODY}",
    "nested/deeper/story.txt": article("Harbour Board Approves Longer Pier", "The vote was unanimous."),
    # unreadable
    "empty.txt": b"",
    "blank.txt": b" \n\t\n\r\n",
    "binary.txt": bytes(range(256)) * 16,
    "nul.txt": b"Headline\x00\x00" + BODY.encode(),
    "controls.txt": bytes(range(1, 9)) * 64,
    "big.txt": (P1 + "\n\n").encode() * (5_000_000 // (len(P1) + 2)) + b"x" * (5_000_000 % (len(P1) + 2)),
    "oneline.txt": b"word " * 600_000,
    "image.png": b"\x89PNG\r\n\x1a\n" + bytes(64),
    "README": BODY,
    # old encodings
    "cp1252.txt": article("Café Owners Protest New Rules", "“We pay €5 more,” said José Müller.").encode("cp1252"),
    "latin1.txt": article("Zürich Bakers Raise Bread Prices", "Bäcker François Lefèvre agreed.").encode("latin-1"),
    "koi8.txt": RUSSIAN.encode("koi8_r"),
    "utf16.txt": codecs.BOM_UTF16_LE + article("Ferry Service Resumes After Storm", "Crews worked overnight.").encode("utf-16-le"),
    # active markup in the text
    "script.md": article("Script Injection In The Body Text", "<script>alert('pwned')</script> <img src=\"x\" onerror=\"alert('pwned')\"> "
                         "<iframe src=\"https://evil.example/pwned\"></iframe> <svg onload=\"alert('pwned')\"></svg>"),
    "links.md": article("Links In The Body Are Not Followed", "[click](javascript:alert('pwned')) <a href=\"javascript:alert('pwned')\">x</a> "
                        "<https://evil.example/pwned> ![img](https://evil.example/pwned.png) [ref][pwned]\n\n[pwned]: https://evil.example/pwned"),
    "rawhtml.md": f"Raw HTML Blocks Stay Text\n\n<div onclick=\"alert('pwned')\">\n<script>alert('pwned')</script>\n</div>\n\n{P1}\n\n"
                  f"<details open ontoggle=\"alert('pwned')\"><summary>pwned</summary></details>\n\n{P2}\n",
    "markdown.md": f"Markdown Structure In Body Text\n\n{P1}\n\n## Heading from pwned text\n\n---\n\n| a | pwned |\n|---|---|\n| c | d |\n\n"
                   f"!!! danger \"pwned\"\n    {P2}\n\n{P2} {{: onclick=\"alert('pwned')\" }}\n\n> quoted pwned\n\n* list pwned\n\n    code pwned\n",
    "jinja.md": article("Template Syntax {{ config }} In The Title", "{{ 7*7 }} {% for x in range(3) %}{{ x }}{% endfor %} {# c #} "
                        "{{ lipsum.__globals__.os.system('touch pwned') }} {{ macros_info() }} {% include 'pwned' %} {{ page.meta }}"),
    "summary.txt": f"Payload In The Lead Paragraph\n\n<img src=\"x\" onerror=\"alert('pwned')\"> {P1}\n\n{P2}\n",
    "entities.txt": article("Entities Are Text Not Markup", "&lt;script&gt;alert('pwned')&lt;/script&gt; &#60;img src=x onerror=alert('pwned')&#62;"),
    "entities-twice.txt": article("Entities Twice Decode Once", "&amp;lt;script&amp;gt;alert('pwned')&amp;lt;/script&amp;gt; &lt;b&gt;pwned&lt;/b&gt;"),
    "entities-template.md": article("Entities Make No Template", "&#123;&#123; lipsum.__globals__.os.system('touch pwned') &#125;&#125; "
                                    "&#x7b;% include 'pwned' %&#x7d; &lbrace;&lbrace; config &rbrace;&rbrace;"),
    "entities-marks.txt": f"Entities Make No Markdown\n\n{P1}\n\n&#35; Heading from pwned references\n\n&#62; quoted pwned &#42;&#42;bold&#42;&#42;\n\n"
                          f"&#91;click&#93;&#40;javascript:alert('pwned')&#41; &#33;&#91;img&#93;&#40;https://evil.example/pwned.png&#41; {P2}\n",
    "<img src=x onerror=alert('pwned')>.txt": article("Hostile File Name Is Only Text", "The file name is hostile."),
    # frontmatter of the wrong types
    "fm-number-title.md": f"---\ntitle: 12345\ndate: 2023-03-01\n---\n{BODY}",
    "fm-string-list.md": f"---\ntitle: Country Codes As A String\ncountries: JP, SA\ntags: politics\n---\n{BODY}",
    "fm-impossible-date.md": f"---\ntitle: An Impossible Date\ndate: 2023-02-30\n---\n{BODY}",
    "fm-unclosed-quote.md": f"---\ntitle: 'Unclosed quote\nauthor: Someone\n---\n{BODY}",
    "fm-mapping-title.md": f"---\ntitle: {{text: pwned}}\n---\n{BODY}",
    "fm-number-kind.md": f"---\nkind: 5\n---\n{BODY}",
    "fm-script-url.md": f"---\nurl: javascript:alert('pwned')\n---\n{BODY}",
    "fm-python-tag.md": f"---\nextra: !!python/object/apply:os.system ['touch pwned']\ntitle: Tags Are Never Run\n---\n{BODY}",
    "fm-billion-laughs.md": f"---\n{billion_laughs()}\ntitle: Aliases Are Never Expanded\n---\n{BODY}",
    "fm-escapes.md": f"---\ntitle: \"Escapes \\ud800 \\0 \\x1b Removed\"\nauthor: \"<script>alert('pwned')</script>\"\n---\n{BODY}",
    "fm-html-title.md": f"---\ntitle: \"<img src=x onerror=alert('pwned')> & \\\"quotes\\\"\"\noutlet: \"[pwned](javascript:alert(1))\"\n---\n{BODY}",
    "fm-closing-tag.md": f"---\ntitle: \"</script><script>alert('pwned')</script>\"\n---\n{BODY}",
    # posts pasted one after another: a later block's payload title, a later block of aliases; a page's source as .txt
    "fm-later-posts.md": (f"---\ntitle: First Of Two Pasted Posts\n---\n{BODY}\n---\ntitle: \"<script>alert('pwned')</script> Second Post\"\n"
                          f"author: \"[pwned](javascript:alert(1))\"\n---\n{BODY}\n---\n{billion_laughs()}\ntitle: Third Post Aliases Never Expanded\n---\n{BODY}"),
    "page-source.txt": (f"<!DOCTYPE html><html><head><title>A Page Source Saved As Text</title></head><body><article>"
                        f"<h1>A Page Source Saved As Text</h1><p>{P1}</p><script>alert('pwned')</script><p onclick=\"alert('pwned')\">{P2}</p>"
                        f"<p>{P1} {P2}</p><iframe src=\"https://evil.example/pwned\"></iframe></article></body></html>"),
    # titles that look like paths, duplicates, scripts without capitals
    "traversal.md": f"---\ntitle: ../../etc/passwd\n---\n{BODY}",
    "traversal-headline.txt": article("../../../../tmp/pwned", "A path as a headline."),
    "dup-a.txt": article("Two Files Share This Exact Headline", "The first copy."),
    "dup-b.txt": article("Two Files Share This Exact Headline", "The second copy."),
    "arabic.txt": f"مجلس الأمن يوافق على اتفاق جديد\n\n{BODY}",
    "japanese.txt": f"会議で新しい協定が承認された\n\n{BODY}",
    # never sources
    "backup.txt~": BODY,
    ".hidden.txt": BODY,
    "notes.txt.swp": BODY,
    ".DS_Store": b"\x00\x00\x00\x01Bud1",
    ".git/config": "[core]",
    "#autosave.txt#": BODY,
    "~$lock.txt": BODY,
}
IGNORED = {"backup.txt~", ".hidden.txt", "notes.txt.swp", ".DS_Store", ".git/config", "#autosave.txt#", "~$lock.txt"}
EXPECTED_ERRORS = {
    "empty.txt": "empty file: no article text",
    "blank.txt": "empty file: no article text",
    "binary.txt": "binary file (contains NUL bytes); save the article as plain text",
    "nul.txt": "binary file (contains NUL bytes); save the article as plain text",
    "controls.txt": "binary file (control characters); save the article as plain text",
    "big.txt": "file too large (5,000,000 bytes, limit 2,000,000); split it or raise max_source_bytes",
    "oneline.txt": "file too large (3,000,000 bytes, limit 2,000,000); split it or raise max_source_bytes",
    "image.png": "unsupported file type '.png'; use one of .htm, .htm.gz, .html, .html.gz, .markdown, .md, .rst, .text, .txt",
    "README": "unsupported file type '(none)'; use one of .htm, .htm.gz, .html, .html.gz, .markdown, .md, .rst, .text, .txt",
    "fm-unclosed-quote.md": "frontmatter: line 4: found unexpected end of stream (while scanning a quoted scalar on line 2)",
    "fm-number-kind.md": "frontmatter: line 2: kind: '5' is not one of news, interview, opinion, analysis",
    "fm-script-url.md": "frontmatter: line 2: url: \"javascript:alert('pwned')\" is not an http(s) URL",
}
EXPECTED_TITLES = {
    "good.txt": [GOOD_TITLE],
    "nested/deeper/story.txt": ["Harbour Board Approves Longer Pier"],
    "cp1252.txt": ["Café Owners Protest New Rules"],
    "latin1.txt": ["Zürich Bakers Raise Bread Prices"],
    "koi8.txt": ["Москва и Токио подписали соглашение"],
    "utf16.txt": ["Ferry Service Resumes After Storm"],
    "fm-number-title.md": ["12345"],
    "fm-impossible-date.md": ["An Impossible Date"],
    "fm-string-list.md": ["Country Codes As A String"],
    "fm-python-tag.md": ["Tags Are Never Run"],
    "fm-billion-laughs.md": ["Aliases Are Never Expanded"],
    "fm-escapes.md": ["Escapes Removed"],
    "fm-html-title.md": ["<img src=x onerror=alert('pwned')> & \"quotes\""],
    "fm-later-posts.md": ["First Of Two Pasted Posts", "<script>alert('pwned')</script> Second Post", "Third Post Aliases Never Expanded"],
    "page-source.txt": ["A Page Source Saved As Text"],
    "fm-closing-tag.md": ["</script><script>alert('pwned')</script>"],
    "traversal.md": ["../../etc/passwd"],
    "jinja.md": ["Template Syntax {{ config }} In The Title"],
    "dup-a.txt": ["Two Files Share This Exact Headline"],
    "dup-b.txt": ["Two Files Share This Exact Headline"],
    "arabic.txt": ["مجلس الأمن يوافق على اتفاق جديد"],
    "japanese.txt": ["会議で新しい協定が承認された"],
    "script.md": ["Script Injection In The Body Text"],
    "links.md": ["Links In The Body Are Not Followed"],
    "rawhtml.md": ["Raw HTML Blocks Stay Text"],
    "markdown.md": ["Markdown Structure In Body Text"],
    "entities.txt": ["Entities Are Text Not Markup"],
    "entities-twice.txt": ["Entities Twice Decode Once"],
    "entities-template.md": ["Entities Make No Template"],
    "entities-marks.txt": ["Entities Make No Markdown"],
    "summary.txt": ["Payload In The Lead Paragraph"],
    "<img src=x onerror=alert('pwned')>.txt": ["Hostile File Name Is Only Text"],
}
SAFE_PAGE = re.compile(r"^(?:[a-z0-9][a-z0-9-]*/)*[a-z0-9][a-z0-9.-]*\.(?:md|json|js|xml)$")
#: What data/briefs-index.js puts before its JSON.
FACETS_PREFIX = "window.BRIEFING_INDEX = "
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")


def write_corpus(folder: Path) -> None:
    """The hostile corpus, written under ``folder``."""
    for name, content in CORPUS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory) -> Path:
    """A folder with the hostile corpus in its sources/."""
    root = tmp_path_factory.mktemp("hostile")
    write_corpus(root / "sources")
    return root


class Built:
    """A build's pages and index, with a short repr: a failing test must not print (or expand) the whole build."""

    def __init__(self, result) -> None:
        self.pages, self.index = result.pages, result.index

    def __repr__(self) -> str:
        return f"<build: {len(self.pages)} pages, {len(self.index.briefs)} briefs>"


@pytest.fixture(scope="module")
def hostile_build(hostile_root) -> Built:
    """The hostile corpus built in memory once for this module."""
    return Built(build_site(settings_for(hostile_root)))


def titles_by_source(build) -> dict[str, list[str]]:
    """The titles of the briefs each source file became."""
    return {o.path: [build.index.by_id[i].title for i in o.brief_ids] for o in build.index.outcomes}


# --- outcomes ---------------------------------------------------------------------------------------


def test_every_file_but_the_ignored_ones_has_an_outcome(hostile_build):
    assert {o.path for o in hostile_build.index.outcomes} == set(CORPUS) - IGNORED


def test_every_bad_file_is_reported_with_a_clear_error(hostile_build):
    assert {o.path: o.error for o in hostile_build.index.outcomes if o.error} == EXPECTED_ERRORS
    assert all(not o.brief_ids for o in hostile_build.index.outcomes if o.error)


def test_every_readable_article_becomes_a_brief(hostile_build):
    titles = titles_by_source(hostile_build)
    assert {path: titles[path] for path in EXPECTED_TITLES} == EXPECTED_TITLES
    readable = set(CORPUS) - IGNORED - set(EXPECTED_ERRORS)
    assert {path for path, found in titles.items() if found} == readable


def test_the_report_page_lists_every_failure(hostile_build):
    report = scan_html(render_markdown(hostile_build.pages["report.md"]))
    visible = " ".join("".join(report.text).split())
    for path, message in EXPECTED_ERRORS.items():
        assert f"{path}: {message}" in visible


def test_frontmatter_values_of_the_wrong_type_are_coerced(hostile_build):
    briefs = {b.article.source: b for b in hostile_build.index.briefs}
    listed = briefs["fm-string-list.md"]
    assert {"JP", "SA"} <= set(listed.terms("countries"))
    assert dict(listed.article.meta) == {"title": "Country Codes As A String", "countries": ["JP", "SA"], "tags": ["politics"]}
    assert briefs["fm-number-title.md"].notes.published.isoformat() == "2023-03-01"
    assert dict(briefs["fm-billion-laughs.md"].article.meta) == {"title": "Aliases Are Never Expanded"}
    assert dict(briefs["fm-python-tag.md"].article.meta) == {"title": "Tags Are Never Run"}


def test_the_hostile_corpus_builds_the_same_with_the_annotation_cache(hostile_root, hostile_build, tmp_path):
    """The cache keys articles by their repr: nothing a source puts in frontmatter may make that explode."""
    settings = settings_for(hostile_root, cache_dir=tmp_path / "cache")
    first, second = build_site(settings), build_site(settings)
    assert dict(first.pages) == dict(second.pages) == dict(hostile_build.pages)


def test_nothing_ran(hostile_root):
    assert not list(hostile_root.rglob("pwned")) and not (PROJECT_ROOT / "pwned").exists() and not Path("pwned").exists()


# --- paths ------------------------------------------------------------------------------------------


def test_page_paths_are_safe_whatever_the_titles(hostile_build):
    unsafe = [path for path in hostile_build.pages if not SAFE_PAGE.match(path)]
    assert unsafe == []
    ids = [b.id for b in hostile_build.index.briefs]
    assert len(ids) == len(set(ids))


def test_write_pages_writes_only_inside_the_output_folder(hostile_build, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / "link-to-outside").symlink_to(outside, target_is_directory=True)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if not p.is_relative_to(out)}
    write_pages(hostile_build.pages, out)
    after = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if not p.is_relative_to(out)}
    assert after == before
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == set(hostile_build.pages) | {MANIFEST}


@pytest.mark.parametrize("name", ["../escape.md", "briefs/../../escape.md", "/tmp/escape.md", "link-to-outside/escape.md", ".", ""])
def test_write_pages_refuses_paths_outside_the_output_folder(tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    (out / "link-to-outside").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(ValueError, match="refusing to write outside"):
        write_pages({name: "x"}, out)
    assert not (tmp_path / "escape.md").exists() and not Path("/tmp/escape.md").exists()


def test_every_link_in_every_page_resolves(hostile_build):
    broken = []
    for path, content in hostile_build.pages.items():
        if not path.endswith(".md"):
            continue
        for target in MARKDOWN_LINK.findall(content):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target.split("#")[0]))
            if resolved not in hostile_build.pages:
                broken.append((path, target))
    assert broken == []


# --- no active markup -------------------------------------------------------------------------------


def test_generated_markdown_has_no_active_markup(hostile_build):
    found = {}
    for path, content in hostile_build.pages.items():
        if path.endswith(".md"):
            findings = find_active_markup(render_markdown(content))
            if findings:
                found[path] = findings
    assert found == {}


def test_payloads_survive_as_visible_text(hostile_build):
    """The hostile text is shown to the reader as text, not dropped and not executed."""
    pages = {b.article.source: hostile_build.pages[f"briefs/{b.id}.md"] for b in hostile_build.index.briefs}
    visible = {source: " ".join("".join(scan_html(render_markdown(page)).text).split()) for source, page in pages.items()}
    assert "<script>alert('pwned')</script> <img src=\"x\" onerror=\"alert('pwned')\">" in visible["script.md"]
    assert "[click](javascript:alert('pwned'))" in visible["links.md"]
    assert "{{ 7*7 }} {% for x in range(3) %}{{ x }}{% endfor %}" in visible["jinja.md"]
    # character references are read once, as the characters they stand for, and those are shown as text
    assert "<script>alert('pwned')</script> <img src=x onerror=alert('pwned')>" in visible["entities.txt"]
    assert "&lt;script&gt;alert('pwned')&lt;/script&gt; <b>pwned</b>" in visible["entities-twice.txt"]
    assert "{{ lipsum.globals.os.system('touch pwned') }} {% include 'pwned' %} {{ config }}" in visible["entities-template.md"]
    # a Markdown mark written as a reference at a line's start is text, never structure: it stays as written
    assert "&#35; Heading from pwned references" in visible["entities-marks.txt"]
    assert "&#91;click](javascript:alert('pwned')) ![img](https://evil.example/pwned.png)" in visible["entities-marks.txt"]
    assert "Source file: <img src=x onerror=alert('pwned')>.txt" in visible["<img src=x onerror=alert('pwned')>.txt"]
    assert "Author: not stated" in visible["fm-escapes.md"]  # a script for an author is no person's name: no author at all


def test_generated_frontmatter_titles_are_plain(hostile_build):
    for path, content in hostile_build.pages.items():
        if path.endswith(".md") and content.startswith("---\n"):
            head = content.split("\n---\n", 1)[0]
            assert not re.search(r"[<>&`]", head), (path, head)


def test_data_files_carry_source_text_as_data(hostile_build):
    briefs = json.loads(hostile_build.pages["data/briefs.json"])["briefs"]
    assert "<img src=x onerror=alert('pwned')> & \"quotes\"" in {b["title"] for b in briefs}
    report = json.loads(hostile_build.pages["data/report.json"])
    assert {s["path"]: s["error"] for s in report["sources"] if s["error"]} == EXPECTED_ERRORS
    script = hostile_build.pages["data/briefs-index.js"]
    assert script.startswith(FACETS_PREFIX) and script.endswith(";\n"), script[:80]
    # "fm-closing-tag.md" has "</script>" in its title: inlined, it would close the element and run the rest.
    assert "</" not in script
    data = json.loads(script.removeprefix(FACETS_PREFIX).removesuffix(";\n"))
    assert sorted(row[1] for row in data["briefs"]) == sorted(b.title for b in hostile_build.index.briefs)  # exact text, as data


def feeds_of(build, extension: str) -> dict[str, str]:
    """The build's feeds of one format, by path; there is always one of all briefs."""
    feeds = {path: content for path, content in build.pages.items() if path.startswith("feeds/") and path.endswith(f".{extension}")}
    assert f"feeds/all.{extension}" in feeds, sorted(feeds)
    return feeds


def test_feeds_are_well_formed_xml(hostile_build):
    feeds = feeds_of(hostile_build, "xml")
    assert {path.removesuffix(".xml") for path in feeds} == {path.removesuffix(".json") for path in feeds_of(hostile_build, "json")}
    for path, xml in feeds.items():
        ElementTree.fromstring(xml.encode("utf-8"))  # raises on a title or summary that broke the XML
    items = ElementTree.fromstring(feeds["feeds/all.xml"].encode("utf-8")).iter("item")
    assert sorted(item.findtext("title") for item in items) == sorted(b.title for b in hostile_build.index.briefs)


def test_rss_descriptions_have_no_active_markup(hostile_build):
    found, items = [], 0
    for path, xml in feeds_of(hostile_build, "xml").items():
        for item in ElementTree.fromstring(xml.encode("utf-8")).iter("item"):
            items += 1
            found += [f"{path}: {finding}" for finding in find_active_markup(item.findtext("description") or "")]
    assert items >= len(hostile_build.index.briefs) and found == []


# --- limits -----------------------------------------------------------------------------------------


def test_a_three_megabyte_line_builds_in_bounded_time_when_allowed(tmp_path):
    write_corpus_subset(tmp_path / "sources", {"oneline.txt": f"{GOOD_TITLE}\n\n" + ("Water flows downhill. " * 140_000)})
    started = time.perf_counter()
    build = build_site(settings_for(tmp_path, max_source_bytes=4_000_000))
    elapsed = time.perf_counter() - started
    (brief,) = build.index.briefs
    (block,) = brief.article.blocks
    assert 19_900 < len(block.text) <= 20_000  # cut at max_line_chars
    assert elapsed < 60


def write_corpus_subset(folder: Path, files: dict[str, str]) -> None:
    """A few text files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")


def seconds(function, *args) -> float:
    """The CPU time one call takes in this thread: unlike wall time, other processes' load (a parallel test worker,
    a build) barely moves it."""
    started = time.thread_time()
    function(*args)
    return time.thread_time() - started


def growth(function, make, n: int) -> float:
    """How many times longer ``function(make(4 * n))`` takes than ``function(make(n))``: about 4 when the
    cost is linear, about 16 when it is quadratic. Machine speed cancels out: small and large runs take turns
    (so a burst of load elsewhere falls on both), and the best of five of each keeps a busy machine from skewing it."""
    function(make(1, 0))  # warm up: compiled patterns, loaded tables
    small, large = [], []
    for run in range(5):
        small.append(seconds(function, make(n, run)))
        large.append(seconds(function, make(4 * n, run)))
    return min(large) / max(min(small), 1e-3)


def clean_units(unit: str):
    """``make(n, run)`` for growth(): a document of ``n`` units (each run's text differs, so no cache helps)."""
    return lambda n, run: SourceDocument("x.txt", unit * n + f"Run {run}\n")


# Shapes far below the 2 MB limit; a quadratic cost makes a file of a few hundred kilobytes take hours.
@pytest.mark.parametrize(
    ("make", "n"),
    [
        pytest.param(clean_units(f"{GOOD_TITLE}\n\n{BODY}\n"), 50, id="many articles in one file"),
        pytest.param(clean_units("The council met. " * 20 + "\n\n"), 200, id="many paragraphs"),
        pytest.param(clean_units("Word Here Now\n"), 1_000, id="short capitalised lines"),
        pytest.param(clean_units("12\n"), 2_000, id="share counters"),
        pytest.param(clean_units("the talks went on into the evening and the ministers agreed on a draft\n"), 2_000,
                     id="one hard-wrapped paragraph"),
    ],
)
def test_cleaning_time_grows_linearly(make, n):
    assert growth(lambda document: split_articles(document, 20_000), make, n) < 8


def annotate_units(unit: str):
    """``make(n, run)`` for growth(): an article whose paragraph has ``n`` units."""
    return lambda n, run: Article("x.txt", 0, "Title Of The Article", (Block("paragraph", (unit * n).strip() + f" Run {run}."),))


@pytest.mark.parametrize(
    ("unit", "n"),
    [
        pytest.param("Water flows downhill in the valley. ", 50, id="plain sentences"),
        pytest.param("Japan Russia China ", 50, id="country names"),
        pytest.param("A. ", 500, id="initials"),
        pytest.param("“Hello there,” said John Smith. ", 50, id="attributed quotes"),
        pytest.param("The Japan talks and the talks with Russia on the nuclear deal resumed. ", 50, id="initiative phrases"),
    ],
)
def test_annotation_time_grows_linearly(annotator, unit, n):
    assert growth(lambda article: annotate_article(article, annotator), annotate_units(unit), n) < 8


# --- determinism ------------------------------------------------------------------------------------


def cli_build(root: Path, sources: Path, out: Path, seed: str) -> None:
    """`python -m generator build` in a fresh process with its own hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "--sources", str(sources), "--no-cache", "build",
                    "--out", str(out)], check=True, capture_output=True, env=env, cwd=PROJECT_ROOT)


def same_tree(left: Path, right: Path) -> list[str]:
    """Paths that differ between two folders (missing on one side or different bytes)."""
    files = {p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
    files |= {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()}
    return sorted(f for f in files if not ((left / f).is_file() and (right / f).is_file() and filecmp.cmp(left / f, right / f, shallow=False)))


def test_two_builds_write_byte_identical_markdown(hostile_root, tmp_path):
    cli_build(PROJECT_ROOT, hostile_root / "sources", tmp_path / "one", "1")
    cli_build(PROJECT_ROOT, hostile_root / "sources", tmp_path / "two", "987654")
    assert same_tree(tmp_path / "one", tmp_path / "two") == []
    assert len(list((tmp_path / "one").rglob("*.md"))) > 30


# --- the full MkDocs site ---------------------------------------------------------------------------


def mkdocs_build(project: Path, site: Path, seed: str) -> subprocess.CompletedProcess:
    """`mkdocs build` (not strict: the hostile corpus has failures) in a fresh process."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    return subprocess.run([str(mkdocs), "build", "--site-dir", str(site)], cwd=project, env=env, capture_output=True, text=True,
                          check=True)


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory) -> Path:
    """A copy of the MkDocs project whose sources/ is the hostile corpus."""
    project = tmp_path_factory.mktemp("project")
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("templates", "knowledge", "docs", "overrides"):
        shutil.copytree(PROJECT_ROOT / folder, project / folder)
    write_corpus(project / "sources")
    return project


@pytest.fixture(scope="module")
def hostile_site(hostile_project) -> Path:
    """The hostile project built by MkDocs."""
    site = hostile_project / "site"
    done = mkdocs_build(hostile_project, site, "1")
    for path in EXPECTED_ERRORS:
        assert f"source {path}: " in done.stderr
    return site


def test_built_site_has_no_active_markup_from_a_source(hostile_site):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 40
    found = {p.relative_to(hostile_site).as_posix(): find_active_markup(p.read_text(encoding="utf-8")) for p in pages}
    assert {page: findings for page, findings in found.items() if findings} == {}


def test_built_brief_shows_the_payload_as_text(hostile_site, hostile_build):
    brief = next(b for b in hostile_build.index.briefs if b.article.source == "script.md")
    scanner = scan_html((hostile_site / "briefs" / f"{brief.id}.html").read_text(encoding="utf-8"))
    assert "<script>alert('pwned')</script>" in "".join(scanner.text)
    assert not scanner.findings


def test_search_index_has_no_active_markup_from_a_source(hostile_site):
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = [(doc["location"], finding) for doc in index["docs"]
             for finding in find_active_markup(doc["title"]) + find_active_markup(doc["text"])]
    assert found == []
    assert any("<script>alert('pwned')</script>" in "".join(scan_html(doc["text"]).text) for doc in index["docs"])
    script = hostile_site / "search" / "search_index.js"
    if script.exists():  # the offline plugin's copy for file:// use
        prefix, _, data = script.read_text(encoding="utf-8").partition("=")
        assert json.loads(data.strip().removesuffix(";")) == index


def test_two_mkdocs_builds_are_byte_identical(hostile_project, hostile_site, tmp_path):
    """With SOURCE_DATE_EPOCH fixed. Without it MkDocs stamps the build date into sitemap.xml.gz's gzip
    header (and into sitemap.xml's <lastmod> when mkdocs.yml sets site_url), so those two files change daily."""
    mkdocs_build(hostile_project, tmp_path / "again", "424242")
    assert same_tree(hostile_site, tmp_path / "again") == []


def test_mkdocs_publishes_every_brief_the_pipeline_made(hostile_site, hostile_build):
    built = {p.stem for p in (hostile_site / "briefs").glob("*.html")}
    assert {b.id for b in hostile_build.index.briefs} <= built
