"""Organisations and initiatives the knowledge base does not know yet, found by the shape of their names."""
from __future__ import annotations

import re

from ..knowledge import NUMBER_WORDS
from ..model import Discovery, Mention
from ..slugs import slugify
from .matching import Match
from .text import sentence_at

ORGANIZATION_NOUNS = (
    "Council|Organization|Organisation|Agency|Ministry|Bank|Fund|Corporation|Corp\\.?|Co\\.|Company|Union|"
    "Association|Institute|Commission|Committee|Party|Forces|Group|Authority|Office|Department|Federation|"
    "League|Alliance|Court|Parliament|Assembly|Service|Secretariat|Foundation|Movement|Front|Guard|Army|Navy|"
    "Bureau|Cabinet|Directorate|Inc\\.?|Ltd\\.?|Holdings|Investment Co\\.?"
)
INITIATIVE_NOUNS = (
    "Initiative|Plan|Vision|Strategy|Agreement|Accords?|Treaty|Dialogue|Forum|Summit|Corridor|Programme|"
    "Program|Partnership|Pact|Declaration|Framework|Roadmap|Doctrine|Process|Format|Conference|Deal|Charter|"
    "Memorandum|Compact|Convention|Protocol"
)
_WORD = r"[A-Z][\w'’&\-]*"
_LINK = r"(?:\s+(?:of|for|and|on|the|de|du|des|al-)\s+|\s+)"
_ORGANIZATION = re.compile(rf"\b(?:{_WORD}{_LINK}){{1,6}}(?:{ORGANIZATION_NOUNS})(?![\w])")
_INITIATIVE = re.compile(rf"\b(?:{_WORD}{_LINK}){{1,6}}(?:{INITIATIVE_NOUNS})(?![\w])")
_ACRONYM = re.compile(rf"\b(?P<name>(?:{_WORD}{_LINK}){{1,8}}{_WORD})\s+\((?P<acr>[A-Z][A-Za-z&]{{1,9}})\)")
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
_LEADING = re.compile(r"^(?:The|A|An|In|On|At|As|But|And|However|Moreover|Under|Through|During|With|From|For|By|To|Of)\s+")
_DIGIT_WORDS = {v: k for k, v in NUMBER_WORDS.items()}


def _strip_leading(name: str) -> str:
    while _LEADING.match(name):
        name = _LEADING.sub("", name, count=1)
    return name.strip()


def discover(blocks: list[tuple[int, str]], known: dict[int, list[Match]]) -> tuple[list[Mention], list[Discovery]]:
    """Mentions and discoveries of unknown organisations and initiatives."""
    mentions: list[Mention] = []
    discoveries: dict[tuple[str, str], Discovery] = {}
    for block, text in blocks:
        # Country and region names may sit inside a new name ("“Isolate Russia” strategy"); other terms may not.
        occupied = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy not in ("countries", "regions")]

        def add(taxonomy: str, name: str, start: int, end: int) -> None:
            name = _strip_leading(" ".join(name.split()))
            if len(name) < 4 or any(a < end and start < b for a, b in occupied):
                return
            occupied.append((start, end))
            key = slugify(name)
            sentence = sentence_at(text, start)
            mentions.append(Mention(taxonomy, key, name, block, sentence))
            discoveries.setdefault((taxonomy, key), Discovery(taxonomy, key, name, sentence))

        for match in _FTA.finditer(text):
            name = f"{match.group('a')}–{match.group('b')} free trade agreement"
            add("initiatives", name, *match.span())
        for match in _N_POINT.finditer(text):
            number = match.group("n").lower()
            number = _DIGIT_WORDS.get(number, number)
            add("initiatives", f"{number.capitalize()}-point {match.group('noun').lower()}", *match.span())
        for match in _QUOTED_PROGRAMME.finditer(text):
            add("initiatives", f"{match.group('name')} {match.group('noun')}", *match.span())
        for match in _ACRONYM.finditer(text):
            name = _strip_leading(match.group("name"))
            taxonomy = "initiatives" if re.search(rf"(?:{INITIATIVE_NOUNS})$", name) else "organizations"
            add(taxonomy, name, match.start("name"), match.end())
        for pattern, taxonomy in ((_INITIATIVE, "initiatives"), (_ORGANIZATION, "organizations")):
            for match in pattern.finditer(text):
                name = _strip_leading(match.group(0))
                if len(name.split()) >= 2:
                    add(taxonomy, name, match.start() + match.group(0).find(name), match.end())
    return mentions, list(discoveries.values())
