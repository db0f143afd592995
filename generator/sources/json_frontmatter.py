"""Hugo's JSON frontmatter: a post that opens with a JSON object, its '{' and '}' each on a line of their own.

A file that is only a JSON object (a scraper's record) is not a post with frontmatter: the object must be followed
by the post's text, and name a title or a date, to be read as the post's metadata.
"""
from __future__ import annotations

import json
import re

#: The object's closing brace: the first line that is only '}'.
_CLOSING = re.compile(r"^\}[ \t]*$", re.M)
_KEY = re.compile(r'^\s*"((?:[^"\\]|\\.)*)"\s*:')
#: A frontmatter object names one of these (Hugo's, Jekyll's and most generators' keys).
_POST_KEYS = frozenset({"title", "date", "publishdate", "published", "lastmod"})
#: A longer object is a record, not a post's header.
MAX_BLOCK_CHARS = 20_000


def json_frontmatter(text: str) -> tuple[dict[str, object], dict[str, int], str] | None:
    """(the object, the file line of each key, the text after it) when the text opens with JSON frontmatter, else None."""
    if not text.startswith("{\n") and not text.startswith("{ \n"):
        return None
    closing = _CLOSING.search(text, 0, MAX_BLOCK_CHARS)
    rest = text[closing.end():].lstrip() if closing else ""
    if not rest or rest[0] in "{[,]":
        return None  # no text after it, or more records: a file of JSON records, not a post
    try:
        raw = json.loads(text[: closing.end()])
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or not _POST_KEYS & {str(key).casefold() for key in raw}:
        return None
    lines: dict[str, int] = {}
    for number, line in enumerate(text[: closing.end()].splitlines(), start=1):
        if key := _KEY.match(line):
            lines.setdefault(key.group(1), number)
    return raw, lines, text[closing.end():].lstrip("\n")
