"""Paragraphs under a heading's mark: an archive or converter that writes every paragraph of a story as a "####"
heading. Several headings of one level that are each a paragraph (sentences, longer than any headline) are running
text; one such heading alone stays a heading (a deck under the headline, a portal's sentence-long headline)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.sources.lines import Line

#: Words a heading must pass to be a paragraph (a headline has at most 30: lines.MAX_HEADLINE_WORDS).
MIN_PARAGRAPH_WORDS = 30
#: Paragraph-shaped headings of one level a file needs before they are read as its paragraphs.
MIN_RUN = 3
#: A sentence's end with more text after it ("... Tokyo. He said", "...對話。參加"): the heading holds two sentences or more.
_INNER_END = re.compile(r"[a-z]{2}[.!?][\"'”’]* [A-Z\"“‘]|[。！？][」』”’]*\S")


def _paragraph_shaped(line: Line) -> bool:
    return line.md_level >= 2 and line.words > MIN_PARAGRAPH_WORDS and bool(_INNER_END.search(line.text))


def unmark_heading_paragraphs(lines: list[Line]) -> list[Line]:
    """Lines with the paragraphs a file writes as headings of one level (three or more) read as paragraphs."""
    levels = Counter(line.md_level for line in lines if line.md_level >= 2 and _paragraph_shaped(line))
    runs = {level for level, count in levels.items() if count >= MIN_RUN}
    if not runs:
        return lines
    return [replace(line, md_level=0, candidate=False) if line.md_level in runs and _paragraph_shaped(line) else line for line in lines]
