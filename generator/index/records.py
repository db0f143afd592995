"""The index's records: postings, the names to confirm, what became of each source, and the SiteIndex itself."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Mapping

from generator.index.merging import TermKey, discovered_keys, indexed_key
from generator.model import Brief, Event, Quote, Term


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

    @property
    def knowledge_file(self) -> str:
        """Where the editor adds it."""
        return f"knowledge/{self.taxonomy}.yaml"

    @property
    def yaml_entry(self) -> str:
        """The line to paste into ``knowledge_file`` (a JSON string is a YAML string, quoted safely)."""
        return f"- {{id: {self.key}, name: {json.dumps(self.name, ensure_ascii=False)}}}"


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
    ranked: Mapping[str, tuple[Term, ...]]  # per taxonomy: confirmed terms (the ones with pages), most briefs first
    roles: Mapping[str, tuple[tuple[str, str | None, str], ...]]  # person key -> (role, country, brief id), as stated
    quotes: Mapping[str, tuple[tuple[str, Quote], ...]]  # person key -> (brief id, quote), in brief order
    relations_by_country: Mapping[str, tuple[Term, ...]]
    timeline: Mapping[str, tuple[tuple[str, Event], ...]]  # year -> (brief id, event), newest first; years newest first

    def relations_of(self, country: str) -> tuple[Term, ...]:
        """The relations a country takes part in, most briefs first."""
        return self.relations_by_country.get(country, ())

    def terms_of(self, taxonomy: str) -> tuple[Term, ...]:
        """Confirmed terms of one taxonomy that have briefs (the ones with pages), most briefs first, then by name.

        A name the knowledge base lacks is a question for the editor (``unresolved``, the Report), not a page for readers.
        """
        return self.ranked.get(taxonomy, ())

    def brief_terms(self, brief: Brief, taxonomy: str) -> list[Term]:
        """The terms of one taxonomy a brief mentions, in first-mention order."""
        discovered = discovered_keys(brief)
        keys = dict.fromkeys(indexed_key((taxonomy, k), discovered) for k in brief.terms(taxonomy))
        return [self.terms[key] for key in keys if key in self.terms]
