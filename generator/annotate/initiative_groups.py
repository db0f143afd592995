"""Mentions of one initiative in an article: phrases of one kind whose parties agree, and which groups make a term."""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from typing import Iterable

from generator.annotate.initiative_elections import dated_or_placed, specific_election
from generator.annotate.initiative_phrases import YEAR, Phrase, party_sort, phrase_words
from generator.annotate.initiative_words import InitiativeWords

#: Groups of one kind a phrase is compared with: an article has a handful; a pathological one stays linear.
MAX_GROUPS = 32
#: A headline's or first paragraph's phrase counts as a repetition: the lead names what the article is about.
LEAD_BLOCKS = (-1, 0)


def merge_phrases(phrases: Iterable[Phrase]) -> list[list[Phrase]]:
    """Phrases of one kind whose qualifiers and modifiers agree, as groups in text order; bare ones join the group before.

    Bare ones of a kind no other phrase has are a group of their own.
    """
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
    alone: dict[str, list[Phrase]] = {}  # bare ones of a kind no other phrase has: one group, named by the article's country if at all
    for phrase in bare:  # "the talks": the latest group of its kind before it, else the first after it
        groups = by_kind.get(phrase.kind, [])
        if groups:
            groups[max(bisect_left(starts[phrase.kind], _place(phrase)) - 1, 0)].append(phrase)
        else:
            alone.setdefault(phrase.kind, []).append(phrase)
    by_kind.update((kind, [group]) for kind, group in alone.items())
    return sorted((group for groups in by_kind.values() for group in groups), key=lambda g: _place(g[0]))


def _place(phrase: Phrase) -> tuple[int, int]:
    return phrase.block, phrase.start


def _agree(group: list[Phrase], phrase: Phrase) -> bool:
    """No party of one kind that differs ("visit to China", "visit to India"), and modifiers one within the other."""
    qualifiers = frozenset().union(*(p.qualifiers for p in group))
    for sort in {party_sort(q) for q in phrase.qualifiers} & {party_sort(q) for q in qualifiers}:
        ours, theirs = ({q for q in side if party_sort(q) == sort} for side in (qualifiers, phrase.qualifiers))
        if sort == "name":  # names not known agree on a word: "West PH Sea", "West Philippine Sea"
            ours, theirs = ({w for q in side for w in q.split()} for side in (ours, theirs))
        if not ours & theirs:
            return False
    modifiers = frozenset().union(*(p.modifiers for p in group))
    return not modifiers or not phrase.modifiers or phrase.modifiers <= modifiers or modifiers <= phrase.modifiers


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
    folded = headline.lower()
    # The substring test first: it spares a regex (compiled anew past the re module's cache) for every head the headline lacks.
    headline_kinds = {kind for head, kind in words.heads.items() if head in folded and re.search(rf"\b{re.escape(head)}", folded)}
    for group in merge_phrases(phrases):
        named = [p for p in group if p.qualifiers]
        # Repetition and the lead count the mentions that say what it is: "the talks" alone adds nothing.
        described = [p for p in group if p.qualifiers or p.modifiers]
        repeated = len(described) >= 2 or any(p.block in LEAD_BLOCKS for p in described)
        # A specific election ("the 2012 presidential elections", "the October 20 elections") is named once.
        worth = bool(named) and (repeated or any(p.strong or specific_election(p, words) for p in named))
        if (group[0].kind in words.not_by_people and not any(p.strong for p in named)
                and all(party_sort(q) in ("people", "place") for p in named for q in p.qualifiers)):
            worth = False  # "talks between Putin and Abe", "talks in Moscow": a meeting; the "Munich talks" are named
        if group[0].kind in words.needs_place and not any(dated_or_placed(q) for p in named for q in p.qualifiers):
            worth = False  # "the NPP's election": an election is a country's or a year's
        lead = group[0].kind in headline_kinds or any(p.block == LEAD_BLOCKS[1] for p in named)
        if group[0].kind in words.headline_kinds and not (lead and headline_parties & {q for p in named for q in p.qualifiers}
                                                          or any(_who_and_where(p) for p in named)):
            # The visit the headline or the first paragraph names, with a party the headline names: not every visit the text recalls.
            worth = False
        if worth and all(one_sided(p) for p in named):
            worth = False  # "talks with Britain", "war with Turkey": the other side is the article's subject, left unsaid
        if group[0].kind == "agreement" and named and all(p.name.endswith("s") for p in named) and all(
                party_sort(q) == "organizations" for p in named for q in p.qualifiers):
            worth = False  # "United Nations agreements", "Asean agreements": a body's many accords, no one of them
        counts = Counter(q for p in named for q in p.qualifiers)
        best = max(group, key=lambda p: (sum(counts[q] for q in p.qualifiers), len(p.modifiers), -p.block, -p.start))
        found.append((_joined_name(best, group, counts), best, group, worth))
    return found


#: The preposition that brings one side of a thing whose other side the sentence's subject is: "talks with Britain".
_WITH = re.compile(r"with\s", re.I)


def one_sided(phrase: Phrase) -> bool:
    """True for a phrase naming one side only, after "with" and no party before its head ("negotiations with Israel",
    "2022 negotiations with Russia"): whose talks or war it is, the text leaves to its subject.

    A kind of agreement a modifier names stays a thing of its own: "an extradition agreement with China"."""
    before = {q for q in phrase.parties_before if not YEAR.fullmatch(q)}
    if before or not _WITH.match(phrase.after):
        return False
    head = phrase.name[: len(phrase.name) - len(phrase.after)].split()[-1]
    return not (phrase.kind == "agreement" and phrase.modifiers and not head.endswith("s"))


def _who_and_where(phrase: Phrase) -> bool:
    """A visit that says who went where: a person's before the head, a country or city after it ("Blinken's visit to China").

    A region is no destination of one visit ("Kishida's visit to the Middle East" is a tour of several)."""
    after = phrase.qualifiers - phrase.parties_before
    return ({party_sort(q) for q in phrase.parties_before} == {"people"} and bool(after)
            and all(q.startswith(("countries:", "place:")) for q in after))


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


def fold_groups(found: list[tuple[str, Phrase, list[Phrase], bool]], words: InitiativeWords) -> list[tuple[str, Phrase, list[Phrase], bool]]:
    """``initiative_groups`` with each group of a kind that is part of another (``part_of``) joined to the one group of
    that kind whose countries hold all of its own: the "Turkish attack" is the "Turkish military operation in Syria".

    A group the knowledge base names stays as it is ("the Hamas attack" of October 7 in a war's article).
    """
    folded = list(found)
    for entry in found:
        _, _, group, _ = entry
        whole = words.part_of.get(group[0].kind)
        ours = _countries(group)
        if not whole or not ours or words.known_as(phrase_words(group)):
            continue
        homes = [other for other in folded if other[2][0].kind == whole and ours <= _countries(other[2])]
        if len(homes) == 1:
            name, best, home, worth = homes[0]
            folded[folded.index(homes[0])] = (name, best, sorted([*home, *group], key=_place), worth)
            folded.remove(entry)
    return folded


def _countries(group: list[Phrase]) -> frozenset[str]:
    """The countries that qualify any phrase of a group, as "countries:XX"."""
    return frozenset(q for p in group for q in p.qualifiers if q.startswith("countries:"))
