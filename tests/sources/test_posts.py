"""Stage 1-2, files of several documents: posts pasted one after another under their own frontmatter, saved pages joined."""
from __future__ import annotations

from datetime import date

import pytest
from saved_pages import PARAGRAPHS, page

from generator.model import SourceDocument, SourceError
from generator.sources.posts import is_page_source, post_starts, split_pages
from generator.sources.reading import read_source
from generator.sources.splitting import split_articles

GRAIN = ("Foreign ministers from Turkey and Ukraine agreed on Tuesday to extend the Black Sea grain corridor for another "
         "six months, officials said after two days of talks in Ankara.")
POWER = ("Kenya and Ethiopia signed an agreement on Wednesday to expand cross-border electricity trade, the two governments "
         "said in a joint statement issued in Nairobi.")
AMAZON = ("Brazil hosted a meeting of finance ministers in Brasilia on Thursday to discuss funding for the Amazon Fund, "
          "the finance ministry said in a statement.")
FIRST = '---\ntitle: "Ministers extend grain corridor"\ndate: 2024-03-12\nauthor: Jane Roe\n---\n\n' + GRAIN + "\n"
SECOND = "---\ntitle: Kenya and Ethiopia sign power deal\ndate: 2024-03-13\nauthors:\n  - John Doe\ntags: [energy]\n---\n\n" + POWER + "\n"
TOML = '+++\ntitle = "Brazil hosts Amazon Fund meeting"\ndate = 2024-03-14\nauthor = "Ana Lima"\n+++\n\n' + AMAZON + "\n"
GRAIN_META = {"title": "Ministers extend grain corridor", "date": date(2024, 3, 12), "author": "Jane Roe"}
POWER_META = {"title": "Kenya and Ethiopia sign power deal", "date": date(2024, 3, 13), "author": "John Doe", "tags": ["energy"]}
AMAZON_META = {"title": "Brazil hosts Amazon Fund meeting", "date": date(2024, 3, 14), "author": "Ana Lima"}


def articles_of(write_source, settings, name: str, content: str | bytes) -> list:
    """The articles of one source file, read and split."""
    write_source(name, content)
    document = read_source(settings.sources_dir / name, name, settings)
    assert isinstance(document, SourceDocument), document
    return split_articles(document)


@pytest.mark.parametrize(("name", "content", "expected"), [
    pytest.param("posts.md", FIRST + "\n" + SECOND, [GRAIN_META, POWER_META], id="two Markdown posts, each under its frontmatter"),
    pytest.param("posts.txt", FIRST + "\n" + SECOND + "\n" + TOML, [GRAIN_META, POWER_META, AMAZON_META], id="YAML posts, then Hugo's TOML"),
    pytest.param("posts.md", FIRST + SECOND, [GRAIN_META, POWER_META], id="a block right at a post's end"),
    pytest.param("posts.txt", GRAIN + "\n\n" + SECOND, [{}, POWER_META], id="text, then a post under its block"),
    pytest.param("posts.md", "\n\n" + FIRST + "\n" + SECOND, [GRAIN_META, POWER_META], id="blank lines before the first block"),
])
def test_each_post_is_an_article_under_its_own_metadata(write_source, settings, name, content, expected):
    articles = articles_of(write_source, settings, name, content)
    assert [dict(article.meta) for article in articles] == expected
    assert [article.position for article in articles] == list(range(len(expected)))
    assert [article.title for article in articles if article.meta] == [meta["title"] for meta in expected if meta]
    text = "\n".join(block.text for article in articles for block in article.blocks)
    assert "title" not in text and "---" not in text and "+++" not in text  # a block is never text


@pytest.mark.parametrize(("block", "why"), [
    pytest.param("---\ntitle: [unclosed\ndate: 2024-03-13\n---\n", "bad YAML", id="bad YAML"),
    pytest.param("---\nNote: the figures are provisional\n---\n", "no title: a rule around a line", id="no title"),
    pytest.param("+++\ntitle = 'Talks\n+++\n", "bad TOML", id="bad TOML"),
])
def test_a_malformed_later_block_stays_text_and_never_fails_the_file(write_source, settings, block, why):
    articles = articles_of(write_source, settings, "posts.md", FIRST + "\n" + block + "\n" + POWER + "\n")
    assert [dict(article.meta) for article in articles][:1] == [GRAIN_META], why
    assert POWER in [block.text for article in articles for block in article.blocks]


@pytest.mark.parametrize("block", [
    pytest.param("---\ntitle: Talks\ndate: 2024-13-45\n---\n", id="a date METADATA refuses"),
    pytest.param("---\ntitle: Talks\nurl: javascript:alert(1)\n---\n", id="an address METADATA refuses"),
    pytest.param("+++\ntitle = 'Talks'\ndate = '03/07/2019'\n+++\n", id="TOML, a date METADATA refuses"),
])
def test_a_later_blocks_refused_value_is_left_out_and_the_post_kept(write_source, settings, block):
    articles = articles_of(write_source, settings, "posts.md", FIRST + "\n" + block + "\n" + POWER + "\n")
    assert [dict(article.meta) for article in articles] == [GRAIN_META, {"title": "Talks"}]


@pytest.mark.parametrize(("text", "starts"), [
    pytest.param(FIRST + "\n" + SECOND, [len(FIRST) + 1], id="a later block"),
    pytest.param(FIRST, [], id="the file's own block is read by the reader"),
    pytest.param(GRAIN + "\n\n---\n\n" + POWER, [], id="a Markdown rule"),
    pytest.param(GRAIN + "\n\n---\ntitle: x\nSome text here\n---\n", [], id="a line of text in the block"),
    pytest.param(GRAIN + "\n\n---\ntitle: x\n\ndate: 2024-03-13\n---\n", [len(GRAIN) + 2], id="a blank line in the block"),
    pytest.param(GRAIN + "\n\n---\nheadline: x\n---\n", [len(GRAIN) + 2], id="the title as a headline key"),
    pytest.param(GRAIN + "\n\n---\ntitle: x\nog.image: a.jpg\nfeatured image: b.jpg\n---\n", [len(GRAIN) + 2],
                 id="dotted and spaced keys"),
    pytest.param(GRAIN + "\n\n---\n\nTitle: x\n\nMore prose. And more of it.\n---\n", [], id="prose between rules"),
])
def test_where_a_later_post_starts(text, starts):
    assert post_starts(text) == starts


OTHER = page(paragraphs=[p.replace("Japan", "Korea") for p in PARAGRAPHS]).replace(
    "Japan and Saudi Arabia to work on mining", "Korea and Saudi Arabia sign mining pact").replace("Jane Roe", "John Doe")


@pytest.mark.parametrize(("data", "expected"), [
    pytest.param(page().encode(), True, id="a doctype"),
    pytest.param(b"\xef\xbb\xbf\n  <!-- saved -->\n<HTML><body><p>x</p></body></HTML>", True, id="BOM, comment, <html>"),
    pytest.param(page().split("\n", 2)[2].encode(), True, id="view-source without doctype or <html>: tags dominate"),
    pytest.param(f"{GRAIN}\n\n<p>{POWER}</p>\n<div>{AMAZON}</div>".encode(), False, id="text with a few tags left in"),
    pytest.param(b"The <html> element opens every page, the guide says.", False, id="a tag named in a sentence"),
    pytest.param(b'<div class="modal"><h5>Talks</h5><div class="modal-body"><p>' + b"x " * 200 + b"</p></div></div>", False,
                 id="a fragment of markup with no <body>: read as text"),
])
def test_page_source_saved_as_text_is_detected(data, expected):
    assert is_page_source(data) is expected


def test_page_sources_joined_are_each_their_own_page():
    assert [part.count(b"<title>") for part in split_pages((page() + "\n" + OTHER + "\n").encode())] == [1, 1]
    assert len(split_pages(page().encode())) == 1


@pytest.mark.parametrize(("name", "content", "titles", "authors"), [
    pytest.param("page.html", page(), ["Japan and Saudi Arabia to work on mining"], ["Jane Roe"], id="one page"),
    pytest.param("page.txt", page(), ["Japan and Saudi Arabia to work on mining"], ["Jane Roe"], id="one page's source saved as .txt"),
    pytest.param("page.html", "\ufeff\n" + page() + "\n\n" + OTHER, ["Japan and Saudi Arabia to work on mining", "Korea and Saudi Arabia sign mining pact"],
                 ["Jane Roe", "John Doe"], id="two page sources joined"),
    pytest.param("pages.txt", page() + "\n" + OTHER, ["Japan and Saudi Arabia to work on mining", "Korea and Saudi Arabia sign mining pact"],
                 ["Jane Roe", "John Doe"], id="two page sources joined in a .txt"),
])
def test_saved_pages_joined_in_one_file_are_each_read_as_their_page(write_source, settings, name, content, titles, authors):
    articles = articles_of(write_source, settings, name, content)
    assert [article.title for article in articles] == titles
    assert [article.meta.get("author") for article in articles] == authors
    assert [block.text for block in articles[0].blocks] == PARAGRAPHS
    assert not any("<" in block.text for article in articles for block in article.blocks)


def test_a_page_source_that_is_no_article_is_a_named_error(write_source, settings):
    write_source("blank.html", "<!DOCTYPE html><html><head></head><body>  </body></html>")
    result = read_source(settings.sources_dir / "blank.html", "blank.html", settings)
    assert isinstance(result, SourceError) and "saved page" in result.message


def test_a_page_that_is_no_article_is_left_out_of_joined_pages(write_source, settings):
    home = "<!DOCTYPE html><html><body>" + "".join(f'<a href="/n{i}">Headline {i}</a><br>' for i in range(60)) + "</body></html>"
    articles = articles_of(write_source, settings, "pages.html", home + "\n" + page())
    assert [article.title for article in articles] == ["Japan and Saudi Arabia to work on mining"]


def test_joined_pages_are_read_as_a_bounded_number_of_pages():
    assert len(split_pages(b"<html><body><p>x</p></body></html>\n" * 1000)) == 20
