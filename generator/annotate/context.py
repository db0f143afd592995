"""Names ambiguous alone that the article's context resolves: 'the Security Council' in an article about the UN.

A term lists such names as `context_aliases`, with the terms that make them its own (`context`) and the
terms that would make them someone else's (`rivals`): the name counts only when the article mentions the
context (or the term itself) more often than any rival ("Congress" in an article naming the US more than
India or the Philippines).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple, Sequence

from generator.annotate.matching import Match
from generator.annotate.roles import ROLE_NOUNS
from generator.knowledge.base import Alias, KnowledgeBase
from generator.model import Mention, Term
from generator.sources.guards import LiteralOwners

Span = tuple[int, int]
#: A capitalised word before or after the name makes it part of a longer one ("National People's Congress").
_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)\s+$")
#: A capitalised word and a link before it too: "Ministry of Labour", "Library of Congress".
_WORD_AND_LINK_BEFORE = re.compile(r"([A-Z][\w'’.-]*)\s+(?:of|for|and|&)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w-]*)")
#: Words after a party's name that say it governs, no part of another name: "the NPP Government", "a Labour Administration".
_GOVERNING = {"Government", "Administration", "MP", "MPs"}
#: A capitalised word that describes the name rather than starts it: "the Hamas-run Civil Defence", "Kremlin-backed".
_DESCRIBING = re.compile(r"-(?:run|led|based|backed|funded|controlled|owned|affiliated|aligned)$")

_PATTERNS: dict[str, "_ContextTerms"] = {}


def context_matches(
    texts: Sequence[tuple[int, str]], mentions: Sequence[Mention], knowledge: KnowledgeBase, taken: dict[int, list[Span]]
) -> dict[int, list[Match]]:
    """Matches of terms by their context aliases, per block, where the article's other mentions make them unambiguous."""
    counts = Counter((m.taxonomy, m.key) for m in mentions)
    found: dict[int, list[Match]] = {}
    article = "\x00".join(text for _, text in texts)
    terms = _context_terms(knowledge)
    # Most articles hold none of a term's aliases: one pass over the whole article finds the few terms worth a look.
    for term, pattern, aliases in (terms.patterns[i] for i in terms.owners.owners(article)):
        support = counts[(term.taxonomy, term.key)] + sum(counts[_reference(r)] for r in term.attributes.get("context", ()))
        if not support or any(counts[_reference(r)] >= support for r in term.attributes.get("rivals", ())):
            continue
        for block, text in texts:
            if not any(alias in text for alias in aliases):
                continue  # the pattern starts with a lookbehind, so it scans slowly: most paragraphs hold no alias at all
            for match in pattern.finditer(text):
                start, end = match.span()
                spans = taken.get(block, ())
                if any(a < end and start < b for a, b in spans) or _inside_longer_name(text, start, end, {a for a, _ in spans}):
                    continue
                alias = Alias(match.group(0), term.taxonomy, term.key, "context")
                found.setdefault(block, []).append(Match(start, end, match.group(0), (alias,)))
    return found


def _inside_longer_name(text: str, start: int, end: int, names_from: set[int] | frozenset[int] = frozenset()) -> bool:
    """True when capitalised words around the alias make it part of another name ('Indian National Congress').

    A name found starting right after it (``names_from``) is a second name: "House of Commons Intelligence and Security Committee".
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if (before and before.group(1) not in {"The", "the"} and not _DESCRIBING.search(before.group(1))
            and text[: before.start()].rstrip()[-1:] not in {"", ".", "!", "?", "\"", "“"}):
        return True
    linked = _WORD_AND_LINK_BEFORE.search(text, max(0, start - 40), start)
    if linked and not (text[start:end].isupper() and linked.group(1).isupper()):
        return True  # but two acronyms are two names: "INM and SRE"
    after = _WORD_AFTER.match(text, end)
    # "Republican Senator" is the party's senator, "the NPP Government" the party's government; "Republican Guard" is another name.
    return (bool(after) and after.group(1).lower() not in ROLE_NOUNS and after.group(1) not in _GOVERNING
            and after.start(1) not in names_from)


def _reference(text: str) -> tuple[str, str]:
    taxonomy, _, key = text.partition(":")
    return taxonomy, key


class _ContextTerms(NamedTuple):
    """Each term with context aliases, one pattern for them and the aliases; and which terms' aliases a text holds."""

    patterns: tuple[tuple[Term, re.Pattern[str], tuple[str, ...]], ...]
    owners: LiteralOwners


def _context_terms(knowledge: KnowledgeBase) -> _ContextTerms:
    """The terms with context aliases, their patterns and an automaton of their aliases, built once per knowledge base."""
    cached = _PATTERNS.get(knowledge.version)
    if cached is None:
        patterns = tuple(
            (term, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in term.attributes["context_aliases"]) + r")(?![\w-])"),
             tuple(term.attributes["context_aliases"]))
            for _, term in sorted(knowledge.terms.items())
            if term.attributes.get("context_aliases")
        )
        cached = _PATTERNS[knowledge.version] = _ContextTerms(patterns, LiteralOwners(aliases for _, _, aliases in patterns))
    return cached
