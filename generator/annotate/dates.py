"""Dated references, resolved against the publication date when the text alone cannot date them."""
from __future__ import annotations

import re
from datetime import date

from generator.annotate.text import sentence_at, sentence_span_at
from generator.model import Event

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_FULL = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})\s+(?P<y2>(?:19|20)\d{{2}})\b")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b")
_YEAR = re.compile(r"\b(?:in|since|by|until|from|during|of|before|after|early|late|mid-?)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*(?:-|–)\s*\d)", re.I)
_RELATIVE = re.compile(rf"\b(?P<rel>last|next|this|earlier this|later this)\s+(?P<unit>year|month|week|{MONTH})\b|\bin\s+(?P<m>{MONTH})\b(?!\s+\d)", re.I)
#: "January 14", "June 20th" with no year after them (a year after them is _FULL's).
_MONTH_DAY = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d{{2}})(?!\s*(?:,\s*)?\d)")
#: Words that put what a clause tells in the future, or in the past, of the article's date.
_FUTURE = re.compile(rf"\b(?:will|shall|would(?!\s+have\b)|next(?!\s+(?:year|month|week|decade|{MONTH})\b)|upcoming|scheduled|due to|set to|expected to|plans? to|planning to|(?:is|are) to|to be held|ahead of)\b|'ll\b", re.I)
#: (The word boundary before the look-behind: it fails at once inside words, where the look-behind was tried first.)
_PAST = re.compile(  # a participle after "be" is the passive of any tense ("will be held")
    r"\b(?<!\bbe\s)(?:was|were|had|did|last|earlier|ago|previous|previously|since|met|said|told|held|made|took|came|went|saw|began|"
    r"won|led|left|spoke|sent|became|gave|brought|rose|fell|struck|paid|sold|found|chose|wrote|ran|kept|lost|"
    r"fought|broke|drew|flew|grew|knew|meant|put|read|thought|understood|withdrew|overtook|undertook)\b|\b(?<!\bbe\s)[a-z]{3,}ed\b",
    re.I,
)
#: A year as the three year-bearing patterns above write it: without one, none of them can match (most paragraphs).
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_RELATIVE_DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)s\b")


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def find_events(blocks: list[tuple[int, str]], published: date | None) -> list[Event]:
    """Every dated reference; relative ones only when the publication date is known."""
    events: list[Event] = []
    for block, text in blocks:
        taken: list[tuple[int, int]] = []

        def add(iso: str, match: re.Match[str]) -> None:
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                return
            taken.append((start, end))
            events.append(Event(iso, match.group(0), sentence_at(text, start), block))

        has_year = YEAR_DIGITS.search(text) is not None
        for match in _FULL.finditer(text) if has_year else ():
            month = _month(match.group("m") or match.group("m2"))
            day = int(match.group("d") or match.group("d2"))
            year = int(match.group("y") or match.group("y2"))
            try:
                add(date(year, month, day).isoformat(), match)
            except ValueError:
                continue
        for match in _MONTH_YEAR.finditer(text) if has_year else ():
            add(f"{match.group('y')}-{_month(match.group('m')):02d}", match)
        for match in _YEAR.finditer(text) if has_year else ():
            add(match.group("y"), match)
        if published is not None:
            for match in _MONTH_DAY.finditer(text):
                month, day = _month(match.group("m")), int(match.group("d"))
                year = year_of_month(month, published, tense_at(text, match.start()))
                try:
                    add(date(year, month, day).isoformat(), match)
                except ValueError:
                    continue
            for match in _RELATIVE.finditer(text):
                resolved = resolve_relative(match, published, tense_at(text, match.start()))
                if resolved:
                    add(resolved, match)
    return events


def tense_at(text: str, position: int) -> int:
    """+1 when the clause around ``position`` speaks of the future ('will', 'next'), -1 of the past, 0 when it does not say.

    The clause is the sentence (abbreviations such as "p.m." end none) up to a semicolon; "next year" and "would have"
    say nothing of its tense: the one is a date of its own, the other a past that did not happen."""
    sentence_start, sentence_end = sentence_span_at(text, position)
    start = max(text.rfind("; ", sentence_start, position), sentence_start)
    end = text.find("; ", position, sentence_end)
    clause, at = text[start : end if end >= 0 else sentence_end], position - start
    # The verb that governs a date mostly comes before it ("visited in June and will return in November"): the nearest word
    # of tense before it decides, else the first after it ("In February, the ministry said ...").
    marks = sorted([(m.start(), 1) for m in _FUTURE.finditer(clause)] + [(m.start(), -1) for m in _PAST.finditer(clause)])
    before = [tense for where, tense in marks if where < at]
    after = [tense for where, tense in marks if where > at]
    return before[-1] if before else after[0] if after else 0


def year_of_month(month: int, published: date, tense: int) -> int:
    """The year of a month named without one: the nearest occurrence to ``published``, before it in a past clause, after it in a future one."""
    if tense < 0:
        return published.year if month <= published.month else published.year - 1
    if tense > 0:
        return published.year if month >= published.month else published.year + 1
    ahead = (month - published.month) % 12
    return published.year + (published.month + ahead > 12) if ahead <= 6 else published.year - (month > published.month)


def resolve_relative(match: re.Match[str], published: date, tense: int = 0) -> str | None:
    """'last year', 'next month', 'in July', 'last September' as ISO dates relative to ``published``."""
    rel = (match.group("rel") or "").lower()
    unit = (match.group("unit") or "").lower()
    if match.group("m"):
        month = _month(match.group("m"))
        return f"{year_of_month(month, published, tense)}-{month:02d}"
    if unit == "year":
        offset = {"last": -1, "next": 1}.get(rel, 0)
        return str(published.year + offset)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + {"last": -1, "next": 1}.get(rel, 0)
        return f"{index // 12}-{index % 12 + 1:02d}"
    if unit == "week":
        return None  # too fine to state without the day of the week
    month = _month(unit)
    if rel == "last":
        year = published.year if month < published.month else published.year - 1
    elif rel == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year
    return f"{year}-{month:02d}"
