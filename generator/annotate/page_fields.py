"""Fields a page prints as a label and a value ("WRITER: Jane Roe", "Section:" over "Opinion"), by data/page_fields.txt."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from generator.annotate.vocabulary import mapping


@lru_cache(maxsize=None)
def _label(field: str) -> re.Pattern[str]:
    """A line opening on one of the field's labels and a colon; the rest of the line is the value."""
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in mapping("page_fields")[field])
    return re.compile(rf"^\s*(?:{labels})\s*:\s*(?P<value>.*?)\s*$", re.I)


def field_values(lines: Sequence[str], field: str) -> list[str]:
    """The values the lines give ``field``: after its label on the same line, else on the next line."""
    label = _label(field)
    values = []
    for i, line in enumerate(lines):
        match = label.match(line)
        if match:
            value = match.group("value") or (lines[i + 1].strip() if i + 1 < len(lines) else "")
            values.extend([value] if value else [])
    return values
