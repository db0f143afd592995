"""Frontmatter as other tools write it: a flat block of "key: value" lines YAML refuses but an editor plainly meant (values
holding ": "), a header of such lines with no fences (Pelican, Python-Markdown's meta, MultiMarkdown), camelCase keys, and
a post's list of the sources it reposts."""
from __future__ import annotations

import re

from generator.markdown_text import fold_text
from generator.sources.word_lists import read_words

#: YAML's complaint about an unquoted value holding ": " ("title: Iran: talks resume"), as editors write titles.
COLON_IN_VALUE = "mapping values are not allowed here"
#: YAML's complaint about a tab indenting a line (a crawler's multi-line value indented with tabs).
TAB_INDENT = "found character '\\t' that cannot start any token"
_LEADING_TABS = re.compile(r"^[ \t]+", re.M)


def untabbed(block: str) -> str:
    """The block with each line's indentation's tabs as two spaces each (YAML refuses tabs there; their editor meant an
    indent: "author: \\n\\t\\t\\tJane Roe" is an author's name on a line of its own)."""
    return _LEADING_TABS.sub(lambda indent: indent.group(0).replace("\t", "  "), block)


#: A key line of a flat block: a key at the line's start, a colon, the rest of the line its value.
_PLAIN_KEY_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")


def plain_key_lines(block: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """A flat block of "key: value" lines read with each value the rest of its line ("title: Iran: talks resume"), when
    every line is one (or blank, or a comment) and no value opens a quotation or a list it does not close; else None."""
    data: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, line in enumerate(block.split("\n"), start=2):
        if not line.strip() or line.startswith("#"):
            continue
        match = _PLAIN_KEY_LINE.fullmatch(line)
        if match is None or match.group("key") in data:
            return None
        value = match.group("value") or ""
        if value[:1] in "\"'[{" and value[:1] and not _closed(value):
            return None
        data[match.group("key")] = value[1:-1] if value[:1] in "\"'" and _closed(value) else value
        lines[match.group("key")] = number
    return (data, lines) if data else None


def _closed(value: str) -> bool:
    """True when a value that opens a quotation, list or mapping closes it at its end."""
    return len(value) > 1 and value[-1] == {"\"": "\"", "'": "'", "[": "]", "{": "}"}[value[0]]


#: Keys a fenceless header may use (data/header_keys.txt): a block with any other key ("Update:", "Note:") is text.
HEADER_KEYS = read_words("header_keys")
#: A fenceless header names at least this many keys, one of them a title or a date.
MIN_HEADER_KEYS, HEADER_NEEDS = 2, frozenset({"title", "headline", "date"})
#: A label a story file's text opens under, as NLP corpora store stories ("HEADLINE: ..." / "DATE: ..." / "TEXT:"): the
#: header ends there, and the text starts on its line, after it, or on the next.
BODY_LABELS = frozenset({"text", "body", "story"})
#: A fenceless header is this many lines at most: past them, the file opens on text.
MAX_HEADER_LINES = 30
#: A line of a fenceless header, as Python-Markdown's meta reads one: up to three spaces, a key (MultiMarkdown's may be
#: words: "Base Header Level"), a colon, its value; a line indented four spaces or more continues the value above it.
_HEADER_LINE = re.compile(r" {0,3}(?P<key>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_CONTINUED_LINE = re.compile(r" {4,}(?P<value>\S.*?)[ \t]*")
#: Blank lines before a header.
_LEADING_BLANKS = re.compile(r"(?:[ \t]*\n)*")


def header_lines(text: str) -> tuple[dict[str, str], dict[str, int], int] | None:
    """A metadata header of "Key: value" lines with no '---' fences on the text's first lines, ended by a blank line
    (Pelican's, Python-Markdown's meta, MultiMarkdown's) or by a story file's "TEXT:" label: its values, each key's line and
    where the body starts; None unless every key is a HEADER_KEYS one, at least MIN_HEADER_KEYS are named (the label
    counted) and one is a title or a date."""
    start = _LEADING_BLANKS.match(text).end()
    lines = text[start:].split("\n", MAX_HEADER_LINES + 1)
    data: dict[str, str] = {}
    numbers: dict[str, int] = {}
    key, offset, first = "", start, text.count("\n", 0, start) + 1
    for index, line in enumerate(lines[:MAX_HEADER_LINES + 1]):
        offset += len(line) + 1
        if not line.strip():
            return (data, numbers, offset) if len(data) >= MIN_HEADER_KEYS and HEADER_NEEDS & data.keys() else None
        continued = _CONTINUED_LINE.fullmatch(line) if key else None
        if continued:
            data[key] = f"{data[key]} {continued.group('value')}".strip()
            continue
        match = _HEADER_LINE.fullmatch(line)
        key = match.group("key").lower() if match else ""
        if key in BODY_LABELS and data and len(data) + 1 >= MIN_HEADER_KEYS and HEADER_NEEDS & data.keys():
            return data, numbers, offset - len(line) - 1 + match.start("value") if match.group("value") else offset
        if key not in HEADER_KEYS or key in data:
            return None
        data[key], numbers[key] = match.group("value") or "", first + index
    return None


#: Keys under which a post lists the sources it reposts, each a mapping of a name and a link ("sources: [{label: X, link: ...}]").
SOURCE_LISTS = frozenset({"sources", "source"})
#: Keys naming a listed source.
_SOURCE_NAME_KEYS = ("label", "name", "title", "publisher", "outlet")
#: A post listing more sources than this compiles them: none of them is its publisher.
MAX_CREDITED_SOURCES = 2
#: A platform's post or page after the name of whom it is ("European Union in the Philippines Facebook Post").
_PLATFORM_TAIL = re.compile(r"\s+(?:facebook|twitter|x|instagram|youtube|linkedin)\s+(?:post|page|account|video|channel)s?$", re.I)


def credited_source(items: list[object]) -> str | None:
    """The first name a frontmatter's list of sources gives, the publisher of what a post reposts; none when the list names
    more than MAX_CREDITED_SOURCES (a compilation), or an entry is not a mapping."""
    if not all(isinstance(item, dict) for item in items):
        return None
    names = [text for item in items if (text := next((fold_text(item[k]) for k in _SOURCE_NAME_KEYS
                                                      if isinstance(item.get(k), str) and item[k].strip()), ""))]
    if not names or len(names) > MAX_CREDITED_SOURCES:
        return None
    return _PLATFORM_TAIL.sub("", names[0]) or None


#: A word boundary inside a camelCase key ("sourceUrl", "canonicalURL", "datePublished").
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake_case(key: str) -> str:
    """A key as snake_case: JavaScript exporters write "sourceUrl" and "datePublished" where others write "source_url"."""
    return _CAMEL_BOUNDARY.sub("_", key.strip()).lower()


#: Keys that hold a post's whole text when it has no body (data/body_fields.txt).
BODY_FIELDS = read_words("body_fields")
#: A body field is read as the article when it holds at least this many words: a short one is a label, not a post.
MIN_BODY_FIELD_WORDS = 25


def body_field(raw: dict[object, object]) -> str | None:
    """The key of the frontmatter field holding a post's whole text ("content: >-", "body: |"), as scrapers and headless
    CMS exports write a post with an empty body; None when no BODY_FIELDS key holds MIN_BODY_FIELD_WORDS words."""
    for key, value in raw.items():
        if isinstance(value, str) and snake_case(str(key)) in BODY_FIELDS and len(value.split()) >= MIN_BODY_FIELD_WORDS:
            return str(key)
    return None


#: A note-taking app's link to another note written as a property's value ("publication: '[[JurnalTV]]'", Obsidian's web
#: clipper), the label after a bar when it has one ("[[notes/JurnalTV|JurnalTV]]"): the name it links.
_WIKI_LINK = re.compile(r"^\s*\[\[(?:[^\]|]*\|)?(?P<name>[^\]|]+)\]\]\s*$")


def unlinked(value: object) -> object:
    """A property's value without the wiki link around it ('[[JurnalTV]]' -> 'JurnalTV'), a list's items too; else as it is."""
    if isinstance(value, list):
        # One level only: a list of names. Nested lists stay as written, because YAML aliases can nest one list in
        # itself a billion times over ("billion laughs") and walking them would never end.
        return [_unlinked_text(item) for item in value]
    return _unlinked_text(value)


def _unlinked_text(value: object) -> object:
    link = _WIKI_LINK.match(value) if isinstance(value, str) else None
    return link.group("name").strip() if link else value
