"""Stage 5: render the index into Markdown pages with the Jinja2 templates in templates/.

Every value a template prints is escaped as literal text (the environment's ``finalize``), so source
text can never become Markdown, HTML or template syntax; only the generator's own link helpers
return SafeMarkdown.
"""
from __future__ import annotations

import json
import re
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Sequence

import jinja2

from .charts import coverage_chart, relations_matrix
from .feeds import feed_path, render_feeds
from .indexing import COOCCURRING_SCAN, SiteIndex
from .knowledge import KnowledgeBase
from .markdown_text import SafeMarkdown, escape_fragment, escape_line_start, escape_markdown, plain_title, yaml_value
from .model import Brief, Term
from .taxonomies import TAXONOMIES
from .urls import (BRIEFS_INDEX, DATA_BRIEFS, DATA_FACETS, DATA_REPORT, HOME, REPORT, TIMELINE, brief_path, paragraph_anchor,
                   taxonomy_path, term_path, url_for)

@dataclass(frozen=True, slots=True)
class Pagination:
    """One page of a long list."""

    number: int
    count: int
    items: tuple[Any, ...]
    first_path: str

    def path_of(self, number: int) -> str:
        """The path of another page of the same list."""
        return page_path(self.first_path, number)


def page_path(first_path: str, number: int) -> str:
    """'briefs/index.md' for page 1, 'briefs/index-page-2.md' for page 2."""
    return first_path if number == 1 else first_path.removesuffix(".md") + f"-page-{number}.md"


def paginate(items: Sequence[Any], size: int, first_path: str) -> list[Pagination]:
    """A long list cut into pages of ``size``; always at least one page."""
    count = max(1, math.ceil(len(items) / size))
    return [Pagination(n, count, tuple(items[(n - 1) * size : n * size]), first_path) for n in range(1, count + 1)]


#: Rows per page of the briefs list; each page is small whatever the corpus size.
BRIEFS_PER_PAGE = 100
#: Briefs per page of a term page: a country in thousands of briefs gets several small pages.
TERM_BRIEFS_PER_PAGE = 50
#: Dated events listed on a term page (newest first).
TERM_EVENTS_LIMIT = 100
#: Briefs listed on the home page.
LATEST_ON_HOME = 10
TOP_TERMS_ON_HOME = 10


def event_wording(event) -> str:
    """How the text dates an event, when that says more than the date itself ('last September', not 'in 2019')."""
    bare = re.sub(r"^(?:in|since|by|until|from|during|of|before|after)\s+", "", event.text, flags=re.I)
    return "" if bare == event.date else event.text


def counted(number: int, noun: str) -> str:
    """'1 brief', '2 briefs'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """The Jinja2 environment: strict about undefined names, escaping every printed value."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=escape_markdown,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
    )
    env.filters["yaml"] = yaml_value
    env.filters["plain_title"] = plain_title
    env.filters["counted"] = counted
    env.globals.update(link=link, term_link=term_link, brief_link=brief_link, evidence_link=evidence_link,
                       anchor=paragraph_anchor, linked_text=linked_text, chart=chart, term_links=term_links,
                       brief_line=brief_line, outlet_name=outlet_name, counted_links=counted_links,
                       event_wording=event_wording)
    return env


@jinja2.pass_context
def link(context: jinja2.runtime.Context, label: object, target: str, anchor: str | None = None) -> SafeMarkdown:
    """A Markdown link from the page being rendered to ``target``."""
    return SafeMarkdown(f"[{escape_markdown(label)}]({url_for(target, context['page_path'], anchor)})")


@jinja2.pass_context
def term_link(context: jinja2.runtime.Context, term: Term) -> SafeMarkdown:
    """A link to a term's page, marked when the term is not in the knowledge base."""
    mark = " (unconfirmed)" if not term.confirmed else ""
    return SafeMarkdown(link(context, term.name, term_path(term)) + mark)


@jinja2.pass_context
def brief_link(context: jinja2.runtime.Context, brief: Brief) -> SafeMarkdown:
    """A link to a brief by its title."""
    return link(context, brief.title, brief_path(brief.id))


@jinja2.pass_context
def evidence_link(context: jinja2.runtime.Context, brief: Brief, block: int, label: str = "in context") -> SafeMarkdown:
    """A link to the exact paragraph of a brief."""
    return link(context, label, brief_path(brief.id), paragraph_anchor(block))


@jinja2.pass_context
def term_links(context: jinja2.runtime.Context, terms: Iterable[Term]) -> SafeMarkdown:
    """Links to several terms, comma-separated."""
    return SafeMarkdown(", ".join(term_link(context, term) for term in terms))


@jinja2.pass_context
def counted_links(context: jinja2.runtime.Context, pairs: Iterable[tuple[tuple[str, str], int]]) -> SafeMarkdown:
    """'Japan (3), Russia (2)': links to terms with how many briefs they share."""
    terms = context["index"].terms
    return SafeMarkdown(", ".join(f"{term_link(context, terms[key])} ({count})" for key, count in pairs))


@jinja2.pass_context
def outlet_name(context: jinja2.runtime.Context, brief: Brief) -> str:
    """The outlet's name from the knowledge base, or as the article gave it (plain text, escaped on output)."""
    outlet = context["knowledge"].term("outlets", brief.notes.outlet) if brief.notes.outlet else None
    return outlet.name if outlet else (brief.notes.outlet or "")


@jinja2.pass_context
def brief_line(context: jinja2.runtime.Context, brief: Brief) -> SafeMarkdown:
    """'[Title](…) · 2024-03-01 · Reuters · news': a brief in a list."""
    parts = [brief_link(context, brief), brief.notes.published.isoformat() if brief.notes.published else "undated"]
    if brief.notes.outlet:
        parts.append(escape_markdown(outlet_name(context, brief)))
    parts.append(escape_markdown(brief.notes.kind))
    return SafeMarkdown(" · ".join(parts))


#: Taxonomies whose first mention in a brief's text becomes a link to the term's page.
LINKED_IN_TEXT = ("countries", "initiatives", "people", "organizations", "regions")


@jinja2.pass_context
def linked_text(context: jinja2.runtime.Context, brief: Brief, block: int) -> SafeMarkdown:
    """A paragraph of a brief as Markdown, with the first mention of each term in the brief linked."""
    index: SiteIndex = context["index"]
    text = brief.article.blocks[block].text
    first: dict[tuple[str, str], int] = {}
    for mention in brief.notes.mentions:
        if mention.taxonomy in LINKED_IN_TEXT and mention.block >= 0:
            first.setdefault((mention.taxonomy, mention.key), mention.block)
    spans: list[tuple[int, int, Term]] = []
    for mention in brief.notes.mentions:
        key = (mention.taxonomy, mention.key)
        if mention.block != block or first.get(key) != block or key not in index.terms:
            continue
        start = text.find(mention.surface)
        end = start + len(mention.surface)
        if start < 0 or any(a < end and start < b for a, b, _ in spans):
            continue
        spans.append((start, end, index.terms[key]))
        first[key] = -2  # linked once
    parts: list[str] = []
    cursor = 0
    for start, end, term in sorted(spans, key=lambda span: span[0]):
        parts.append(escape_fragment(text[cursor:start]))
        parts.append(link(context, text[start:end], term_path(term)))
        cursor = end
    parts.append(escape_fragment(text[cursor:]))
    joined = "".join(parts).strip()
    return SafeMarkdown(joined if spans and spans[0][0] == 0 else escape_line_start(joined))


@jinja2.pass_context
def chart(context: jinja2.runtime.Context, kind: str, taxonomy: str = "countries") -> SafeMarkdown:
    """A static SVG chart for the page being rendered."""
    if kind == "matrix":
        return relations_matrix(context["index"], context["page_path"])
    return coverage_chart(context["index"], taxonomy, context["page_path"])


def render_site(index: SiteIndex, knowledge: KnowledgeBase, templates_dir: Path, site_url: str = "http://localhost:8000/") -> dict[str, str]:
    """Every generated page: docs-relative path to its content."""
    env = make_environment(templates_dir)
    common = {"index": index, "knowledge": knowledge, "taxonomies": TAXONOMIES, "feed_path": feed_path,
              "events_limit": TERM_EVENTS_LIMIT, "cooccurring_scan": COOCCURRING_SCAN}
    pages: dict[str, str] = {}

    def render(template: str, path: str, **values: Any) -> None:
        pages[path] = env.get_template(template).render(page_path=path, **common, **values)

    render("home.md.j2", HOME, latest=index.briefs[:LATEST_ON_HOME], top=TOP_TERMS_ON_HOME)
    for page in paginate(index.briefs, BRIEFS_PER_PAGE, BRIEFS_INDEX):
        render("briefs_index.md.j2", page_path(BRIEFS_INDEX, page.number), page=page, facets_script=DATA_FACETS)
    render("report.md.j2", REPORT)
    render("timeline.md.j2", TIMELINE)
    for brief in index.briefs:
        render("brief.md.j2", brief_path(brief.id), brief=brief, related=[index.by_id[i] for i in index.related[brief.id]])
    for taxonomy in TAXONOMIES:
        terms = index.terms_of(taxonomy.name)
        render("taxonomy.md.j2", taxonomy_path(taxonomy.name), taxonomy=taxonomy, terms=terms)
        for term in terms:
            postings = index.postings[(term.taxonomy, term.key)]
            for page in paginate(postings, TERM_BRIEFS_PER_PAGE, term_path(term)):
                render("term.md.j2", page.path_of(page.number), taxonomy=taxonomy, term=term, page=page)
    pages.update(render_feeds(index, site_url))
    pages[DATA_BRIEFS] = export_briefs(index, knowledge)
    pages[DATA_FACETS] = export_facets(index, knowledge)
    pages[DATA_REPORT] = export_report(index)
    return pages


def brief_record(brief: Brief, index: SiteIndex, knowledge: KnowledgeBase) -> dict[str, Any]:
    """One brief as published in data/briefs.json."""
    notes = brief.notes

    def named(taxonomy: str) -> list[dict[str, Any]]:
        return [{"id": t.key, "name": t.name, "confirmed": t.confirmed} for t in index.brief_terms(brief, taxonomy)]

    outlet = knowledge.term("outlets", notes.outlet) if notes.outlet else None
    return {
        "id": brief.id,
        "title": brief.title,
        "url": brief_path(brief.id).removesuffix(".md") + ".html",
        "source": brief.article.source,
        "position": brief.article.position,
        "outlet": outlet.name if outlet else notes.outlet,
        "outlet_state_controlled": bool(outlet.attributes.get("state_controlled")) if outlet else None,
        "author": notes.author,
        "published": notes.published.isoformat() if isinstance(notes.published, date) else None,
        "dateline": notes.dateline_place,
        "kind": notes.kind,
        "summary": notes.summary,
        "key_points": list(notes.key_points),
        "standfirst": brief.article.standfirst,
        "body": "\n\n".join(("## " + b.text) if b.kind == "heading" else b.text for b in brief.article.blocks),
        "removed": [{"text": r.text, "reason": r.reason} for r in brief.article.removed],
        "countries": [{"code": t.key, "name": t.name} for t in index.brief_terms(brief, "countries")],
        "regions": named("regions"),
        "people": [{"id": p.key, "name": p.name, "role": p.role, "country": p.country} for p in notes.people],
        "organizations": named("organizations"),
        "initiatives": named("initiatives"),
        "quotes": [{"speaker": q.speaker_name, "speaker_id": q.speaker, "text": q.text, "paragraph": q.block + 1} for q in notes.quotes],
        "figures": [{"text": f.text, "kind": f.kind, "sentence": f.sentence, "paragraph": f.block + 1} for f in notes.figures],
        "events": [{"date": e.date, "text": e.text, "sentence": e.sentence, "paragraph": e.block + 1} for e in notes.events],
        "related": list(index.related.get(brief.id, ())),
    }


def export_briefs(index: SiteIndex, knowledge: KnowledgeBase) -> str:
    """data/briefs.json: every brief with its annotations."""
    records = [brief_record(b, index, knowledge) for b in index.briefs]
    return json.dumps({"briefs": records}, ensure_ascii=False, indent=1) + "\n"


def export_facets(index: SiteIndex, knowledge: KnowledgeBase) -> str:
    """data/briefs-index.js: the compact list the facet filter reads (a script, so it works from file://)."""
    rows = []
    for brief in index.briefs:
        outlet = knowledge.term("outlets", brief.notes.outlet) if brief.notes.outlet else None
        rows.append([
            brief.id, brief.title, brief.notes.published.isoformat() if brief.notes.published else None,
            brief.notes.kind, outlet.name if outlet else brief.notes.outlet,
            list(brief.terms("countries")), [k for k in brief.terms("initiatives") if ("initiatives", k) in index.terms],
        ])
    names = {tax: {t.key: t.name for t in index.terms_of(tax)} for tax in ("countries", "initiatives")}
    document = {"base": "", "briefs": rows, "countries": names["countries"], "initiatives": names["initiatives"]}
    # json.dumps escapes nothing HTML-special by default; "</" cannot occur in a .js file's data anyway,
    # but escape it so the same text is safe if ever inlined into a <script> element.
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.BRIEFING_INDEX = {text};\n"


def export_report(index: SiteIndex) -> str:
    """data/report.json: what became of every source file, and the names to add to the knowledge base."""
    report = {
        "sources": [{"path": o.path, "briefs": list(o.brief_ids), "error": o.error} for o in index.outcomes],
        "unresolved": [
            {"taxonomy": u.taxonomy, "id": u.key, "name": u.name, "briefs": u.briefs, "example": u.example, "example_brief": u.example_brief}
            for u in index.unresolved
        ],
    }
    return json.dumps(report, ensure_ascii=False, indent=1) + "\n"


