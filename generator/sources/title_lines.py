"""Browser title lines ("Headline | Site") and headlines worded alike: plain text functions the annotators share.

Kept apart from ``splitting`` so that the annotations' cache key depends on these few lines only, not on
the whole reading and splitting stage.
"""
from __future__ import annotations

import re

#: Separators between a page's headline and its site's name in a browser title line ("Headline | Site", "Headline – Site").
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_WORD = re.compile(r"\w+")
#: Share of their words a browser title's headline and the headline printed on the page have in common.
MIN_SAME_HEADLINE = 0.75


def title_head(text: str) -> str:
    """A browser title line without its site's name: 'Headline | Section | Site' -> 'Headline'."""
    return _TITLE_SEPARATOR.split(text, maxsplit=1)[0]


def same_headline(first: str, second: str) -> bool:
    """True when two lines are one headline, worded alike ('... in peace talks' and '... in peace negotiations')."""
    a, b = set(_WORD.findall(first.casefold())), set(_WORD.findall(second.casefold()))
    return min(len(a), len(b)) >= 3 and len(a & b) >= MIN_SAME_HEADLINE * max(len(a), len(b))
