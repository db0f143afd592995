"""Items grouped by key, each group in brief order, updated by the briefs that came and went.

This is how the index stays incremental: every per-term (or per-person, per-year...) entry is derived
from one group, so a build recomputes only the entries of the groups that a changed brief belongs to.
A build from nothing is the same update, from empty groups.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Hashable, Iterable, Mapping

#: One group: (brief id, item) pairs in brief order, a brief's own items in the order it gave them.
Group = tuple[tuple[str, Any], ...]
#: What one brief puts in the groups: (group key, item) pairs.
Extractor = Callable[[Any], Iterable[tuple[Hashable, Any]]]


def regroup(
    groups: Mapping[Hashable, Group],
    extract: Extractor,
    gone: Iterable[Any],
    came: Iterable[Any],
    position: Mapping[str, int],
) -> tuple[dict[Hashable, Group], set[Hashable]]:
    """The groups after the briefs ``gone`` left and the briefs ``came`` (in brief order) arrived; and the keys touched.

    ``position`` gives each present brief's place in brief order. Groups left empty are dropped.
    """
    updated = dict(groups)
    touched: set[Hashable] = set()
    leaving: set[str] = set()
    for brief in gone:
        leaving.add(brief.id)
        touched.update(key for key, _ in extract(brief))
    arriving: dict[Hashable, list[tuple[str, Any]]] = defaultdict(list)
    for brief in came:
        for key, item in extract(brief):
            arriving[key].append((brief.id, item))
    touched.update(arriving)
    for key in touched:
        before = updated.get(key, ())
        kept = [pair for pair in before if pair[0] not in leaving] if leaving else list(before)
        new = arriving.get(key, ())
        if kept and new:
            merged = kept + new
            merged.sort(key=lambda pair: position[pair[0]])  # stable: one brief's items keep their order
        else:
            merged = kept or list(new)
        if merged:
            updated[key] = tuple(merged)
        else:
            updated.pop(key, None)
    return updated, touched


def items_of(group: Group) -> tuple[Any, ...]:
    """The items of a group, without their brief ids."""
    return tuple(item for _, item in group)
