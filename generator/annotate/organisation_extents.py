"""Where an organisation's name starts and ends around its words: what it is of or on, what goes on after it, its owner."""
from __future__ import annotations

import re
from typing import Iterator

from generator.annotate.matching import Match
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.vocabulary import words

#: Titles written before a name, which no name of what an organisation is for runs into ("Ministry of Foreign Affairs Dr. X";
#: but "University of Notre Dame,").
_TITLES = "|".join(re.escape(title.rstrip(".").capitalize()) for title in (*words("courtesy_titles"), *words("title_abbreviations")))
#: A capitalised word, or initials with their dots ("for U.S.-China Trade", "of the U.N."), never a title.
_CAPITAL = rf"(?:(?:[A-Z]\.){{2,}}(?:-[A-Z][\w'’&\-]*)?(?![\w-])|(?!(?:{_TITLES})(?:\.|\s+[A-Z]))[A-Z][\w'’&\-]*)"
#: The words of what a body is of, a list of them too: "of Agriculture, Livestock and Fisheries", "of Economy, Trade and Industry".
OF_WORDS = rf"(?:\s+(?:and\s+)?{_CAPITAL}){{1,5}}(?:(?:,\s+{_CAPITAL}(?:\s+{_CAPITAL})?){{1,3}},?\s+and\s+{_CAPITAL}(?:\s+{_CAPITAL})?)?"

#: One capitalised word and a possessive before a name: its owner ("Braun's Ithaca Holdings", "Musk's SpaceX Holdings").
OWNER = re.compile(r"([A-Z][\w.-]*)['’]s\s+(.+)")
#: A person's surname ending in "s" and a bare apostrophe before a name: "Morales’ Movement Towards Socialism".
_PLURAL_OWNER = re.compile(r"([A-Z][\w.-]*s)['’]\s+(.+)")

#: The word right after a name, when capitalised: "Air Force One".
_NEXT_CAPITAL = re.compile(r" ([A-Z][\w'’-]*)")
#: Capitalised words that may follow a whole name: a clause's or a list's next word, a pronoun, a weekday.
NOT_CONTINUING = {"I", "The", "And", "But", "Or", "On", "In", "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                  "Saturday", "Sunday"}


def continued(text: str, end: int) -> bool:
    """True when a capitalised word goes on the name, other than a role ("Nigerian Army Chief") or a clause's first word."""
    after = _NEXT_CAPITAL.match(text, end)
    return bool(after) and after.group(1).lower() not in ROLE_NOUNS and after.group(1) not in NOT_CONTINUING


def person_owner(name: str, people: frozenset[tuple[str, str]]) -> re.Match[str] | None:
    """"Morales’ Movement Towards Socialism": a bare apostrophe after a surname the article's people end on is its owner's;
    "Workers’ Party", "Teachers’ Union" keep theirs (no person is named so)."""
    owned = _PLURAL_OWNER.match(name)
    return owned if owned and any(person[-1] == owned.group(1) for person in people) else None


#: Heads whose names say what they deal with after "on": "Commission on Human Rights", "Select Committee on Intelligence".
ON_HEADS = ("Commission", "Committee", "Council", "Institute", "Center", "Centre", "Task Force", "Working Group", "Panel")
_ON_WHAT = re.compile(rf"\s+on(?:\s+the)?(?P<what>{OF_WORDS})(?![\w-])")
#: The same with what it is of: "Commission on the Status of Women", "Committee on the Rights of the Child".
_ON_WHAT_OF = re.compile(rf"\s+on(?:\s+the)?(?P<what>{OF_WORDS}\s+of(?:\s+the)?{OF_WORDS})(?![\w-])")
#: Capitalised words after "on" that say when, not what: "the Commission on Monday".
_WHEN_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
                        "August September October November December Christmas Easter".split())


def on_what(text: str, end: int, spans: list[tuple[int, int]]) -> int:
    """The end of a name going on with what its body deals with, "Committee on Constitutional Development"; not a day,
    "Commission on Monday", nor a place or a known body, "Council on Syria", which the sentence says it acted on."""
    ons = (_ON_WHAT_OF.match(text, end), _ON_WHAT.match(text, end))  # what it is of may be a place: "... on Human Rights of Peru"
    on = next((o for o in ons if o and not any(a < o.end() and o.start("what") < b for a, b in spans)), None)
    if not on or on.group("what").split()[0] in _WHEN_WORDS:
        return end
    what = on.group("what").split()
    while what and what[-1].lower() in ROLE_NOUNS:  # "Committee on Foreign Relations Chairman": the role is no part of it
        what.pop()
    if not what:
        return end
    stop = on.start("what") + on.group("what").find(what[-1]) + len(what[-1])
    return end if continued(text, stop) else stop


_INITIALS = re.compile(r"(?:[A-Z]\.\s+)+")
#: What before initials makes them a longer name's: a capitalised word or another initial ("John F. Kennedy", "D.C.", "Plan B.").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|[A-Z]\.)\s*$")


def own_initials(text: str, start: int) -> int:
    """Where a name opening on initials starts: at them, "D. A. Tsenov Academy", unless a capitalised word or another
    initial before them makes them part of a person's or place's name ("John F. Kennedy Center", "Washington D.C. Police")."""
    initials = _INITIALS.match(text, start)
    return initials.end() if initials and _NAME_BEFORE.search(text, max(0, start - 40), start) else start


#: A numbered unit of a regiment, named with it after a comma as British and Commonwealth armies write it:
#: "2nd Battalion, The Parachute Regiment", "3rd Battalion, The Rifles".
_NUMBERED_UNIT = re.compile(r"\d{1,3}(?:st|nd|rd|th)\s+(?:Battalion|Company|Squadron|Regiment|Brigade)$")
_REGIMENT = re.compile(r",\s+[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*(?![\w-])")


def regiment_end(text: str, start: int, end: int) -> int:
    """Where a numbered unit's name ends: past its regiment after a comma ("3rd Battalion, The Rifles"), else ``end``."""
    if not _NUMBERED_UNIT.search(text, start, end):
        return end
    regiment = _REGIMENT.match(text, end)
    return regiment.end() if regiment else end


#: A body's organ named after its acronym: "OPCW Executive Council", "IAEA Board of Governors" is a known body's.
#: Words an organ's name holds besides the generic ones: "Technical Secretariat", "Scientific Committee".
_ORGAN_WORDS = frozenset({"Technical", "Scientific", "Administrative", "Audit", "Ethics", "Oversight", "Appeals", "Budget", "Legal"})
_ORGAN = re.compile(r"\s+(?P<organ>(?:[A-Z][\w'’-]*\s+){0,2}(?:Council|Secretariat|Commission|Committee|Board|Assembly|Tribunal))(?![\w-])")


def body_organs(text: str, known: list[Match], generic: set[str]) -> Iterator[tuple[Match, re.Match[str]]]:
    """Each known body's acronym with the organ of it named right after it in generic words ("OPCW Technical Secretariat"),
    when no capitalised word goes on the name."""
    for match in known:
        if match.best.taxonomy != "organizations" or not match.text.isupper() or len(match.text) < 2:
            continue
        organ = _ORGAN.match(text, match.end)
        if organ and set(organ.group("organ").split()) <= generic | _ORGAN_WORDS and not continued(text, organ.end()):
            yield match, organ


#: Words that make an item of a list after a body's name a body of its own: "Ministry of Defence, Foreign Office and Treasury".
_BODY_WORDS = frozenset({"Government", "Treasury"})


def list_cut(name: str, nouns: set[str]) -> str:
    """'Ministry of Defence, Foreign Office and Treasury' -> 'Ministry of Defence': a list of bodies (an item holding one of
    the organisation ``nouns``), not what one is of ("Ministry of Agriculture, Livestock and Fisheries" keeps its list)."""
    head, comma, tail = name.partition(", ")
    listed = comma and (" of " in head or " on " in head)  # "3rd Battalion, The Rifles" names its regiment after the comma
    return head if listed and any(word in nouns or word in _BODY_WORDS for word in tail.split()) else name


#: An outlet's one-word name after "the": "the Hindu", "the Guardian", "the Independent".
_THE_OUTLET = re.compile(r"[Tt]he\s+[A-Z][\w'’-]*")


def without_cut_outlets(text: str, found: list[Match]) -> list[Match]:
    """The matches less each outlet's one-word name after "the" that a capitalised word goes on as another name's start:
    "the Hindu Kush" is a range, "the Independent Electoral Commission" a body, no paper."""
    return [m for m in found if not (m.best.taxonomy == "outlets" and _THE_OUTLET.fullmatch(m.text) and continued(text, m.end))]
