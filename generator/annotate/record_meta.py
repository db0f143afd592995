"""Metadata a story record pasted as text keeps in its field lines ('"url": "https://...",', "'created_on' => 1475711253,"):
the page's address and the day it was published, when the article declares neither."""
from __future__ import annotations

import re
from datetime import date

from generator.model import Article
from generator.sources.metadata import MetadataError, coerce_date

#: A record's field on a line of its own: the key quoted, a colon or PHP's "=>", a quoted value or a number, a comma maybe.
_FIELD = re.compile(r"""^\s*(["'])(?P<key>[\w-]{1,40})\1\s*(?::|=>)\s*(?:(["'])(?P<text>[^"'\n]{1,300})\3|(?P<number>\d{9,13}))\s*,?\s*$""")
#: Keys naming the page's address.
_ADDRESS_KEYS = frozenset({"url", "link", "canonical_url", "source_url", "original_url", "article_url"})
#: Keys naming when the story was published or filed: "date", "published_at", "pubDate", "created_on", "timestamp",
#: "time_ut"; never when it was changed ("modified_on", "updated_at").
_DATE_KEY = re.compile(r"^(?!.*(?:modif|updat|edit|expir|crawl|scrap|fetch))(?:date|publi|pub|created|creation|timestamp|time)", re.I)


def _fields(article: Article) -> list[tuple[str, str]]:
    """(key, value) of the record field lines among the article's removed lines, in order."""
    found = []
    for line in article.removed:
        match = _FIELD.match(line.text)
        if match:
            found.append((match["key"], match["text"] or match["number"]))
    return found


def record_address(article: Article) -> str | None:
    """The address a record's url field holds."""
    return next((value for key, value in _fields(article) if key.lower() in _ADDRESS_KEYS and value.startswith("http")), None)


def record_day(article: Article) -> date | None:
    """The day a record's first date field holds (a date, a date-time, seconds or milliseconds since 1970)."""
    for key, value in _fields(article):
        if _DATE_KEY.match(key):
            try:
                return coerce_date(value)
            except MetadataError:
                continue
    return None
