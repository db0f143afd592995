"""Stage 2a''': a column of teasers, each over its date stamp: other articles' headlines, never text."""
from __future__ import annotations

from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line, is_finished

#: Teasers in a row, each over its own date stamp, that make a list of other articles (a "Latest" column).
MIN_DATED_TEASERS = 3
#: A teaser's date stamp sits at most this many lines under it (a section label between).
TEASER_STAMP_DISTANCE = 2
#: A teaser's headline is at most this long.
MAX_TEASER_WORDS = 40


def mark_dated_teasers(lines: list[Line]) -> list[Line]:
    """Unfinished lines stacked each over its date stamp, three or more in a row, are teasers of other articles.

    A live blog's stamps stand over their paragraphs, which end as sentences do; a teaser's headline does not.
    """
    units: list[tuple[int, int]] = []  # (teaser, its stamp)
    for j, line in enumerate(lines):
        if line.noise != RemovedReason.TIMESTAMP or line.gap_before:
            continue
        teaser = next((k for k in range(j - 1, max(-1, j - 1 - TEASER_STAMP_DISTANCE), -1) if lines[k].noise is None), None)
        if teaser is None or any(lines[k].gap_before or lines[k].noise is None for k in range(teaser + 1, j)):
            continue
        if lines[teaser].words <= MAX_TEASER_WORDS and not is_finished(lines[teaser].text):
            units.append((teaser, j))
    marked = list(lines)
    run: list[tuple[int, int]] = []
    for unit in units + [(-2, -2)]:  # a sentinel closes the last run
        if run and unit[0] == run[-1][1] + 1 and lines[unit[0]].gap_before == 0:
            run.append(unit)
            continue
        if len(run) >= MIN_DATED_TEASERS:
            for teaser, _ in run:
                marked[teaser] = replace(lines[teaser], noise=RemovedReason.RELATED, candidate=False)
        run = [unit]
    return marked
