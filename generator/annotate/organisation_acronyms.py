"""Organisations named by the acronym in brackets after them: 'Janatha Vimukthi Peramuna (JVP)'.

The acronym spells the capitals of the words before it, links ("of", "and") skipped; a place, programme, agreement
or thing ("Gross Domestic Product (GDP)") is no organisation.
"""
from __future__ import annotations

import re

from generator.annotate.discovery import INITIATIVE_NOUNS, is_role, names_a_state
from generator.annotate.matching import Match
from generator.annotate.organisation_words import NOT_NAME_STARTS, NOUNS_OF_BODIES, THING_HEADS
from generator.knowledge.base import Alias
from generator.slugs import slugify

#: "(JVP or People’s Liberation Front)", "[NPP]": an acronym right after the name it abbreviates.
_ACRONYM = re.compile(r"\s*[(\[](?P<acr>[A-Z][A-Za-z&]*[A-Z](?:-[A-Z]+)?)(?:\s+or\s+(?P<alt>[A-Z][^()\[\]]{2,60}?))?[)\]]")
_INITIATIVE_NOUNS = "(?:" + "|".join(n for n in INITIATIVE_NOUNS.split("|") if n not in NOUNS_OF_BODIES) + ")"
#: "... Agreement (VFA)", "Treaty of Amity and Cooperation in Southeast Asia (TAC)": an initiative's name, by its head.
_INITIATIVE_NAME = re.compile(rf"{_INITIATIVE_NOUNS}$|^{_INITIATIVE_NOUNS}\s+(?:of|on|for)\s")
_LINKS = {"of", "for", "the", "and", "on", "de", "&", "-"}  # "-": "Philippine National Police - Maritime Group (PNP-MG)"
_WORD = re.compile(r"[\w'’&.-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def acronym_definitions(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, key) of names an acronym in brackets defines by spelling their capitals, 'National Task Force ... (NTF-WPS)',
    then of the acronym and any alternative name with an empty name; no place's (``places``)."""
    found = []
    for match in _ACRONYM.finditer(text) if "(" in text or "[" in text else ():
        letters = re.sub(r"[^A-Z]", "", match.group("acr"))
        words = [(w.start(), w.group(0)) for w in _WORD.finditer(text, max(0, match.start() - 200), match.start())]
        initials = ""
        start = None
        for offset, word in reversed(words):
            if word in _LINKS:
                continue
            if not word[:1].isupper() or word in NOT_NAME_STARTS and initials:
                break
            initials = "".join(part[:1] for part in word.split("-")) + initials
            start = offset
            if initials == letters:
                break
            if len(initials) >= len(letters):
                start = None
                break
        if start is None or initials != letters:
            start = _skipping_start(words, letters)  # "Centre for Research on Energy and Clean Air (CREA)" skips a word
        if start is None or len(letters) < 2:
            continue
        name = _POSSESSIVE.sub("", text[start:match.start()].rstrip())
        if names_a_state(name, start, places):
            continue
        if name.split()[0] in NOT_NAME_STARTS or _INITIATIVE_NAME.search(name) or name.split()[-1] in THING_HEADS or is_role(name):
            continue  # a programme, agreement, thing or post is no organisation ("Visiting Forces Agreement (VFA)", "Chief of Defense Staff (CDS)")
        key = slugify(name)
        found.append((start, start + len(name), name, key))
        found.append((match.start("acr"), match.end("acr"), "", key))
        if match.group("alt"):
            found.append((match.start("alt"), match.end("alt"), "", key))
    return found


def _skipping_start(words: list[tuple[int, str]], letters: str) -> int | None:
    """Where a name starts whose initials hold the acronym's letters in order, from its first, skipping two words at most."""
    capitals = []
    for offset, word in reversed(words):
        if word in _LINKS or word == "in":
            continue
        if not word[:1].isupper() or word in NOT_NAME_STARTS or len(capitals) > len(letters) + 2:
            break
        capitals.insert(0, (offset, word[0]))
        initials = iter("".join(initial for _, initial in capitals))
        if len(letters) >= 3 and capitals[0][1] == letters[0] and all(letter in initials for letter in letters):
            return offset
    return None


#: Taxonomies whose acronyms the body an article names in full may claim: organisations and outlets.
_CLAIMABLE = ("organizations", "outlets")
_BARE_ACRONYM = re.compile(r"\(?[A-Z][A-Z&]{1,7}\)?")


def acronyms_of_named(matches: dict[int, list[Match]]) -> dict[int, list[Match]]:
    """Matches with each known acronym meaning the body the article names in full whose initials it spells, when the
    article never names the acronym's own body in full: "CEPR" beside "Center for Economic and Policy Research" is that
    Washington think tank, not London's Centre for Economic Policy Research."""
    found = [m for block_matches in matches.values() for m in block_matches if m.best.taxonomy in _CLAIMABLE]
    full = {m.best.key: m for m in found if not _BARE_ACRONYM.fullmatch(m.text)}
    claims: dict[str, Alias] = {}
    for match in found:
        acronym = match.text.strip("()")
        if match.best.key in full or not _BARE_ACRONYM.fullmatch(match.text) or acronym in claims:
            continue
        spelling = [m for m in full.values() if _initials(m.text) == acronym.replace("&", "")]
        if len(spelling) == 1:
            claims[acronym] = Alias(acronym, spelling[0].best.taxonomy, spelling[0].best.key, "alias")
    if not claims:
        return matches
    return {block: [Match(m.start, m.end, m.text, (claims[m.text.strip("()")],)) if m.text.strip("()") in claims else m
                    for m in block_matches] for block, block_matches in matches.items()}


def _initials(name: str) -> str:
    """'Center for Economic and Policy Research' -> 'CEPR': the capitals its words open on, link words skipped."""
    return "".join(word[0] for word in name.removeprefix("the ").split() if word not in _LINKS and word[:1].isupper())
