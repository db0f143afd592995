"""Fields a page prints as a label and a value ("WRITER: Jane Roe", "Section:" over "Opinion"), by data/page_fields.txt."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from generator.annotate.vocabulary import mapping


@lru_cache(maxsize=None)
def _label(field: str, bare: bool) -> re.Pattern[str]:
    """A line opening on one of the field's labels and a colon (``bare``: or on a value in figures, "Published 02.05.2024");
    the rest of the line is the value."""
    # The longer label first: "veröffentlicht am" before "veröffentlicht", the value after both words.
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in sorted(mapping("page_fields")[field], key=len, reverse=True))
    colon = r"(?:\s*[:：]|(?=\s+(?:on\s+)?\w))" if bare else r"\s*[:：]"  # a full-width colon in Chinese and Japanese
    return re.compile(rf"^\s*(?:{labels}){colon}\s*(?P<value>.*?)\s*$", re.I)


#: The fields of one line of a page's header, set apart by bars or bullets ("Updated: 3 May 2024 | Published: 2 May 2024"), or
#: by a full stop after a figure ("Last updated: 3 May 2024. First published: 2 May 2024").
_FIELD_SEPARATOR = re.compile(r"\s+[|•·]\s+|(?<=\d)\.\s+(?=[A-Z])")


def field_values(lines: Sequence[str], field: str, bare: bool = False) -> list[str]:
    """The values the lines give ``field``: after its label in the same line or part of one, else on the next line. ``bare``
    labels need no colon (a date's label: "Published May 2, 2024"; a writer's never: "By Chinese New Year, ..." is text)."""
    label = _label(field, bare)
    values = []
    lines = [_as_field(line) for line in lines]
    for i, line in enumerate(lines):
        for part in _FIELD_SEPARATOR.split(line):
            match = label.match(part)
            if match:
                value = match.group("value") or (lines[i + 1].strip() if i + 1 < len(lines) and part == line else "")
                values.extend([value] if value else [])
    return values


#: A table's row of a field and its value, as exporters print a page's properties ("| 👤 Author | Jane Roe |"): the label
#: past the symbols before it, the value in the second cell.
_FIELD_ROW = re.compile(r"^\s*\|\s*[^\w|]*(?P<label>\w[^|]{0,40}?)\s*\|\s*(?P<value>[^|]+?)\s*\|\s*$")


def _as_field(line: str) -> str:
    """A table's row of a label and a value written as the label, a colon and the value; any other line as it is."""
    row = _FIELD_ROW.match(line)
    return f"{row.group('label')}: {row.group('value')}" if row else line
