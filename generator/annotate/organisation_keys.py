"""The knowledge base's organisation names as institution finders look them up, built once per knowledge base."""
from __future__ import annotations

from typing import Mapping

from generator.annotate.vocabulary import mapping
from generator.knowledge.base import KnowledgeBase

_ALIAS_KEYS: dict[str, dict[str, str]] = {}
_CONTEXT_NAMES: dict[str, frozenset[str]] = {}
#: Last words an institution is also named by: "foreign department" -> "foreign ministry".
_SYNONYMS = {f" {words}": f" {same[0]}" for words, same in mapping("institution_synonyms").items()}
#: British and American spellings of institutions' words: one body is written both ways.
_SPELLINGS = (("defence", "defense"), ("organisation", "organization"), ("centre", "center"), ("labour", "labor"),
              ("programme", "program"))


def known_key(known: Mapping[str, str], name: str) -> str | None:
    """The knowledge base's key of a name as written, else in any case ("Brazilian central bank" as "Brazilian Central Bank"),
    else by its synonym ("Swedish foreign department" as "Swedish foreign ministry")."""
    found = known.get(name) or known.get(name.casefold())
    if found:
        return found
    folded = name.casefold()
    found = next((known.get(folded.removesuffix(words) + same) for words, same in _SYNONYMS.items() if folded.endswith(words)), None)
    if found:
        return found
    for british, american in _SPELLINGS:  # "America's Department of Defence" is the "Department of Defense"
        spelt = folded.replace(british, american) if british in folded else folded.replace(american, british)
        if spelt != folded and (found := known.get(spelt)):
            return found
    return None


def organisation_keys(knowledge: KnowledgeBase) -> dict[str, str]:
    """Every organisation alias of the knowledge base to its key (and casefolded, the first of a spelling), built once per knowledge base."""
    cached = _ALIAS_KEYS.get(knowledge.version)
    if cached is None:
        aliases = [a for a in knowledge.aliases if a.taxonomy == "organizations"]
        cached = {a.text.casefold(): a.key for a in reversed(aliases)} | {a.text: a.key for a in aliases}
        _ALIAS_KEYS.clear()
        _ALIAS_KEYS[knowledge.version] = cached
    return cached


def context_names(knowledge: KnowledgeBase) -> frozenset[str]:
    """Every context alias of the knowledge base ("CCTV", "Congress"), built once per knowledge base."""
    cached = _CONTEXT_NAMES.get(knowledge.version)
    if cached is None:
        cached = frozenset(a for term in knowledge.terms.values() for a in term.attributes.get("context_aliases", ()))
        _CONTEXT_NAMES.clear()
        _CONTEXT_NAMES[knowledge.version] = cached
    return cached
