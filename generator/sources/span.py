"""Stage 2b': where an article's text lies among its lines: the stretch where running text outweighs furniture most."""
from __future__ import annotations

from generator.model import RemovedReason
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


#: What a box inside the text is made of, each line known by its own shape: a newsletter's sign-up, an ad's label, a
#: picture's caption or address. Never a teaser's headline, a related link or a footer's credits: those end the text.
BOX_REASONS = frozenset({RemovedReason.WIDGET, RemovedReason.COUNTER, RemovedReason.CAPTION, RemovedReason.LINK})
#: A box inside the text has at most this many lines: a longer stretch of widgets is the page's footer.
MAX_BOX_LINES = 15


def text_resumed(lines: list[Line], last: int) -> int:
    """The text's last line, past the span's end when paragraphs follow a box inside the text (a newsletter's sign-up
    costs more than the short paragraph after it)."""
    i = last + 1
    while i < len(lines):
        box = i
        while i < len(lines) and i - box < MAX_BOX_LINES and lines[i].noise in BOX_REASONS:
            i += 1
        if i == box or i >= len(lines) or not is_body(lines[i]):
            return last
        while i < len(lines) and is_body(lines[i]):
            last, i = i, i + 1
    return last
