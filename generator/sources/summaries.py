"""Stage 2a': a box of points a machine wrote from the article, under its label ("AI Generated Summary").

The points restate the text in other words, so they are no text of the article however sentence-like they read. The
labels are data (data/summary_boxes.txt); a box is its label and the list items right under it, or the one paragraph
under it when the box is no list.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.model import RemovedReason
from generator.sources.furniture import read_patterns

if TYPE_CHECKING:
    from generator.sources.lines import Line

#: The labels of a machine-written summary box.
SUMMARY_LABELS = read_patterns("summary_boxes")
#: A label is a short line; its emphasis and closing colon go before it is matched.
MAX_LABEL_WORDS = 8
#: A point of the box: a line opening on a list mark.
_ITEM = re.compile(r"^(?:[-*•·▪–]|\d{1,2}[.)])\s")
#: At most this many points: a box longer than this is no summary.
MAX_POINTS = 30


def is_summary_label(text: str, words: int) -> bool:
    """True for the label of a machine-written summary box ("AI Generated Summary", "**AI summary:**")."""
    return words <= MAX_LABEL_WORDS and bool(SUMMARY_LABELS.fullmatch(text.strip("*_:# ").rstrip(":")))


def mark_summary_boxes(lines: list[Line]) -> list[Line]:
    """Each summary box's label and points marked as a widget: the items under the label, or its one paragraph."""
    marked = list(lines)
    for i, line in enumerate(lines):
        if line.noise is not None or not is_summary_label(line.text, line.words):
            continue
        marked[i] = replace(line, noise=RemovedReason.WIDGET, candidate=False)
        box = range(i + 1, min(len(lines), i + 1 + MAX_POINTS))
        points = [j for j in box if _ITEM.match(lines[j].text)]
        end = next((j for j in box if not _ITEM.match(lines[j].text)), box.stop)
        for j in (range(i + 1, end) if points and points[0] == i + 1 else range(i + 1, min(i + 2, len(lines)))):
            marked[j] = replace(lines[j], noise=RemovedReason.WIDGET, candidate=False)
    return marked
