"""Stage 2a'': numbered lists: an item numbered on from the one before it is a list's line, never a headline."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.sources.lines import Line, is_body

#: A list item's number at the start of a line: "2) ...", "2. ...".
_NUMBER = re.compile(r"^(\d{1,2})[.)] ")
#: An item's number follows the last one's within this many lines (a link or a picture may stand between two items).
MAX_ITEM_DISTANCE = 3


def unmark_numbered_items(lines: list[Line]) -> list[Line]:
    """Items of a numbered list ("1) ...", "2) ...", no paragraph between them) are not headline-shaped: a list item
    never starts an article. Numbered subheadings, each over its own paragraphs, stay headline-shaped."""
    marked = list(lines)
    last_number, last_at = 0, -MAX_ITEM_DISTANCE - 1
    for i, line in enumerate(lines):
        match = _NUMBER.match(line.text) if line.text[:1].isdigit() else None
        if not match:
            if is_body(line):
                last_number = 0  # a paragraph between two numbered lines: sections, not a list
            continue
        number = int(match.group(1))
        if number == last_number + 1 and i - last_at <= MAX_ITEM_DISTANCE:
            marked[i] = replace(line, candidate=False)
            marked[last_at] = replace(marked[last_at], candidate=False)
        last_number, last_at = number, i
    return marked
