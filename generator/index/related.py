"""Related briefs and co-occurring terms: read from a few postings of a brief's rarest terms, never from all pairs of briefs."""
from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import Any, Mapping

from generator.index.records import Posting, TermKey
from generator.knowledge.taxonomies import TAXONOMIES

#: How many related briefs a brief lists.
RELATED_LIMIT = 5


#: A brief's rarest terms used to find related briefs, and the newest postings read for each.
RELATED_TERMS = 12


RELATED_SCAN = 60


#: Briefs of a term sampled (newest first) to count the terms that appear with it.
COOCCURRING_SCAN = 200


#: Co-occurring terms listed on a term page, per taxonomy.
COOCCURRING_LIMIT = 12


def top_terms(keys: tuple[TermKey, ...], postings: Mapping[TermKey, tuple[Posting, ...]]) -> tuple[TermKey, ...]:
    """A brief's RELATED_TERMS rarest terms (fewest briefs, then by key): where its related briefs are looked for."""
    return tuple(sorted(keys, key=lambda key: (len(postings[key]), key))[:RELATED_TERMS])


def _enters_top(key: TermKey, top: tuple[TermKey, ...] | None, postings: Mapping[TermKey, tuple[Posting, ...]]) -> bool:
    """Whether a changed term is, or now ranks among, a brief's top terms (so its related briefs may change)."""
    if top is None or len(top) < RELATED_TERMS or key in top:
        return True
    last = top[-1]  # unchanged, else it would be the changed key
    return (len(postings[key]), key) < (len(postings[last]), last)


def related_for(brief_id: str, top: tuple[TermKey, ...], postings: Mapping[TermKey, tuple[Posting, ...]]) -> tuple[str, ...]:
    """The briefs sharing the most (and rarest) of a brief's top terms, through the inverted index.

    For each top term only the RELATED_SCAN newest postings are read, so the work per brief is bounded. A
    term weighs 1 / log2(1 + its number of briefs): it depends on that term alone, so adding a brief changes
    only the related briefs of briefs whose top terms it touches.
    """
    scores: dict[str, float] = {}
    score_of = scores.get
    for term_key in top:
        found = postings[term_key]
        weight = 1 / math.log2(1 + len(found))
        for other in map(_BRIEF_ID, found[:RELATED_SCAN]):
            scores[other] = score_of(other, 0.0) + weight
    scores.pop(brief_id, None)
    return tuple(key for key, _ in _best(list(scores.items()), RELATED_LIMIT))


_BRIEF_ID = attrgetter("brief_id")


def _best(items: list[tuple[Any, Any]], limit: int) -> list[tuple[Any, Any]]:
    """The ``limit`` (key, value) pairs of highest value, ties by key: exactly ``sorted`` by both, cut at ``limit``.

    Only the pairs worth at least the limit-th best value can make it: just those are sorted (by key, then
    stably by value), not all of them.
    """
    if len(items) > limit:
        threshold = heapq.nlargest(limit, map(itemgetter(1), items))[-1]
        items = [item for item in items if item[1] >= threshold]
    items.sort()
    items.sort(key=itemgetter(1), reverse=True)
    return items[:limit]


def cooccurring_for(term_key: TermKey, postings: tuple[Posting, ...],
                    by_brief: Mapping[str, tuple[TermKey, ...]]) -> Mapping[str, tuple[tuple[TermKey, int], ...]]:
    """The other terms that appear in a term's (newest COOCCURRING_SCAN) briefs, with counts, per taxonomy."""
    counts: Counter[TermKey] = Counter()
    for posting in postings[:COOCCURRING_SCAN]:
        counts.update(by_brief[posting.brief_id])  # a tuple: counted in C
    counts.pop(term_key, None)
    per_taxonomy: dict[str, list[tuple[TermKey, int]]] = defaultdict(list)
    for item in counts.items():
        per_taxonomy[item[0][0]].append(item)
    # Per taxonomy, the most frequent first, ties by key.
    return MappingProxyType({t.name: tuple(_best(per_taxonomy[t.name], COOCCURRING_LIMIT)) for t in TAXONOMIES if t.name in per_taxonomy})
