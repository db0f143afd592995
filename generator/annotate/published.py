"""Dates a page stamps: a full date in a line (in the languages of data/month_names.txt), one in figures, and the year of a
dateline that gives only a month and day ("TOKYO, February 7. /TASS/."), from what the text itself says."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from generator.annotate.dates import MONTHS
from generator.annotate.vocabulary import mapping
from generator.model import Article

MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: "February 7", "Feb. 7", "7 February": the day a dateline stamps.
_DAY = re.compile(rf"\b(?P<m>{MONTH_PATTERN})\s+(?P<d>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_PATTERN})")
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
    month = MONTHS[(day.group("m") or day.group("m2"))[:3].lower()]
    number = int(day.group("d") or day.group("d2"))
    named = {int(y) for text in paragraphs for y in _YEAR.findall(text)}
    fits = sorted({found for year in named for found in (calendar_day(year, month, number), calendar_day(year + 1, month, number))
                   if found and found.weekday() == _WEEKDAYS.index(weekday.group("w").lower())})
    return fits[0] if len(fits) == 1 else None


def day_in_year(text: str, year: int) -> date | None:
    """The day and month a stamp without a year writes ("Tue May 18, 8:44 am ET"), in the given year."""
    day = _DAY.search(text)
    if not day:
        return None
    return calendar_day(year, MONTHS[(day.group("m") or day.group("m2"))[:3].lower()], int(day.group("d") or day.group("d2")))


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The day, or None when the calendar has no such day (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


_FULL_DATE = re.compile(
    r"(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?P<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+|-)(?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})",
    re.I,
)
#: Month names of other languages by their number ("märz": 3).
_MONTH_NUMBERS = {name: int(number) for number, names in mapping("month_names").items() for name in names}
_NAMES = "|".join(sorted(map(re.escape, _MONTH_NUMBERS), key=lambda n: (-len(n), n)))
#: "25. September 2018", "27 de febrero de 2026", "21 / ABRIL / 2023", "Maret 30, 2015": a day and a year around a month of
#: data/month_names.txt.
_WORLD_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})\.?(?:\s+|\s*/\s*)(?:(?:de|di)\s+)?(?P<m>{_NAMES})\b\.?(?:,?\s+|\s*/\s*)(?:(?:de|del)\s+)?(?P<y>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<m2>{_NAMES})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}})\b",
    re.I,
)


def date_in(text: str) -> date | None:
    """The first full date (with year) written in a line, in any common order: English first, then other languages."""
    for match in _FULL_DATE.finditer(text):
        try:
            if match.group("y3"):
                return date(int(match.group("y3")), int(match.group("m3")), int(match.group("d3")))
            month = match.group("m") or match.group("m2")
            return date(int(match.group("y") or match.group("y2")), MONTHS[month[:3].lower()], int(match.group("d") or match.group("d2")))
        except ValueError:
            continue
    for match in _WORLD_DATE.finditer(text):
        found = calendar_day(int(match.group("y") or match.group("y2")), _MONTH_NUMBERS[(match.group("m") or match.group("m2")).lower()],
                    int(match.group("d") or match.group("d2")))
        if found:
            return found
    return next((day for match in _EAST_ASIAN_DATE.finditer(text)
                 if (day := calendar_day(int(match["y"]), int(match["m"]), int(match["d"])))), None)


#: A date as Chinese, Japanese and Korean pages write it: "2026年12月7日", "2026년 12월 7일".
_EAST_ASIAN_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")


#: A date stamp in figures: "27.02.2026.", "27/02/2026 09:20", "2/27/2026", "27-02-2026".
_NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\b")


#: ... or the year first, then month and day ("2024/05/02", "2024.05.02"): no order to guess.
_YEAR_FIRST = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b")


def numeric_date(text: str, month_first: bool | None = None) -> date | None:
    """A date stamp written in figures: the year first; day first with dots; with slashes or hyphens, only when one number
    cannot be a month, both are the same, or the page's other stamps show its order (``month_first``, see day_order)."""
    year_first = _YEAR_FIRST.match(text)
    if year_first:
        return calendar_day(int(year_first.group("y")), int(year_first.group("m")), int(year_first.group("d")))
    match = _NUMERIC_DATE.match(text)
    if not match:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    if match.group("sep") in "/-" and a <= 12 and b <= 12 and a != b:
        if month_first is None:
            return None  # 03/04/2026: April or March, by the site's country; no guess
        day, month = (b, a) if month_first else (a, b)
    else:
        day, month = (b, a) if b > 12 else (a, b)
    return calendar_day(year, month, day)


_NUMERIC_ANYWHERE = re.compile(r"(?<![\d./-])\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d\b")
#: A date in figures with slashes or hyphens, its first two numbers apart.
_SLASHED = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?:19|20)\d\d\b")


def day_order(lines: Iterable[str]) -> bool | None:
    """True when a page writes its dates in figures month first ("09/13/2023"), False when day first ("13/09/2023"), by the
    dates it writes that read only one way (a site writes them all alike); None when none does, or they disagree."""
    orders = {int(m["b"]) > 12 for line in lines for m in _SLASHED.finditer(line)
              if (int(m["a"]) > 12) != (int(m["b"]) > 12) and max(int(m["a"]), int(m["b"])) <= 31}
    return orders.pop() if len(orders) == 1 else None


#: A stamp with a two-figure year and a time after it ("11/18/19 11:04 PM"): the time shows the figures are a stamp.
_SHORT_YEAR_STAMP = re.compile(r"(?<![\d./])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d\d)\s+\d{1,2}:\d\d\b")


def numeric_date_in(text: str, month_first: bool | None = None) -> date | None:
    """The first date in figures anywhere in a line ("Jane Roe |02.05.2024 - Update : 03.05.2024"), read as numeric_date; or a
    stamp with a two-figure year and a time ("By Jane Roe - 11/18/19 11:04 PM EST")."""
    found = next((day for match in _NUMERIC_ANYWHERE.finditer(text) if (day := numeric_date(match.group(0), month_first))), None)
    short = _SHORT_YEAR_STAMP.search(text) if not found else None
    return numeric_date(f"{short['a']}/{short['b']}/20{short['y']}", month_first) if short else found
