"""Stage 2b': where an article's text lies among its lines: the stretch where running text outweighs furniture most."""
from __future__ import annotations

from generator.sources.lines import Line, is_body, is_text

#: Weights of the main-text span (after Finn et al.'s Body Text Extraction): what a line adds when it is
#: running text, and what it costs when it is not. A page's article text is the stretch of lines where text
#: outweighs furniture most; menus, teaser lists and footers around it cost more than they add.
TEXT_WEIGHT = 1.0
SHORT_TEXT_WEIGHT = 0.5
FURNITURE_COST = 2.0
#: A stretch of furniture costs at most this much per line: long link lists must not hide the text after them
#: forever, only the few short text lines stranded inside them.
MAX_FURNITURE_COST = 6.0


def line_weight(line: Line) -> float:
    """What a line adds to (running text) or takes from (furniture) the main-text span."""
    if is_body(line) or line.listed:  # an item of a list the text announced weighs as its paragraphs do
        return TEXT_WEIGHT * line.words
    if is_text(line):
        return SHORT_TEXT_WEIGHT * line.words
    return -min(FURNITURE_COST + line.words / 2, MAX_FURNITURE_COST)


def main_text_span(lines: list[Line]) -> tuple[int, int]:
    """(first, last) index of the stretch of lines with the most text for its furniture (one linear pass)."""
    best, best_span = float("-inf"), (0, len(lines) - 1)
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line_weight(line)
        if total > best:
            best, best_span = total, (start, i)
    return best_span
