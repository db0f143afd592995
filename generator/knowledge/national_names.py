"""The names copy gives a state's own body by its country's name: "China's Foreign Ministry" and "Sri Lanka Ministry of
Foreign Affairs" for the body listed as "Chinese Foreign Ministry" and "Ministry of Foreign Affairs of Sri Lanka"."""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Protocol

from generator.model import Term


class _Named(Protocol):
    """What an alias says: its text, and the term it names and how."""

    text: str
    taxonomy: str
    key: str
    kind: str


#: Kinds of organisation copy names by its state: a state's own bodies, not companies ("Bank of China" is no "China
#: Bank") nor parties, whose demonym is part of the name ("Malaysian Chinese Association").
NATIONAL_KINDS = frozenset({"government"})
#: Words of a country's name that take "the" after "of" ("Royal Navy of the United Kingdom", "of the Philippines").
_THE_WORDS = re.compile(r"\b(?:United|Republic|Kingdom|Emirates|States|Islands|Netherlands|Philippines|Gambia|Bahamas|Maldives|Federation|Congo)\b")
_OF_COUNTRY: dict[str, re.Pattern[str]] = {}


def _possessive(country: str) -> str:
    """"China's", "the Philippines'": a name ending in "s" takes the apostrophe alone."""
    return f"{country}'" if country.endswith("s") else f"{country}'s"


def _bodies(text: str, of_country: re.Pattern[str], demonyms: Iterable[str]) -> list[str]:
    """What a name says of the body with its country left out: "Chinese Foreign Ministry" -> "Foreign Ministry",
    "Ministry of Foreign Affairs of the Russian Federation" and "Ministry of Foreign Affairs (Sri Lanka)" -> "Ministry
    of Foreign Affairs"; none when the rest is one word ("Bank", "Army": the country's name makes it another name)."""
    bodies = [text[len(word) + 1:] for word in demonyms if text.startswith(f"{word} ")]
    if found := of_country.match(text):
        bodies.append(found["body"])
    return [body for body in bodies if " " in body and body[:1].isupper()]


def _of_country(country: Term) -> re.Pattern[str]:
    """A name closing on "of" and the country's name, or that name in brackets; the longest name first ("the People's
    Republic of China" before "China")."""
    names = sorted({country.name, *country.aliases} - {"US", "U.S.", "UK", "the US", "the U.S."}, key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"^(?P<body>.+?)(?: of (?:the )?(?:{alternatives})| \((?:{alternatives})\))$")


def national_spellings(term: Term, country: Term, demonyms: Iterable[str]) -> list[str]:
    """A state body's names as copy writes them with its country's name: "{country}'s {body}", "{country} {body}",
    "{body} of {country}" for each body its listed names give ("Ministry of Defence of Ukraine": "Ukraine's Ministry
    of Defence", "Ukraine Ministry of Defence")."""
    names = [term.name, *term.aliases]
    of_country = _OF_COUNTRY.get(country.key) or _OF_COUNTRY.setdefault(country.key, _of_country(country))
    spellings: list[str] = []
    for body in dict.fromkeys(b for text in names for b in _bodies(text, of_country, demonyms)):
        the = "the " if _THE_WORDS.search(country.name) else ""
        spellings += [f"{_possessive(country.name)} {body}", f"{country.name} {body}", f"{body} of {the}{country.name}"]
    return [s for s in dict.fromkeys(spellings) if s not in names]


def national_aliases(terms: Mapping[tuple[str, str], Term], aliases: Iterable[_Named]) -> list[tuple[str, str]]:
    """(alias, organisation key) for each state body's names by its country's name, none a name a term already has."""
    aliases = list(aliases)
    taken = {a.text.casefold() for a in aliases}
    demonyms: dict[str, list[str]] = {}
    for alias in aliases:
        if alias.taxonomy == "countries" and alias.kind == "demonym" and alias.text[:1].isupper():
            demonyms.setdefault(alias.key, []).append(alias.text)
    derived: list[tuple[str, str]] = []
    for (taxonomy, key), term in terms.items():
        code = term.attributes.get("country")
        country = terms.get(("countries", str(code))) if taxonomy == "organizations" else None
        if country is None or term.attributes.get("kind") not in NATIONAL_KINDS:
            continue
        for text in national_spellings(term, country, demonyms.get(country.key, ())):
            if text.casefold() not in taken:
                taken.add(text.casefold())
                derived.append((text, key))
    return derived
