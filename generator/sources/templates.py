"""Stage 2a'': lines a page repeats because its text fills one template several times (a meal plan, a spec sheet).

A widget or ad recurs between paragraphs with nothing of its own around it; a template's labels recur close together,
several of them, each more than once, with the values that fill them (lines that do not recur) between them.
"""
from __future__ import annotations

from collections import Counter

#: Recurring lines at most this many lines apart belong to one filled-in stretch of the page.
MAX_LABEL_GAP = 4
#: Labels (distinct texts recurring inside one stretch) a template has at least: fewer make a widget or a rubric.
MIN_TEMPLATE_LABELS = 5
#: Share of a stretch's lines that must be values (lines that do not recur): a menu printed twice has next to none.
MIN_VALUE_SHARE = 0.05
#: Words a template's recurring lines have on average at least: a menu's items and a comment thread's names have fewer.
MIN_LABEL_WORDS = 3


def template_lines(texts: list[str | None], recurs: list[bool], first_body: int) -> set[int]:
    """Indexes of recurring lines that are a template's labels: in a stretch after the text has started where five
    texts or more recur, between values. ``texts`` holds None for noise lines, which are neither labels nor values."""
    found: set[int] = set()
    for stretch in _stretches(recurs):
        if stretch[0] <= first_body:
            continue  # menus and mastheads before the text: a page's chrome, printed twice
        counts = Counter(texts[i] for i in stretch)
        labels = sum(1 for count in counts.values() if count > 1)
        span = range(stretch[0], stretch[-1] + 1)
        values = sum(1 for j in span if texts[j] is not None and not recurs[j])
        words = sum(len(str(texts[i]).split()) for i in stretch) / len(stretch)
        if labels >= MIN_TEMPLATE_LABELS and values >= MIN_VALUE_SHARE * len(span) and words >= MIN_LABEL_WORDS:
            found.update(stretch)
    return found


def _stretches(recurs: list[bool]) -> list[list[int]]:
    """Runs of recurring lines, each at most MAX_LABEL_GAP lines after the one before."""
    stretches: list[list[int]] = []
    for i, recurring in enumerate(recurs):
        if not recurring:
            continue
        if stretches and i - stretches[-1][-1] <= MAX_LABEL_GAP:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    return stretches
