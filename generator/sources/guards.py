"""Quick guards of slow patterns: plain literals, all looked for in one pass, without which a pattern cannot match.

A case-insensitive alternation of many expressions (the notices kept as data) tries every branch at every place of a
line; the literals one of which any match must hold are read from the pattern itself, so a line holding none of them
is spared the pattern, and a family added to the data is guarded without anyone keeping a list in step.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parsed pattern's opcodes (re's own modules, Python 3.11+)
from re import _parser as sre_parse

import ahocorasick

#: The characters a literal of a guard may hold: those that ``str.lower`` makes what a case-insensitive pattern
#: matches them with. Not "i" and "s": such a pattern also matches "ı", "İ" and "ſ", which lower to something else.
_FOLDABLE = frozenset("abcdefghjklmnopqrtuvwxyz0123456789 -'/&.,:;!?%$")
#: Shorter literals than this (spaces aside) spare a pattern on too few lines to be worth a guard.
MIN_LITERAL = 3


class Literals:
    """A guard of plain literals: whether a text holds any of them, in one pass of an Aho-Corasick automaton (a regular
    expression alternating forty literals tries each at every place of a line)."""

    def __init__(self, *literals: str):
        self._automaton = ahocorasick.Automaton()
        for literal in sorted(set(literals)):
            self._automaton.add_word(literal, literal)
        self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        """True when any literal is in ``text`` (as ``re.search`` on their alternation would find one)."""
        return next(self._automaton.iter(text), None) is not None


class LiteralOwners:
    """Which of several owners a text may concern: those holding a literal of their own in it, found in one Aho-Corasick
    pass (where ``in`` would scan the text once per literal), and those with no literals (None), always."""

    def __init__(self, literals: Iterable[Iterable[str] | None]):
        owned: dict[str, list[int]] = {}
        always: list[int] = []
        for i, own in enumerate(literals):
            if own is None:
                always.append(i)
            for literal in own or ():
                owned.setdefault(literal, []).append(i)
        always.extend(owned.pop("", ()))  # every text holds the empty string; the automaton cannot
        self._always = frozenset(always)
        self._automaton = ahocorasick.Automaton() if owned else None
        for literal, indexes in sorted(owned.items()):
            self._automaton.add_word(literal, tuple(indexes))
        if self._automaton is not None:
            self._automaton.make_automaton()

    def owners(self, text: str) -> list[int]:
        """The owners, in order, of the literals ``text`` holds, and those that have none."""
        hit = set(self._always)
        if self._automaton is not None:
            for _, indexes in self._automaton.iter(text):
                hit.update(indexes)
        return sorted(hit)


class GuardedFamilies:
    """Case-insensitive patterns, one a family, each tried only on a line holding one of its own literals (one
    Aho-Corasick pass finds which): a single family with weak literals ("ent") no longer unguards all of them."""

    def __init__(self, patterns: list[str]):
        self._patterns = [re.compile(f"(?:{pattern})", re.I) for pattern in patterns]
        self._owners = LiteralOwners(needed_literals(pattern) for pattern in self._patterns)

    def candidates(self, folded: str) -> list[int]:
        """The families a line may match: those whose literals ``folded`` (the line lowercased) holds, and the unguarded."""
        return self._owners.owners(folded)

    def search(self, text: str, folded: str) -> bool:
        """True when a family matches ``text``; ``folded`` is ``text.lower()``, where the literals are looked for."""
        return any(self._patterns[i].search(text) for i in self.candidates(folded))

    def lets_through(self, text: str) -> bool:
        """True when every family that matches ``text`` is among its candidates: the guard loses nothing (for tests)."""
        candidates = set(self.candidates(text.lower()))
        return all(i in candidates for i, pattern in enumerate(self._patterns) if pattern.search(text))


def needed_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase literals one of which every match of a case-insensitive ``pattern`` holds (in the lowercased text),
    or None when some branch of it has none of ``MIN_LITERAL`` characters or more."""
    found = _needed(sre_parse.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found is not None else None


def _needed(items) -> frozenset[str] | None:
    """For a sequence of parsed items: the best set of literals one of which its every match holds, if any."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is sre.LITERAL and chr(value).lower() in _FOLDABLE:
            run += chr(value).lower()
            continue
        if len(run.strip()) >= MIN_LITERAL:
            candidates.append(frozenset([run]))
        run = ""
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _needed(value[3])
        elif op is sre.ATOMIC_GROUP:
            inner = _needed(value)
        elif op is sre.BRANCH:
            branches = [_needed(branch) for branch in value[1]]
            inner = frozenset().union(*branches) if all(b is not None for b in branches) else None  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            inner = _needed(value[2])
        if inner is not None:
            candidates.append(inner)
    if len(run.strip()) >= MIN_LITERAL:
        candidates.append(frozenset([run]))
    # The set whose shortest literal, spaces aside, is longest: the rarest in text ("of" is in most lines, " of " too).
    return max(candidates, key=lambda found: (min(len(f.strip()) for f in found), -len(found), sorted(found))) if candidates else None
