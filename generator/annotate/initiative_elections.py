"""Which elections are specific ones: a year or a month, or a country and the election's kind, make one ("the 2012
presidential elections", "Georgia's parliamentary elections", "the October 20 elections"), named once; "an election" or
"his re-election" is none."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.initiative_phrases import DATE_WORDS, YEAR, Phrase, party_sort
from generator.annotate.initiative_words import InitiativeWords

#: The months, as an election's qualifier names them ("october"): a name of no party, as a year is.
MONTHS = frozenset(w for w in DATE_WORDS if not w.endswith("day"))
_MONTH = "|".join(sorted(w.title() for w in MONTHS))  # capitalised: "may" is a verb
#: A day right before the phrase: "October 20", "20 October", "the 29th of March", "October" alone.
_DAY_BEFORE = re.compile(rf"\b(?:(?P<m1>{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})|(?P<m3>{_MONTH}))\s+$")
#: A preposition before the month dates the sentence's verb, not the election after it: "in March won election".
_DATES_A_VERB = re.compile(r"\b(?:in|on|since|by|until|from|after|before|during)\s+$", re.I)
#: A day right after the head: "presidential election May 3", "elections on 30 July".
_DAY_AFTER = re.compile(rf"\s+(?:on\s+)?(?:(?P<m1>{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?P<m2>{_MONTH}))\b")


def dated(phrase: Phrase, text: str, words: InitiativeWords) -> Phrase:
    """An election phrase with the month of the day the text gives it, right before or after it, as a qualifier, named by
    that month ("the October 20 elections" are the "October elections"); any other phrase as it is."""
    if phrase.kind not in words.needs_place or phrase.parties_before or phrase.after or phrase.modifiers - words.election_kinds:
        return phrase  # "in March won election": a word no election's kind is a verb, the month the sentence's
    before = _DAY_BEFORE.search(text, max(0, phrase.start - 24), phrase.start)
    if before and not _DATES_A_VERB.search(text, max(0, before.start() - 8), before.start()):
        month = next(m for m in before.group("m1", "m2", "m3") if m)
        return replace(phrase, start=before.start(), name=f"{month} {phrase.name}", qualifiers=phrase.qualifiers | {month.lower()})
    after = _DAY_AFTER.match(text, phrase.end)
    if after:
        month = after.group("m1") or after.group("m2")
        return replace(phrase, end=after.end(), name=f"{phrase.name} in {month}", qualifiers=phrase.qualifiers | {month.lower()})
    return phrase


def dated_or_placed(qualifier: str) -> bool:
    """True for a qualifier that makes an election one: a country or region, a year or a month."""
    return party_sort(qualifier) == "countries" or bool(YEAR.fullmatch(qualifier)) or qualifier in MONTHS


def specific_election(phrase: Phrase, words: InitiativeWords) -> bool:
    """True for an election a year or a month makes one, or a country and its kind (``election_kinds``: "presidential")."""
    if phrase.kind not in words.needs_place:
        return False
    return (any(YEAR.fullmatch(q) or q in MONTHS for q in phrase.qualifiers)
            or any(party_sort(q) == "countries" for q in phrase.qualifiers) and bool(phrase.modifiers & words.election_kinds))
