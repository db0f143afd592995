"""Stage 4: index every brief by term, once, before anything is rendered.

All cross-references come from inverted indexes (term -> briefs), so the cost grows with the number of
mentions, never with the square of the corpus.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import is_
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping

from generator.index.grouping import Group, items_of, regroup
from generator.index.merging import discovered_keys, indexed_key
from generator.index.records import Posting, SiteIndex, SourceOutcome, TermKey, Unresolved
from generator.index.related import (
    _enters_top,
    cooccurring_for,
    related_for,
    top_terms,
)
from generator.knowledge.base import KnowledgeBase
from generator.model import Brief, Event, SourceError, Term
from generator.slugs import slugify


def brief_id(title: str, source: str, position: int) -> str:
    """A stable, unique id: the title's slug plus a short hash of where the article came from."""
    digest = hashlib.sha256(f"{source}#{position}".encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{slugify(title, 'brief')[:50].rstrip('-')}-{digest}"


def sort_briefs(briefs: Iterable[Brief]) -> list[Brief]:
    """Newest first, ties by title and id; then undated briefs in filing order (source path, place in the file).

    Filing order, not title order, for the undated ones: sources named by date or sequence put a new one
    last, so it lands on the last undated page of each list instead of shifting every page after it.
    """
    dated = sorted((b for b in briefs if b.notes.published), key=lambda b: (b.title.casefold(), b.id))
    dated.sort(key=lambda b: b.notes.published, reverse=True)
    undated = sorted((b for b in briefs if not b.notes.published), key=lambda b: (b.article.source, b.article.position, b.id))
    return dated + undated


@dataclass(frozen=True, slots=True)
class IndexState:
    """An index with the groups it was derived from: what the next build updates instead of starting over.

    A long-running process (`mkdocs serve`) keeps it in its Session. An update touches only the groups of
    the briefs that changed and recomputes only the entries derived from them; every other entry keeps
    its very object, which is also what lets the render stage recognise it as unchanged at no cost.
    """

    index: SiteIndex
    knowledge_version: str
    groups: Mapping[str, Mapping]  # name in GROUPS -> group key -> ((brief id, item), ...)
    by_brief: Mapping[str, tuple[TermKey, ...]]  # brief id -> the terms it mentions, sorted
    tops: Mapping[str, tuple[TermKey, ...]]  # brief id -> its rarest terms, which its related briefs come from


def brief_mentions(brief: Brief) -> list[tuple[TermKey, Posting]]:
    """Each key a brief mentions (known or not, a discovered name under its merged key) with its evidence: the first
    mention in the text, else in the headline."""
    discovered = discovered_keys(brief)
    counts = Counter(indexed_key((m.taxonomy, m.key), discovered) for m in brief.notes.mentions)
    first: dict[TermKey, tuple[int, str]] = {}
    for mention in brief.notes.mentions:
        key = indexed_key((mention.taxonomy, mention.key), discovered)
        if key not in first or first[key][0] < 0 <= mention.block:
            first[key] = (mention.block, mention.sentence)
    return [(key, Posting(brief.id, block, sentence, counts[key])) for key, (block, sentence) in first.items()]


def brief_term_events(brief: Brief) -> list[tuple[TermKey, Event]]:
    """Each dated event of a brief, under every key mentioned in the event's sentence."""
    by_sentence: dict[tuple[int, str], set[TermKey]] = defaultdict(set)
    discovered = discovered_keys(brief)
    for mention in brief.notes.mentions:
        by_sentence[(mention.block, mention.sentence)].add(indexed_key((mention.taxonomy, mention.key), discovered))
    return [(key, event) for event in brief.notes.events for key in sorted(by_sentence.get((event.block, event.sentence), ()))]


#: The groups the index is derived from, each with what one brief puts in it.
GROUPS: Mapping[str, Callable[[Brief], Iterable[tuple[Any, Any]]]] = MappingProxyType({
    "mentions": brief_mentions,
    "discoveries": lambda brief: [(indexed_key((d.taxonomy, d.key), discovered_keys(brief)), d) for d in brief.notes.discoveries],
    "events": brief_term_events,
    "quotes": lambda brief: [(q.speaker, q) for q in brief.notes.quotes if q.speaker],
    "roles": lambda brief: [(p.key, (p.role, p.country)) for p in brief.notes.people if p.role],
    "people": lambda brief: [(p.country, p.key) for p in brief.notes.people if p.country],
    "years": lambda brief: [(e.date[:4], e) for e in brief.notes.events],
})


#: Above this share of the corpus changed, an update costs more than building from nothing.
UPDATE_LIMIT = 0.25


def build_index(
    briefs: Iterable[Brief],
    knowledge: KnowledgeBase,
    errors: Iterable[SourceError] = (),
    sources: Iterable[str] = (),
) -> SiteIndex:
    """The site index: terms, postings, related briefs, co-occurrences and the editor's report."""
    return update_index(None, briefs, knowledge, errors, sources).index


def update_index(
    previous: IndexState | None,
    briefs: Iterable[Brief],
    knowledge: KnowledgeBase,
    errors: Iterable[SourceError] = (),
    sources: Iterable[str] = (),
) -> IndexState:
    """The index of ``briefs``, updated from the state of an earlier build (or from nothing).

    The result is the same as a build from nothing, entry for entry; only the work differs.
    """
    briefs = list(briefs)
    if previous is not None and previous.knowledge_version != knowledge.version:
        previous = None
    old = previous.index.by_id if previous is not None else {}
    # An unchanged brief (same id, same content digest) is the earlier object, so what holds it is unchanged too.
    briefs = [_same_brief(old.get(b.id), b) for b in briefs]
    present = {id(b) for b in briefs}
    came = [b for b in briefs if old.get(b.id) is not b]
    gone = [b for b in old.values() if id(b) not in present]
    if previous is not None and len(came) + len(gone) > UPDATE_LIMIT * max(1, len(briefs)):
        previous, gone, came = None, [], briefs
    old_index = previous.index if previous is not None else None
    ordered = sort_briefs(briefs)
    position = {b.id: i for i, b in enumerate(ordered)}
    came = sorted(came, key=lambda b: position[b.id])
    groups: dict[str, Mapping] = {}
    touched: dict[str, set] = {}
    for name, extract in GROUPS.items():
        before = previous.groups[name] if previous is not None else {}
        groups[name], touched[name] = regroup(before, extract, gone, came, position)
    mentions, discoveries = groups["mentions"], groups["discoveries"]

    old_terms = old_index.terms if old_index else {}
    terms = dict(old_terms)
    for key in touched["mentions"] | touched["discoveries"]:
        term = _term_for(key, knowledge, discoveries.get(key, ())) if key in mentions else None
        if term is None:
            terms.pop(key, None)
        else:
            terms[key] = term if old_terms.get(key) != term else old_terms[key]
    # A key that became a term (or stopped being one) changes what the briefs mentioning it count as terms.
    flipped = {key for key in touched["mentions"] | touched["discoveries"] if (key in terms) != (key in old_terms)}
    recount = {b.id for b in came} | {brief_id for key in flipped for brief_id, _ in mentions.get(key, ())}
    by_brief = dict(previous.by_brief) if previous is not None else {}
    for brief in gone:
        by_brief.pop(brief.id, None)
    changed_terms = set(touched["mentions"])
    for brief_id in recount:
        changed_terms.update(by_brief.get(brief_id, ()))
        by_brief[brief_id] = _known_terms(ordered[position[brief_id]], terms)
        changed_terms.update(by_brief[brief_id])
    by_brief = {b.id: by_brief[b.id] for b in ordered}

    postings = _derive(old_index.postings if old_index else {}, terms, touched["mentions"] | flipped,
                       lambda key: items_of(mentions[key]))
    cooccurring = _derive(old_index.cooccurring if old_index else {}, terms, changed_terms,
                          lambda key: cooccurring_for(key, postings[key], by_brief))
    events = _derive(old_index.events if old_index else {}, {k: v for k, v in terms.items() if k in groups["events"]},
                     touched["events"] | flipped, lambda key: _newest_events(groups["events"][key]))
    # A brief's related briefs come from its rarest terms (its "top"): redo it when one of them changed or
    # when a changed term now ranks among them.
    old_related = old_index.related if old_index else {}
    old_tops = previous.tops if previous is not None else {}
    redo = set(recount)
    for key in touched["mentions"] | flipped:
        for posting in postings.get(key, ()):
            if posting.brief_id not in redo and _enters_top(key, old_tops.get(posting.brief_id), postings):
                redo.add(posting.brief_id)
    related: dict[str, tuple[str, ...]] = {}
    tops: dict[str, tuple[TermKey, ...]] = {}
    for brief in ordered:
        if brief.id in redo or brief.id not in old_related:
            tops[brief.id] = top_terms(by_brief[brief.id], postings)
            # Kept when equal, so that what printed it need not print it again.
            related[brief.id] = keep_if_equal(old_related.get(brief.id), related_for(brief.id, tops[brief.id], postings))
        else:
            tops[brief.id], related[brief.id] = old_tops[brief.id], old_related[brief.id]

    old_ranked = old_index.ranked if old_index else {}
    retaxed = {key[0] for key in touched["mentions"] | touched["discoveries"]} if previous is not None else None
    fresh = rank_terms(terms, postings, retaxed)
    ranked = {taxonomy: keep_if_same_items(old_ranked.get(taxonomy), fresh[taxonomy]) if taxonomy in fresh else old_ranked[taxonomy]
              for taxonomy in sorted(set(fresh) | (set(old_ranked) - (retaxed or set())))}
    index = SiteIndex(
        briefs=tuple(ordered),
        by_id=MappingProxyType({b.id: b for b in ordered}),
        terms=MappingProxyType(dict(sorted(terms.items()))),
        postings=MappingProxyType(postings),
        related=MappingProxyType(related),
        cooccurring=MappingProxyType(cooccurring),
        people_by_country=MappingProxyType(_derive(old_index.people_by_country if old_index else {}, groups["people"], touched["people"],
                                                   lambda code: tuple(sorted(set(items_of(groups["people"][code])))))),
        unresolved=keep_if_equal(old_index.unresolved if old_index else None, tuple(unresolved_names(discoveries, terms))),
        outcomes=keep_if_equal(old_index.outcomes if old_index else None, tuple(source_outcomes(ordered, errors, sources))),
        events=MappingProxyType(events),
        ranked=MappingProxyType(ranked),
        roles=MappingProxyType(_derive(old_index.roles if old_index else {}, groups["roles"], touched["roles"],
                                       lambda key: _first_briefs(groups["roles"][key]))),
        quotes=MappingProxyType(_derive(old_index.quotes if old_index else {}, groups["quotes"], touched["quotes"],
                                        lambda key: groups["quotes"][key])),
        relations_by_country=MappingProxyType(_relations_by_country(ranked.get("relations", ()), old_index)),
        timeline=MappingProxyType(_derive(old_index.timeline if old_index else {}, groups["years"], touched["years"],
                                          lambda year: _newest_events(groups["years"][year], by_block=True), newest_first=True)),
    )
    return IndexState(index, knowledge.version, MappingProxyType(groups), MappingProxyType(by_brief), MappingProxyType(tops))


def _same_brief(old: Brief | None, new: Brief) -> Brief:
    """The earlier brief object when the new one has the same id and content digest."""
    if old is not None and (old is new or (new.digest and old.digest == new.digest)):
        return old
    return new


def keep_if_equal(old: Any, new: Any) -> Any:
    """The old value when equal to the new one (records of names and numbers only), so it keeps its identity."""
    return old if old is not None and old == new else new


def keep_if_same_items(old: tuple | None, new: tuple) -> tuple:
    """The old tuple when it holds the very same objects as the new one, so it keeps its identity."""
    return old if old is not None and len(old) == len(new) and all(map(is_, old, new)) else new


def _known_terms(brief: Brief, terms: Mapping[TermKey, Term]) -> tuple[TermKey, ...]:
    """The distinct terms a brief mentions that the index knows, sorted."""
    discovered = discovered_keys(brief)
    keys = {indexed_key((m.taxonomy, m.key), discovered) for m in brief.notes.mentions}
    return tuple(sorted(key for key in keys if key in terms))


def _derive(old: Mapping, keys: Mapping, redo: set, derive: Callable[[Any], Any], newest_first: bool = False) -> dict:
    """One entry per key of ``keys``, sorted by key: derived again for the keys in ``redo``, else the old entry."""
    return {key: old[key] if key not in redo and key in old else derive(key) for key in sorted(keys, reverse=newest_first)}


def _newest_events(group: Group, by_block: bool = False) -> tuple[tuple[str, Event], ...]:
    """(brief id, event) pairs, newest event first; ties by brief id (and paragraph), then in brief order."""
    if by_block:
        return tuple(sorted(group, key=lambda item: (item[1].date, item[0], item[1].block), reverse=True))
    return tuple(sorted(group, key=lambda item: (item[1].date, item[0]), reverse=True))


def _first_briefs(group: Group) -> tuple[tuple[str, str | None, str], ...]:
    """Each distinct (role, country) of a person with the first brief that states it."""
    found: dict[tuple[str, str | None], str] = {}
    for brief_id, role in group:
        found.setdefault(role, brief_id)
    return tuple((role, country, brief_id) for (role, country), brief_id in found.items())


def _relations_by_country(relations: tuple[Term, ...], old: SiteIndex | None) -> dict[str, tuple[Term, ...]]:
    """Per country, the relations it takes part in; entries that did not change keep their object."""
    before = old.relations_by_country if old is not None else {}
    return {code: keep_if_same_items(before.get(code), found) for code, found in sorted(relations_by_country(relations).items())}


def rank_terms(terms: Mapping[TermKey, Term], postings: Mapping[TermKey, tuple[Posting, ...]],
               only: set[str] | None = None) -> dict[str, tuple[Term, ...]]:
    """Per taxonomy (or per taxonomy in ``only``), its confirmed terms with most briefs first, then by name."""
    grouped: dict[str, list[Term]] = defaultdict(list)
    for (taxonomy, _), term in terms.items():
        if term.confirmed and (only is None or taxonomy in only):
            grouped[taxonomy].append(term)
    return {
        taxonomy: tuple(sorted(found, key=lambda t: (-len(postings[(t.taxonomy, t.key)]), t.name.casefold(), t.key)))
        for taxonomy, found in grouped.items()
    }


def relations_by_country(relations: Iterable[Term]) -> dict[str, tuple[Term, ...]]:
    """Per country, the relations it takes part in, in the relations' ranking order."""
    found: dict[str, list[Term]] = defaultdict(list)
    for relation in relations:
        for code in relation.attributes.get("countries", ()):
            found[code].append(relation)
    return {code: tuple(value) for code, value in found.items()}


def _term_for(key: TermKey, knowledge: KnowledgeBase, discoveries: Group) -> Term | None:
    """The knowledge-base term, or an unconfirmed term made from the first brief's discovery of it."""
    term = knowledge.term(*key)
    if term is not None:
        return term
    if key[0] == "relations":
        return relation_term(key[1], knowledge)
    if not discoveries:
        return None
    found = discoveries[0][1]
    country = next((d.country for _, d in discoveries if d.country), None)
    attributes = MappingProxyType({"country": country} if country else {})
    return Term(key[0], key[1], found.name, "", confirmed=False, attributes=attributes)


def relation_term(key: str, knowledge: KnowledgeBase) -> Term | None:
    """The term for a pair of countries, named from the knowledge base."""
    countries = [knowledge.term("countries", code.upper()) for code in key.split("-")]
    if len(countries) != 2 or None in countries:
        return None
    a, b = countries
    return Term("relations", key, f"{a.name}–{b.name}", f"Relations between {a.name} and {b.name}.",
                attributes=MappingProxyType({"countries": (a.key, b.key)}))


def unresolved_names(discoveries: Mapping[TermKey, Group], terms: Mapping[TermKey, Term]) -> list[Unresolved]:
    """Discovered names the knowledge base lacks, most used first, with the first brief's sentence as example."""
    rows = []
    for key, group in discoveries.items():
        if key in terms and terms[key].confirmed:
            continue
        first_brief, found = group[0]
        rows.append(Unresolved(key[0], key[1], found.name, len({brief_id for brief_id, _ in group}), found.sentence, first_brief))
    return sorted(rows, key=lambda r: (-r.briefs, r.taxonomy, r.name.casefold(), r.key))


def source_outcomes(briefs: list[Brief], errors: Iterable[SourceError], sources: Iterable[str]) -> list[SourceOutcome]:
    """One row per source file: its briefs or its error; nothing is lost silently."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for brief in sorted(briefs, key=lambda b: (b.article.source, b.article.position)):
        by_source[brief.article.source].append(brief.id)
    failed = {e.path: e.message for e in errors}
    paths = sorted(set(sources) | set(by_source) | set(failed))
    return [
        SourceOutcome(path, tuple(by_source.get(path, ())), failed.get(path) or (None if by_source.get(path) else "no article found after cleaning"))
        for path in paths
    ]
