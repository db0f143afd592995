"""The initiative vocabulary (knowledge/vocabulary/initiatives.yaml) and the words of the knowledge base's initiatives."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Mapping

from generator.annotate.matching import Match
from generator.annotate.vocabulary import opening_characters
from generator.annotate.vocabulary import words as listed_words

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*")
POSSESSIVE = re.compile(r"['’]s$")
#: Taxonomies whose names qualify an initiative: who takes part in it, where it happens.
QUALIFYING = ("countries", "regions", "organizations", "people")
#: English's commonest function words (data/english_function_words.txt).
_ENGLISH = frozenset(listed_words("english_function_words"))
#: A paragraph of this many words at least, fewer than this share of them English function words, is in another language.
_FOREIGN_MIN_WORDS = 16
_FOREIGN_SHARE = 0.05
_LETTERS = re.compile(r"[^\W\d_]+")


#: The kinds of party that may name a head that needs a modifier: "the EAC-SADC process", "the Doha process".
_PARTIES = ("countries:", "regions:", "organizations:", "place:")


@lru_cache(maxsize=1024)  # the kind, the initiative heads and their discovery ask it of the same paragraphs in turn
def foreign(text: str) -> bool:
    """True for a paragraph in another language: English heads there are other words ("Hamburg war" is German's "was")."""
    found = _LETTERS.findall(text.lower())
    return len(found) >= _FOREIGN_MIN_WORDS and sum(map(_ENGLISH.__contains__, found)) < _FOREIGN_SHARE * len(found)


@dataclass(frozen=True, slots=True)
class InitiativeWords:
    """The vocabulary: head nouns by kind, words that only describe, prepositions that bring a qualifier."""

    heads: Mapping[str, str]
    descriptive: frozenset[str]
    complements: frozenset[str]
    not_modifiers: frozenset[str]
    skipped_before_complement: frozenset[str] = frozenset()  # adverbs between a head and its party ("visit abroad to India")
    part_of: Mapping[str, str] = field(default_factory=dict)  # kinds whose mentions are part of another's ("attack": "offensive")
    negotiated_kinds: frozenset[str] = frozenset()  # kinds that talks are about ("talks on a peace deal")
    negotiated: re.Pattern[str] = re.compile("(?!)")  # what ends right before a deal the talks are about
    needs_modifier: frozenset[str] = frozenset()  # heads that name nothing without one ("test": "nuclear test")
    plural_modifiers: frozenset[str] = frozenset()  # plurals that modify a head ("arms embargo")
    not_names: frozenset[str] = frozenset()  # capitalised adjectives that name no party ("Ministerial talks")
    headline_kinds: frozenset[str] = frozenset()  # kinds of event that are a term only when the headline names them
    demonym_targets: frozenset[str] = frozenset()  # kinds a demonym after the preposition names the target of ("sanctions on Russian oil")
    compounds: frozenset[str] = frozenset()  # nouns after a head that make it their modifier ("war machine", "deal maker")
    needs_place: frozenset[str] = frozenset()  # kinds that only a country, region or year makes a term ("2016 election")
    everyday: frozenset[str] = frozenset()  # words that make a name a consumer's, company's or sport's ("Meal Plan")
    pair_named: frozenset[str] = frozenset()  # heads needing a modifier that a pair names ("the EAC-SADC process")
    place_named: frozenset[str] = frozenset()  # heads needing a modifier that a city names ("the Doha process")
    not_by_people: frozenset[str] = frozenset()  # kinds that people alone do not make a term ("talks between Putin and Abe")
    election_kinds: frozenset[str] = frozenset()  # words saying which election a country's or year's is ("presidential")
    described: tuple[tuple[frozenset[str], str], ...] = ()  # the words of each knowledge-base initiative's names, with its key
    described_by_kind: Mapping[str, tuple[tuple[frozenset[str], str], ...]] = field(default_factory=dict)  # the same, by kind
    participants: Mapping[str, frozenset[str]] = field(default_factory=dict)  # each knowledge-base initiative's countries, as "countries:XX"
    companies: frozenset[str] = frozenset()  # the knowledge base's companies, as "organizations:key": their deals are business
    # Derived in __post_init__, once per knowledge base rather than once per article or token:
    head_ends: frozenset[str] = frozenset()  # the last word of every head: a token that is none heads nothing
    head_end_search: re.Pattern[str] = re.compile("(?!)")  # finds any of them as a word of lowercased text
    head_kinds: frozenset[str] = frozenset()  # the kinds the heads name
    described_by_key: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)  # ``described``, by key
    # Each candidate list of ``known_as`` (a kind's, or "" for all) as an inverted index: word -> positions of the names
    # holding it; a phrase is compared only with the names sharing its words, not with every name of its kind.
    described_index: Mapping[str, Mapping[str, frozenset[int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "head_ends", frozenset(head.rsplit(" ", 1)[-1] for head in self.heads))
        ends = sorted(self.head_ends, key=lambda end: (-len(end), end))
        # The look-ahead on their first letters spares trying every head at every word.
        object.__setattr__(self, "head_end_search", re.compile(rf"\b(?=[{opening_characters(ends)}])(?:{'|'.join(map(re.escape, ends))})\b"
                                                               if ends else "(?!)"))
        object.__setattr__(self, "head_kinds", frozenset(self.heads.values()))
        by_key: dict[str, list[frozenset[str]]] = {}
        for named, key in self.described:
            by_key.setdefault(key, []).append(named)
        object.__setattr__(self, "described_by_key", {key: tuple(v) for key, v in by_key.items()})
        lists = {"": self.described, **self.described_by_kind}
        object.__setattr__(self, "described_index", {kind: _word_index(names) for kind, names in lists.items()})

    @classmethod
    def from_vocabulary(cls, vocabulary: Mapping[str, object]) -> "InitiativeWords":
        words = vocabulary.get("initiatives") or {}
        assert isinstance(words, Mapping), "knowledge/vocabulary/initiatives.yaml: expected a mapping"
        return cls(
            heads={str(k): str(v) for k, v in (words.get("heads") or {}).items()},
            descriptive=frozenset(map(str, words.get("descriptive") or ())),
            complements=frozenset(map(str, words.get("complements") or ())),
            skipped_before_complement=frozenset(map(str, words.get("skipped_before_complement") or ())),
            not_modifiers=frozenset(map(str, words.get("not_modifiers") or ())),
            part_of={str(k): str(v) for k, v in (words.get("part_of") or {}).items()},
            negotiated_kinds=frozenset(map(str, words.get("negotiated_kinds") or ())),
            negotiated=_negotiated(words.get("negotiating_words") or (), words.get("negotiated_after") or ()),
            needs_modifier=frozenset(map(str, words.get("needs_modifier") or ())),
            plural_modifiers=frozenset(map(str, words.get("plural_modifiers") or ())),
            not_names=frozenset(map(str, words.get("not_names") or ())),
            headline_kinds=frozenset(map(str, words.get("headline_kinds") or ())),
            not_by_people=frozenset(map(str, words.get("not_by_people") or ())),
            needs_place=frozenset(map(str, words.get("needs_place") or ())),
            election_kinds=frozenset(map(str, words.get("election_kinds") or ())),
            demonym_targets=frozenset(map(str, words.get("demonym_targets") or ())),
            compounds=frozenset(map(str, words.get("compounds") or ())),
            everyday=frozenset(map(str, words.get("everyday_words") or ())),
            pair_named=frozenset(map(str, words.get("pair_named") or ())),
            place_named=frozenset(map(str, words.get("place_named") or ())),
        )

    def with_known(self, names: Iterable[tuple[str, str, list[Match]]],
                   participants: Mapping[str, Iterable[str]] | None = None, companies: Iterable[str] = ()) -> "InitiativeWords":
        """The same words, knowing the initiatives of the knowledge base by (name, key, the parties named in it).

        ``participants`` gives each initiative's countries (ISO codes), by key; ``companies`` the keys of companies.
        """
        described = tuple(sorted({(text_words(name, found, self), key) for name, key, found in names}))
        described = tuple((w, k) for w, k in described if len(w) >= 2)
        by_kind: dict[str, list[tuple[frozenset[str], str]]] = {}
        for named, key in described:
            for kind in named & self.kinds:
                by_kind.setdefault(kind, []).append((named, key))
        taking_part = {key: frozenset(f"countries:{code}" for code in codes) for key, codes in (participants or {}).items()}
        return replace(self, described=described, described_by_kind={k: tuple(v) for k, v in by_kind.items()},
                       participants=taking_part, companies=frozenset(f"organizations:{key}" for key in companies))

    def everyday_name(self, name: str) -> bool:
        """True when a word of the name, or of one of its hyphenated words, is a consumer's, company's or sport's."""
        return any(w in self.everyday or not self.everyday.isdisjoint(w.split("-")) for w in (w.strip("()") for w in name.lower().split()))

    def modifies_noun(self, text: str, match: Match) -> bool:
        """True when a known initiative's name only qualifies the noun after it: "Holocaust memorial", "Cold War-era"."""
        following = _FOLLOWING_WORD.match(text, match.end)
        return match.best.taxonomy == "initiatives" and bool(following) and following.group(1).lower() in self.compounds

    def named_by_parties(self, qualifiers: set[str], head: str) -> bool:
        """True when the parties before a head that needs a modifier name it all the same: a hyphenated pair for a head
        of ``pair_named`` ("the US-China row"), a city for one of ``place_named`` ("the Doha process")."""
        parties = {q for q in qualifiers if q.startswith(_PARTIES)}
        return (head in self.pair_named and len(parties) >= 2
                or head in self.place_named and any(q.startswith("place:") for q in parties))

    def taking_part(self, key: str, countries: frozenset[str]) -> bool:
        """True when the term lists every one of these countries ("countries:XX") as taking part, or lists none."""
        listed = self.participants.get(key)
        return not listed or countries <= listed

    @property
    def kinds(self) -> frozenset[str]:
        return self.head_kinds

    def known_as(self, words: frozenset[str], places: frozenset[str] = frozenset()) -> str | None:
        """The one knowledge-base initiative these words name, but for countries the article names elsewhere.

        "civil war in Syria" names the "Syrian civil war"; "the nuclear deal" in an article that names Iran
        the "Iran nuclear deal".
        """
        if not words - self.kinds:
            return None  # a kind alone ("the talks") names nothing
        kinds = words & self.kinds
        kind = min(kinds) if kinds else ""  # min: sets of str vary by hash seed
        candidates = self.described_by_kind.get(kind, ()) if kinds else self.described
        index = self.described_index.get(kind, {})
        holding = sorted((index.get(word, _NONE) for word in words), key=len)
        # The names holding every word (``words <= named``): the intersection of the words' positions, smallest first.
        keys = {candidates[i][1] for i in holding[0].intersection(*holding[1:]) if candidates[i][0] - words <= places}
        if not keys:
            # A fuller name than the knowledge base's, adding only countries that take part in it: the "US-Russia
            # summit in Alaska" is the "Alaska summit", "US sanctions on Russia" the "sanctions on Russia". Such a name
            # holds a word besides its kind, so it is among the names holding one of the words' others.
            within = _NONE.union(*(index.get(word, _NONE) for word in words - self.kinds))
            keys = {key for i in within for named, key in (candidates[i],) if named < words and named - self.kinds
                    and words - named <= self.participants.get(key, frozenset())}
        return next(iter(keys)) if len(keys) == 1 else None


def _negotiated(talks: Iterable[str], prepositions: Iterable[str]) -> re.Pattern[str]:
    """What ends right before a deal talks are about: "talks in Geneva on a ", "negotiating a "."""
    talks_words = "|".join(sorted(map(re.escape, map(str, talks)), key=lambda w: (-len(w), w)))
    after = "|".join(sorted(map(re.escape, map(str, prepositions))))
    if not talks_words or not after:
        return re.compile("(?!)")
    return re.compile(rf"\b(?:{talks_words})\b(?:[^.;:!?]{{0,60}}?\s(?:{after}))?\s+(?:a|an)\s+$", re.I)


_NONE: frozenset[int] = frozenset()
#: The word right after a name, spaces or one hyphen between ("Cold War mentality", "Cold War-era").
_FOLLOWING_WORD = re.compile(r"(?: +|-)([A-Za-z]+)\b")


def _word_index(names: tuple[tuple[frozenset[str], str], ...]) -> dict[str, frozenset[int]]:
    """Each word of the names to the positions of the names holding it."""
    index: dict[str, set[int]] = {}
    for position, (named, _) in enumerate(names):
        for word in named:
            index.setdefault(word, set()).add(position)
    return {word: frozenset(positions) for word, positions in index.items()}


def text_words(text: str, found: list[Match], words: InitiativeWords, offset: int = 0) -> frozenset[str]:
    """What a name is made of: the keys of the parties it names, head kinds and other content words.

    ``found`` are the known names in it, at their places in a text where the name starts at ``offset``.
    """
    result = {f"{m.best.taxonomy}:{m.best.key}" for m in found if m.best.taxonomy in QUALIFYING}
    for token in TOKEN.finditer(text):
        if any(m.start <= token.start() + offset < m.end for m in found):
            continue
        low = POSSESSIVE.sub("", token.group(0)).lower()
        if low in words.heads:
            result.add(words.heads[low])
        elif low not in words.not_modifiers and low not in words.descriptive:
            result.add(low)
    return frozenset(result)
