"""Initiatives named by a head noun of a programme, report or meeting (data/initiative_heads.txt) or by a meeting's
acronym and its session's number (data/session_acronyms.txt): "the TIP Report", "COP 11", "CHOGM 2024"."""
from __future__ import annotations

import re

from generator.annotate import vocabulary
from generator.annotate.discovery import _LINK, _WORD

#: Head nouns ending a name besides discovery.INITIATIVE_NOUNS: "Ministerial", "Report", "Scheme", "Summits".
HEADS = vocabulary.alternation("initiative_heads")
#: Words naming an issue of a report or meeting, not whose it is: "Annual", "Final", "Interim".
_ISSUE_WORDS = frozenset(vocabulary.words("issue_qualifiers")) | {"The", "the", "of", "and"}
_HEAD = re.compile(rf"\b(?:{HEADS})\b")
#: An ordinal, or two joined by "and", may open a meeting's name: "40th and 41st ASEAN Summits".
_ORDINALS = r"\d{1,3}(?:st|nd|rd|th)(?:\s+and\s+\d{1,3}(?:st|nd|rd|th))?\s+"
_HEADED = re.compile(rf"\b(?:{_ORDINALS})?(?=[A-Z])(?:{_WORD}{_LINK}){{1,6}}(?:{HEADS})(?!\w)")
_ACRONYMS = vocabulary.alternation("session_acronyms")
#: A session's number or year, never a figure's part: "COP 11", "COP/MOP 1", "CHOGM 2024", not "COP 2.5" or "COP 11,000".
_SESSION = re.compile(rf"\b(?:{_ACRONYMS})(?:/(?:{_ACRONYMS}))?\s?(?:\d{{1,2}}|(?:19|20)\d\d)(?![\w.,%]\d|\w)")
#: A numbered meeting of a body: "39th AU Summit", "40th and 41st ASEAN Summits"; the body in it may be an organisation.
_NUMBERED_MEETING = re.compile(rf"{_ORDINALS}.*\b(?:Summits?|Ministerial|Meeting|Conference|Session)$")


#: What before a run makes it the tail of a longer name whose opening the run lacks: an initial's dot ("U.S. Human
#: Rights Report") or a capitalised word and a small word no name shape links ("Trafficking in Persons Report").
_TAIL_OF = re.compile(r"(?:[A-Z]\.\s*|[A-Z][\w'’-]*\s+(?:in|to|at|by|from|against|between|with)\s+)$")


def headed_matches(text: str) -> list[re.Match[str]]:
    """The capitalised runs ending in a head noun of data/initiative_heads.txt, for the shape guards to judge; never
    the tail of a longer name."""
    if not _HEAD.search(text):
        return []
    return [m for m in _HEADED.finditer(text)
            if not _TAIL_OF.search(text, max(0, m.start() - 40), m.start())]


def issue_only(name: str) -> bool:
    """True for heads and words that only say which issue they are: "Annual Report", "Annual Report and the Final Report"."""
    return all(word in _ISSUE_WORDS or _HEAD.fullmatch(word) for word in name.split()[:-1])


def numbered_sessions(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each meeting named by its acronym and session number: "COP 11", "COP/MOP 1"."""
    return [(match.group(0), *match.span()) for match in _SESSION.finditer(text)]


def numbered_meeting(name: str) -> bool:
    """True for a meeting named by its ordinal: the body it is of may be an organisation ("39th AU Summit")."""
    return bool(_NUMBERED_MEETING.fullmatch(name))


#: What before a name of generic words makes it one document's or meeting's: "the", a year or a state's possessive
#: ("the National Defense Strategy", "the 2022 National Security Strategy", "America's National Defense Strategy").
_ONE_OF_ITS_KIND = re.compile(r"(?:\bthe|\b(?:19|20)\d\d|[A-Z][\w.-]*['’]s)\s+$")
#: At least this many words make a name of generic words one ("National Defense Strategy"; "National Strategy" is none).
GENERIC_NAME_WORDS = 3


def generic_but_definite(name: str, text: str, start: int) -> bool:
    """True for a name of generic words the text writes as one thing mid-sentence: "the National Defense Strategy"."""
    return (len(name.split()) >= GENERIC_NAME_WORDS and not any(w.islower() for w in name.split())
            and bool(_ONE_OF_ITS_KIND.search(text, max(0, start - 30), start)))
