"""A story record pasted as text (a scraper's JSON object, a CMS's PHP array export) that no record reader could read
whole, cut short or not JSON: its title field's line, '"title": "Headline",' or "'title' => 'HEADLINE',", is the story's
headline as it stands, and opens the story as a Markdown headline does; each record's title opens its own."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line

#: A title field on its own line: the key quoted, a colon or PHP's "=>", the value quoted, a comma maybe.
_TITLE_FIELD = re.compile(r"""^\s*(["'])title\1\s*(?::|=>)\s*(["']).{3,300}\2\s*,?\s*$""")
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
