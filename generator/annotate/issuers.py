"""Bodies a page names as the issuer of its text: a letterhead over an official release, a sign-off under it, a record's source
field at its foot. Free names: a ministry's or a presidency's own texts name bodies no outlet list holds."""
from __future__ import annotations

import re

from generator.annotate.matching import Matcher
from generator.annotate.vocabulary import alternation
from generator.model import Article, RemovedReason
from generator.sources.bylines import UPPER

#: A government body's letterhead in capitals ("DEPARTMENT OF EXTERNAL AFFAIRS CANBERRA", "MINISTRY OF FOREIGN AFFAIRS").
_LETTERHEAD = re.compile(r"^(?:DEPARTMENT|MINISTRY|OFFICE)\s+(?:OF|FOR)\s+[A-Z][A-Z,&'’ -]{2,80}$")
#: The label of an official text (data/official_texts.txt: "MEDIA RELEASE"; older print's "FOR THE PRESS", a label only on a
#: line of its own) over the text or near it.
_OFFICIAL_LABEL = re.compile(rf"^(?:(?:{alternation('official_texts')})\b|for the press$)", re.I)
#: A letterhead and the release's label stand among this many lines of the page's header.
MAX_LETTERHEAD_LINES = 8
#: Small words a body's name keeps in small letters ("Department of External Affairs").
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


def letterhead(article: Article, matcher: Matcher) -> tuple[str, str] | None:
    """(body, line) of a government body's letterhead over an official release's label ("DEPARTMENT OF EXTERNAL AFFAIRS
    CANBERRA" over "FOR THE PRESS" -> "Department of External Affairs"): the body issued the release; a place the knowledge
    base knows after it is where."""
    header = [article.title or "", *(line.text.strip() for line in article.removed[:MAX_LETTERHEAD_LINES]),
              *(b.text for b in article.blocks[:2])]
    if not any(_OFFICIAL_LABEL.match(text) for text in header):
        return None
    for text in header:
        if _LETTERHEAD.match(text):
            return _body_name(text, matcher), text
    return None


def _body_name(text: str, matcher: Matcher) -> str:
    """A body's name in capitals in title case, its small words small and a known place after it left out ("DEPARTMENT OF
    EXTERNAL AFFAIRS CANBERRA" -> "Department of External Affairs")."""
    words = [w if w.lower() not in _SMALL_WORDS or i == 0 else w.lower() for i, w in enumerate(text.title().split())]
    while len(words) > 3 and _place(words[-1], matcher):
        words.pop()
    return " ".join(words).rstrip(",")


def signed_off(article: Article, matcher: Matcher) -> tuple[str, str] | None:
    """(body, line) of a release's sign-off under the text: a government body's name in capitals over the date ("MINISTRY OF
    LAW" over "07 August 2019"), as ministries sign their press releases."""
    after = [line.text.strip() for line in article.removed if line.reason in _SIGN_OFF_REASONS]
    for text, under in zip(after, after[1:]):
        if _LETTERHEAD.match(text) and len(under.split()) <= MAX_SIGN_OFF_DATE_WORDS and _DATED.search(under):
            return _body_name(text, matcher), text
    return None


_SIGN_OFF_REASONS = frozenset({RemovedReason.AFTER_END, RemovedReason.TIMESTAMP, RemovedReason.CREDITS})
#: The date under a sign-off is a short line holding a year ("07 August 2019", "7.8.2019").
MAX_SIGN_OFF_DATE_WORDS = 5
_DATED = re.compile(r"\b(?:19|20)\d\d\b")


def _place(name: str, matcher: Matcher) -> bool:
    """True when the whole name is a place the knowledge base knows ("Canberra")."""
    return any(m.start == 0 and m.end == len(name) and m.best.kind == "place" for m in matcher.find(name))


def _land(name: str, matcher: Matcher) -> bool:
    """True when the whole name is a country, a region or a place the knowledge base knows ("France", "Canberra")."""
    return any(m.start == 0 and m.end == len(name) and (m.best.kind == "place" or m.best.taxonomy in ("countries", "regions"))
               for m in matcher.find(name))


#: A record's source field: "Source : Présidence Turque", "Fuente: Cancillería", "Quelle: Bundesregierung" — a name of
#: capitalised words (small particles between), never a link's words ("Source: View original").
_SOURCE_FIELD = re.compile(rf"^[\W_]*(?i:source|fuente|fonte|quelle|sumber|bron)\s*[:：]\s*"
                           rf"(?P<name>[{UPPER}][\w'’.-]*(?:\s+(?:[{UPPER}][\w'’.-]*|d[aeo]s?|de\s+la|du|des|of|the|la|le|el|di|van|von|und|and|et|y)){{0,5}})\s*$")
#: ... beside a date field, the record's other field at its foot ("Date : 31 octobre 2024").
_DATE_FIELD = re.compile(r"^[\W_]*\w+(?:\s+\w+)?\s*[:：]\s*.*\b(?:19|20)\d\d\b")
#: The fields close the page: among its last removed lines.
FOOT_FIELD_LINES = 3


def source_field(article: Article, matcher: Matcher) -> tuple[str, str] | None:
    """(name, line) of the source a record's fields name at the page's foot, beside its date ("Source : Présidence Turque" over
    "Date : 31 octobre 2024"): the body whose text the page copies, known or not; never a place ("Source : France")."""
    foot = [line.text.strip() for line in article.removed[-FOOT_FIELD_LINES:]]
    for i, text in enumerate(foot):
        match = _SOURCE_FIELD.match(text)
        beside = foot[max(0, i - 1):i] + foot[i + 1:i + 2]
        if match and any(_DATE_FIELD.match(line) for line in beside) and not _land(match.group("name"), matcher):
            return match.group("name"), text
    return None
