"""Saved web pages as sources: text and metadata from the page, overrides, bad pages, hostile markup."""
from __future__ import annotations

import gzip
import json
import textwrap
from dataclasses import replace
from datetime import date

import pytest
from saved_pages import HOSTILE, PARAGRAPHS, page

from generator.annotate.publication_date import find_published
from generator.model import RemovedLine, RemovedReason, SourceDocument, SourceError
from generator.pipeline import build_site
from generator.sources.headlines import Declared, heading_for, section_label, title_site, unhandled_site
from generator.sources.pages import is_page, without_site_name
from generator.sources.reading import read_source
from generator.sources.splitting import split_articles


def read(write_source, settings, name: str, content: str | bytes) -> SourceDocument | SourceError:
    write_source(name, content)
    return read_source(settings.sources_dir / name, name, settings)


def test_page_text_and_metadata_become_one_article(write_source, settings):
    document = read(write_source, settings, "mining.html", page())
    assert isinstance(document, SourceDocument)
    assert document.meta["title"] == "Japan and Saudi Arabia to work on mining"
    assert document.meta["author"] == "Jane Roe"
    assert document.meta["published"] == date(2024, 3, 5)
    assert document.meta["outlet"] == "Gulf Times"
    assert document.meta["url"] == "https://www.gulf-times.example/news/japan-saudi-mining"
    assert document.meta["language"] == "en"
    assert document.meta["description"] == "Tokyo and Riyadh agree on minerals."
    assert dict(document.meta["origins"])["title"] == "page metadata"
    [article] = split_articles(document)
    assert article.title == "Japan and Saudi Arabia to work on mining"
    assert [block.text for block in article.blocks] == PARAGRAPHS
    assert "doubts" not in document.meta


def test_subheadings_lists_and_quotes_keep_their_structure(write_source, settings):
    body = ("<h2>What comes next</h2>" + f"<p>{PARAGRAPHS[0]}</p>"
            "<ul><li>Exploration in Africa and Central Asia</li><li>Training of engineers in both countries</li></ul>"
            f"<blockquote><p>{PARAGRAPHS[1]}</p></blockquote>")
    [article] = split_articles(read(write_source, settings, "structure.html", page(body)))
    kinds = [(block.kind, block.form, block.text) for block in article.blocks[len(PARAGRAPHS):]]
    assert kinds == [
        ("heading", "", "What comes next"),
        ("paragraph", "", PARAGRAPHS[0]),
        ("paragraph", "item", "Exploration in Africa and Central Asia"),
        ("paragraph", "item", "Training of engineers in both countries"),
        ("paragraph", "quote", PARAGRAPHS[1]),
    ]


#: List items and quotes whose text is itself Markdown or HTML: it must stay text inside the list or quote.
HOSTILE_ITEMS = ("<ul><li>[a link](javascript:pwned) and **bold** &lt;b&gt;x&lt;/b&gt;</li><li>1. not a number list</li></ul>"
                 "<blockquote><p>&gt; a nested quote mark and a # heading mark, in Tokyo and Riyadh</p></blockquote>")


def test_lists_and_quotes_render_as_lists_and_quotes_with_their_text_escaped(tmp_path, settings_for, write_source, render_markdown,
                                                                            find_active_markup):
    write_source("structure.html", page(body=HOSTILE_ITEMS))
    result = build_site(settings_for(tmp_path))
    [brief] = result.index.briefs
    html = render_markdown(result.pages[f"briefs/{brief.id}.md"])
    article = html[html.index('id="article"'):html.index('<section class="briefing-lists"')]
    assert article.count("<li>") == 2 and article.count("<blockquote>") == 1
    assert "[a link](javascript:pwned) and **bold** &lt;b&gt;x&lt;/b&gt;" in article
    assert "1&#46; not a number list" in article and "<ol>" not in article
    assert "&gt; a nested quote mark and a # heading mark" in article and article.count("<blockquote>") == 1
    assert find_active_markup(html) == [] and "<h1" not in article


@pytest.mark.parametrize("name", ["mining.html", "mining.htm", "mining.HTML", "mining.html.gz", "sub/mining.htm.gz"])
def test_every_page_suffix_is_read(write_source, settings, name):
    content = page().encode()
    document = read(write_source, settings, name, gzip.compress(content, mtime=0) if name.endswith(".gz") else content)
    assert isinstance(document, SourceDocument) and document.meta["format"] == "html"
    assert is_page(name)


def test_frontmatter_overrides_the_page_and_says_so(write_source, settings):
    content = "---\ntitle: Mining pact\nauthor: Desk editor\ndate: 2024-03-04\nurl: https://example.org/a\n---\n" + page()
    document = read(write_source, settings, "override.html", content)
    assert document.meta["title"] == "Mining pact"
    assert document.meta["author"] == "Desk editor"
    assert document.meta["date"] == date(2024, 3, 4) and "published" not in document.meta
    assert document.meta["url"] == "https://example.org/a"
    origins = dict(document.meta["origins"])
    assert origins["title"] == origins["author"] == origins["url"] == origins["date"] == "override"
    assert origins["outlet"] == "page metadata"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("empty.html", b"", "saved page: the file is empty", id="empty file"),
        pytest.param("blank.html", b"<html><head></head><body>  </body></html>", "saved page: no article text found", id="empty page"),
        pytest.param("home.html", "<html><body>" + "".join(f'<a href="/n{i}">Headline number {i}</a><br>' for i in range(60)) + "</body></html>",
                     "not an article (a home page, a login wall or a page of links?)", id="page of links"),
        pytest.param("login.html", "<html><body><form><p>Please sign in to continue reading.</p><input name=user>"
                     "<input type=password></form></body></html>", "saved page: ", id="login wall"),
        pytest.param("broken.html.gz", b"\x1f\x8b\x08\x00garbage", "saved page: not valid gzip data", id="broken gzip"),
        pytest.param("bomb.html.gz", gzip.compress(b"<p>" + b"a " * 5_000_000, mtime=0), "more than 8,000,000 bytes once decompressed",
                     id="decompression bomb"),
        pytest.param("open.html", "---\ntitle: x\n<html></html>", "frontmatter: line 1", id="unclosed frontmatter"),
    ],
)
def test_bad_pages_are_named_errors(write_source, settings, name, content, message):
    result = read(write_source, settings, name, content)
    assert isinstance(result, SourceError) and message in result.message and result.path == name


def test_short_page_is_a_doubtful_brief_not_an_error(write_source, settings):
    document = read(write_source, settings, "short.html", page(paragraphs=PARAGRAPHS[:2]))
    assert isinstance(document, SourceDocument)
    assert any("words of text" in doubt for doubt in document.meta["doubts"])


@pytest.mark.parametrize(
    ("declared", "encoding", "note"),
    [
        pytest.param("utf-8", "utf-8", None, id="as declared"),
        pytest.param("iso-8859-1", "utf-8", "declares iso-8859-1 but is UTF-8", id="declared Latin-1, is UTF-8"),
        pytest.param("utf-8", "cp1252", "declares utf-8 but is not", id="declared UTF-8, is Windows-1252"),
        pytest.param("windows-1251", "cp1251", None, id="Cyrillic as declared"),
    ],
)
def test_a_wrong_declared_encoding_is_read_right_and_noted(write_source, settings, declared, encoding, note):
    words = "Café déjà vu" if encoding != "cp1251" else "Привет мир"
    content = page(body=f"<p>{words} — {PARAGRAPHS[2]}</p>", charset=declared).encode(encoding, "replace")
    document = read(write_source, settings, "encoded.html", content)
    assert words in document.text
    assert (note is None and "doubts" not in document.meta) or any(note in doubt for doubt in document.meta["doubts"])


def test_broken_markup_is_read(write_source, settings):
    content = page().replace("</p>", "").replace("</article>", "<div><span>").replace("</html>", "")
    document = read(write_source, settings, "broken.html", content)
    assert all(paragraph[:60] in document.text for paragraph in PARAGRAPHS)




def test_hostile_markup_never_reaches_the_brief(tmp_path, settings_for, write_source, render_markdown, find_active_markup):
    write_source("hostile.html", page(body=HOSTILE, head='<meta property="og:url" content="javascript:pwned()">'))
    result = build_site(settings_for(tmp_path))
    assert not result.failures
    [brief] = result.index.briefs
    markdown_page = result.pages[f"briefs/{brief.id}.md"]
    html = render_markdown(markdown_page)
    assert find_active_markup(html) == []
    assert "<script" not in markdown_page and "onerror" not in markdown_page and "<iframe" not in markdown_page
    assert "javascript:" not in html.lower().replace("javascript:pwned)", "")  # only as escaped text
    assert "Officials said the deal was signed in Riyadh" in " ".join(block.text for block in brief.article.blocks)


def test_brief_links_back_and_says_where_its_metadata_came_from(tmp_path, settings_for, write_source, render_markdown):
    write_source("mining.html", page())
    result = build_site(settings_for(tmp_path))
    [brief] = result.index.briefs
    markdown_page = result.pages[f"briefs/{brief.id}.md"]
    assert "- **Read at the source:** [https://www.gulf-times.example/news/japan-saudi-mining]" in markdown_page
    assert 'href="https://www.gulf-times.example/news/japan-saudi-mining"' in render_markdown(markdown_page)
    assert "- **Metadata from:** title: page metadata · author: page metadata · published: page metadata" in markdown_page
    assert brief.notes.author == "Jane Roe" and brief.notes.published == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Mining pact - Gulf Times", "Gulf Times", "Mining pact"),
        ("Gulf Times | Mining pact", "Gulf Times", "Mining pact"),
        ("Mining pact | Analysis", "Gulf Times", "Mining pact | Analysis"),
        ("Mining pact", "Gulf Times", "Mining pact"),
    ],
)
def test_site_name_is_cut_from_the_headline(title, site, expected):
    assert without_site_name(title, site) == expected


PAGE_HEADINGS = Declared(json_ld=(), structured=(), title="PCI - Foreign Policy PM Guidance", h1s=("PCI",), site_names=("Gulf Times",),
                         h2s=("Latest News", "Guiding Principles of Pakistan's Foreign Policy"))


@pytest.mark.parametrize(("title", "declared", "expected"), [
    pytest.param("PCI", PAGE_HEADINGS, "Guiding Principles of Pakistan's Foreign Policy", id="a one-word title: the page's first heading of a headline's length"),
    pytest.param("Mining pact", PAGE_HEADINGS, "Mining pact", id="a title of two words stands"),
    pytest.param("Noticia 10", PAGE_HEADINGS, "Guiding Principles of Pakistan's Foreign Policy", id="a template's numbered placeholder gives way"),
    pytest.param("Brexit 2019", replace(PAGE_HEADINGS, h2s=("Latest News",)), "Brexit 2019", id="a word and a year with no heading stands"),
    pytest.param("Bruin Political Review", replace(PAGE_HEADINGS, h1s=("The Battle for Regional Hegemony in the Middle East",)),
                 "The Battle for Regional Hegemony in the Middle East", id="a name's few words over an <h1> sharing none"),
    pytest.param("Mining pact signed", replace(PAGE_HEADINGS, h1s=("Japan and Saudi Arabia sign a mining pact",)), "Mining pact signed",
                 id="a short headline the <h1> says again stands"),
    pytest.param("Japan signs new mining pact", replace(PAGE_HEADINGS, h1s=("The Battle for Regional Hegemony in the Middle East",)),
                 "Japan signs new mining pact", id="a title of a headline's length stands"),
    pytest.param("PCI", replace(PAGE_HEADINGS, h2s=("Latest News",)), "PCI", id="no heading of a headline's length: the title stands"),
    pytest.param("PCI", replace(PAGE_HEADINGS, h2s=("Gulf Times news and views",), site_names=("Gulf Times news and views",)), "PCI",
                 id="never the site's name"),
    pytest.param("Mozambique and Malawi open border posts", replace(PAGE_HEADINGS, h2s=("MOZAMBIQUE AND MALAWI OPEN BORDER POSTS",)),
                 "MOZAMBIQUE AND MALAWI OPEN BORDER POSTS", id="the headline as the page prints it, in its capitals"),
    pytest.param("Mozambique and Malawi open border posts", replace(PAGE_HEADINGS, h2s=("MOZAMBIQUE AND MALAWI OPEN NEW BORDER POSTS",)),
                 "Mozambique and Malawi open border posts", id="a heading worded otherwise leaves the title"),
])
def test_a_one_word_title_gives_way_to_the_pages_heading(title, declared, expected):
    assert heading_for(title, declared) == expected


@pytest.mark.parametrize(
    ("site_name", "expected", "origin"),
    [
        pytest.param("Gulf Times", "Gulf Times", "page metadata", id="named by the page"),
        pytest.param("Copyright 2014", "gulf-times.example", "page address", id="a copyright line is no name"),
        pytest.param("https://www.gulf-times.example", "gulf-times.example", "page address", id="an address is no name"),
    ],
)
def test_outlet_falls_back_to_the_address(write_source, settings, site_name, expected, origin):
    content = page().replace('content="Gulf Times"', f'content="{site_name}"').replace("- Gulf Times</title>", "</title>")
    document = read(write_source, settings, "outlet.html", content)
    assert document.meta["outlet"] == expected and dict(document.meta["origins"])["outlet"] == origin


LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{}"}}</script>'
STORY = "Japan and Saudi Arabia to work on mining"


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        pytest.param("", STORY, STORY, id="all declarations agree"),
        pytest.param(LD.format("Tokyo and Riyadh sign a mining pact"), STORY, "Tokyo and Riyadh sign a mining pact",
                     id="the JSON-LD headline wins when it is about the same story"),
        pytest.param(LD.format("User Targeting test"), STORY, STORY, id="a JSON-LD headline sharing no word is junk"),
        pytest.param('<meta property="og:title" content="Opinion | Why mining matters to Tokyo">', "Why mining matters to Tokyo",
                     "Why mining matters to Tokyo", id="the h1 a declaration confirms, without the section label"),
        pytest.param("", "Gulf Times", STORY, id="a masthead h1 that is the site's name is not the headline"),
    ],
)
def test_headline_is_the_one_the_page_declarations_agree_on(write_source, settings, head, h1, expected):
    html = page(head=head).replace(f"<h1>{STORY}</h1>", f"<h1>{h1}</h1>")
    if "og:title" in head:
        html = html.replace(f'<meta property="og:title" content="{STORY}">\n', "")
    document = read(write_source, settings, "headline.html", html)
    assert document.meta["title"] == expected


@pytest.mark.parametrize(
    ("title", "kind", "headline"),
    [
        pytest.param("Opinion | Is Football Violence a Crime?", "opinion", "Is Football Violence a Crime?", id="bar"),
        pytest.param("Analysis: Why the talks failed in Doha", "analysis", "Why the talks failed in Doha", id="colon"),
        pytest.param("Editorial - The Gulf needs a mining plan", "opinion", "The Gulf needs a mining plan", id="dash"),
        pytest.param("Michael Webb: Dramatic video shows rescue", None, "Michael Webb: Dramatic video shows rescue",
                     id="a name before a colon is no label"),
        pytest.param("Opinion | Brexit", None, "Opinion | Brexit", id="one word after the label is no headline"),
    ],
)
def test_section_labels_leave_the_headline_and_set_the_kind(title, kind, headline):
    assert section_label(title) == (kind, headline)


def test_an_opinion_label_makes_an_opinion_brief(write_source, settings):
    head = '<meta property="og:title" content="Opinion | Japan and Saudi Arabia to work on mining">'
    html = page(head=head).replace(f'<meta property="og:title" content="{STORY}">\n', "")
    document = read(write_source, settings, "opinion.html", html)
    assert (document.meta["title"], document.meta["kind"]) == (STORY, "opinion")
    assert dict(document.meta["origins"])["kind"] == "section label"


def test_page_text_the_extractor_left_out_is_listed_with_its_reason(write_source, settings):
    html = page().replace("<footer>", "<aside><ul><li>Gulf markets close higher on oil prices</li><li>Home</li></ul></aside><footer>")
    [article] = split_articles(read(write_source, settings, "furniture.html", html))
    removed = [(line.reason, line.text) for line in article.removed]
    assert (RemovedReason.LEFT_OUT, "Gulf markets close higher on oil prices") in removed
    assert (RemovedReason.LEFT_OUT, "Copyright Gulf Times. All rights reserved.") in removed
    assert not any(text == "Home" or text in PARAGRAPHS for _, text in removed)  # one word is a menu entry; body is kept


def test_doubtful_pages_are_listed_on_the_report(tmp_path, settings_for, write_source):
    write_source("short.html", page(paragraphs=PARAGRAPHS[:2]))
    write_source("full.html", page().replace("mining", "minerals"))
    result = build_site(settings_for(tmp_path))
    report, data = result.pages["report.md"], json.loads(result.pages["data/report.json"])
    [doubtful] = [brief for brief in result.index.briefs if brief.doubts]
    assert doubtful.article.source == "short.html"
    assert "- **Doubtful pages:** 1 " in report
    assert "| `sources/short.html` | only " in report and "`sources/full.html` |" not in report
    assert [row["source"] for row in data["doubtful"]] == ["short.html"]


@pytest.mark.parametrize(("stray", "reason"), [
    ("=========", RemovedReason.COUNTER),  # a rule's marks the extractor kept as a paragraph
    ("{:.pullquote}", RemovedReason.CODE),  # a kramdown attribute list
])
def test_stray_marks_the_extractor_keeps_are_no_paragraphs(write_source, settings, stray, reason):
    html = page().replace(f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[0]}</p><p>{stray}</p>")
    [article] = split_articles(read(write_source, settings, "stray.html", html))
    assert [block.text for block in article.blocks] == PARAGRAPHS
    assert RemovedLine(stray, reason) in article.removed


OLD_PARAGRAPHS = [
    "The foreign ministers of the two countries met in Managua on Monday to discuss the election, officials said after the meeting.",
    "The talks will resume next month in Washington, the officials added, as both sides sought to ease tensions over the vote.",
    "Observers from the region said the vote had been calm, though turnout was lower than in the previous election, they said.",
]


@pytest.mark.parametrize(("body", "paragraphs"), [
    pytest.param("<table><tr><td><font face=arial><b>Voters defy threats</b><br><br>" + "<br><br>\n".join(OLD_PARAGRAPHS)
                 + "</font></td></tr></table>", ["Voters defy threats", *OLD_PARAGRAPHS], id="a layout table's cell holds the paragraphs"),
    pytest.param("<div class=story>" + "<br>\n<br>\n".join(OLD_PARAGRAPHS) + "</div>", OLD_PARAGRAPHS,
                 id="two line breaks in a row end a paragraph"),
    pytest.param("<div class=story>" + "<br>".join(OLD_PARAGRAPHS) + "</div>", OLD_PARAGRAPHS,
                 id="one line break between paragraph-long sentences parts them (the extractor keeps one <br> of two)"),
    pytest.param("<div class=story>" + "<br>".join(["Managua, Nicaragua", *OLD_PARAGRAPHS]) + "</div>",
                 [" ".join(["Managua, Nicaragua", *OLD_PARAGRAPHS])], id="one line break stays inside its paragraph"),
    pytest.param("<table><tr><td><font size=3>" + "<p>\n".join(OLD_PARAGRAPHS) + "</font></td></tr></table>", OLD_PARAGRAPHS,
                 id="a layout cell's paragraphs parted by line breaks and <p> marks the parser lets go"),
    pytest.param("<div class=story>" + "\n".join(OLD_PARAGRAPHS) + "</div>", OLD_PARAGRAPHS, id="paragraphs parted by line breaks only"),
    pytest.param("<p>" + textwrap.fill(" ".join(OLD_PARAGRAPHS), 72) + "</p>", [" ".join(OLD_PARAGRAPHS)],
                 id="a hard-wrapped paragraph stays whole"),
    pytest.param("<table><tr><td>Talks</td><td>2024</td></tr><tr><td>Vote</td><td>2025</td></tr></table><p>" + OLD_PARAGRAPHS[0] + "</p>",
                 ["Talks · 2024", "Vote · 2025", OLD_PARAGRAPHS[0]], id="a data table keeps a line a row"),
    pytest.param("<div class=story><h2>Talks in Managua</h2>" + OLD_PARAGRAPHS[0] + "<h2>Talks to resume</h2>" + OLD_PARAGRAPHS[1]
                 + "<p>" + OLD_PARAGRAPHS[2] + "</p></div>",
                 ["## Talks in Managua", OLD_PARAGRAPHS[0], "## Talks to resume", *OLD_PARAGRAPHS[1:]],
                 id="text left loose under a subheading (the extractor's tail) is a paragraph"),
    pytest.param("<div class=story><h2>Talks in Managua</h2>" + OLD_PARAGRAPHS[0] + "<h2>Archive</h2>"
                 + "\");$db->exe(\"REPLACE INTO \".$db_prefix.\"data (`keywords`) VALUES('','1111',<p>" + OLD_PARAGRAPHS[2] + "</p></div>",
                 ["## Talks in Managua", OLD_PARAGRAPHS[0], "## Archive", OLD_PARAGRAPHS[2]],
                 id="program statements a template left loose are no paragraph"),
])
def test_pages_built_without_paragraph_tags_keep_their_paragraphs(body, paragraphs):
    from generator.sources.pages import extract_text

    html = f"<html><head><title>Voters defy threats</title></head><body>{body}</body></html>"
    _, text = extract_text(html, "2026-12-07", {"include_tables": True, "include_comments": False, "with_metadata": True})
    assert text.split("\n\n") == paragraphs


def envoy_page(head: str = "", byline: str = "", footer: str = "") -> str:
    """A saved page of five paragraphs under its headline, with what the case puts in its head, byline and footer."""
    paragraphs = "".join(f"<p>The envoy arrived on Monday for talks with the government, paragraph {n} of the story, "
                         "and met ministers in the capital before a dinner.</p>" for n in range(5))
    return (f"<html><head><title>Envoy visits Hanoi</title>{head}</head><body><article><h1>Envoy visits Hanoi</h1>"
            f"<div class='byline'>{byline}</div>{paragraphs}</article><footer>{footer}</footer></body></html>")


@pytest.mark.parametrize(("byline", "author"), [
    ("Written By Jane Roe November 6, 2023", "Jane Roe"),  # the extractor runs the date into the name: cut off
    ("By Jane Roe | 6 Nov 2023", "Jane Roe"),
    ("By Mary May", "Mary May"),  # a surname that is a month stays
])
def test_a_page_authors_name_loses_the_date_run_into_it(write_source, settings, byline, author):
    document = read(write_source, settings, "envoy.html", envoy_page(byline=byline))
    assert isinstance(document, SourceDocument)
    assert document.meta.get("author") == author


@pytest.mark.parametrize(("head", "footer", "published"), [
    ("", "Copyright 2015 Daily", None),  # htmldate makes a copyright year into 1 January: a guess, left empty
    ("", "Archive: March 2016", None),  # ... and a month into its 1st
    ('<meta property="article:published_time" content="2024-03-01T08:00:00Z">', "Copyright 2015 Daily", date(2024, 3, 1)),
    ('<meta property="article:published_time" content="2024-03-05T08:00:00Z">', "", date(2024, 3, 5)),
])
def test_a_page_date_is_never_guessed_from_a_year_or_a_month(write_source, settings, head, footer, published):
    document = read(write_source, settings, "envoy.html", envoy_page(head=head, footer=footer))
    assert isinstance(document, SourceDocument)
    assert document.meta.get("published") == published


LEAD = "The foreign ministers of Indonesia and Malaysia met in Jakarta on Tuesday to discuss maritime borders and trade."
CLOSE = "Both sides agreed to meet again next year and to set up a joint working group on the border, officials said."
MEETINGS = "<ul><li>First meeting, 12 March 2019, Kuala Lumpur</li><li>Second meeting, 4 May 2021, Jakarta</li></ul>"
LINKS = '<ul><li><a href="/a">Read more about the border talks</a></li><li><a href="/b">Malaysia trade news today</a></li></ul>'


@pytest.mark.parametrize(
    ("between", "restored"),
    [
        pytest.param(MEETINGS, ["• First meeting, 12 March 2019, Kuala Lumpur", "• Second meeting, 4 May 2021, Jakarta"],
                     id="a list of facts between two kept paragraphs comes back after the first"),
        pytest.param(LINKS, [], id="a list of links is not the article's"),
        pytest.param("<ul><li>Share</li><li>Print</li></ul>", [], id="a list of one-word buttons is not"),
        pytest.param(MEETINGS + "<p>A paragraph the extractor dropped, long enough to stand as one here.</p>", [],
                     id="a list before a dropped paragraph is not known to be inside the article"),
    ],
)
def test_a_dropped_list_between_kept_paragraphs_comes_back(between, restored):
    from trafilatura.utils import load_html

    from generator.sources.page_lists import restored_lists

    tree = load_html(f"<html><body><div><p>{LEAD}</p>{between}<p>{CLOSE}</p></div></body></html>")
    assert restored_lists(tree, f"{LEAD}\n\n{CLOSE}").split("\n\n") == [LEAD, *restored, CLOSE]


def header_page(header: str, footer: str = "") -> str:
    """A page whose template prints a header line under the headline in a box no extractor reads as a byline."""
    paragraphs = "".join(f"<p>The envoy arrived on Monday for talks with the government, paragraph {n} of the story, "
                         "and met ministers in the capital before a dinner.</p>" for n in range(5))
    return (f"<html><head><title>Site</title></head><body><section><div class='entity_title'><h1>Envoy visits Hanoi</h1></div>"
            f"<div class='entity_meta'>{header}</div><div class='entity_content'>{paragraphs}<p>{footer}</p></div></section>"
            "</body></html>")


@pytest.mark.parametrize(("header", "footer", "byline", "published"), [
    pytest.param("Jane Roe, Sept 27, 2020", "A report of 17 March 2016 had said the talks in Hanoi would open the border.", "Jane Roe, Sept 27, 2020", date(2020, 9, 27),
                 id="the byline under the headline; a date found only in the page's words gives way to its"),
    pytest.param("Written By Jane Roe November 6, 2023", "", "By Jane Roe November 6, 2023", date(2023, 11, 6), id="a labelled byline"),
    pytest.param("Hanoi", "", None, None, id="a place is no byline"),
])
def test_the_byline_a_pages_header_prints_is_the_briefs(write_source, settings, header, footer, byline, published):
    document = read(write_source, settings, "envoy.html", header_page(header, footer))
    [article] = split_articles(document)
    assert article.byline == byline
    assert find_published(article) == published


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Harbour Political Review", "Harbour Political Review", id="a <title> naming the site alone"),
    pytest.param("Next View | Latest", "Next View", id="the site beside a section's one word"),
    pytest.param("Russia", None, id="one word: as often a country's or a section's page"),
    pytest.param("Ukraina NEWS", None, id="a template's word: a section's page"),
    pytest.param("Home Page", None, id="a template's placeholder"),
    pytest.param("Mining Pact Talks", None, id="a title sharing the headline's words"),
    pytest.param("Harbour Gazette Weekly Edition Online", None, id="longer than a name"),
])
def test_a_title_naming_the_site_alone_is_its_name(title, expected):
    declared = Declared(json_ld=(), structured=(), title=title, h1s=("Japan and Saudi Arabia sign mining pact",), site_names=())
    assert title_site(declared, "Japan and Saudi Arabia sign mining pact") == expected


@pytest.mark.parametrize(("site", "title", "expected"), [
    pytest.param("HarbourTVOfficial", "Talks resume - HarbourTV", "HarbourTV", id="a social handle as the title's site"),
    pytest.param("HarbourTVOfficial", "Talks resume", "HarbourTVOfficial", id="no site in the title"),
    pytest.param("Harbour Gazette", "Talks resume - Harbour", "Harbour Gazette", id="a name of words is no handle"),
])
def test_a_handle_as_the_site_name_gives_way_to_the_title_s_site(site, title, expected):
    declared = Declared(json_ld=(), structured=(), title=title, h1s=(), site_names=())
    assert unhandled_site(site, declared) == expected
