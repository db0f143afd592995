"""Initiatives named in the article's own words: noun phrases headed by a word of the initiative vocabulary.

"North Korea's latest nuclear test", "sanctions on North Korea", "the Israel-Hamas truce talks": a head noun
(knowledge/vocabulary/initiatives.yaml) with a country, organisation or name that qualifies it, before it or
after a preposition. Mentions of one kind of thing whose qualifiers agree are one initiative of the article;
it is kept only when qualified and when the article returns to it or opens with it, so a stray phrase makes
no term.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from generator.annotate.matching import Match
from generator.annotate.text import sentence_spans

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: "US-brokered", "Chinese-backed", "snail-like": a description of a deal, not its name.
_DESCRIBED = re.compile(r"-\w+ed$|-like$")
#: A figure describes ("five-year-old", "48-hour", "one-page"); it does not name.
_FIGURE = re.compile(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple|several|half)(?:-|$)")
#: Taxonomies whose names qualify an initiative: who takes part in it, where it happens.
_QUALIFYING = ("countries", "regions", "organizations", "people")
#: Words after which a lowercase word is a verb, not a modifier ("to broaden sanctions").
_VERB_MARKERS = frozenset({"to", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "did", "does"})
#: Groups of one kind a phrase is compared with: an article has a handful; a pathological one stays linear.
MAX_GROUPS = 32
#: Lowercase words a name holds before its head at most ("free trade agreement").
MAX_MODIFIERS = 3
#: A first paragraph's phrase counts as a repetition: the lead names what the article is about.
LEAD_BLOCKS = (-1, 0)


@dataclass(frozen=True, slots=True)
class InitiativeWords:
    """The vocabulary: head nouns by kind, words that only describe, prepositions that bring a qualifier."""

    heads: Mapping[str, str]
    descriptive: frozenset[str]
    complements: frozenset[str]
    not_modifiers: frozenset[str]
    needs_modifier: frozenset[str] = frozenset()  # heads that name nothing without one ("test": "nuclear test")
    plural_modifiers: frozenset[str] = frozenset()  # plurals that modify a head ("arms embargo")
    not_names: frozenset[str] = frozenset()  # capitalised adjectives that name no party ("Ministerial talks")
    headline_kinds: frozenset[str] = frozenset()  # kinds of event that are a term only when the headline names them
    needs_place: frozenset[str] = frozenset()  # kinds that only a country, region or year makes a term ("2016 election")
    not_by_people: frozenset[str] = frozenset()  # kinds that people alone do not make a term ("talks between Putin and Abe")
    described: tuple[tuple[frozenset[str], str], ...] = ()  # the words of each knowledge-base initiative's names, with its key
    described_by_kind: Mapping[str, tuple[tuple[frozenset[str], str], ...]] = field(default_factory=dict)  # the same, by kind

    @classmethod
    def from_vocabulary(cls, vocabulary: Mapping[str, object]) -> "InitiativeWords":
        words = vocabulary.get("initiatives") or {}
        assert isinstance(words, Mapping), "knowledge/vocabulary/initiatives.yaml: expected a mapping"
        return cls(
            heads={str(k): str(v) for k, v in (words.get("heads") or {}).items()},
            descriptive=frozenset(map(str, words.get("descriptive") or ())),
            complements=frozenset(map(str, words.get("complements") or ())),
            not_modifiers=frozenset(map(str, words.get("not_modifiers") or ())),
            needs_modifier=frozenset(map(str, words.get("needs_modifier") or ())),
            plural_modifiers=frozenset(map(str, words.get("plural_modifiers") or ())),
            not_names=frozenset(map(str, words.get("not_names") or ())),
            headline_kinds=frozenset(map(str, words.get("headline_kinds") or ())),
            not_by_people=frozenset(map(str, words.get("not_by_people") or ())),
            needs_place=frozenset(map(str, words.get("needs_place") or ())),
        )

    def with_known(self, names: Iterable[tuple[str, str, list[Match]]]) -> "InitiativeWords":
        """The same words, knowing the initiatives of the knowledge base by (name, key, the parties named in it)."""
        described = tuple(sorted({(text_words(name, found, self), key) for name, key, found in names}))
        described = tuple((w, k) for w, k in described if len(w) >= 2)
        by_kind: dict[str, list[tuple[frozenset[str], str]]] = {}
        for named, key in described:
            for kind in named & self.kinds:
                by_kind.setdefault(kind, []).append((named, key))
        return replace(self, described=described, described_by_kind={k: tuple(v) for k, v in by_kind.items()})

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.heads.values())

    def known_as(self, words: frozenset[str], places: frozenset[str] = frozenset()) -> str | None:
        """The one knowledge-base initiative these words name, but for countries the article names elsewhere.

        "civil war in Syria" names the "Syrian civil war"; "the nuclear deal" in an article that names Iran
        the "Iran nuclear deal".
        """
        if not words - self.kinds:
            return None  # a kind alone ("the talks") names nothing
        kinds = words & self.kinds
        candidates = self.described_by_kind.get(next(iter(kinds)), ()) if kinds else self.described
        keys = {key for named, key in candidates if words <= named and named - words <= places}
        return next(iter(keys)) if len(keys) == 1 else None


def text_words(text: str, found: list[Match], words: InitiativeWords, offset: int = 0) -> frozenset[str]:
    """What a name is made of: the keys of the parties it names, head kinds and other content words.

    ``found`` are the known names in it, at their places in a text where the name starts at ``offset``.
    """
    result = {f"{m.best.taxonomy}:{m.best.key}" for m in found if m.best.taxonomy in _QUALIFYING}
    for token in _TOKEN.finditer(text):
        if any(m.start <= token.start() + offset < m.end for m in found):
            continue
        low = _POSSESSIVE.sub("", token.group(0)).lower()
        if low in words.heads:
            result.add(words.heads[low])
        elif low not in words.not_modifiers and low not in words.descriptive:
            result.add(low)
    return frozenset(result)


def phrase_words(phrases: Iterable[Phrase]) -> frozenset[str]:
    """The words of a group of phrases, as ``text_words`` gives them for a name."""
    return frozenset().union(*({p.kind, *(q.removeprefix("place:") for q in p.qualifiers), *p.modifiers} for p in phrases))


@dataclass(frozen=True, slots=True)
class Phrase:
    """One mention of a possible initiative: where it is, its kind and what qualifies it."""

    block: int
    start: int
    end: int
    name: str  # the phrase's words, descriptions dropped
    kind: str
    qualifiers: frozenset[str]  # knowledge-base keys ("countries:KP") or names, lowercased
    modifiers: frozenset[str]  # lowercase words before the head ("nuclear", "peace")
    strong: bool = False  # an organisation, a city or a proper name before the head: "BIMSTEC summit", "Munich talks"
    before: str = ""  # the words kept before the head ("North Korea's nuclear")
    after: str = ""  # the preposition and party after it ("on North Korea")
    parties_before: frozenset[str] = frozenset()  # the qualifiers of ``before``


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def base(self) -> str:
        return _POSSESSIVE.sub("", self.text)

    @property
    def possessive(self) -> bool:
        return bool(_POSSESSIVE.search(self.text))


def find_phrases(block: int, text: str, known: list[Match], words: InitiativeWords) -> list[Phrase]:
    """Every phrase of one paragraph headed by an initiative noun, with its qualifiers."""
    tokens = [_Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    token_starts = [token.start for token in tokens]
    match_at: dict[int, Match] = {}
    for match in known:
        for index in range(bisect_left(token_starts, match.start), bisect_left(token_starts, match.end)):
            match_at[index] = match
    starts = {start for start, _ in sentence_spans(text)}
    if _title_case(tokens):  # "Modi Arrives in Colombo for Bi-lateral Talks": no capital proves a name
        starts |= {token.start for token in tokens}
    found = []
    for index, token in enumerate(tokens):
        head = _head_at(tokens, index, text, starts, match_at, words)
        if head is None:
            continue
        first, kind = head
        pre, qualifiers, modifiers = _before(tokens, first, text, starts, match_at, words)
        if not modifiers and tokens[index].text.lower() in words.needs_modifier:
            continue
        if pre and tokens[pre[0]].text.lower() == "the":
            pre = pre[1:]  # a known name written with its article ("the U.S. embargo")
        end, after = _after(tokens, index, text, starts, match_at, words)
        strong = any(_sort(q) in ("organizations", "name", "place") and not _YEAR.fullmatch(q) for q in qualifiers)
        qualifiers |= after
        # Two countries ("Israel-Hamas", "between Baku and Yerevan") or an organisation after ("sanctions against the ICC").
        strong = strong or sum(_sort(q) in ("countries", "place") for q in qualifiers) >= 2 or any(_sort(q) == "organizations" for q in after)
        before = " ".join(tokens[i].text for i in pre)
        name = " ".join(f"{before} {text[tokens[first].start : end]}".split())
        start = tokens[pre[0]].start if pre else tokens[first].start
        found.append(Phrase(block, start, end, name, kind, frozenset(qualifiers), frozenset(modifiers), strong,
                            before, " ".join(text[tokens[index].end : end].split()), frozenset(qualifiers - after)))
    return found


def _title_case(tokens: list[_Token]) -> bool:
    """True for a headline in title case: most of its longer words capitalised."""
    longer = [t for t in tokens if len(t.text) > 3 and t.text[:1].isalpha()]
    return len(longer) >= 3 and sum(t.text[:1].isupper() for t in longer) * 3 > len(longer) * 2


def _head_at(tokens, index, text, starts, match_at, words) -> tuple[int, str] | None:
    """(first token, kind) when the token ends a head noun ("talks", "joint statement") that no name holds."""
    token = tokens[index]
    if index in match_at or (token.text[:1].isupper() and token.start not in starts):
        return None  # a capitalised head is part of a name ("Visiting Forces Agreement"), found elsewhere
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following and _joined(text, token, following) and following.text.lower() in words.heads:
        return None  # a modifier of the next head: "sanctions resolution"
    if following and _joined(text, token, following) and following.text[:1].isupper() and following.start not in starts:
        return None  # "the war Cabinet"
    low = token.text.lower()
    for size in (3, 2):  # the longest head first: "cessation of hostilities", "joint statement"
        first = index - size + 1
        if first >= 0 and all(_joined(text, tokens[i], tokens[i + 1]) for i in range(first, index)):
            several = " ".join(t.text.lower() for t in tokens[first : index + 1])
            if several in words.heads:
                return first, words.heads[several]
    return (index, words.heads[low]) if low in words.heads else None


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """Only spaces between two tokens: no punctuation ends the phrase."""
    return not text[left.end : right.start].strip()


def _before(tokens, first, text, starts, match_at, words) -> tuple[list[int], set[str], list[str]]:
    """The words kept before the head, the qualifiers among them and the lowercase modifiers."""
    kept: list[int] = []
    qualifiers: set[str] = set()
    modifiers: list[str] = []
    j = first - 1
    while j >= 0 and len(kept) < 6 and _joined(text, tokens[j], tokens[j + 1]):
        token, match = tokens[j], match_at.get(j)
        if _DESCRIBED.search(token.text):
            j -= 1  # "the US-brokered deal": who brokered it is no part of its name
            continue
        if match is not None:
            if match.best.taxonomy not in _QUALIFYING:
                break
            qualifiers.add(party(match))
            while j >= 0 and match_at.get(j) is match:
                kept.append(j)
                j -= 1
            if token.possessive:
                break  # "North Korea's nuclear test": a possessive opens the phrase
            continue
        low = token.base.lower()
        capital = token.text[:1].isupper() and token.start not in starts and low not in words.not_names
        if capital or _YEAR.fullmatch(token.text):
            if low in words.not_modifiers:
                break
            qualifiers.add(low)
            kept.append(j)
            j -= 1
            if token.possessive:
                break
            continue
        if low in words.descriptive or _FIGURE.search(low):
            j -= 1  # "the latest nuclear test": described, not named
            continue
        if low in _VERB_MARKERS and modifiers and kept[-1] == j + 1:
            kept.pop()  # "to broaden sanctions", "will sign deals": the word after "to" is a verb
            modifiers.pop()
            break
        adjacent = j == first - 1
        if low.endswith("ing") and j and re.search(r"[^s]s$", tokens[j - 1].text):
            break  # "asylum seekers fleeing war": an "-ing" after a plural is its verb
        if qualifiers or token.possessive or not _modifier(low, words, adjacent) or len(modifiers) == MAX_MODIFIERS:
            break  # a lowercase word before a name belongs to the sentence, not the phrase
        kept.append(j)
        modifiers.append(low)
        j -= 1
    return sorted(kept), qualifiers, modifiers


def _modifier(word: str, words: InitiativeWords, adjacent: bool) -> bool:
    """A lowercase word that can modify a noun: no function word, verb form or adverb ("-ing" only next to the head)."""
    if word in words.not_modifiers or not word.replace("-", "").isalpha():
        return False
    parts = word.split("-")  # "agreed-upon", "internationally-brokered": a verb form in any part
    if any(p.endswith(("ed", "ly")) for p in parts) or (not adjacent and word.endswith("ing")):
        return False
    # A plural before a noun is rare ("arms embargo") and a verb common ("Washington weighs sanctions").
    return not re.search(r"[^su]s$", word) or word in words.plural_modifiers


def _after(tokens, index, text, starts, match_at, words) -> tuple[int, set[str]]:
    """Where the phrase ends, and the qualifier a preposition brings: "sanctions on North Korea"."""
    end = tokens[index].end
    k = index + 1
    if k >= len(tokens) or not _joined(text, tokens[index], tokens[k]) or tokens[k].text.lower() not in words.complements:
        return end, set()
    preposition = tokens[k].text.lower()
    k += 1
    if k < len(tokens) and tokens[k].text.lower() == "the":
        k += 1
    qualifiers: set[str] = set()
    last = None
    while k < len(tokens) and _joined(text, tokens[k - 1], tokens[k]):
        match = match_at.get(k)
        if match is not None:
            if match.best.taxonomy not in _QUALIFYING or match.best.kind == "demonym":
                break  # "talks with Sri Lankan President ...": the demonym qualifies the next noun
            qualifiers.add(party(match))
            while k < len(tokens) and match_at.get(k) is match:
                last, k = tokens[k], k + 1
        else:
            run = _capitalised_run(tokens, k, text, starts, match_at)
            if not run or any(tokens[i].base.lower() in words.not_modifiers for i in run):
                break  # "talks with Defense Secretary ...": a title, not a party
            qualifiers.add(" ".join(tokens[i].base.lower() for i in run))
            last, k = tokens[run[-1]], run[-1] + 1
        if last.possessive or preposition != "between" or k >= len(tokens) or tokens[k].text != "and":
            break
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the" else 1  # "between India and Sri Lanka"
    return (last.end - (2 if last.possessive else 0), qualifiers) if last else (end, set())


def party(match: Match) -> str:
    """A known name as a qualifier: its key, but a city by its name ("talks in Riyadh" are not any talks with Saudi Arabia)."""
    if match.best.kind == "place":
        return "place:" + re.sub(r"^the\s+|['’]s$", "", match.text.lower())
    return f"{match.best.taxonomy}:{match.best.key}"


def _capitalised_run(tokens, k, text, starts, match_at) -> list[int]:
    """Up to four capitalised words from token k that no known name holds ("West Philippine Sea")."""
    run: list[int] = []  # a known name inside the run is part of it: "West PH Sea"
    while (k < len(tokens) and len(run) < 4 and (run or k not in match_at) and tokens[k].text[:1].isupper()
           and tokens[k].start not in starts and (not run or _joined(text, tokens[k - 1], tokens[k]))):
        run.append(k)
        if tokens[k].possessive:
            break
        k += 1
    return run


def merge_phrases(phrases: Iterable[Phrase]) -> list[list[Phrase]]:
    """Phrases of one kind whose qualifiers and modifiers agree, as groups in text order; bare ones join the group before."""
    by_kind: dict[str, list[list[Phrase]]] = {}
    bare: list[Phrase] = []
    for phrase in phrases:
        if not phrase.qualifiers and not phrase.modifiers:
            bare.append(phrase)
            continue
        groups = by_kind.setdefault(phrase.kind, [])
        joined: list[list[Phrase]] = []
        for group in groups[-MAX_GROUPS:]:  # a bounded look back keeps a pathological article linear
            # A phrase that names both parties ("Obama's visit to Cuba") joins "Obama's visit" and "Cuba visit",
            # but never two groups that disagree ("visit to China", "visit to India").
            if _agree(group, phrase) and all(_agree(group, p) for g in joined for p in g):
                joined.append(group)
        merged = sorted([phrase, *(p for group in joined for p in group)], key=_place)
        if joined:  # the joined groups are among the last ones: only those are looked at again
            tail = groups[-MAX_GROUPS:]
            del groups[-MAX_GROUPS:]
            groups.extend(group for group in tail if not any(group is g for g in joined))
        insort(groups, merged, key=lambda group: _place(group[0]))  # in text order, as the look back expects
    starts = {kind: [_place(group[0]) for group in groups] for kind, groups in by_kind.items()}
    for phrase in bare:  # "the talks": the latest group of its kind before it, else the first after it
        groups = by_kind.get(phrase.kind, [])
        if groups:
            groups[max(bisect_left(starts[phrase.kind], _place(phrase)) - 1, 0)].append(phrase)
    return sorted((group for groups in by_kind.values() for group in groups), key=lambda g: _place(g[0]))


def _place(phrase: Phrase) -> tuple[int, int]:
    return phrase.block, phrase.start


def _agree(group: list[Phrase], phrase: Phrase) -> bool:
    """No party of one kind that differs ("visit to China", "visit to India"), and modifiers one within the other."""
    qualifiers = frozenset().union(*(p.qualifiers for p in group))
    for sort in {_sort(q) for q in phrase.qualifiers} & {_sort(q) for q in qualifiers}:
        ours, theirs = ({q for q in side if _sort(q) == sort} for side in (qualifiers, phrase.qualifiers))
        if sort == "name":  # names not known agree on a word: "West PH Sea", "West Philippine Sea"
            ours, theirs = ({w for q in side for w in q.split()} for side in (ours, theirs))
        if not ours & theirs:
            return False
    modifiers = frozenset().union(*(p.modifiers for p in group))
    return not modifiers or not phrase.modifiers or phrase.modifiers <= modifiers or modifiers <= phrase.modifiers


def _sort(qualifier: str) -> str:
    """The sort of party a qualifier is: a country, a city, an organisation, a person, or a name not known."""
    taxonomy = qualifier.partition(":")[0] if ":" in qualifier else "name"
    return "countries" if taxonomy == "regions" else taxonomy


def initiative_groups(
    phrases: list[Phrase], words: InitiativeWords, headline: str = "", headline_parties: frozenset[str] = frozenset()
) -> list[tuple[str, Phrase, list[Phrase], bool]]:
    """(its name, the phrase that names it best, every mention, worth a new term) for each group of phrases.

    A group is worth a term of its own when a party qualifies it and the article returns to it, opens with
    it, or names it by an organisation or a proper name before the head ("BIMSTEC summit"); an event the
    article must be about (a visit) only when its headline names one ("Japan's leader visits"). Any group may still be another name
    of a knowledge-base term.
    """
    found = []
    headline_kinds = {kind for head, kind in words.heads.items() if re.search(rf"\b{re.escape(head)}", headline.lower())}
    for group in merge_phrases(phrases):
        named = [p for p in group if p.qualifiers]
        # Repetition and the lead count the mentions that say what it is: "the talks" alone adds nothing.
        described = [p for p in group if p.qualifiers or p.modifiers]
        repeated = len(described) >= 2 or any(p.block in LEAD_BLOCKS for p in described)
        worth = bool(named) and (repeated or any(p.strong for p in named))
        if (group[0].kind in words.not_by_people and not any(p.strong for p in named)
                and all(_sort(q) in ("people", "place") for p in named for q in p.qualifiers)):
            worth = False  # "talks between Putin and Abe", "talks in Moscow": a meeting; the "Munich talks" are named
        if group[0].kind in words.needs_place and not any(
                _sort(q) == "countries" or _YEAR.fullmatch(q) for p in named for q in p.qualifiers):
            worth = False  # "the NPP's election": an election is a country's or a year's
        if group[0].kind in words.headline_kinds and (group[0].kind not in headline_kinds or not (
                headline_parties & {q for p in named for q in p.qualifiers})):
            worth = False  # the visit the headline names, with one of its parties: not every visit the text recalls
        counts = Counter(q for p in named for q in p.qualifiers)
        best = max(group, key=lambda p: (sum(counts[q] for q in p.qualifiers), len(p.modifiers), -p.block, -p.start))
        found.append((_joined_name(best, group, counts), best, group, worth))
    return found


def _joined_name(best: Phrase, group: list[Phrase], counts: Counter) -> str:
    """The best phrase's name, with the party another mention gives before or after the head when it has none there.

    "Dissanayake's visit" and "State Visit to India" are "Dissanayake's State Visit to India".
    """
    name = best.name
    ranked = sorted(group, key=lambda p: (-sum(counts[q] for q in p.qualifiers), p.block, p.start))
    if not best.parties_before:
        giver = next((p for p in ranked if p.parties_before and not p.parties_before <= best.qualifiers), None)
        if giver and not giver.modifiers:
            name = f"{giver.before} {name}"
    if not best.after:
        giver = next((p for p in ranked if p.after and not p.qualifiers - p.parties_before <= best.qualifiers), None)
        if giver:
            name = f"{name} {giver.after}"
    return name
