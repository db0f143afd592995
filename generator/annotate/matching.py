"""Find knowledge-base aliases in text with Aho-Corasick automata: cost grows with the text, not the KB."""
from __future__ import annotations

import unicodedata
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


_RANK = {taxonomy: rank for rank, taxonomy in enumerate(ALIAS_PRIORITY)}


def _priority(alias: Alias) -> tuple[int, str, str]:
    """How an alias ranks among those spelled the same: its taxonomy's priority, then its kind and key."""
    return _RANK[alias.taxonomy], alias.kind, alias.key


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
                    # Most spellings name one entry: only the others need the taxonomy that wins ties first.
                    ordered = (entries[0],) if len(entries) == 1 else sorted(set(entries), key=_priority)
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
                if is_name_boundary(haystack, start, end):
                    found.append(Match(start, end, text[start:end], entries))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: list[Match] = []
        occupied = bytearray(len(folded))  # 1 where a longer match already sits
        for match in found:
            if not any(occupied[match.start:match.end]):
                taken.append(match)
                occupied[match.start:match.end] = b"\x01" * (match.end - match.start)
        return tuple(sorted(taken, key=lambda m: m.start))


def _script(char: str) -> str:
    """The script a character joins words in without spaces: han, hiragana, katakana or hangul; else other."""
    code = ord(char)
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x3040 <= code <= 0x309F:
        return "hiragana"
    if 0x30A0 <= code <= 0x30FF:
        return "katakana"
    return "hangul" if 0xAC00 <= code <= 0xD7AF else "other"


def _free_side(edge: str, neighbour: str, opening: bool) -> bool:
    """True when the character beside a name's edge character leaves it a whole name."""
    if not (neighbour.isalnum() or neighbour == "_"):
        return True
    script, beside = _script(edge), _script(neighbour)
    if script == "han":  # Chinese and Japanese run words together: a name sits among other characters, a date's digits too ("习近平5日")
        return beside in ("han", "hiragana", "katakana") or neighbour.isdigit()
    if script == "katakana":  # a katakana word is a whole run ("タイ" is no Thailand in "タイトル")
        return beside in ("han", "hiragana")
    if script == "hangul":  # Korean writes a space before a word and its particle after it ("미국은")
        return not opening and beside == "hangul"
    if beside in ("han", "hiragana", "katakana"):  # a Latin acronym among Chinese or Japanese characters: "在G7峰會"
        return True
    return not opening and beside == "hangul"  # ... or before a Korean particle: "NATO는"


def is_name_boundary(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a whole name: a whole word, or in Chinese, Japanese and Korean as they write one."""
    if is_word_boundary(text, start, end):
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return _free_side(text[start], before, True) and _free_side(text[end - 1], after, False)


#: Shortest country name also matched in capitals: "MALI", "PERU" and longer are names, never an acronym's letters.
CAPITALS_MIN_LENGTH = 4


def with_capitals(aliases: Iterable[Alias]) -> list[Alias]:
    """The aliases, and each country's name in capitals: negotiation reports (ENB, UN summaries) write parties
    so ("BENIN and MAURITIUS highlighted...")."""
    kept = list(aliases)
    capitals = [Alias(spelling, alias.taxonomy, alias.key, alias.kind) for alias in kept
                if alias.taxonomy == "countries" and alias.kind in ("name", "former")
                and len(alias.text) >= CAPITALS_MIN_LENGTH and alias.text.upper() != alias.text
                for spelling in dict.fromkeys((alias.text.upper(), _unaccented(alias.text.upper())))]
    known = {alias.text for alias in kept}
    return kept + [alias for alias in capitals if alias.text not in known]


def _unaccented(text: str) -> str:
    """A name in Latin letters without their accents, as capitals often drop them: "ALGÉRIE" as "ALGERIE"."""
    if text.isascii() or any(c.isalpha() and ord(c) >= 0x250 for c in text):
        return text  # no accents, or another script ("УКРАЇНА" keeps its letters)
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


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
