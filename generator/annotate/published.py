"""The year of a dateline that gives only a month and day ("TOKYO, February 7. /TASS/."), from what the text itself says."""
from __future__ import annotations

import re
from datetime import date

from generator.model import Article

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: "February 7", "Feb. 7", "7 February": the day a dateline stamps.
_DAY = re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The day the lead reports ("told TASS on Friday", "said on Tuesday").
_ON_WEEKDAY = re.compile(r"\bon\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def dateline_day(article: Article) -> date | None:
    """The date of a dateline without a year: of the years the text names and the years after them, the only one in which
    the dateline's day falls on the weekday the lead reports ('February 7' and 'on Friday' with '2019' named: 2020-02-07).
    None when the text names no year, the lead no weekday, or two years fit."""
    if not article.dateline or _YEAR.search(article.dateline):
        return None
    day = _DAY.search(article.dateline)
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    weekday = _ON_WEEKDAY.search(paragraphs[0]) if paragraphs else None
    if not day or not weekday:
        return None
    month = _MONTHS.index((day.group("m") or day.group("m2"))[:3].lower()) + 1
    number = int(day.group("d") or day.group("d2"))
    named = {int(y) for text in paragraphs for y in _YEAR.findall(text)}
    fits = sorted({found for year in named for found in (_on(year, month, number), _on(year + 1, month, number))
                   if found and found.weekday() == _WEEKDAYS.index(weekday.group("w").lower())})
    return fits[0] if len(fits) == 1 else None


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
