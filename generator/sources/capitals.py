"""Headline capitalisation: a line set in title case, as teasers' headlines are, rather than in sentence case."""
from __future__ import annotations

import re

#: Words this long at least show a line's capitalisation ("of", "the", "on" are lower case in a headline too).
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
#: Share of a line's long words that start with a capital for it to be set as a headline is ("Storm Season Starts Early").
MIN_TITLE_CASE_SHARE = 0.75


def title_cased(text: str) -> bool:
    """Headline capitalisation: most long words start with a capital. Stacked sentence-case lines are a list's items as
    often as teasers ("Kyiv says it shot down 80 of the 100 drones"). A script without case (Chinese, Arabic) tells
    nothing, so its lines count as title case: the shape alone decides, as before case was looked at."""
    cased = [word for word in _LONG_WORD.findall(text) if word[0].isupper() or word[0].islower()]
    capitalised = sum(1 for word in cased if word[0].isupper())
    return capitalised >= MIN_TITLE_CASE_SHARE * len(cased)
