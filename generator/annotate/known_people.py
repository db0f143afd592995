"""People the knowledge base knows, found from a name in the text: by full name, alias or unique surname, a known
name with glued words after it, a misspelling of a known name, or a name listed with a known person."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from generator.annotate.name_shapes import NOT_NAME_LAST_WORDS
from generator.annotate.organisation_words import ORGANISATION_LAST_WORDS
from generator.knowledge.base import FAMILY_NAME_FIRST, KnowledgeBase

_NAME_AFTER_AND = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})")
_NAME_BEFORE_AND = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def beside_known_person(text: str, start: int, end: int, knowledge: KnowledgeBase) -> bool:
    """True when the name is listed with a person the knowledge base knows ('Ted Cruz and Marco Rubio')."""
    for match in (_NAME_AFTER_AND.match(text[end : end + 60]), _NAME_BEFORE_AND.search(text[max(0, start - 60) : start])):
        if match:
            words = match.group("name").split()
            if any(known_person(" ".join(words[a:b]), knowledge) for a, b in ((0, len(words)), (0, 2), (len(words) - 2, len(words)))):
                return True
    return False


def known_prefix(name: str, knowledge: KnowledgeBase):
    """(person, name) when the name starts with a known person's full name and goes on with glued words, else (None, name)."""
    words = name.split()
    for size in range(min(len(words) - 1, _longest_name(knowledge)), 1, -1):  # no longer prefix can be a known name
        if words[size] in NOT_NAME_LAST_WORDS or words[size] in ORGANISATION_LAST_WORDS:
            continue  # "Hamad bin Khalifa University": a person's name inside a place's or a body's
        prefix = name[: name.index(words[size - 1]) + len(words[size - 1])]
        known = known_person(prefix, knowledge)
        if known is not None:
            return known, prefix
    return None, name


def known_suffix(name: str, knowledge: KnowledgeBase):
    """(person, name) when the name ends with a known person's full name after words of a role, else (None, name)."""
    words = name.split()
    for first in range(max(1, len(words) - _longest_name(knowledge)), len(words) - 1):  # a long run of capitals: its tail only
        suffix = " ".join(words[first:])
        known = known_person(suffix, knowledge)
        if known is not None:
            return known, suffix
    return None, name


def known_inside(name: str, knowledge: KnowledgeBase):
    """(person, name) when a known person's full name stands inside a longer run, words before and after it ("Perancis
    Emmanuel Macron di Istana Negara": a country's name in another language before it, a place after it), else (None, name)."""
    words = name.split()
    for first in range(1, len(words) - 2):
        known, inner = known_prefix(" ".join(words[first:]), knowledge)
        if known is not None:
            return known, inner
    return None, name


def known_person(name: str, knowledge: KnowledgeBase):
    """The knowledge-base person this name spells, by full name, alias or unique surname, its particles in either case
    ("Tamim Bin Hamad Al Thani" is Tamim bin Hamad Al Thani)."""
    index = _people_index(knowledge)
    for alias in index.get(name, ()) or index.get(_CAPITAL_PARTICLE.sub(lambda m: m.group().lower(), name), ()):
        return knowledge.term("people", alias)
    return None


#: Arabic name particles some outlets capitalise inside a name ("Bin", "Bint", "Ibn").
_CAPITAL_PARTICLE = re.compile(r"(?<=\s)(?:Bin|Bint|Ibn)(?=\s)")


#: How alike a name must be to a known person's of the same surname to be a misspelling of it ("Volodymr Zelensky").
MISSPELLING_SIMILARITY = 0.9


#: A capital letter and its dot: an initial, or the end of the sentence before ("a post on X. Jaishankar also met").
_LONE_LETTER = re.compile(r"[A-Z]\.")


def known_without_middle(name: str, knowledge: KnowledgeBase):
    """The known person of two names whose given and family names open and close this longer name ("Rodrigo Roa
    Duterte" is Rodrigo Duterte): a middle name the knowledge base leaves out."""
    words = name.split()
    if len(words) < 3:
        return None
    known = known_person(f"{words[0]} {words[-1]}", knowledge)
    return known if known is not None and known.name.split() == [words[0], words[-1]] else None


def misspelt_known_person(name: str, knowledge: KnowledgeBase):
    """The known person whose unique surname this name ends with and whose full name it misspells by a letter or two
    or ends with ("López Obrador": a family name of two words), or whose surname follows a letter and dot not their
    own initial (the letter ends the sentence before it)."""
    words = name.split()
    surname_owner = known_person(words[-1], knowledge)
    if surname_owner is not None and surname_owner.name.endswith(f" {name}"):
        return surname_owner
    if surname_owner is not None and len(words) == 2 and _LONE_LETTER.fullmatch(words[0]):
        return surname_owner if name[:1] != surname_owner.name[:1] else None
    if surname_owner is None or not name[:1] == surname_owner.name[:1]:
        return None
    return surname_owner if SequenceMatcher(None, name, surname_owner.name).ratio() >= MISSPELLING_SIMILARITY else None


def shares_known_surname(name: str, knowledge: KnowledgeBase) -> bool:
    """True when a name of two or three words ends with a known person's unique surname ("Indira Gandhi", a relative
    of "Rahul Gandhi"): a family name the knowledge base holds is a person's, whoever bears it."""
    words = name.split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)):
        return False
    owner = known_person(words[-1], knowledge)
    return owner is not None and owner.name.split()[-1] == words[-1]  # never "Blue Moon" after Moon Jae-in's family name


def short_family_name(name: str, knowledge: KnowledgeBase):
    """The one known person whose family name, written first and two letters long, this is ("Xi" after "President")."""
    if len(name) != 2 or not name.istitle():
        return None
    found = _short_family_names(knowledge).get(name, ())
    return found[0] if len(found) == 1 else None


def _short_family_names(knowledge: KnowledgeBase) -> dict[str, tuple]:
    """Two-letter family names written first, to the known people bearing them (made once per knowledge base)."""
    cached = _SHORT_FAMILY_CACHE.get(knowledge.version)
    if cached is None:
        index: dict[str, list] = {}
        for term in knowledge.terms_of("people"):
            first = term.name.split()[0] if term.name.split() else ""
            if term.attributes.get("country") in FAMILY_NAME_FIRST and len(first) == 2:
                index.setdefault(first, []).append(term)
        cached = _SHORT_FAMILY_CACHE[knowledge.version] = {k: tuple(v) for k, v in index.items()}
    return cached


_SHORT_FAMILY_CACHE: dict[str, dict[str, tuple]] = {}
_INDEX_CACHE: dict[str, dict[str, tuple[str, ...]]] = {}
_COUNTRY_CACHE: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}


def country_word(word: str, knowledge: KnowledgeBase, places: bool = False) -> bool:
    """True when the word alone is a country's name ('Britain', 'Japan'), as the knowledge base spells it; with
    ``places``, or one of its places ('Paris', 'London')."""
    kinds = ("name", "former", "place") if places else ("name", "former")
    names = _COUNTRY_CACHE.get((knowledge.version, kinds))
    if names is None:
        names = frozenset(a.text for a in knowledge.aliases
                          if a.taxonomy == "countries" and a.kind in kinds and " " not in a.text)
        _COUNTRY_CACHE[(knowledge.version, kinds)] = names
    return word in names


_LONGEST_CACHE: dict[str, int] = {}


def _longest_name(knowledge: KnowledgeBase) -> int:
    """The most words a known person's name or alias has."""
    longest = _LONGEST_CACHE.get(knowledge.version)
    if longest is None:
        longest = _LONGEST_CACHE[knowledge.version] = max((len(name.split()) for name in _people_index(knowledge)), default=0)
    return longest


def _people_index(knowledge: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    cached = _INDEX_CACHE.get(knowledge.version)
    if cached is None:
        index: dict[str, list[str]] = {}
        for alias in knowledge.aliases:
            if alias.taxonomy == "people":
                index.setdefault(alias.text, []).append(alias.key)
        cached = {k: tuple(dict.fromkeys(v)) for k, v in index.items() if len(set(v)) == 1}
        _INDEX_CACHE[knowledge.version] = cached
    return cached

