"""The call or meeting a readout reports, named by its two people: "Readout of President Biden’s Call with President
Sheinbaum of Mexico" is the "Biden-Sheinbaum call", "Jake Sullivan met today with ... Nuhu Ribadu" the "Sullivan-Ribadu
meeting", as is "Sullivan, Ribadu meet" (two people joined as one subject that meets). Only the headline and the lead's first sentence say so: a meeting told further down is one of many."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate import vocabulary
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.text import sentence_at, sentence_spans
from generator.model import Discovery, Mention
from generator.slugs import slugify

#: The phrase that reports the call or meeting -> its kind ("'s call with": call); data/meeting_words.txt.
_KIND_OF = {phrase.replace("'", "['’]"): kind for kind, phrases in vocabulary.mapping("meeting_words").items() for phrase in phrases}
_VERBS = "|".join(sorted(_KIND_OF, key=len, reverse=True))
#: Words of a role, or a demonym, between the phrase and the second name: "Prime Minister", "Nigerian National Security Adviser".
_ROLE_WORD = rf"(?:[A-Z][\w.’'-]*|of|the|(?i:{'|'.join(sorted(ROLE_NOUNS))}))"
#: What stands between the two names: a suffix, the phrase, a day, then the second one's role.
_BETWEEN = re.compile(rf",?(?:\s+Jr\.,?)?\s*(?i:(?P<verb>{_VERBS}))\s+(?:(?i:today|yesterday|by phone|on \w+day)\s+)?(?:{_ROLE_WORD}\s+){{0,7}}")
#: A trip the first one makes before a summit's "for" phrase, up to its last "for": "departs for Beijing", "to make state
#: visit to China next week".
_TRIP = re.compile(r"\s+(?:[\w’'-]+\s+){1,8}(?=for\s)")
_POSSESSIVE = re.compile(r"['’]s$")
#: Two names joined as one subject, the second's role between: "Sameh Shoukry and Cuban Foreign Minister Bruno Rodríguez".
_PAIRED = re.compile(rf"\s*(?:,|,?\s+and)\s+(?:{_ROLE_WORD}\s+){{0,7}}")
#: The verb a paired subject meets by: "Shoukry, Rodríguez meet to address Gaza", "... Rodríguez met on Monday".
_PAIR_MET = re.compile(r"\s+(?:met|meet|meets)\b(?!\s+(?:with|by)\b)", re.I)


def reported_meeting(lead: list[tuple[int, str]], people: list[Mention], family_first: frozenset[str] = frozenset()
                     ) -> tuple[Mention, Discovery] | None:
    """The call or meeting the headline, else the lead's first sentence, reports between two people it names; None if none.

    ``family_first`` holds the keys of the people whose names are written family name first ("Xi Jinping" is Xi)."""
    for block, text in lead:
        first = text if block < 0 else text[: next(iter(sentence_spans(text)), (0, len(text)))[1]]
        named = sorted({(first.find(m.surface), m.surface, m.key) for m in people if m.block == block and m.surface in first})
        for (start, surface, key), (next_start, next_surface, next_key) in zip(named, named[1:]):
            between = _between(first, start + len(surface), next_start)
            paired = between is None and _PAIRED.fullmatch(first, start + len(surface), next_start) and _PAIR_MET.match(
                first, next_start + len(next_surface))
            if key == next_key or not (between or paired):
                continue
            kind = "meeting" if paired else next(k for phrase, k in _KIND_OF.items() if re.fullmatch(phrase, between.group("verb"), re.I))
            name = f"{_surname(surface, key in family_first)}-{_surname(next_surface, next_key in family_first)} {kind}"
            sentence = sentence_at(text, start)
            return Mention("initiatives", slugify(name), first[start : next_start + len(next_surface)], block, sentence), Discovery(
                "initiatives", slugify(name), name, sentence)
    return None


def with_meeting(meeting: tuple[Mention, Discovery], mentions: list[Mention], terms: list[Discovery]
                 ) -> tuple[list[Mention], list[Discovery]]:
    """The mentions and terms with the meeting added, and a new initiative whose name ends the meeting's words taken for
    it: "summit talks with Xi Jinping" after "Lee departs for Beijing for summit talks with Xi Jinping" is the Lee-Xi
    summit, wherever the article names it."""
    mention, term = meeting
    same = {t.key for t in terms if t.taxonomy == "initiatives" and mention.surface.endswith(f" {t.name}")}
    mentions = [replace(m, key=term.key) if m.taxonomy == "initiatives" and m.key in same else m for m in mentions]
    return [mention, *mentions], [term, *(t for t in terms if not (t.taxonomy == "initiatives" and t.key in same))]


def _between(text: str, end: int, next_start: int) -> re.Match[str] | None:
    """What joins two names into a call or meeting, maybe after a trip to a summit ("departs for Beijing for summit talks
    with"); None if nothing does."""
    between = _BETWEEN.fullmatch(text, end, next_start)
    trip = _TRIP.match(text, end, next_start) if between is None else None
    if trip:
        between = _BETWEEN.fullmatch(text, trip.end(), next_start)
        return between if between and between.group("verb").lower().startswith("for ") else None
    return between


def _surname(surface: str, family_first: bool) -> str:
    """The family name as the text writes it: the last word ("Joseph R. Biden" is Biden), else the first."""
    return _POSSESSIVE.sub("", surface.split()[0 if family_first else -1])
