"""What the pipeline produced for an article, reduced to what the gold describes."""
from __future__ import annotations

from dataclasses import dataclass

from generator.knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class PredPerson:
    name: str
    role: str | None = None
    country: str | None = None
    key: str | None = None  # "people:<key>" when the knowledge base knows them


@dataclass(frozen=True)
class PredQuote:
    text: str
    speaker: str | None = None
    speaker_key: str | None = None


@dataclass(frozen=True)
class PredArticle:
    """What the pipeline produced for one article, reduced to what the gold describes."""

    source: str
    title: str | None
    paragraphs: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    standfirst: str | None = None
    dateline: str | None = None
    removed: tuple[tuple[str, str], ...] = ()  # (line, reason)
    countries: tuple[str, ...] = ()
    people: tuple[PredPerson, ...] = ()
    organizations: tuple[tuple[str, str | None], ...] = ()  # (name, "taxonomy:key" or None)
    initiatives: tuple[tuple[str, str | None], ...] = ()
    quotes: tuple[PredQuote, ...] = ()
    figures: tuple[str, ...] = ()
    outlet: tuple[str, str | None] | None = None  # (name, "outlets:key" or None)
    author: str | None = None
    kind: str | None = None
    published: str | None = None

    @property
    def first_paragraph(self) -> str:
        first = self.paragraphs[0] if self.paragraphs else ""
        return f"{self.dateline} {first}" if self.dateline else first


def prediction_of(brief, knowledge: KnowledgeBase) -> PredArticle:
    """A pipeline Brief reduced to a PredArticle."""
    article, notes = brief.article, brief.notes
    known = {(tax, k) for tax, k in knowledge.terms}
    discovered = {(d.taxonomy, d.key): d.name for d in notes.discoveries}  # an unconfirmed term's page shows this name

    def named(taxonomy: str, exclude: str | None = None) -> tuple[tuple[str, str | None], ...]:
        items: dict[str, tuple[str, str | None]] = {}
        for mention in notes.mentions:
            if mention.taxonomy != taxonomy or mention.key == exclude:
                continue
            if (taxonomy, mention.key) in known:
                term = knowledge.term(taxonomy, mention.key)
                items.setdefault(mention.key, (term.name if term else mention.surface, f"{taxonomy}:{mention.key}"))
            else:
                items.setdefault(mention.key, (discovered.get((taxonomy, mention.key), mention.surface), None))
        return tuple(items.values())

    outlet = None
    if notes.outlet:
        term = knowledge.outlet_term(notes.outlet)
        outlet = (term.name, f"outlets:{term.key}") if term else (notes.outlet, None)
    people = tuple(
        PredPerson(p.name, p.role, p.country, f"people:{p.key}" if ("people", p.key) in known else None)
        for p in notes.people
    )
    quotes = tuple(
        PredQuote(q.text, q.speaker_name, f"people:{q.speaker}" if q.speaker and ("people", q.speaker) in known else None)
        for q in notes.quotes
    )
    return PredArticle(
        source=article.source,
        title=article.title,
        paragraphs=tuple(b.text for b in article.blocks if b.kind == "paragraph"),
        headings=tuple(b.text for b in article.blocks if b.kind == "heading"),
        standfirst=article.standfirst,
        dateline=article.dateline,
        removed=tuple((r.text, r.reason) for r in article.removed),
        countries=brief.terms("countries"),
        people=people,
        organizations=named("organizations") + named("outlets", exclude=notes.outlet),
        initiatives=named("initiatives"),
        quotes=quotes,
        figures=tuple(f.text for f in notes.figures),
        outlet=outlet,
        author=notes.author,
        kind=notes.kind,
        published=notes.published_iso,
    )
