"""A story record pasted as text (a scraper's JSON object, a CMS's PHP array export) that no record reader could read
whole, cut short or not JSON: its title field's line, '"title": "Headline",' or "'title' => 'HEADLINE',", holds the
story's headline (the field's value, unescaped) and opens the story as a Markdown headline does; each record's title
opens its own."""
from __future__ import annotations

import json
import re
from dataclasses import replace

from generator.model import Article, RemovedReason
from generator.sources.lines import Line

#: A title field on its own line: the key quoted, a colon or PHP's "=>", the value quoted, a comma maybe.
_TITLE_FIELD = re.compile(r"""^\s*(["'])title\1\s*(?::|=>)\s*(["'])(?P<value>.{3,300})\2\s*,?\s*$""")
#: A line of nothing but a PHP array's fields: quoted keys, "=>", short scalar values or a nested array's opening
#: ("'id' => 'b0fcb194', 'created_on' => 1475711253,", "'sections' => array (", "'b0fcb194' =>").
_PHP_FIELDS = re.compile(
    r"""^(?:\s*(?:(["'])[\w-]{1,40}\1\s*=>\s*(?:'[^'\n]{0,40}'|"[^"\n]{0,40}"|[\w.-]{1,40}|array\s*\()?|array\s*\(|\))\s*,?)+\s*$""")


def mark_title_fields(lines: list[Line]) -> list[Line]:
    """Each record's title field made a headline (a Markdown headline's level), never furniture; a line of a PHP array's
    other fields (ids, stamps, flags) is the record's markup."""
    return [replace(line, noise=None, candidate=True, md_level=1) if _TITLE_FIELD.match(line.text)
            else replace(line, noise=RemovedReason.CODE, candidate=False) if line.noise is None and _PHP_FIELDS.match(line.text)
            else line for line in lines]


def record_title(text: str) -> str:
    """The headline a title field's line holds ('"title": "A \\"B\\"",' -> 'A "B"'); any other text as it is."""
    field = _TITLE_FIELD.match(text)
    return _unescaped(field) if field else text


def with_record_titles(articles: list[Article]) -> list[Article]:
    """Each article a title field's line opened titled by the field's value, as a reader reads it."""
    return [replace(article, title=record_title(article.title)) if article.title else article for article in articles]


def _unescaped(field: re.Match) -> str:
    value = field["value"]
    if field[2] == '"':
        try:
            return json.loads(f'"{value}"').strip()
        except ValueError:  # not JSON's escapes: a PHP double-quoted string, kept as written
            return value.strip()
    return value.replace("\\'", "'").replace("\\\\", "\\").strip()
