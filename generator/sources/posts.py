"""Files that hold several documents: posts pasted one after another, each under its own frontmatter, and web page
sources (saved pages, or a page's source saved with a text file's name), one page or several joined."""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Callable, Mapping

from generator.sources.feed_entries import split_feed_items
from generator.sources.metadata import SourceFormatError, split_frontmatter
from generator.sources.records import record_items
from generator.sources.xml_feeds import xml_feed_items

#: A later post's frontmatter: '---' (YAML) or '+++' (Hugo's TOML) at a line's start, then only key lines (keys of up
#: to three words, dotted or hyphenated, with their list items, indented continuations, comments and blank lines), closed
#: by the same mark. Each line is matched once (an atomic group: no backtracking into it) and a block is 60 lines at
#: most, so a scan stays linear.
_LATER_BLOCK = re.compile(
    r"^(?P<mark>---|\+\+\+)[ \t]*\n"
    r"(?:(?>[\"']?[A-Za-z_][\w.-]*(?: [\w.-]+){0,2}[\"']?[ \t]*[:=][^\n]*|-[ \t]+\S[^\n]*|[ \t]+\S[^\n]*|#[^\n]*"
    r"|\[[\w.-]+\][ \t]*|[ \t]*)\n){1,60}?"
    r"(?P=mark)[ \t]*$", re.M)
#: A block opens a post only when it names the post's title (or headline): a rule over a "Note: ..." line is text.
_TITLE_KEY = re.compile(r"^[\"']?(?:title|headline)[\"']?[ \t]*[:=]", re.M | re.I)

#: One document's parts once read: (metadata, text).
Read = tuple[dict[str, object], str]
#: Where each post starts in the joined text, with its own metadata.
Posts = tuple[tuple[int, Mapping[str, object]], ...]


def post_starts(text: str) -> list[int]:
    """Where a later post opens: a frontmatter block past the file's start whose keys read as typed metadata with a
    title. A malformed block (bad YAML or TOML) stays text, and never fails the file; a value METADATA refuses (a
    date it cannot read) is left out of the post, as a later post's block is an editor's paste, not their writing."""
    starts = []
    for match in _LATER_BLOCK.finditer(text):
        if match.start() == 0 or not _TITLE_KEY.search(match.group()):
            continue
        try:
            meta, _ = split_frontmatter(match.group() + "\n", strict=False)
        except SourceFormatError:
            continue
        if isinstance(meta.get("title"), str) and meta["title"].strip():
            starts.append(match.start())
    return starts


def split_posts(text: str) -> list[str]:
    """The file's posts, each from its frontmatter block (the first one's is the file's own) to the next one's."""
    bounds = [0, *post_starts(text), len(text)]
    return [text[begin:end] for begin, end in zip(bounds, bounds[1:])]


def join_posts(parts: list[Read]) -> tuple[dict[str, object], str, Posts]:
    """One document's metadata and text from its parts, and where each part starts when there are several; a part
    with no text (a frontmatter block alone, the blank lines before the first block) is left out."""
    kept = [(meta, body.strip("\n")) for meta, body in parts if body.strip()]
    if len(kept) < 2:
        meta, body = (parts[0] if len(parts) == 1 else kept[0]) if kept else (parts[0][0], "")
        return meta, body, ()
    posts, offset = [], 0
    for meta, body in kept:
        posts.append((offset, MappingProxyType(dict(meta))))
        offset += len(body) + 2
    return kept[0][0], "\n\n".join(body for _, body in kept), tuple(posts)


def read_post(part: str, strict: bool, reader: Callable[[str, bool], Read]) -> list[Read]:
    """One post through ``reader``; a feed archive's items (``feed_entries``), an XML feed's (``xml_feeds``) or story
    records (``records``: a scraper's export, a site's data module) each as a post of its own, under the post's metadata
    and its own fields."""
    meta, body = split_frontmatter(part, strict)
    feed = split_feed_items(body) or xml_feed_items(body) or record_items(body)
    if feed is None:
        return [reader(part, strict)]
    return [({**meta, **fields, **read[0]}, read[1]) for fields, text in feed[1] for read in [reader(text, False)]]


def read_posts(text: str, reader: Callable[[str, bool], Read]) -> tuple[dict[str, object], str, Posts]:
    """A text file read post by post, each through ``reader``, so each keeps the metadata its own block gives it; only
    the file's own (first) block fails the file for a value it refuses."""
    return join_posts([read for index, part in enumerate(split_posts(text)) for read in read_post(part, index == 0, reader)])


#: A page's source starts, past a BOM, blank space and comments, with its doctype or its <html> tag.
_PAGE_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
#: Tags that set a page's blocks, and a text line's tags: a file "dominated" by block tags is page source.
_BLOCK_TAG = re.compile(rb"<(?:/?(?:p|div|h[1-6]|li|ul|ol|section|article|header|footer|nav|table|tr|td|body|head|main)"
                        rb"|meta|link|script|title)[\s>/]", re.I)
_TAG = re.compile(rb"<[^<>\n]{0,500}>")
#: Page source is at least this many block tags, and its tags at least this share of its bytes.
MIN_BLOCK_TAGS, MIN_TAG_SHARE = 10, 0.3
#: Where a page begins and ends, for files holding several.
_PAGE_MARK = re.compile(rb"<!doctype\s+html|<html[\s>]|</html\s*>", re.I)
#: Pages one file is read as, at most.
MAX_PAGES = 20


def is_page_source(data: bytes) -> bool:
    """True for a web page's source with a text file's name: it opens with a doctype or <html>, or it has a <body>
    and tags make up much of it (a page's source pasted from the browser's view-source)."""
    if _PAGE_START.match(data):
        return True
    head = data[:200_000]
    if not re.search(rb"<body[\s>]", head, re.I) or len(_BLOCK_TAG.findall(head)) < MIN_BLOCK_TAGS:
        return False
    return sum(len(tag) for tag in _TAG.findall(head)) >= MIN_TAG_SHARE * len(head.strip())


def split_pages(data: bytes) -> list[bytes]:
    """Each page of a file of page sources joined one after another: a doctype or <html> after a page's </html>
    (or after another <html> with no end) opens the next; anything after the last page stays with it."""
    starts, opened, closed = [0], False, False
    for mark in _PAGE_MARK.finditer(data):
        tag = mark.group().lower()
        if tag.startswith(b"</"):
            closed = True
            continue
        is_html = tag.startswith(b"<html")
        if (closed or (opened and not is_html)) and data[starts[-1]:mark.start()].strip():
            starts.append(mark.start())
            opened = closed = False
        opened = opened or is_html
    bounds = [*starts[:MAX_PAGES], len(data)]  # past the last, the rest is one page: reading each page costs a parse
    return [data[begin:end] for begin, end in zip(bounds, bounds[1:])]


def read_page_sources(data: bytes, relative: str, reader: Callable[[bytes, str], Read]) -> tuple[dict[str, object], str, Posts]:
    """Page sources saved as text, each page read by the saved-page ``reader`` as its own document; a page that is no
    article (a home page joined to a story) is left out, and the file is an error only when none is one."""
    pages = split_pages(data)
    read, errors = [], []
    for page in pages:
        try:
            read.append(reader(page, relative))
        except SourceFormatError as error:
            errors.append(error)
    if not read:
        raise errors[0]
    return join_posts(read)
