"""Organisations and initiatives the knowledge base does not know yet, found by the shape of their names."""
from __future__ import annotations

import re

from generator.annotate.matching import Match
from generator.annotate.people import NOT_NAMES
from generator.annotate.text import sentence_at
from generator.knowledge.base import NUMBER_WORDS
from generator.model import Discovery, Mention
from generator.slugs import slugify

ORGANIZATION_NOUNS = (
    "Council|Organization|Organisation|Agency|Ministry|Bank|Fund|Corporation|Corp\\.?|Co\\.|Company|Union|"
    "Association|Institute|Commission|Committee|Party|Forces|Group|Authority|Office|Department|Federation|"
    "League|Alliance|Court|Parliament|Assembly|Service|Secretariat|Foundation|Movement|Front|Guard|Army|Navy|"
    "Bureau|Division|Task Force|Cabinet|Directorate|Inc\\.?|Ltd\\.?|Holdings|Investment Co\\.?|University|Academy|Center|Centre|"
    "Consortium|Railways|Airlines|Institution|Observatory|Tribunal"
)
#: Words that alone make no name: "Joint Committee", "Central Committee", "Foreign Ministry".
GENERIC_WORDS = {
    "Joint", "Central", "Political", "Foreign", "Economic", "National", "Supreme", "State", "Federal", "General",
    "Executive", "Standing", "Permanent", "Special", "Security", "Defence", "Defense", "Interior", "Finance",
    "Trade", "Justice", "Health", "High", "Higher", "Regional", "International", "Global", "Local", "New", "Armed",
    "Ruling", "Opposition", "Military", "Presidential", "Senior", "Top", "Main", "First", "Second",
}
INITIATIVE_NOUNS = (
    "Initiative|Plan|Vision|Strategy|Agreement|Accords?|Treaty|Dialogue|Forum|Summit|Corridor|Programme|"
    "Program|Partnership|Pact|Declaration|Framework|Roadmap|Doctrine|Process|Format|Conference|Deal|Charter|"
    "Memorandum|Compact|Convention|Protocol"
)
_WORD = r"[A-Z][\w'’&\-]*"
_LINK = r"(?:(?:\s+(?:of|for|and|on|the|de|du|des|al-))+\s+|\s+)"
#: "... for the Liberation of Rwanda", "... for Development": what an organisation is of or for.
_OF_WHAT = r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w'’&\-]*){1,5})?"
# Every name starts with a capital letter: the lookahead turns away every other word at once.
_ORGANIZATION = re.compile(rf"\b(?:(?:al|el)-)?(?=[A-Z])(?:{_WORD}{_LINK}){{0,6}}(?:{ORGANIZATION_NOUNS})(?![\w]){_OF_WHAT}")
_INITIATIVE = re.compile(rf"\b(?=[A-Z])(?:{_WORD}{_LINK}){{1,6}}(?:{INITIATIVE_NOUNS})(?![\w])")
_ORGANIZATION_NOUN = re.compile(ORGANIZATION_NOUNS)
_INITIATIVE_NOUN = re.compile(INITIATIVE_NOUNS)
_ACRONYM = re.compile(rf"\b(?=[A-Z])(?P<name>(?:{_WORD}{_LINK}){{1,8}}{_WORD})\s+\((?P<acr>[A-Z][A-Za-z&]{{1,9}})\)")
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


def _strip_leading(name: str) -> str:
    while _LEADING.match(name):
        name = _LEADING.sub("", name, count=1)
    return name.strip()


_NOUN_SET = set(re.sub(r"\\\.\?|\\\.", "", ORGANIZATION_NOUNS + "|" + INITIATIVE_NOUNS).replace("?", "").split("|"))


def _organisation_part(name: str) -> str:
    """'Chinalco and China Baowu Steel Group' -> 'China Baowu Steel Group': one name, not a list of two."""
    head, separator, tail = name.partition(" and ")
    if separator and not any(word in _NOUN_SET for word in head.split()) and any(word in _NOUN_SET for word in tail.split()):
        return tail
    return name


def _sentence_start_word(text: str, offset: int) -> bool:
    """True when the name's first word opens a sentence, so its capital proves nothing."""
    before = text[:offset].rstrip()
    return not before or before[-1] in ".!?\"“”"


def discover(blocks: list[tuple[int, str]], known: dict[int, list[Match]],
             taken: dict[int, list[tuple[int, int]]] | None = None) -> tuple[list[Mention], list[Discovery]]:
    """Mentions and discoveries of unknown organisations and initiatives, outside the spans already ``taken``."""
    mentions: list[Mention] = []
    discoveries: dict[tuple[str, str], Discovery] = {}
    for block, text in blocks:
        # Country and region names may sit inside a new name ("“Isolate Russia” strategy"); other terms may not.
        occupied = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy not in ("countries", "regions")]
        occupied += (taken or {}).get(block, [])
        places = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy in ("countries", "regions")]

        def add(taxonomy: str, name: str, start: int, end: int) -> None:
            name = _strip_leading(" ".join(name.split()))
            if len(name) < 4 or _NOT_A_NAME.search(name) and taxonomy == "initiatives" or any(a < end and start < b for a, b in occupied):
                return
            if any(a <= start and end <= b for a, b in places):
                return  # the whole name is a country or region ("Soviet Union"), not a new organisation
            occupied.append((start, end))
            key = slugify(name)
            sentence = sentence_at(text, start)
            mentions.append(Mention(taxonomy, key, name, block, sentence))
            discoveries.setdefault((taxonomy, key), Discovery(taxonomy, key, name, sentence))

        # Each pattern below runs only on paragraphs holding a word it cannot match without: a plain
        # substring or literal search, much quicker than the pattern itself.
        for match in _FTA.finditer(text) if "trade " in text else ():
            name = f"{match.group('a')}–{match.group('b')} free trade agreement"
            add("initiatives", name, *match.span())
        for match in _N_POINT.finditer(text) if "-point" in text.lower() else ():
            number = match.group("n").lower()
            number = _DIGIT_WORDS.get(number, number)
            add("initiatives", f"{number.capitalize()}-point {match.group('noun').lower()}", *match.span())
        for match in _QUOTED_PROGRAMME.finditer(text):
            add("initiatives", f"{match.group('name')} {match.group('noun')}", *match.span())
        for match in _ACRONYM.finditer(text) if "(" in text else ():
            name = _strip_leading(match.group("name"))
            taxonomy = "initiatives" if re.search(rf"(?:{INITIATIVE_NOUNS})$", name) else "organizations"
            add(taxonomy, name, match.start("name"), match.end())
        for pattern, needed, taxonomy in ((_INITIATIVE, _INITIATIVE_NOUN, "initiatives"), (_ORGANIZATION, _ORGANIZATION_NOUN, "organizations")):
            for match in pattern.finditer(text) if needed.search(text) else ():
                name = _organisation_part(_strip_leading(match.group(0)))
                if len(name.split()) >= 2 and not set(name.split()) <= GENERIC_WORDS | _NOUN_SET:
                    add(taxonomy, name, match.start() + match.group(0).find(name), match.end())
        for start, end, name in named_projects(text) if _PROJECT_HEAD.search(text) else ():
            add("initiatives", name, start, end)
    return mentions, list(discoveries.values())
