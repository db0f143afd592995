"""Capitalisation of lines: title case, as teasers' headlines are set, and a name closing on its own initials."""
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


_CLOSING_ACRONYM = re.compile(r"\(([A-Z][A-Z&./-]{1,11})\)\s*$")


def defines_acronym(text: str) -> bool:
    """A line closing on the initials of its last capitalised words ('Shanghai Cooperation Organisation (SCO)'): a name, no credit."""
    match = _CLOSING_ACRONYM.search(text)
    if not match:
        return False
    letters = [ch for ch in match.group(1) if ch.isalpha()]
    initials = [word[0] for word in text[: match.start()].split() if word[:1].isupper()]
    return len(initials) >= len(letters) and initials[len(initials) - len(letters):] == letters


#: A word run into a capitalised one ("ShowcaseAnnual"): menu items pasted without their separators. Three small
#: letters before the capital: "iPhone", "YouTube" and "McDonald" are no such joins.
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]")
#: Hashtags, handles and links, whose words are run together on purpose ("#TodayInSenatePlenary").
_RUN_TOGETHER = re.compile(r"[#@]\w+|https?://\S+")
#: Items run together this many times at least make a menu, not a brand or two like "PlayStation".
MIN_GLUED_ITEMS = 3


def glued_menu(text: str) -> bool:
    """A line of menu items pasted without their separators: a word runs into a capitalised one three times or more."""
    return len(_GLUED.findall(_RUN_TOGETHER.sub("", text))) >= MIN_GLUED_ITEMS
