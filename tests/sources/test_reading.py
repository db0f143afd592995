"""Stage 1, reading: which files are sources, how bytes become text, how frontmatter becomes typed metadata."""
from __future__ import annotations

import codecs
import hashlib
import os
import sys
from datetime import date

import pytest

from generator.model import SourceDocument, SourceError
from generator.sources.figure_captions import one_line_captions
from generator.sources.html_tags import line_text, words_of_tags
from generator.sources.markdown_marks import links, plain_line, plain_markdown
from generator.sources.metadata import METADATA, SourceFormatError, split_frontmatter
from generator.sources.print_lines import join_spaced_lines
from generator.sources.reading import decode_bytes, iter_documents, read_sources, read_text_source, scan_source_files
from generator.sources.splitting import split_articles

WESTERN = "“Smart” quotes cost €5 — said José Müller in Zürich, naïve café owner; Ångström’s ½ share."
LATIN1 = "José Müller, Zoë Ørsted and François Lefèvre met in Zürich; the café is naïve. ½ × 3 ÷ 2 ¿Sí?"
RUSSIAN = (
    "Министр иностранных дел России встретился в четверг с японским коллегой в Москве. "
    "Стороны обсудили экономическое сотрудничество, вопросы безопасности и подготовку мирного договора."
)
JAPANESE = "日本の外務大臣は木曜日、ロシアの外相とモスクワで会談し、経済協力と安全保障について話し合った。"
BODY = "The council approved the agreement on Tuesday after three years of negotiations between the towns.\n"


def read_one(settings, write_source, name: str, content: str | bytes) -> SourceDocument | SourceError:
    """The reading result of a single source file."""
    write_source(name, content)
    (result,) = read_sources(settings)
    return result


# --- decoding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(WESTERN.encode("utf-8"), WESTERN, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + WESTERN.encode("utf-8"), WESTERN, id="utf-8 with BOM"),
        pytest.param(codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), WESTERN, id="utf-16 LE with BOM"),
        pytest.param(codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), WESTERN, id="utf-16 BE with BOM"),
        pytest.param(WESTERN.encode("utf-16-le"), WESTERN, id="utf-16 LE without BOM"),
        pytest.param(WESTERN.encode("utf-16-be"), WESTERN, id="utf-16 BE without BOM"),
        pytest.param(codecs.BOM_UTF32_LE + WESTERN.encode("utf-32-le"), WESTERN, id="utf-32 LE with BOM"),
        pytest.param(codecs.BOM_UTF32_BE + WESTERN.encode("utf-32-be"), WESTERN, id="utf-32 BE with BOM"),
        pytest.param(WESTERN.encode("cp1252"), WESTERN, id="windows-1252 smart quotes, euro, accents"),
        pytest.param(LATIN1.encode("latin-1"), LATIN1, id="latin-1"),
        pytest.param("Müller".encode("latin-1"), "Müller", id="latin-1 one word"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, id="windows-1251 cyrillic"),
        pytest.param(RUSSIAN.encode("koi8_r"), RUSSIAN, id="koi8-r cyrillic"),
        pytest.param(JAPANESE.encode("shift_jis"), JAPANESE, id="shift_jis japanese"),
        pytest.param(JAPANESE.encode("euc_jp"), JAPANESE, id="euc-jp japanese"),
        pytest.param(b"", "", id="empty"),
    ],
)
def test_decode_bytes_reads_each_encoding_without_mojibake(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"Title\x00\x00body text", "binary file (contains NUL bytes); save the article as plain text", id="NUL bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file (contains NUL bytes); save the article as plain text", id="PNG"),
        pytest.param(bytes(range(256)) * 4, "binary file (contains NUL bytes); save the article as plain text", id="all bytes"),
        pytest.param("plain".encode("utf-16-le"), "binary file (contains NUL bytes); save the article as plain text", id="utf-16 without BOM, too few NULs to tell"),
        pytest.param(b"ab\x00c" * 8 + b"a", "binary file (contains NUL bytes); save the article as plain text", id="NULs on one side, odd length"),
        pytest.param(bytes(range(1, 9)) * 50, "binary file (control characters); save the article as plain text", id="control bytes, no NUL"),
        pytest.param(b"\x81\x8d\x8f\x90\x9d" * 40 + bytes(range(1, 32)) * 8, "binary file or unknown encoding; save the article as UTF-8 text", id="undefined cp1252 bytes"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid utf-16 text at byte 2", id="utf-16 lone surrogate"),
    ],
)
def test_decode_bytes_rejects_binary_data_with_a_clear_message(data, message):
    with pytest.raises(SourceFormatError) as error:
        decode_bytes(data)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"Title\r\n\r\nFirst line\r\nsecond", "Title\n\nFirst line\nsecond\n", id="CRLF"),
        pytest.param(b"Title\r\rFirst line\rsecond", "Title\n\nFirst line\nsecond\n", id="CR (classic Mac)"),
        pytest.param(b"Title\r\n\rFirst line\nsecond", "Title\n\nFirst line\nsecond\n", id="mixed"),
        pytest.param(b"Title\x0cPage two\x0bline", "Title\nPage two\nline\n", id="form feed and vertical tab"),
    ],
)
def test_line_endings_become_lf(settings, write_source, data, expected):
    document = read_one(settings, write_source, "a.txt", data + b"\n")
    assert document.text == expected


def test_a_few_control_characters_and_noncharacters_are_dropped(settings, write_source):
    text = "Tab\tstays; bell\x07, escape\x1b, DEL\x7f, NEL\x85 and \ufffe\uffff go.\n" + BODY * 3
    document = read_one(settings, write_source, "a.txt", text)
    assert document.text == "Tab\tstays; bell, escape, DEL, NEL and  go.\n" + BODY * 3


def test_many_control_characters_make_a_binary_file(settings, write_source):
    result = read_one(settings, write_source, "a.txt", "Short\x07note\x1b.\n")
    assert result == SourceError("a.txt", "binary file (control characters); save the article as plain text")


# --- files that are not articles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("empty.txt", b"", "empty file: no article text", id="empty"),
        pytest.param("blank.txt", b" \n\t\n\r\n   ", "empty file: no article text", id="whitespace only"),
        pytest.param("meta.md", b"---\ntitle: Only metadata\n---\n\n", "empty file: no article text", id="frontmatter only"),
        pytest.param("nul.txt", b"Headline\x00" + BODY.encode(), "binary file (contains NUL bytes); save the article as plain text", id="NUL"),
        pytest.param("photo.jpg", b"\xff\xd8\xff\xe0", "unsupported file type '.jpg'; use one of .htm, .htm.gz, .html, .html.gz, .markdown, .md, .rst, .text, .txt", id="jpg"),
        pytest.param("article.docx", BODY.encode(), "unsupported file type '.docx'; use one of .htm, .htm.gz, .html, .html.gz, .markdown, .md, .rst, .text, .txt", id="docx"),
        pytest.param("README", BODY.encode(), "unsupported file type '(none)'; use one of .htm, .htm.gz, .html, .html.gz, .markdown, .md, .rst, .text, .txt", id="no extension"),
    ],
)
def test_unreadable_files_become_errors_with_a_message(settings, write_source, name, content, message):
    assert read_one(settings, write_source, name, content) == SourceError(name, message)


@pytest.mark.parametrize(
    ("size", "limit", "message"),
    [
        pytest.param(101, 100, "file too large (101 bytes, limit 100); split it or raise max_source_bytes", id="one byte over"),
        pytest.param(5_000_000, 2_000_000, "file too large (5,000,000 bytes, limit 2,000,000); split it or raise max_source_bytes", id="5 MB"),
    ],
)
def test_too_large_file_is_reported_against_the_configured_limit(tmp_path, settings_for, write_source, size, limit, message):
    write_source("big.txt", b"x" * size)
    assert read_sources(settings_for(tmp_path, max_source_bytes=limit)) == [SourceError("big.txt", message)]


def test_file_at_the_limit_is_read(tmp_path, settings_for, write_source):
    write_source("fits.txt", b"y" * 100)
    (document,) = read_sources(settings_for(tmp_path, max_source_bytes=100))
    assert isinstance(document, SourceDocument) and document.text == "y" * 100


@pytest.mark.parametrize(
    "extension", [".txt", ".text", ".md", ".markdown", ".rst", ".TXT", ".Md"],
)
def test_supported_extensions_are_read_whatever_their_case(settings, write_source, extension):
    document = read_one(settings, write_source, f"article{extension}", BODY)
    assert document == SourceDocument(f"article{extension}", BODY, document.meta, document.digest)
    assert dict(document.meta) == {}


# --- which files are sources -----------------------------------------------------------------------

IGNORED = [
    "notes.txt~", ".DS_Store", "article.txt.swp", ".article.txt.swo", "draft.txt.bak", "a.txt.orig", "a.txt.tmp",
    ".hidden.txt", ".git/config.txt", ".drafts/secret.txt", "sub/.hidden/deep.txt", ".#lock.txt", "#autosave.txt#",
    "~$office.txt", "Thumbs.db", "desktop.ini", "download.txt.part",
]


def test_hidden_and_backup_files_are_ignored_and_subfolders_are_read(sources_dir, write_source):
    for name in IGNORED:
        write_source(name, BODY)
    for name in ("b.txt", "2024/jan/a.md", "2024/feb/c.txt", "z/y/x/w.markdown"):
        write_source(name, BODY)
    listed = [relative for relative, _ in scan_source_files(sources_dir)]
    assert listed == ["2024/feb/c.txt", "2024/jan/a.md", "b.txt", "z/y/x/w.markdown"]


def test_missing_sources_folder_has_no_files(tmp_path):
    assert scan_source_files(tmp_path / "nowhere") == []


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs")
def test_symlinks_and_special_files_are_never_read(tmp_path, sources_dir, write_source, settings):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("The secret text outside the sources folder must never be published here.\n")
    (sources_dir / "link.txt").symlink_to(outside / "secret.txt")
    (sources_dir / "linked-folder").symlink_to(outside, target_is_directory=True)
    os.mkfifo(sources_dir / "pipe.txt")  # reading a FIFO would block the build forever
    write_source("real.txt", BODY)
    assert [r.path for r in read_sources(settings)] == ["real.txt"]


def test_reading_is_deterministic(settings, write_source):
    write_source("a.txt", WESTERN.encode("cp1252"))
    write_source("b/c.md", "---\ntitle: X\n---\n" + BODY)
    assert read_sources(settings) == read_sources(settings)


# --- frontmatter -----------------------------------------------------------------------------------


def test_every_known_frontmatter_key_has_a_coercer():
    assert set(METADATA) == {"title", "date", "published", "outlet", "author", "url", "kind", "countries", "tags"}


@pytest.mark.parametrize(
    ("frontmatter", "expected"),
    [
        pytest.param(
            "title: Ministers meet\ndate: 2024-01-15\noutlet: Daily Courier\nauthor: Jane Doe\n"
            "url: https://example.com/a?b=1\nkind: Opinion\ncountries: [JP, SA]\ntags: [energy, trade]",
            {"title": "Ministers meet", "date": date(2024, 1, 15), "outlet": "Daily Courier", "author": "Jane Doe",
             "url": "https://example.com/a?b=1", "kind": "opinion", "countries": ["JP", "SA"], "tags": ["energy", "trade"]},
            id="every key",
        ),
        pytest.param("title: 12345", {"title": "12345"}, id="number as title"),
        pytest.param("title: 1.50", {"title": "1.50"}, id="float-looking title keeps its digits"),
        pytest.param("title: yes\nauthor: No", {"title": "yes", "author": "No"}, id="yes/no stay words"),
        pytest.param("title: '  spaced \t  out  '", {"title": "spaced out"}, id="whitespace folded"),
        pytest.param("countries: JP, SA , ,RU", {"countries": ["JP", "SA", "RU"]}, id="comma string where a list is expected"),
        pytest.param("countries: JP", {"countries": ["JP"]}, id="one name where a list is expected"),
        pytest.param("countries: [1, 2]", {"countries": ["1", "2"]}, id="numbers in a list"),
        pytest.param("published: 2024-01-15T09:30:00Z", {"published": date(2024, 1, 15)}, id="date-time"),
        pytest.param("date: '2024-01-15 09:30'", {"date": date(2024, 1, 15)}, id="date and time with a space"),
        pytest.param("date: 2023-09-25 3:58:54 -0400", {"date": date(2023, 9, 25)}, id="Jekyll's date-time, one-digit hour and zone"),
        pytest.param("date: 1735772400", {"date": date(2025, 1, 1)}, id="seconds since 1970, read in UTC"),
        pytest.param("date: 'Mon, 08 Apr 2024 23:30:00 +0700'", {"date": date(2024, 4, 8)}, id="RFC 2822 as feeds write it, the day as written"),
        pytest.param("date: April 8, 2024", {"date": date(2024, 4, 8)}, id="month name first"),
        pytest.param("date: 8 April 2024", {"date": date(2024, 4, 8)}, id="day first, month name"),
        pytest.param("published: Apr 8, 2024", {"published": date(2024, 4, 8)}, id="abbreviated month name"),
        pytest.param("date: 1735772400000", {"date": date(2025, 1, 1)}, id="milliseconds since 1970, read in UTC"),
        pytest.param("title: Iran: talks resume in Vienna\nauthor: Jane Roe", {"title": "Iran: talks resume in Vienna", "author": "Jane Roe"},
                     id="an unquoted title holding a colon, as editors write one"),
        pytest.param("title: 'Iran: talks'\nauthor: A: B", {"title": "Iran: talks", "author": "A: B"}, id="a flat block, one value quoted"),
        pytest.param("title:\nauthor: ~\noutlet: null\ntags: []", {}, id="empty values are dropped"),
        pytest.param("Title: Upper\nAUTHOR: Shouting", {"title": "Upper", "author": "Shouting"}, id="keys are case-insensitive"),
        pytest.param("source_id: 42\nnote: ' two  words '", {"source_id": "42", "note": "two words"}, id="unknown keys kept as text"),
        pytest.param("extra: {a: b}\nlist: [x, y]", {}, id="unknown keys with nested values are dropped"),
        pytest.param("source_url: https://example.com/a\npublisher: Daily Courier\npubDate: 2024-01-15",
                     {"url": "https://example.com/a", "outlet": "Daily Courier", "date": date(2024, 1, 15)}, id="other generators' names"),
        pytest.param("byline: Jane Roe\nlink-project: https://www.voanews.com/a/talks/4743500.html\nimage_url: https://cdn.example.com/a.jpg",
                     {"author": "Jane Roe", "url": "https://www.voanews.com/a/talks/4743500.html", "image_url": "https://cdn.example.com/a.jpg"},
                     id="a byline and a key naming the page's link by its words; a picture's link is no address"),
        pytest.param("published_date: 2025-05-03T00:00:00\ncollected_date: 2025-05-31T02:02:41", {"date": date(2025, 5, 3), "collected_date": "2025-05-31T02:02:41"},
                     id="a scraper's published_date is the date; the day it collected the page is not"),
        pytest.param("publication_date: 1742645028", {"date": date(2025, 3, 22)}, id="publication_date in seconds since 1970"),
        pytest.param("outlet: Unknown\nauthor: N/A\ntitle: Talks", {"title": "Talks"}, id="a scraper's placeholders name no outlet or author"),
        pytest.param("channel: United Nations", {"outlet": "United Nations"}, id="a video's channel is its publisher"),
        pytest.param("channel: UC5O114-PQNYkurlTg6hekZw", {"channel": "UC5O114-PQNYkurlTg6hekZw"}, id="a channel's id names no publisher"),
        pytest.param("authors: [Jane Roe, Al Roe]", {"author": "Jane Roe, Al Roe"}, id="a list of authors"),
        pytest.param("author: Jane Roe\nbyline: By Jane Roe", {"author": "Jane Roe", "byline": "By Jane Roe"}, id="the author key wins over a byline"),
        pytest.param("source: Harbour Challenges", {"outlet": "Harbour Challenges"}, id="a scraper's source names the site"),
        pytest.param("source: 015_talks.txt\nnote: x", {"source": "015_talks.txt", "note": "x"}, id="a source that is a file names no site"),
        pytest.param("source: international news agency", {"source": "international news agency"},
                     id="a source that describes names no site"),
        pytest.param("link: /world/a-story\npubdate: Mon, 15 Jan", {"link": "/world/a-story", "pubdate": "Mon, 15 Jan"},
                     id="an alias that does not fit is kept as text, never a failed file"),
        pytest.param("url: /politics/talks-resume/\ntitle: Talks", {"title": "Talks"}, id="a path on the site itself names no address"),
        pytest.param("url: politics/talks-resume/\ntitle: Talks", {"title": "Talks"}, id="a site path without its leading slash names no address"),
        pytest.param("link: https://cdn.example.com/pages/world/2466uae.jpg\ntitle: Talks",
                     {"link": "https://cdn.example.com/pages/world/2466uae.jpg", "title": "Talks"},
                     id="a theme's cover picture names no address: kept as text under its own name"),
        pytest.param("link: https://harbour.example/world/talks.html\ntitle: Talks",
                     {"title": "Talks", "url": "https://harbour.example/world/talks.html"}, id="a page's file is its address"),
        pytest.param("url: /\ntitle: Talks", {"title": "Talks"}, id="the site's root names no address"),
        pytest.param("published: true\ntitle: Talks", {"title": "Talks"}, id="Jekyll's publish flag names no date"),
        pytest.param("published: false\ndate: 2024-01-15", {"date": date(2024, 1, 15)}, id="a draft flag beside its date"),
        pytest.param("url: https://example.com/mine\nsource_url: https://example.com/theirs", {"url": "https://example.com/mine", "source_url": "https://example.com/theirs"},
                     id="the key wins over its alias"),
        pytest.param("title: \"Bad \\ud800 surrogate \\0 nul\"", {"title": "Bad surrogate nul"}, id="YAML escapes cannot smuggle unprintable text"),
        pytest.param("sourceUrl: https://example.com/a\ndatePublished: 2024-01-15", {"url": "https://example.com/a", "date": date(2024, 1, 15)},
                     id="camelCase keys as a JavaScript exporter writes them"),
        pytest.param("sources:\n  - label: Department of Foreign Affairs\n    link: http://dfa.example/release", {"outlet": "Department of Foreign Affairs"},
                     id="the one source a post reposts is its outlet"),
        pytest.param("sources:\n  - label: Harbour Embassy Facebook Post\n    link: https://www.facebook.com/harbour/posts/1", {"outlet": "Harbour Embassy"},
                     id="a source's platform post is whose it is"),
        pytest.param("sources:\n  - label: A\n    link: http://a.example\n  - label: B\n    link: http://b.example\n  - label: C\n    link: http://c.example",
                     {}, id="a post compiling several sources has none of them as its outlet"),
        pytest.param("publication: '[[JurnalTV]]'\nkeywords:\n- '[[ukraine]]'", {"outlet": "JurnalTV"},
                     id="a note app's wiki link as a property's value is the name it links"),
        pytest.param("publication: '[[outlets/Harbour Gazette|Harbour Gazette]]'", {"outlet": "Harbour Gazette"},
                     id="a wiki link's label after its bar"),
        pytest.param("authorname: Jane Roe", {"author": "Jane Roe"}, id="an Eleventy theme's author key"),
        pytest.param("title: Envoy visits\nauthor: \n\t\t\n\t\t\tJane Roe\n\t\npublisher: Daily Courier",
                     {"title": "Envoy visits", "author": "Jane Roe", "outlet": "Daily Courier"},
                     id="a crawler's value on tab-indented lines of its own"),
        pytest.param("author: BY SARAH KIM    [kim.sarah@example.com]", {"author": "Sarah Kim"},
                     id="the byline copied into the author field: its By, capitals and e-mail address"),
        pytest.param("author: 유지호(id@example.com)", {"author": "유지호"}, id="a name glued to its e-mail address"),
        pytest.param("author: By Jane Roe", {"author": "Jane Roe"}, id="a byline's By"),
    ],
)
def test_frontmatter_values_are_coerced_to_typed_values(frontmatter, expected):
    meta, body = split_frontmatter(f"---\n{frontmatter}\n---\n{BODY}")
    assert (meta, body) == (expected, BODY)


@pytest.mark.parametrize(
    ("frontmatter", "expected"),
    [
        pytest.param('title = "Talks resume"\nauthor = "Jane Doe"\ndate = 2019-05-01T10:00:00Z',
                     {"title": "Talks resume", "author": "Jane Doe", "date": date(2019, 5, 1)}, id="Hugo's keys, typed by the same table"),
        pytest.param('date = 2019-05-01\ndraft = false\nweight = 3', {"date": date(2019, 5, 1), "draft": "false", "weight": "3"},
                     id="TOML's own types become text first"),
        pytest.param('tags = ["energy", "trade"]\nurl = "/world/talks/"\n[params]\nx = 1', {"tags": ["energy", "trade"]},
                     id="lists read as lists, a site path and tables left out"),
    ],
)
def test_toml_frontmatter_is_read_like_yaml(frontmatter, expected):
    assert split_frontmatter(f"+++\n{frontmatter}\n+++\n{BODY}") == (expected, BODY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('{\n  "title": "Talks resume",\n  "date": "2019-05-01T10:00:00",\n  "slug": 5\n}\n\n' + BODY,
                     ({"title": "Talks resume", "date": date(2019, 5, 1), "slug": "5"}, BODY), id="Hugo's JSON frontmatter, typed by the same table"),
        pytest.param('{\n  "title": "Talks resume"\n}\n', ({}, '{\n  "title": "Talks resume"\n}\n'),
                     id="a JSON object with no text after it is a record, not frontmatter"),
        pytest.param('{\n  "id": 7,\n  "body": "x"\n}\n\n' + BODY, ({}, '{\n  "id": 7,\n  "body": "x"\n}\n\n' + BODY),
                     id="an object naming no title or date is not a post's header"),
        pytest.param('{\n  "title": "Talks resume",\n}\n\n' + BODY, ({}, '{\n  "title": "Talks resume",\n}\n\n' + BODY),
                     id="invalid JSON stays text"),
        pytest.param('{\n  "title": "A"\n}\n{\n  "title": "B"\n}\n', ({}, '{\n  "title": "A"\n}\n{\n  "title": "B"\n}\n'),
                     id="two objects back to back are records, not a post's header"),
    ],
)
def test_json_frontmatter_is_read_like_yaml(text, expected):
    assert split_frontmatter(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("---\ntitle: 'Unclosed quote\nauthor: Someone\n---\n",
                     "frontmatter: line 4: found unexpected end of stream (while scanning a quoted scalar on line 2)", id="unclosed quote"),
        pytest.param("---\ntitle: Fine\n  author: : bad\n---\n", "frontmatter: line 3: mapping values are not allowed here", id="bad indentation"),
        pytest.param("---\ntitle: Iran: talks\ntags:\n  - a\n---\n", "frontmatter: line 2: mapping values are not allowed here",
                     id="a colon in a value of a block that is not flat"),
        pytest.param("---\ntitle: \"Iran\": talks\n---\n", "frontmatter: line 2: mapping values are not allowed here",
                     id="a quotation closed before the value ends"),
        pytest.param("---\ntitle: [one, two\n---\n",
                     "frontmatter: line 3: expected ',' or ']', but got '<stream end>' (while parsing a flow sequence on line 2)", id="unclosed list"),
        pytest.param("---\ndate: 12345\n---\n", "frontmatter: line 2: date: '12345' is not a date; write YYYY-MM-DD", id="a short number is no date"),
        pytest.param("---\npublished: last Tuesday\n---\n", "frontmatter: line 2: published: 'last Tuesday' is not a date; write YYYY-MM-DD", id="words as date"),
        pytest.param("---\ndate: Mon, 08 Apr 2024 03 00 00 +0700\n---\n",
                     "frontmatter: line 2: date: 'Mon, 08 Apr 2024 03 00 00 +0700' is not a date; write YYYY-MM-DD", id="feed date with a broken time"),
        pytest.param("---\nkind: gossip\n---\n", "frontmatter: line 2: kind: 'gossip' is not one of news, interview, opinion, analysis", id="unknown kind"),
        pytest.param("---\nurl: javascript:alert(1)\n---\n", "frontmatter: line 2: url: 'javascript:alert(1)' is not an http(s) URL", id="javascript url"),
        pytest.param("---\nurl: example.com/page\n---\n", "frontmatter: line 2: url: 'example.com/page' is not an http(s) URL", id="url without scheme"),
        pytest.param('+++\ntitle = "x\n+++\n', "frontmatter: Illegal character '\\n' (at line 2, column 11)", id="TOML error names the file line"),
        pytest.param('+++\ntitle = "x"\n', "frontmatter: line 1: '+++' opens frontmatter but no closing '+++' line follows", id="TOML not closed"),
        pytest.param('+++\n\ndate = "last Tuesday"\n+++\n', "frontmatter: line 3: date: 'last Tuesday' is not a date; write YYYY-MM-DD", id="TOML bad value names its line"),
        pytest.param('+++\nurl = "javascript:alert(1)"\n+++\n', "frontmatter: line 2: url: 'javascript:alert(1)' is not an http(s) URL", id="TOML script url"),
        pytest.param("---\nurl: data:text/html,hi\n---\n", "frontmatter: line 2: url: 'data:text/html,hi' is not an http(s) URL", id="data url is no site path"),
        pytest.param("---\nurl: /a path/with spaces\n---\n", "frontmatter: line 2: url: '/a path/with spaces' is not an http(s) URL", id="a path with spaces is no site path"),
        pytest.param("---\na: &x [*x]\n---\n", "frontmatter: line 2: found unconstructable recursive node", id="recursive alias"),
        pytest.param("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n", "frontmatter: nested too deeply", id="deep nesting"),
        pytest.param("---\ntitle: No closing line\nauthor: Someone\n", "frontmatter: line 1: '---' opens frontmatter but no closing '---' line follows",
                     id="no closing delimiter"),
        pytest.param("---\n" + "key: value\n" * 2000 + "---\n", "frontmatter: 22,000 characters, more than 20,000; is a '---' line misplaced?",
                     id="too long"),
    ],
)
def test_malformed_frontmatter_is_an_error_naming_the_line(text, message):
    with pytest.raises(SourceFormatError) as error:
        split_frontmatter(text + BODY)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("frontmatter", "expected"),
    [
        pytest.param("title: Fine\nauthor:\n  name: 'Camy'\n  picture: ''", {"title": "Fine", "author": "Camy"},
                     id="a CMS's author map gives its name"),
        pytest.param("title: Fine\nauthors:\n  - name: Jane Roe\n    url: https://x.org/j\n  - name: John Doe",
                     {"title": "Fine", "author": "Jane Roe, John Doe"}, id="a list of author maps gives their names"),
        pytest.param("title: Fine\nauthor: [Jane Roe, {name: Al Roe}]", {"title": "Fine", "author": "Jane Roe, Al Roe"}, id="names and maps"),
        pytest.param("title: Fine\nauthor: {picture: x.png}", {"title": "Fine"}, id="a map with no name names no one"),
        pytest.param("date: [2024-01-15]\ntitle: Fine", {"title": "Fine", "doubts": ("frontmatter: line 2: date: expected text, got a list; left out",)},
                     id="list as date"),
        pytest.param("title: {text: x}", {"doubts": ("frontmatter: line 2: title: expected text, got a mapping; left out",)}, id="mapping as title"),
        pytest.param("\n\ntitle:\n  - a\n  - b", {"doubts": ("frontmatter: line 4: title: expected text, got a list; left out",)},
                     id="list as title, line counted"),
        pytest.param("countries: {JP: yes}\nauthor: [[a]]", {"doubts": ("frontmatter: line 2: countries: expected a list of names, got a mapping; left out",
                                                                        "frontmatter: line 3: author: expected names, got a list; left out")},
                     id="mapping as list, nested list as author"),
        pytest.param("tags: [[a], b]", {"doubts": ("frontmatter: line 2: tags: expected a list of names, got nested lists or mappings; left out",)},
                     id="nested list"),
    ],
)
def test_a_value_of_another_shape_drops_its_key_with_a_note_never_the_post(frontmatter, expected):
    assert split_frontmatter(f"---\n{frontmatter}\n---\n" + BODY) == (expected, BODY)


@pytest.mark.parametrize(
    ("frontmatter", "expected"),
    [
        pytest.param("title: Fine\ndate: 2023-02-30", {"title": "Fine"}, id="no such day"),
        pytest.param("title: Fine\ndate: 2025-18-08\nauthor: Jane Roe", {"title": "Fine", "author": "Jane Roe"}, id="no such month"),
        pytest.param("date: 2021-02-30 3:58:54 -0400\noutlet: Daily", {"outlet": "Daily"}, id="impossible day before a time"),
        pytest.param("published: 2021-13-01\ntitle: Fine", {"title": "Fine"}, id="published"),
    ],
)
def test_an_impossible_date_is_left_out_and_the_post_kept(frontmatter, expected):
    assert split_frontmatter(f"---\n{frontmatter}\n---\n{BODY}") == (expected, BODY)


LONG_TEXT = " ".join([BODY.strip()] * 3)


@pytest.mark.parametrize(
    ("frontmatter", "body", "expected"),
    [
        pytest.param(f"title: Deal\ncontent: >-\n  {LONG_TEXT}\n\n  Talks resume.", "", ({"title": "Deal"}, f"{LONG_TEXT}\nTalks resume.\n"),
                     id="folded content, empty body"),
        pytest.param(f"title: Deal\nbody: |\n  {LONG_TEXT}\n\n  Talks resume.", "\n\n", ({"title": "Deal"}, f"{LONG_TEXT}\n\nTalks resume.\n"),
                     id="literal body, blank body"),
        pytest.param(f"title: Deal\narticleBody: {LONG_TEXT}", "", ({"title": "Deal"}, f"{LONG_TEXT}\n"), id="camelCase key"),
        pytest.param(f"title: Deal\ntext: {LONG_TEXT}", BODY, ({"title": "Deal", "text": LONG_TEXT}, BODY), id="a written body wins"),
        pytest.param("title: Deal\ncontent: A short label", "", ({"title": "Deal", "content": "A short label"}, ""), id="a short field is no post"),
        pytest.param(f"title: Deal\nsummary: {LONG_TEXT}", "", ({"title": "Deal", "summary": LONG_TEXT}, ""), id="a summary is no body field"),
    ],
)
def test_a_post_whose_text_sits_in_a_frontmatter_field_is_read_from_it(frontmatter, body, expected):
    assert split_frontmatter(f"---\n{frontmatter}\n---\n{body}") == expected


def test_a_post_with_its_text_in_a_field_is_an_article(settings, write_source):
    write_source("field.md", f"---\ntitle: Deal\ncontent: >-\n  {LONG_TEXT}\n---\n")
    documents = list(iter_documents(read_sources(settings)))
    assert [document.text for document in documents] == [f"{LONG_TEXT}\n"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(BODY, id="no frontmatter"),
        pytest.param("--- a rule with words\n" + BODY, id="dashes followed by words"),
        pytest.param("---\n- a list between rules\n- is article text\n---\n" + BODY, id="list between rules"),
        pytest.param("----\ntitle: four dashes is a rule\n----\n" + BODY, id="four dashes"),
    ],
)
def test_text_without_frontmatter_is_kept_whole(text):
    assert split_frontmatter(text) == ({}, text)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param("Title: Oman\nTemplate: case\nSlug: case-studies/oman\nPDF: /files/oman.pdf",
                     {"title": "Oman", "template": "case", "slug": "case-studies/oman", "pdf": "/files/oman.pdf"}, id="Pelican page"),
        pytest.param("Title: Talks resume\nDate: 2015-05-14 18:05\nTags: energy, trade\nSrc: http://www.example.com/news/talks\nAuthor: Jane Doe",
                     {"title": "Talks resume", "date": date(2015, 5, 14), "tags": ["energy", "trade"],
                      "url": "http://www.example.com/news/talks", "author": "Jane Doe"}, id="Pelican post, typed by the same table"),
        pytest.param("\n\ntitle:   Iran: talks resume\nDATE: May 14, 2015", {"title": "Iran: talks resume", "date": date(2015, 5, 14)},
                     id="blank lines before it, any case, a colon in a value"),
        pytest.param("Title: A long title\n    that goes on\nAuthor: Jane Doe\nBase Header Level: 2",
                     {"title": "A long title that goes on", "author": "Jane Doe", "base header level": "2"},
                     id="an indented line continues a value, MultiMarkdown's keys of words"),
        pytest.param("Date: someday\nSummary: The towns agree.", {"summary": "The towns agree."},
                     id="a value the table refuses is left out, never a failed file"),
    ],
)
def test_a_header_of_key_lines_without_fences_is_frontmatter(header, expected):
    assert split_frontmatter(f"{header}\n\n{BODY}") == (expected, BODY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Title: Only one key line\n\n" + BODY, id="one key line"),
        pytest.param("Slug: talks\nTemplate: case\n\n" + BODY, id="neither a title nor a date"),
        pytest.param("Title: Talks resume\nUpdate: The minister has resigned.\n\n" + BODY, id="a key no list names"),
        pytest.param("Date: 2015-05-14\nEditor's note: This story was corrected.\n\n" + BODY, id="an editor's note"),
        pytest.param("Title: Talks resume\nDate: 2015-05-14\n" + BODY, id="no blank line ends it"),
        pytest.param("Title: Talks\nTitle: Again\n\n" + BODY, id="a key twice"),
        pytest.param("Kerry: Syrian cease-fire near\nDate: 2015-05-14\n\n" + BODY, id="a headline with a colon"),
        pytest.param(BODY + "\nTitle: Talks resume\nDate: 2015-05-14\n\n" + BODY, id="key lines past the first line"),
    ],
)
def test_key_lines_an_article_opens_on_are_text(text):
    assert split_frontmatter(text) == ({}, text)


def test_empty_frontmatter_block_is_removed():
    assert split_frontmatter("---\n---\n" + BODY) == ({}, BODY)


def test_frontmatter_tags_never_run_code(tmp_path):
    marker = tmp_path / "created"
    text = f"---\nx: !!python/object/apply:os.system ['touch {marker}']\ny: !!python/name:os.system\n---\n{BODY}"
    meta, body = split_frontmatter(text)
    assert not marker.exists()
    assert (meta, body) == ({}, BODY)  # x is a list under an unknown key, y is empty: both dropped


def test_billion_laughs_frontmatter_loads_without_expanding():
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    meta, body = split_frontmatter("---\n" + "\n".join(lines) + "\ntitle: Still fine\n---\n" + BODY)
    assert (meta, body) == ({"title": "Still fine"}, BODY)
    assert len(repr(meta)) < 100  # nothing left that expands when printed or hashed


@pytest.mark.parametrize(
    ("data", "title"),
    [
        pytest.param(codecs.BOM_UTF8 + b"---\ntitle: With BOM\n---\n" + BODY.encode(), "With BOM", id="utf-8 BOM before frontmatter"),
        pytest.param(b"---\r\ntitle: Windows lines\r\n---\r\n" + BODY.encode(), "Windows lines", id="CRLF frontmatter"),
        pytest.param(codecs.BOM_UTF16_LE + "---\ntitle: Sixteen\n---\n".encode("utf-16-le") + BODY.encode("utf-16-le"), "Sixteen", id="utf-16"),
        pytest.param("---\ntitle: Café “Zürich” €\n---\n".encode("cp1252") + BODY.encode("cp1252"), "Café “Zürich” €", id="windows-1252"),
    ],
)
def test_frontmatter_is_found_in_any_encoding(settings, write_source, data, title):
    document = read_one(settings, write_source, "a.md", data)
    assert (dict(document.meta), document.text) == ({"title": title}, BODY)


def test_a_bad_file_never_stops_the_others(settings, write_source):
    write_source("a.md", "---\ndate: last Tuesday\n---\n" + BODY)
    write_source("b.txt", b"\x00\x01")
    write_source("c.txt", BODY)
    results = read_sources(settings)
    assert [(r.path, type(r).__name__) for r in results] == [("a.md", "SourceError"), ("b.txt", "SourceError"), ("c.txt", "SourceDocument")]
    assert results[2].digest == hashlib.sha256(BODY.encode()).hexdigest()


@pytest.mark.parametrize(("text", "message"), [
    ("---\ntitle: a\x0bb\n---\n", "frontmatter: line 2: character U+000B is not allowed"),
    ("---\n\n\x08\n---\n", "frontmatter: line 3: character U+0008 is not allowed"),
])
def test_characters_yaml_refuses_are_an_error_naming_the_line(text, message):
    with pytest.raises(SourceFormatError) as error:
        split_frontmatter(text + BODY)
    assert str(error.value) == message


# --- hard-wrapped paragraphs ----------------------------------------------------------------------

WRAPPED = (
    "The foreign ministers of Japan and Saudi Arabia met in Riyadh on Sunday to\n"
    "discuss energy cooperation, the ministry said in a statement released after\n"
    "the talks. Both sides agreed to expand hydrogen projects, and Tokyo\n"
    "Pledged new investment in the kingdom's refineries and its power grid.\n"
)
ONE_PARAGRAPH = " ".join(WRAPPED.split("\n")).strip()
#: One line per paragraph, as text pasted from a web page is: headline, byline, menu words, long paragraphs.
PASTED = (
    "Japan and Saudi Arabia sign energy pact\nBy Jane Doe\nShare\nTweet\n\n" + ONE_PARAGRAPH + "\n\n"
    "Related\nJapan's prime minister visits the Gulf states for talks on energy\nOil prices rise as the talks end\n"
)


@pytest.mark.parametrize(("suffix", "text", "expected"), [
    # A single hard-wrapped paragraph is one paragraph (it used to be four lines, and nothing survived cleaning).
    (".txt", WRAPPED, ONE_PARAGRAPH + "\n"),
    (".md", WRAPPED, ONE_PARAGRAPH + "\n"),
    # Paragraphs separated by blank lines: a wrapped line ending a sentence still joins ("the talks.").
    (".txt", "Headline of the day\n\n" + WRAPPED + "\n" + WRAPPED, f"Headline of the day\n\n{ONE_PARAGRAPH}\n\n{ONE_PARAGRAPH}\n"),
    # Markdown's own blocks keep their lines: a heading and list items are not joined to the text around them.
    (".md", "# Japan and Saudi Arabia sign an energy pact in Riyadh this week\n" + WRAPPED
     + "- first point of the agreement signed by the two ministers today\n- second point\n",
     "# Japan and Saudi Arabia sign an energy pact in Riyadh this week\n" + ONE_PARAGRAPH
     + "\n- first point of the agreement signed by the two ministers today\n- second point\n"),
    # A headline longer than the width the text is wrapped at: the text's lines are joined, the headline takes none of them.
    (".txt", "Japan and Saudi Arabia sign an energy pact in Riyadh as the ministers meet this week\n\n" + WRAPPED,
     "Japan and Saudi Arabia sign an energy pact in Riyadh as the ministers meet this week\n\n" + ONE_PARAGRAPH + "\n"),
    # Several releases, each headline longer than the width, over its wrapped text: the lines inside paragraphs set it.
    (".txt", "\n\n".join(f"Readout of the Foreign Minister's Call with the Saudi Energy Minister on Hydrogen, Refineries and the Power Grid, Part {n}\n\n{WRAPPED}" for n in (1, 2)),
     "\n\n".join(f"Readout of the Foreign Minister's Call with the Saudi Energy Minister on Hydrogen, Refineries and the Power Grid, Part {n}\n\n{ONE_PARAGRAPH}\n" for n in (1, 2))),
    # A link's address no wrap can break runs its line past the width: the line's words still set it.
    (".txt", WRAPPED.replace("statement released", "[statement](https://www.mofa.example/press/releases/2024/05/energy-talks-riyadh-statement.html) released"),
     ONE_PARAGRAPH.replace("statement released", "[statement](https://www.mofa.example/press/releases/2024/05/energy-talks-riyadh-statement.html) released") + "\n"),
    # One line per paragraph (lines longer than any wrap width), with short furniture lines: left as it is.
    (".txt", PASTED, PASTED),
    (".md", PASTED, PASTED),
    # Short lines of similar length that would have fitted on the line before: a list, not a wrapped paragraph.
    (".txt", "Oil prices rise as the talks end\nJapan's prime minister visits the Gulf\nMarkets close higher on the news\n",
     "Oil prices rise as the talks end\nJapan's prime minister visits the Gulf\nMarkets close higher on the news\n"),
])
def test_hard_wrapped_lines_are_joined_into_their_paragraphs(settings, write_source, suffix, text, expected):
    document = read_one(settings, write_source, f"wrapped{suffix}", text)
    assert document.text == expected


def test_a_hard_wrapped_article_keeps_its_text_after_cleaning(settings, write_source):
    document = read_one(settings, write_source, "wrapped.txt", WRAPPED)
    (article,) = split_articles(document)
    assert [block.text for block in article.blocks] == [ONE_PARAGRAPH]


# --- Markdown's marks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Officials from [Qatar](https://x.org/qa) met.", "Officials from Qatar met.", id="a link is its words"),
        pytest.param("See [the report](https://a.b/c(1).pdf) now.", "See the report now.", id="parentheses inside the address"),
        pytest.param("[a](/x), [b](page.html) and [c](#top).", "a, b and c.", id="relative addresses"),
        pytest.param("As suggested by [Neil Tyson](), a quote.", "As suggested by Neil Tyson, a quote.", id="an emptied address"),
        pytest.param("[click](javascript:alert(1)) here", "[click](javascript:alert(1)) here", id="another scheme stays as written"),
        pytest.param("**Qatar** and __Egypt__ and *Oman*, 5 * 3", "Qatar and Egypt and Oman, 5 * 3", id="emphasis off, a lone star kept"),
        pytest.param("![Ministers in Doha](https://img.x/a%20(1).jpg) They met.", " They met.", id="an image leaves the sentence"),
        pytest.param("\\*not emphasis\\* and \\[brackets\\]", "*not emphasis* and [brackets]", id="escapes undone"),
        pytest.param("* [Home](https://x.com/) | [World](https://x.com/w)", "* [Home](https://x.com/) | [World](https://x.com/w)",
                     id="a line of links only stays as written, for the cleaner"),
        pytest.param("![Ministers in Doha](https://img.x/a.jpg)", "![Ministers in Doha](https://img.x/a.jpg)", id="an image alone too"),
        pytest.param("[Printer Friendly](https://x.com/print/1)\\", "[Printer Friendly](https://x.com/print/1)",
                     id="a hard break's backslash is no text: a line of links stays one"),
        pytest.param("They met in Doha.\\", "They met in Doha.", id="a sentence's hard break"),
        pytest.param("C:\\\\", "C:\\", id="an escaped backslash stays"),
    ],
)
def test_markdown_marks_read_as_text(text, expected):
    assert plain_line(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("[Jane Roe](https://x.com/author/jane-roe/ \"Jane\") and [b](/b)", [("Jane Roe", "https://x.com/author/jane-roe/"), ("b", "/b")],
                 id="words and address, the title aside"),
    pytest.param("![a picture](https://img.x/a.jpg)", [], id="an image is no link"),
    pytest.param("See [the report](https://a.b/c(1).pdf).", [("the report", "https://a.b/c(1).pdf")], id="parentheses inside"),
])
def test_markdown_links_of_a_line(line, expected):
    assert links(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Qatar and Egypt meet\n====================\n\nText.", "# Qatar and Egypt meet\n\nText.", id="setext title"),
        pytest.param("Related coverage\n---\n\n* item", "## Related coverage\n\n* item", id="setext subheading"),
        pytest.param("A sentence ends here.\n---\nText.", "A sentence ends here.\n---\nText.", id="a rule under a sentence stays a rule"),
        pytest.param("- an item\n---", "- an item\n---", id="a rule under a list item"),
        pytest.param("### Headline\n------\n\nText.", "### Headline\n------\n\nText.", id="a rule under an ATX heading"),
        pytest.param("#Afrique - Ocean indien\n\nText.", "# Afrique - Ocean indien\n\nText.", id="a first line's title mark glued to it"),
        pytest.param("#BlackLivesMatter\n\nText.", "#BlackLivesMatter\n\nText.", id="a hashtag is no title"),
        pytest.param("#climate strikes spread\n\nText.", "#climate strikes spread\n\nText.", id="a hashtag opening a sentence"),
        pytest.param("Text.\n\n#Rencontres bilatérales", "Text.\n\n#Rencontres bilatérales", id="only the file's first line"),
        pytest.param("## Headline\n======", "## Headline\n======", id="an ATX heading is no setext title"),
        pytest.param("```\n**kept** [a](/b)\n```", "```\n**kept** [a](/b)\n```", id="fenced code as written"),
    ],
)
def test_markdown_underlined_headings(text, expected):
    assert plain_markdown(text) == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("page.txt", "He met [Jane Roe](https://x.org/j) and [John Doe](https://x.org/d) in Doha.\n",
                     "He met Jane Roe and John Doe in Doha.\n", id="a text file pasted as Markdown"),
        pytest.param("plain.txt", "Profits rose *sharply* in [the] year.\n", "Profits rose *sharply* in [the] year.\n", id="plain text untouched"),
        pytest.param("page.md", "Talks\n=====\n\nThey met in [Doha](https://x.org/doha).\n", "# Talks\n\nThey met in Doha.\n", id="Markdown"),
    ],
)
def test_markdown_sources_are_read_as_a_reader_sees_them(settings, write_source, name, content, expected):
    assert read_one(settings, write_source, name, content).text == expected


# --- Shapes of text copied from elsewhere: JSON records, HTML tags, print lines a blank line apart ---------------------

STORY = "Ministers of the two countries met in Geneva on Monday and agreed to resume talks on a ceasefire next week."
RECORD = ('{"title": "Talks Resume in Geneva", "link": "https://example.org/talks", "published": "2026-06-29T18:44:57+00:00", '
          '"author": "Jane Roe", "content": "<div class=\\"hero\\"><h1>Talks Resume in Geneva</h1></div><p>' + STORY
          + '</p><p>Diplomats said <strong>both sides</strong> wanted a deal &amp; a truce.</p><script>track()</script>"}')


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(RECORD, ({"title": "Talks Resume in Geneva", "url": "https://example.org/talks", "published": date(2026, 6, 29), "author": "Jane Roe"},
                          f"Talks Resume in Geneva\n\nTalks Resume in Geneva\n\n{STORY}\n\nDiplomats said both sides wanted a deal & a truce.\n"),
                 id="one record: its fields are the metadata, its HTML story read as text"),
    pytest.param(f"[{RECORD}, {RECORD.replace('Geneva', 'Oslo')}]", ({}, "Talks Resume in Geneva\nhttps://example.org/talks\n\n"),
                 id="an array of records: each headline and address over its story"),
    pytest.param(RECORD + "\n" + RECORD.replace("Geneva", "Oslo"), ({}, "Talks Resume in Geneva\nhttps://example.org/talks\n\n"),
                 id="objects one after another"),
    pytest.param('{"id": 7, "name": "short"}', ({}, '{"id": 7, "name": "short"}'), id="JSON without a story is text"),
    pytest.param(f"[Update] {STORY}", ({}, f"[Update] {STORY}"), id="a bracket opening a line is no JSON"),
])
def test_json_records_are_read_as_their_stories(text, expected):
    meta, body = read_text_source(text)
    assert (meta, body[:len(expected[1])]) == expected


def test_records_one_after_another_give_their_articles():
    text = f"[{RECORD}, {RECORD.replace('Geneva', 'Oslo')}]"
    articles = split_articles(SourceDocument("records.txt", read_text_source(text)[1], {}))
    assert [(article.title, article.blocks[0].text) for article in articles] == [
        ("Talks Resume in Geneva", STORY), ("Talks Resume in Oslo", STORY.replace("Geneva", "Oslo"))]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('<p><span style="font-weight: 400;">Talks resumed.</span></p>', "Talks resumed.", id="styling tags around a paragraph"),
    pytest.param("Talks <em>resumed</em> in<br>Geneva &amp; Oslo.", "Talks resumed in\nGeneva & Oslo.", id="a break tag breaks the line"),
    pytest.param("Headline\n\n<div>\n<p>Text.</p>\n</div>", "Headline\n\nText.", id="lines of tags only go"),
    pytest.param("Profits rose 5% as a < b and b > c.", "Profits rose 5% as a < b and b > c.", id="angle brackets that are no tags"),
    pytest.param("The <Reuters> wire and <unknown attr> tags.", "The <Reuters> wire and <unknown attr> tags.", id="names of no element stay"),
    pytest.param("<p onclick=\"alert(1)\">Hi</p> <img src=x onerror=alert(1)> <a href=\"javascript:x()\">y</a>",
                 "<p onclick=\"alert(1)\">Hi\n<img src=x onerror=alert(1)> <a href=\"javascript:x()\">y", id="a payload stays visible text"),
    pytest.param("National People&#x27;s Congress\n&quot;We agree,&quot; he said.", "National People's Congress\n\"We agree,\" he said.",
                 id="references in lines without tags"),
    pytest.param("Rome&#8217;s view&nbsp;of Beijing", "Rome\u2019s view\u00a0of Beijing", id="numeric and named references"),
    pytest.param("&lt;b&gt;bold&lt;/b&gt; &#60;img src=x onerror=y&#62;", "<b>bold</b> <img src=x onerror=y>",
                 id="a decoded tag is text, never read as a tag"),
    pytest.param("AT&amp;amp;T &amp;lt;", "AT&amp;T &lt;", id="decoded once"),
    pytest.param("&#35; Not a heading &#35;1\n&nbsp;&#62; &#42;not&#42; a quote\n&#91;x&#93;&#40;javascript:y()&#41;",
                 "&#35; Not a heading #1\n\u00a0&#62; *not* a quote\n&#91;x](javascript:y())", id="a reference opening a line with a mark stays"),
    pytest.param("<p>&#35; Not a heading</p>", "&#35; Not a heading", id="nor in a line of tags"),
    pytest.param("&#8220;Peace,&#8221; he said.", "\u201cPeace,\u201d he said.", id="a quotation mark opening a line is no mark"),
    pytest.param("AT&T, Q&A and /news?id=1&notify=2&copy", "AT&T, Q&A and /news?id=1&notify=2&copy", id="an ampersand opening no reference stays"),
    pytest.param('<h1 class="post-title">Minister seeks support\n      Momen\n   </h1>\n<p>Text.</p>', "Minister seeks support Momen\nText.",
                 id="a template's hard-wrapped heading is one line"),
    pytest.param("<h2>Talks\n<a href=\"/x\">resume</a></h2>", "Talks\nresume", id="a heading holding an element keeps its lines"),
])
def test_html_tags_in_text_are_read_as_their_words(text, expected):
    assert words_of_tags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("<figure>\n<img src=\"a.jpg\">\n<figcaption>The pier at dawn.</figcaption>\n</figure>",
                 "<img src=\"a.jpg\">\n<figcaption>The pier at dawn.</figcaption>", id="a caption on its line keeps its tag"),
    pytest.param("<figcaption>\n  <div class=\"caption\">\n<span>The pier\n at dawn.</span></div>\n</figcaption>\nText.",
                 "<figcaption>The pier at dawn.</figcaption>\nText.", id="a caption over lines and tags on one line"),
    pytest.param("Text with no caption.", "Text with no caption.", id="no caption: as written"),
])
def test_figure_captions_are_put_on_a_line_the_cleaner_reads(text, expected):
    assert "\n".join(line for line in words_of_tags(one_line_captions(text)).split("\n") if line.strip()) == expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param('<span style="font-weight:bold;">Asia</span> <span>| One and done?</span>', "Asia | One and done?", id="styling tags"),
    pytest.param("One<br>two", "One two", id="a block tag is a space in one line"),
    pytest.param("Seoul&#x27;s &quot;pivot&quot;", "Seoul's \"pivot\"", id="references without tags"),
    pytest.param('<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">', id="a payload stays text"),
])
def test_one_line_as_a_reader_sees_it(line, expected):
    assert line_text(line) == expected


PRINTED = (" The Foreign Minister announced today that Australia would provide \n\n accommodation at the migrant reception centre for up to 1,000 \n\n"
           " refugees from the Three Rivers district of Northern Manchuria.\n\n"
           " The refugees had been given 48 hours' notice by the \n\n authorities to leave their homes in the border district.\n")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(PRINTED, " The Foreign Minister announced today that Australia would provide accommodation at the migrant reception centre for up "
                 "to 1,000 refugees from the Three Rivers district of Northern Manchuria.\n\n"
                 " The refugees had been given 48 hours' notice by the authorities to leave their homes in the border district.\n",
                 id="print lines a blank line apart joined into their sentences"),
    pytest.param("HEADLINE IN CAPITALS OF A PRINTED RELEASE TODAY\n\n" + PRINTED, "HEADLINE IN CAPITALS OF A PRINTED RELEASE TODAY\n\n The Foreign",
                 id="a heading in capitals takes no line"),
    pytest.param(PRINTED.replace("\n\n a", "\n\n A").replace("\n\n r", "\n\n R"), PRINTED.replace("\n\n a", "\n\n A").replace("\n\n r", "\n\n R"),
                 id="lines stopping mid-sentence over capitals (a page's headlines and menus): left as they are"),
    pytest.param(f"{STORY}\n\n{STORY}\n\n{STORY}\n\n{STORY}\n", f"{STORY}\n\n{STORY}\n\n{STORY}\n\n{STORY}\n",
                 id="a paragraph a line, blank lines between: left as it is"),
    pytest.param(PRINTED.replace("\n\n", "\n\n\n").replace("Manchuria.\n\n\n", "Manchuria.\n\n\n\n"),
                 " The Foreign Minister announced today that Australia would provide accommodation at the migrant reception centre for up "
                 "to 1,000 refugees from the Three Rivers district of Northern Manchuria.\n\n\n\n"
                 " The refugees had been given 48 hours' notice by the authorities to leave their homes in the border district.\n",
                 id="a record's copy, two blank lines under each line and three between paragraphs"),
])
def test_print_lines_a_blank_line_apart_are_joined(text, expected):
    assert join_spaced_lines(text)[:len(expected)] == expected
