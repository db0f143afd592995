"""Stage 4: index every brief by term, once, before anything is rendered.

All cross-references come from inverted indexes (term -> briefs), so the cost grows with the number of
mentions, never with the square of the corpus.
"""
from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, defaultdict
from operator import itemgetter
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping

from .knowledge import KnowledgeBase
from .model import Brief, Discovery, Event, Quote, SourceError, Term
from .slugs import slugify
from .taxonomies import TAXONOMIES

TermKey = tuple[str, str]
#: How many related briefs a brief lists.
RELATED_LIMIT = 5
#: A brief's rarest terms used to find related briefs, and the newest postings read for each.
RELATED_TERMS = 12
RELATED_SCAN = 60
#: Briefs of a term sampled (newest first) to count the terms that appear with it.
COOCCURRING_SCAN = 200
#: Co-occurring terms listed on a term page, per taxonomy.
COOCCURRING_LIMIT = 12


@dataclass(frozen=True, slots=True)
class Posting:
    """A brief's evidence for one term: where it first appears and how often."""

    brief_id: str
    block: int
    sentence: str
    count: int


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A discovered name with how many briefs use it and an example sentence."""

    taxonomy: str
    key: str
    name: str
    briefs: int
    example: str
    example_brief: str


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """What became of one source file: its briefs, or the error that stopped it."""

    path: str
    brief_ids: tuple[str, ...]
    error: str | None


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """Everything the renderer needs, computed once over the whole corpus."""

    briefs: tuple[Brief, ...]  # newest first, undated last
    by_id: Mapping[str, Brief]
    terms: Mapping[TermKey, Term]  # every term at least one brief mentions
    postings: Mapping[TermKey, tuple[Posting, ...]]  # briefs per term, in brief order
    related: Mapping[str, tuple[str, ...]]
    cooccurring: Mapping[TermKey, Mapping[str, tuple[tuple[TermKey, int], ...]]]  # per term, per taxonomy
    people_by_country: Mapping[str, tuple[str, ...]]
    unresolved: tuple[Unresolved, ...]
    outcomes: tuple[SourceOutcome, ...]
    events: Mapping[TermKey, tuple[tuple[str, Event], ...]]  # per term: (brief id, event), newest first
    ranked: Mapping[str, tuple[Term, ...]]  # per taxonomy: terms, most briefs first
    roles: Mapping[str, tuple[tuple[str, str | None, str], ...]]  # person key -> (role, country, brief id), as stated
    quotes: Mapping[str, tuple[tuple[str, Quote], ...]]  # person key -> (brief id, quote), in brief order
    relations_by_country: Mapping[str, tuple[Term, ...]]
    timeline: Mapping[str, tuple[tuple[str, Event], ...]]  # year -> (brief id, event), newest first; years newest first

    def relations_of(self, country: str) -> tuple[Term, ...]:
        """The relations a country takes part in, most briefs first."""
        return self.relations_by_country.get(country, ())

    def terms_of(self, taxonomy: str) -> tuple[Term, ...]:
        """Terms of one taxonomy that have briefs, most briefs first, then by name."""
        return self.ranked.get(taxonomy, ())

    def brief_terms(self, brief: Brief, taxonomy: str) -> list[Term]:
        """The terms of one taxonomy a brief mentions, in first-mention order."""
        return [self.terms[(taxonomy, k)] for k in brief.terms(taxonomy) if (taxonomy, k) in self.terms]


def brief_id(title: str, source: str, position: int) -> str:
    """A stable, unique id: the title's slug plus a short hash of where the article came from."""
    digest = hashlib.sha256(f"{source}#{position}".encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{slugify(title, 'brief')[:50].rstrip('-')}-{digest}"


def sort_briefs(briefs: Iterable[Brief]) -> list[Brief]:
    """Newest first; undated briefs last; ties by title and id so the order is deterministic."""
    dated = sorted((b for b in briefs if b.notes.published), key=lambda b: (b.title.casefold(), b.id))
    dated.sort(key=lambda b: b.notes.published, reverse=True)
    undated = sorted((b for b in briefs if not b.notes.published), key=lambda b: (b.title.casefold(), b.id))
    return dated + undated


def build_index(
    briefs: Iterable[Brief],
    knowledge: KnowledgeBase,
    errors: Iterable[SourceError] = (),
    sources: Iterable[str] = (),
) -> SiteIndex:
    """The site index: terms, postings, related briefs, co-occurrences and the editor's report."""
    ordered = sort_briefs(briefs)
    postings: dict[TermKey, list[Posting]] = defaultdict(list)
    discovered: dict[TermKey, Discovery] = {}
    for brief in ordered:
        counts = Counter((m.taxonomy, m.key) for m in brief.notes.mentions)
        first: dict[TermKey, tuple[int, str]] = {}
        for mention in brief.notes.mentions:
            key = (mention.taxonomy, mention.key)
            # The first mention in the text is the evidence; a mention in the headline only when there is no other.
            if key not in first or first[key][0] < 0 <= mention.block:
                first[key] = (mention.block, mention.sentence)
        for term_key, (block, sentence) in first.items():
            postings[term_key].append(Posting(brief.id, block, sentence, counts[term_key]))
        for found in brief.notes.discoveries:
            discovered.setdefault((found.taxonomy, found.key), found)
    terms = {key: _term_for(key, knowledge, discovered, ordered) for key in postings}
    terms = {key: term for key, term in terms.items() if term is not None}
    postings = {key: value for key, value in postings.items() if key in terms}
    frozen_postings = {key: tuple(value) for key, value in postings.items()}
    ranked = rank_terms(terms, frozen_postings)
    by_brief = terms_by_brief(ordered, terms)
    return SiteIndex(
        briefs=tuple(ordered),
        by_id=MappingProxyType({b.id: b for b in ordered}),
        terms=MappingProxyType(dict(sorted(terms.items()))),
        postings=MappingProxyType(frozen_postings),
        related=MappingProxyType(related_briefs(frozen_postings, by_brief)),
        cooccurring=MappingProxyType(cooccurring_terms(frozen_postings, by_brief)),
        people_by_country=MappingProxyType(_people_by_country(ordered)),
        unresolved=tuple(unresolved_names(ordered, terms)),
        outcomes=tuple(source_outcomes(ordered, errors, sources)),
        events=MappingProxyType(timeline_events(ordered, terms)),
        ranked=MappingProxyType(ranked),
        roles=MappingProxyType(stated_roles(ordered)),
        quotes=MappingProxyType(quotes_by_speaker(ordered)),
        relations_by_country=MappingProxyType(relations_by_country(ranked.get("relations", ()))),
        timeline=MappingProxyType(events_by_year(ordered)),
    )


def stated_roles(briefs: list[Brief]) -> dict[str, tuple[tuple[str, str | None, str], ...]]:
    """Per person, each distinct role (with country) a brief gives them, with the first brief that says so."""
    found: dict[str, dict[tuple[str, str | None], str]] = defaultdict(dict)
    for brief in briefs:
        for person in brief.notes.people:
            if person.role:
                found[person.key].setdefault((person.role, person.country), brief.id)
    return {key: tuple((role, country, brief_id) for (role, country), brief_id in roles.items()) for key, roles in found.items()}


def quotes_by_speaker(briefs: list[Brief]) -> dict[str, tuple[tuple[str, Quote], ...]]:
    """Per person, every quote attributed to them, newest brief first."""
    found: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for brief in briefs:
        for quote in brief.notes.quotes:
            if quote.speaker:
                found[quote.speaker].append((brief.id, quote))
    return {key: tuple(value) for key, value in found.items()}


def rank_terms(terms: Mapping[TermKey, Term], postings: Mapping[TermKey, tuple[Posting, ...]]) -> dict[str, tuple[Term, ...]]:
    """Per taxonomy, its terms with most briefs first, then by name (computed once)."""
    grouped: dict[str, list[Term]] = defaultdict(list)
    for (taxonomy, _), term in terms.items():
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


def _term_for(key: TermKey, knowledge: KnowledgeBase, discovered: Mapping[TermKey, Discovery], briefs: list[Brief]) -> Term | None:
    """The knowledge-base term, or an unconfirmed term made from a discovery."""
    term = knowledge.term(*key)
    if term is not None:
        return term
    if key[0] == "relations":
        return relation_term(key[1], knowledge)
    found = discovered.get(key)
    if found is None:
        return None
    return Term(key[0], key[1], found.name, "", confirmed=False)


def relation_term(key: str, knowledge: KnowledgeBase) -> Term | None:
    """The term for a pair of countries, named from the knowledge base."""
    countries = [knowledge.term("countries", code.upper()) for code in key.split("-")]
    if len(countries) != 2 or None in countries:
        return None
    a, b = countries
    return Term("relations", key, f"{a.name}–{b.name}", f"Relations between {a.name} and {b.name}.",
                attributes=MappingProxyType({"countries": (a.key, b.key)}))


def timeline_events(briefs: list[Brief], terms: Mapping[TermKey, Term]) -> dict[TermKey, tuple[tuple[str, Event], ...]]:
    """For each term, the dated events stated in a sentence that mentions it, newest first."""
    found: dict[TermKey, list[tuple[str, Event]]] = defaultdict(list)
    for brief in briefs:
        by_sentence: dict[tuple[int, str], set[TermKey]] = defaultdict(set)
        for mention in brief.notes.mentions:
            by_sentence[(mention.block, mention.sentence)].add((mention.taxonomy, mention.key))
        for event in brief.notes.events:
            for term_key in sorted(by_sentence.get((event.block, event.sentence), ())):
                if term_key in terms:
                    found[term_key].append((brief.id, event))
    return {key: tuple(sorted(value, key=lambda item: (item[1].date, item[0]), reverse=True)) for key, value in found.items()}


def terms_by_brief(briefs: list[Brief], known: Mapping[TermKey, object]) -> dict[str, tuple[TermKey, ...]]:
    """For each brief (in the given order), the distinct terms it mentions that the index knows, sorted."""
    return {b.id: tuple(sorted({(m.taxonomy, m.key) for m in b.notes.mentions if (m.taxonomy, m.key) in known})) for b in briefs}


def events_by_year(briefs: list[Brief]) -> dict[str, tuple[tuple[str, Event], ...]]:
    """Every dated event of every brief by year, newest year and newest event first."""
    found = sorted(((b.id, e) for b in briefs for e in b.notes.events), key=lambda item: (item[1].date, item[0], item[1].block), reverse=True)
    years: dict[str, list[tuple[str, Event]]] = {}
    for item in found:
        years.setdefault(item[1].date[:4], []).append(item)
    return {year: tuple(items) for year, items in years.items()}


def related_briefs(postings: Mapping[TermKey, tuple[Posting, ...]], by_brief: Mapping[str, tuple[TermKey, ...]]) -> dict[str, tuple[str, ...]]:
    """For each brief, the briefs sharing the most (and rarest) terms, through the inverted index.

    Work per brief is bounded: only its RELATED_TERMS rarest terms, and for each the RELATED_SCAN newest
    postings, are read, so the whole pass is linear in the corpus.
    """
    total = max(1, len(by_brief))
    weights = {key: math.log(1 + total / len(value)) for key, value in postings.items()}
    # Rarest first, then by key: one global order, so each brief's choice is a cheap sort by position.
    rank = {key: i for i, key in enumerate(sorted(postings, key=lambda k: (-weights[k], k)))}.__getitem__
    newest = {key: tuple(p.brief_id for p in value[:RELATED_SCAN]) for key, value in postings.items()}
    related: dict[str, tuple[str, ...]] = {}
    for brief_id, keys in by_brief.items():
        scores: dict[str, float] = {}
        for term_key in sorted(keys, key=rank)[:RELATED_TERMS]:
            weight = weights[term_key]
            for other in newest[term_key]:
                scores[other] = scores.get(other, 0.0) + weight
        scores.pop(brief_id, None)
        # Highest score first, ties by id: sorting by id, then (stably) by score, gives exactly that order.
        best = heapq.nlargest(RELATED_LIMIT, sorted(scores.items()), key=itemgetter(1))
        related[brief_id] = tuple(b for b, _ in best)
    return related


def cooccurring_terms(
    postings: Mapping[TermKey, tuple[Posting, ...]], by_brief: Mapping[str, tuple[TermKey, ...]]
) -> dict[TermKey, Mapping[str, tuple[tuple[TermKey, int], ...]]]:
    """For each term, the other terms that appear in the same briefs, with counts."""
    result: dict[TermKey, Mapping[str, tuple[tuple[TermKey, int], ...]]] = {}
    for term_key, term_postings in postings.items():
        counts: Counter[TermKey] = Counter()
        for posting in term_postings[:COOCCURRING_SCAN]:
            counts.update(by_brief[posting.brief_id])  # a tuple: counted in C
        counts.pop(term_key, None)
        ranked = sorted(counts.items())  # by key, then (stably) by count, highest first: both sorts run in C
        ranked.sort(key=itemgetter(1), reverse=True)
        per_taxonomy: dict[str, list[tuple[TermKey, int]]] = defaultdict(list)
        for item in ranked:
            listed = per_taxonomy[item[0][0]]
            if len(listed) < COOCCURRING_LIMIT:
                listed.append(item)
        result[term_key] = MappingProxyType({t.name: tuple(per_taxonomy[t.name]) for t in TAXONOMIES if t.name in per_taxonomy})
    return result


def _people_by_country(briefs: list[Brief]) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = defaultdict(set)
    for brief in briefs:
        for person in brief.notes.people:
            if person.country:
                found[person.country].add(person.key)
    return {code: tuple(sorted(keys)) for code, keys in sorted(found.items())}


def unresolved_names(briefs: list[Brief], terms: Mapping[TermKey, Term]) -> list[Unresolved]:
    """Discovered names the knowledge base lacks, most used first, with an example sentence."""
    seen: dict[TermKey, tuple[Discovery, str, set[str]]] = {}
    for brief in briefs:
        for found in brief.notes.discoveries:
            key = (found.taxonomy, found.key)
            if key in terms and terms[key].confirmed:
                continue
            entry = seen.setdefault(key, (found, brief.id, set()))
            entry[2].add(brief.id)
    rows = [Unresolved(k[0], k[1], d.name, len(ids), d.sentence, b) for k, (d, b, ids) in seen.items()]
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
