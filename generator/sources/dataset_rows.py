"""A dataset's rows pasted as text, one story a line ('Headline,"SEOUL (Reuters) - ...",politicsNews,"October 26, 2017 "'):
each row is a story of its own, untitled (its headline is no line of its own)."""
from __future__ import annotations

import csv

from generator.sources.lines import Line, is_body

#: Fields a row has at least (a headline or label, the text, a label or date) and words its text field has at least.
MIN_FIELDS = 3
MIN_TEXT_WORDS = 50
#: Rows a file needs to be a dataset's: one line of commas is a sentence's.
MIN_ROWS = 2


def _fields(text: str) -> int:
    """How many fields a line has as a CSV record with a story's text quoted in it; 0 when it has none."""
    try:
        fields = next(csv.reader([text]))
    except (csv.Error, StopIteration):
        return 0
    return len(fields) if len(fields) >= MIN_FIELDS and any(len(field.split()) >= MIN_TEXT_WORDS for field in fields) else 0


def dataset_rows(lines: list[Line]) -> list[int]:
    """Where each row of a dataset pasted as text starts, when the file's text is two such rows or more of as many fields."""
    rows = [i for i, line in enumerate(lines) if is_body(line) and '"' in line.text]
    counts = {_fields(lines[i].text) for i in rows}
    text = [i for i, line in enumerate(lines) if is_body(line)]
    return rows if len(rows) >= MIN_ROWS and rows == text and len(counts) == 1 and 0 not in counts else []
