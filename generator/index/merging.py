"""One term for every spelling of a discovered name: 'the Foo Organisation' in one brief, 'Foo Organization' in another.

A brief's discovered (unconfirmed) organisations and initiatives are indexed under a key normalised from their
own: no leading article, no possessive, no 'and', one spelling of words English spells two ways, no corporate
suffix. The key depends on the name alone, so merging costs one pass over the mentions and never compares
briefs with each other.
"""
from __future__ import annotations

from generator.model import Brief

TermKey = tuple[str, str]  # (taxonomy, key)

#: Taxonomies whose discovered names are merged across briefs.
MERGED_TAXONOMIES = frozenset({"organizations", "initiatives"})
#: Words English spells two ways, to one spelling.
SPELLINGS = {
    "organisation": "organization", "organisations": "organizations", "defence": "defense", "centre": "center",
    "programme": "program", "programmes": "programs", "labour": "labor", "harbour": "harbor",
    "favour": "favor", "honour": "honor", "neighbourhood": "neighborhood",
}
#: Trailing words that only say what kind of company it is: "Namchogang Trading Corp." is "Namchogang Trading Corporation".
CORPORATE_SUFFIXES = frozenset({"corp", "corporation", "co", "inc", "incorporated", "ltd", "limited", "llc", "plc"})
#: Words that change nothing in a name's identity.
FILLERS = frozenset({"and", "s"})


def merged_key(key: str) -> str:
    """The key every spelling of a discovered name shares: 'the-foo-organisation-s' -> 'foo-organization'."""
    words = key.replace("co-operation", "cooperation").split("-")
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    words = [SPELLINGS.get(word, word) for word in words if word not in FILLERS]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return "-".join(words) or key


def discovered_keys(brief: Brief) -> dict[TermKey, TermKey]:
    """Each discovered organisation or initiative of a brief, by its own key, to the key it is indexed under."""
    return {(d.taxonomy, d.key): (d.taxonomy, merged_key(d.key)) for d in brief.notes.discoveries if d.taxonomy in MERGED_TAXONOMIES}


def indexed_key(key: TermKey, discovered: dict[TermKey, TermKey]) -> TermKey:
    """The key a mention is indexed under: its merged key when the brief discovered it, else its own."""
    return discovered.get(key, key)
