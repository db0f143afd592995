"""Find knowledge-base aliases in text with Aho-Corasick automata: cost grows with the text, not the KB."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

import ahocorasick

from generator.annotate.text import fold, is_word_boundary, lower_same_length
from generator.knowledge.base import Alias, KnowledgeBase
from generator.knowledge.taxonomies import ALIAS_PRIORITY


@dataclass(frozen=True, slots=True)
class Match:
    """An alias found in a text: where, and every alias entry spelled that way."""

    start: int
    end: int
    text: str
    aliases: tuple[Alias, ...]

    @property
    def best(self) -> Alias:
        """The alias entry of the taxonomy that wins ties."""
        return self.aliases[0]


class Matcher:
    """Whole-word, longest-first alias search; case-sensitive unless the alias is all lowercase."""

    def __init__(self, aliases: Iterable[Alias]):
        grouped: dict[tuple[bool, str], list[Alias]] = {}
        for alias in aliases:
            folded = fold(alias.text)
            insensitive = folded == folded.lower()
            key = (insensitive, lower_same_length(folded) if insensitive else folded)
            grouped.setdefault(key, []).append(alias)
        self._automata = {}
        # Several annotators search the same paragraphs: the texts of the last article or so are remembered.
        self.find: Callable[[str], tuple[Match, ...]] = lru_cache(maxsize=512)(self._search)
        for insensitive in (False, True):
            automaton = ahocorasick.Automaton()
            for (flag, text), entries in grouped.items():
                if flag == insensitive:
                    ordered = sorted(set(entries), key=lambda a: (ALIAS_PRIORITY.index(a.taxonomy), a.kind, a.key))
                    automaton.add_word(text, (text, tuple(ordered)))
            if len(automaton):
                automaton.make_automaton()
                self._automata[insensitive] = automaton

    @classmethod
    def from_knowledge(cls, knowledge: KnowledgeBase) -> "Matcher":
        """A matcher over every alias of the knowledge base but a single letter ("X"), which a finder names in its context."""
        return cls(with_capitals(alias for alias in knowledge.aliases if len(alias.text) > 1))

    def _search(self, text: str) -> tuple[Match, ...]:
        """Non-overlapping matches in ``text``, longest first, in text order (``find`` remembers them)."""
        folded = fold(text)
        found: list[Match] = []
        for insensitive, automaton in self._automata.items():
            haystack = lower_same_length(folded) if insensitive else folded
            for end_index, (word, entries) in automaton.iter(haystack):
                start = end_index - len(word) + 1
                end = end_index + 1
                if is_word_boundary(haystack, start, end):
                    found.append(Match(start, end, text[start:end], entries))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: list[Match] = []
        occupied = bytearray(len(folded))  # 1 where a longer match already sits
        for match in found:
            if not any(occupied[match.start:match.end]):
                taken.append(match)
                occupied[match.start:match.end] = b"\x01" * (match.end - match.start)
        return tuple(sorted(taken, key=lambda m: m.start))


#: Shortest country name also matched in capitals: "MALI", "PERU" and longer are names, never an acronym's letters.
CAPITALS_MIN_LENGTH = 4


def with_capitals(aliases: Iterable[Alias]) -> list[Alias]:
    """The aliases, and each country's name in capitals: negotiation reports (ENB, UN summaries) write parties
    so ("BENIN and MAURITIUS highlighted...")."""
    kept = list(aliases)
    capitals = [Alias(alias.text.upper(), alias.taxonomy, alias.key, alias.kind) for alias in kept
                if alias.taxonomy == "countries" and alias.kind in ("name", "former")
                and len(alias.text) >= CAPITALS_MIN_LENGTH and alias.text.upper() != alias.text]
    known = {alias.text for alias in kept}
    return kept + [alias for alias in capitals if alias.text not in known]


def inside_not_alias(name: str, inner: Match, knowledge: KnowledgeBase) -> bool:
    """True when a country's name inside a longer name is part of a string that never names it ("South China Sea")."""
    term = knowledge.term("countries", inner.best.key)
    for blocked in term.attributes.get("not_aliases", ()) if term else ():
        at = name.find(blocked)
        while at >= 0:
            if at <= inner.start and inner.end <= at + len(blocked):
                return True
            at = name.find(blocked, at + 1)
    return False


def loose_combining_form(text: str, match: Match, country_starts: frozenset[int]) -> bool:
    """True for a country's combining form ("Russo", "Franco", "Indo") that no hyphen joins to a second state's name:
    the "Russo-Ukraine war" and "Franco-German" ties name the state; "Indo-Pacific", "Indo-European" and the surname
    Russo do not."""
    return match.best.kind == "combining" and not (text[match.end:match.end + 1] in ("-", "\u2010", "\u2011")
                                                   and match.end + 1 in country_starts)
