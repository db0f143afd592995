"""Feed archives: a page of a news feed's items as a feed reader or digest writes them in Markdown, each item a heading
with its fields right under it (a list of its link, feed and "date published" lines, or one line "date: ..., from: ..."),
then the item's text; read as one document an item, the heading its title and the fields its metadata."""
from __future__ import annotations

import re

from generator.model import Article, Block, RemovedLine, SourceDocument
from generator.sources.lines import normalise_line
from generator.sources.metadata import coerce_metadata

#: An item's heading: a Markdown heading of any level (its closing marks dropped).
_HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<title>\S.*?)(?:[ \t]+#+)?[ \t]*$")
#: A field of a list under the heading: "- date published: 2024-06-10T20:51:07+00:00", "- [address](address)".
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?P<field>\S.*?)[ \t]*$")
#: Fields written on one line, each "key: value", split at a comma before the next key ("date: 2023-11-10, from: X").
_NEXT_KEY = re.compile(r",[ \t]*(?=[A-Za-z][\w ]{0,24}:)")
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z][\w ]{0,24}?)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$")
#: An item's link alone on its line: "<https://...>", "[words](https://...)" or a bare address.
_LINK = re.compile(r"^(?:<(?P<angled>https?://[^\s>]+)>|\[[^\]\n]*\]\((?P<linked>https?://[^\s)]+)\)|(?P<bare>https?://\S+))$")
#: What feed exporters call an item's fields, as the METADATA table names them; other keys (the feed's own address,
#: "RSS feed:", a language) are no metadata of the item.
FIELD_NAMES = {
    "date": "date", "date published": "date", "published": "date", "pubdate": "date", "updated": "date",
    "link": "url", "url": "url", "source": "outlet", "from": "outlet", "author": "author", "by": "author",
}
#: A file is a feed archive when this many items (or more) each carry a date among their fields.
MIN_ITEMS = 2
#: An item's fields are at most this many lines.
MAX_FIELD_LINES = 8

#: The metadata flag a feed item's document carries: its text is the item's teaser, however short.
FEED_ITEM = "feed item"

#: One item: (metadata, its text).
Item = tuple[dict[str, object], str]


def _fields(line: str) -> dict[str, str] | None:
    """A line of fields, "key: value, key: value", as raw metadata; None when any part is no field."""
    fields = {}
    for part in _NEXT_KEY.split(line.strip()):
        match = _KEY_VALUE.match(part)
        if not match:
            return None
        fields[match.group("key").strip().lower()] = match.group("value")
    return fields


def _field(line: str) -> dict[str, str] | None:
    """One listed field: a "key: value" line or the item's link alone."""
    link = _LINK.match(line)
    if link:
        return {"link": link.group("angled") or link.group("linked") or link.group("bare")}
    return _fields(line)


def _field_block(lines: list[str], start: int) -> tuple[dict[str, str], int] | None:
    """The fields right under a heading (one blank line may come first) and the line after them, or None."""
    at = start + 1 if start < len(lines) and not lines[start].strip() else start
    raw: dict[str, str] = {}
    end = at
    while end < len(lines) and end - at < MAX_FIELD_LINES and (bullet := _BULLET.match(lines[end])):
        field = _field(bullet.group("field"))
        if field is None:
            return None
        raw.update((key, value) for key, value in field.items() if key not in raw)
        end += 1
    if end == at:  # no list: one line of fields
        line = _fields(lines[at]) if at < len(lines) else None
        if not line:
            return None
        raw, end = line, at + 1
    return raw, end


def _metadata(raw: dict[str, str]) -> dict[str, object]:
    """An item's fields as typed metadata; a value that does not read (a date in no known layout) is left out."""
    named = {FIELD_NAMES[key]: value for key, value in raw.items() if key in FIELD_NAMES}
    return coerce_metadata(named, {}, strict=False)


def split_feed_items(text: str) -> tuple[dict[str, object], list[Item]] | None:
    """A feed archive's items, each (metadata with its heading as title, text), and the metadata its feed's line
    gives them all ("# Source:Daily News Egypt, URL:..."); None when the text is no feed archive (fewer than two
    dated items under headings of one level). Text before the first item that is no feed line is an item of its own."""
    lines = text.split("\n")
    found: list[tuple[int, int, dict[str, object]]] = []  # (heading line, first text line, metadata)
    levels = set()
    for index, line in enumerate(lines):
        heading = _HEADING.match(line)
        block = _field_block(lines, index + 1) if heading else None
        if not heading or not block:
            continue
        meta = _metadata(block[0])
        if "date" not in meta and "url" not in meta:
            continue
        levels.add(len(heading.group("level")))
        found.append((index, block[1], {**meta, "title": heading.group("title")}))
    if len(levels) != 1 or sum("date" in meta for _, _, meta in found) < MIN_ITEMS:
        return None
    lead = [line for line in lines[:found[0][0]] if line.strip()]
    feed = _fields(lead[0].lstrip("# ")) if len(lead) == 1 else None
    shared = {key: value for key, value in _metadata(feed).items() if key == "outlet"} if feed else {}  # never the feed's address
    items: list[Item] = [] if feed or not lead else [({}, "\n".join(lines[:found[0][0]]))]
    bounds = [heading for heading, _, _ in found[1:]] + [len(lines)]
    for (_, begin, meta), end in zip(found, bounds):
        items.append(({**shared, **meta, "format": FEED_ITEM}, "\n".join(lines[begin:end])))
    return shared, items



def item_article(document: SourceDocument, lines: list) -> list[Article]:
    """A feed item's teaser as its article when the cleaner found no text in it: a teaser is often one headline-shaped
    line (a dek, "Egypt's Shoukry calls for Gaza ceasefire"), and the item's heading and fields say it is the text."""
    title = document.meta.get("title")
    if document.meta.get("format") != FEED_ITEM or not isinstance(title, str):
        return []
    blocks = tuple(Block("paragraph", line.text) for line in lines if line.noise is None)
    removed = tuple(RemovedLine(line.text, line.noise) for line in lines if line.noise is not None)
    if not blocks:
        return []
    return [Article(source=document.path, position=0, title=normalise_line(title, 500), blocks=blocks, removed=removed, meta=document.meta)]
