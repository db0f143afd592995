"""Initiatives the knowledge base does not know yet: agreements, plans, talks and projects found in the text."""
from __future__ import annotations

import re

from generator.annotate.discovery import (
    _ACRONYM,
    _LINK,
    _NOUN_SET,
    _WORD,
    GENERIC_WORDS,
    INITIATIVE_NOUNS,
    _organisation_part,
    _sentence_start_word,
    _strip_leading,
)
from generator.annotate.matching import Match
from generator.annotate.people import NOT_NAMES
from generator.annotate.text import sentence_at
from generator.knowledge.base import NUMBER_WORDS, Alias
from generator.model import Discovery, Mention
from generator.slugs import slugify

_INITIATIVE = re.compile(rf"\b(?=[A-Z])(?:{_WORD}{_LINK}){{1,6}}(?:{INITIATIVE_NOUNS})(?![\w])")

_INITIATIVE_NOUN = re.compile(INITIATIVE_NOUNS)

_QUOTED_PROGRAMME = re.compile(
    r"[‘“\"'](?P<name>[A-Z][^‘’“”\"']{1,40})[’”\"']\s+(?P<noun>initiative|plan|strategy|programme|program|vision|doctrine|format|project|corridor|deal|policy)\b"
)
_N_POINT = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-point\s+(?:[a-z]+\s+){0,3}?(?P<noun>plan|package|proposal|roadmap|programme|program|agenda|peace plan)\b",
    re.I,
)
_FTA = re.compile(
    r"\bfree[- ]trade (?:agreement|deal|pact)\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w-]*(?: [A-Z][\w-]*)*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*)*)"
)
#: Lowercase head nouns of named things: "Kano-Maradi railway", "EU-Mercosur trade deal", "Zangezur corridor".
_PROJECT_HEAD = re.compile(
    r"\b(?:railway|corridor|pipeline|project|route|summit|roadmap|ceasefire|truce|agreement|accord|treaty|pact|"
    r"deal|talks|dialogue|initiative|plan|programme|program|process|mechanism|commission|committee|war)\b"
)
#: Words that end the walk back from a head noun: a name never spans them.
_FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "is", "was",
    "are", "were", "be", "been", "will", "would", "could", "should", "may", "might", "can", "has", "have", "had", "this",
    "that", "these", "those", "its", "their", "his", "her", "our", "hold", "held", "holds", "new", "first", "every",
    "any", "some", "no", "not", "if", "said", "says", "after", "before", "since", "under", "into", "over", "about",
}
_TOKEN = re.compile(r"[\w'’]+(?:[.-][\w'’]+)*\.?|[^\w\s]")


#: "US-brokered", "Chinese-backed": a description of a deal, not its name.
_DESCRIBED = re.compile(r"-(?:brokered|backed|led|funded|based|sponsored|mediated|financed|built)$")


def named_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of things named by capitalised words before a lowercase head noun."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    found = []
    for index, (start, end, word) in enumerate(tokens):
        if not _PROJECT_HEAD.fullmatch(word):
            continue
        j = index - 1
        described = 0
        while j >= 0 and tokens[j][2].islower() and tokens[j][2] not in _FUNCTION_WORDS and described < 2:
            j -= 1
            described += 1
        capitals = 0
        while j >= 0 and tokens[j][2][:1].isupper() and not tokens[j][2].endswith((".", "'s", "’s")) and capitals < 4:
            j -= 1
            capitals += 1
        if not capitals:
            continue
        first = tokens[j + 1]
        if first[2] in NOT_NAMES or first[2] in GENERIC_WORDS or _DESCRIBED.search(first[2]) or _DESCRIBED.search(text[first[0]:end].split()[0]) or (_sentence_start_word(text, first[0]) and capitals == 1 and "-" not in first[2]):
            continue
        found.append((first[0], end, text[first[0]:end]))
    return found


_LEADING = re.compile(
    r"^(?:The|A|An|In|On|At|As|But|And|However|Moreover|Under|Through|During|With|From|For|By|To|Of|Other|Both|Each|"
    r"Addressing|Including|Following|Regarding|Citing|Quoting|Considering|Concerning|Urging|Joining|Leaving|[A-Z][\w'’]*-(?:based|backed|led|funded|sponsored|brokered|run|owned|allied|aligned))\s+"
)
#: A name cannot hold a figure ("P8.8-billion program") or be a demonym and a head noun only ("Israeli war").
_NOT_A_NAME = re.compile(r"\d|^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)\s+(?:war|talks|truce|deal|plan|process)$")
_DIGIT_WORDS = {v: k for k, v in NUMBER_WORDS.items()}


def discover_initiatives(
    blocks: list[tuple[int, str]], known: dict[int, list[Match]]
) -> tuple[list[Mention], list[Discovery], dict[int, list[Match]]]:
    """Mentions and discoveries of unknown initiatives, and the words they claim in each block."""
    mentions: list[Mention] = []
    discoveries: dict[str, Discovery] = {}
    claimed: dict[int, list[Match]] = {}
    for block, text in blocks:
        # Country and region names may sit inside a new name ("“Isolate Russia” strategy"); other terms may not.
        occupied = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy not in ("countries", "regions")]
        places = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy in ("countries", "regions")]

        def add(name: str, start: int, end: int) -> None:
            name = _strip_leading(" ".join(name.split()))
            if len(name) < 4 or _NOT_A_NAME.search(name) or any(a < end and start < b for a, b in occupied):
                return
            if any(a <= start and end <= b for a, b in places):
                return  # the whole name is a country or region, not a new initiative
            occupied.append((start, end))
            key = slugify(name)
            sentence = sentence_at(text, start)
            mentions.append(Mention("initiatives", key, name, block, sentence))
            discoveries.setdefault(key, Discovery("initiatives", key, name, sentence))
            claimed.setdefault(block, []).append(Match(start, end, text[start:end], (Alias(name, "initiatives", key, "discovered"),)))

        # Each pattern below runs only on paragraphs holding a word it cannot match without: a plain
        # substring or literal search, much quicker than the pattern itself.
        for match in _FTA.finditer(text) if "trade " in text else ():
            name = f"{match.group('a')}–{match.group('b')} free trade agreement"
            add(name, *match.span())
        for match in _N_POINT.finditer(text) if "-point" in text.lower() else ():
            number = match.group("n").lower()
            number = _DIGIT_WORDS.get(number, number)
            add(f"{number.capitalize()}-point {match.group('noun').lower()}", *match.span())
        for match in _QUOTED_PROGRAMME.finditer(text):
            add(f"{match.group('name')} {match.group('noun')}", *match.span())
        for match in _ACRONYM.finditer(text) if "(" in text else ():
            name = _strip_leading(match.group("name"))
            if re.search(rf"(?:{INITIATIVE_NOUNS})$", name):
                add(name, match.start("name"), match.end())
        for match in _INITIATIVE.finditer(text) if _INITIATIVE_NOUN.search(text) else ():
            name = _organisation_part(_strip_leading(match.group(0)))
            if len(name.split()) >= 2 and not set(name.split()) <= GENERIC_WORDS | _NOUN_SET:
                add(name, match.start() + match.group(0).find(name), match.end())
        for start, end, name in named_projects(text) if _PROJECT_HEAD.search(text) else ():
            add(name, start, end)
    return mentions, list(discoveries.values()), claimed
