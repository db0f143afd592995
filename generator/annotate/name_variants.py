"""Found names that are one thing: a shorter name that ends a longer one the article writes is that one."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import Discovery, Mention


def merge_variants(mentions: list[Mention], discoveries: list[Discovery], known: list[Mention] = ()) -> tuple[list[Mention], list[Discovery]]:
    """A found organisation whose name ends a longer found one is that one: 'Polytechnic University' is 'Hong Kong Polytechnic University';
    so is one ending a longer name of the knowledge base's the article writes (``known``): "Joint Parliamentary Assembly" after
    "OACPS-EU Joint Parliamentary Assembly". So is a found initiative's: "the Business Summit" after "EU-Philippines Business Summit"."""
    into: dict[tuple[str, str], str] = {}
    for taxonomy in ("organizations", "initiatives"):
        into.update(((taxonomy, short), long) for short, long in _variants(taxonomy, discoveries, known).items())
    into.update((("initiatives", later), first) for later, first in _numbered_plans(discoveries).items())
    if not into:
        return mentions, discoveries
    merged = [replace(m, key=into[(m.taxonomy, m.key)]) if (m.taxonomy, m.key) in into else m for m in mentions]
    return merged, [d for d in discoveries if (d.taxonomy, d.key) not in into]


#: Words that go on a name with what the body is of: "of", and French, Spanish, Portuguese and Italian "de", "des", "del".
_OF_LINKS = frozenset({"of", "de", "des", "du", "del", "do", "da", "dos", "das", "di", "della"})


def _variants(taxonomy: str, discoveries: list[Discovery], known: list[Mention]) -> dict[str, str]:
    """The key of each found name of ``taxonomy`` that is another's shorter form, to that other's key."""
    found = [d for d in discoveries if d.taxonomy == taxonomy]
    words = {d.key: d.name.casefold().split() for d in found}
    known_words = [(m.key, m.surface.casefold().split()) for m in known if m.taxonomy == taxonomy]
    into: dict[str, str] = {}
    for short in found:
        size = len(words[short.key])
        longer = {d.key for d in found if len(words[d.key]) > size and words[d.key][-size:] == words[short.key]}
        longer |= {key for key, written in known_words if len(written) > size and written[-size:] == words[short.key]}
        # "Chinese Embassy" after "Chinese Embassy in Colombo": the one embassy the article places.
        longer |= {d.key for d in found if len(words[d.key]) > size + 1 and words[d.key][:size + 1] == [*words[short.key], "in"]}
        # "Banque centrale des États d’Afrique" where the article also writes "... d’Afrique de l’Ouest": a name cut short
        # before what it is of.
        longer |= {d.key for d in found if len(words[d.key]) > size + 1 and words[d.key][:size] == words[short.key]
                   and words[d.key][size] in _OF_LINKS}
        if size >= 2 and len(longer) == 1:  # a tail two longer names share names neither for sure
            into[short.key] = longer.pop()
    return into


#: A plan named by its number of points: "a three-point plan", "the 3-point program".
_POINTS = re.compile(r"(\w+)-point\b", re.I)


def _numbered_plans(discoveries: list[Discovery]) -> dict[str, str]:
    """Each found plan of as many points as one found before it, to that one's key: an article's "three-point plan" and
    "three-point program" are one plan."""
    first: dict[str, str] = {}
    into: dict[str, str] = {}
    for found in (d for d in discoveries if d.taxonomy == "initiatives"):
        points = _POINTS.match(found.name)
        if points:
            number = points.group(1).lower()
            if first.setdefault(number, found.key) != found.key:
                into[found.key] = first[number]
    return into
