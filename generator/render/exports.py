"""The data files published beside the pages: data/briefs.json, data/briefs-index.js, data/report.json."""
from __future__ import annotations

import json
from typing import Any, Callable, Iterable

from generator.incremental.fingerprint import same_objects
from generator.incremental.memory import RenderMemory
from generator.index.merging import discovered_keys, indexed_key
from generator.index.records import SiteIndex
from generator.knowledge.base import KnowledgeBase
from generator.model import Brief, Term
from generator.urls import brief_path, html_path


def brief_record(brief: Brief, index: SiteIndex, knowledge: KnowledgeBase) -> dict[str, Any]:
    """One brief as published in data/briefs.json."""
    notes = brief.notes

    def named(taxonomy: str) -> list[dict[str, Any]]:
        return [{"id": t.key, "name": t.name, "confirmed": t.confirmed} for t in index.brief_terms(brief, taxonomy)]

    outlet = knowledge.outlet_term(notes.outlet)
    return {
        "id": brief.id,
        "title": brief.title,
        "url": html_path(brief_path(brief.id)),
        "source": brief.article.source,
        "position": brief.article.position,
        "outlet": knowledge.outlet_name(notes.outlet),
        "outlet_state_controlled": bool(outlet.attributes.get("state_controlled")) if outlet else None,
        "author": notes.author,
        "published": notes.published_iso,
        "dateline": notes.dateline_place,
        "kind": notes.kind,
        "summary": notes.summary,
        "key_points": list(notes.key_points),
        "standfirst": brief.article.standfirst,
        "body": "\n\n".join(("## " + b.text) if b.kind == "heading" else b.text for b in brief.article.blocks),
        "removed": [{"text": r.text, "reason": r.reason} | ({"note": r.note} if r.note else {}) for r in brief.article.removed],
        "countries": [{"code": t.key, "name": t.name} for t in index.brief_terms(brief, "countries")],
        "regions": named("regions"),
        "people": [{"id": p.key, "name": p.name, "role": p.role, "country": p.country} for p in notes.people],
        "organizations": named("organizations"),
        "initiatives": named("initiatives"),
        "quotes": [{"speaker": q.speaker_name, "speaker_id": q.speaker, "text": q.text, "paragraph": q.block + 1} for q in notes.quotes],
        "figures": [{"text": f.text, "kind": f.kind, "sentence": f.sentence, "paragraph": f.block + 1,
                     "paragraphs": [f.block + 1, *(p + 1 for p in f.places)]} for f in notes.figures],
        "events": [{"date": e.date, "text": e.text, "sentence": e.sentence, "paragraph": e.block + 1} for e in notes.events],
        "related": list(index.related.get(brief.id, ())),
    }


def export_briefs(index: SiteIndex, knowledge: KnowledgeBase, memory: RenderMemory | None = None) -> str:
    """data/briefs.json: every brief with its annotations (a record whose inputs are the same objects is not encoded again)."""
    before = memory.records if memory is not None else {}
    records: dict[str, tuple[tuple[Any, ...], str]] = {}
    # The file lists every brief, so a new brief renders it again whatever it read: it reads the terms and related
    # lists whole (one recorded read each, one digest each) rather than thousands of single entries.
    terms, related = dict(index.terms.items()), dict(index.related.items())
    for brief in index.briefs:
        # Everything brief_record reads, in one pass over the mentions.
        discovered = discovered_keys(brief)
        named = tuple(terms.get(indexed_key((m.taxonomy, m.key), discovered)) for m in brief.notes.mentions if m.taxonomy in RECORD_TAXONOMIES)
        inputs = (knowledge, brief, related.get(brief.id, ()), named)
        records[brief.id] = reuse_if_same_objects(before.get(brief.id), inputs, lambda: json.dumps(brief_record(brief, index, knowledge), ensure_ascii=False))
    if memory is not None:
        memory.records = records
    return json_rows(briefs=[line for _, line in records.values()])


def reuse_if_same_objects(found: tuple[tuple[Any, ...], Any] | None, inputs: tuple[Any, ...], make: Callable[[], Any]) -> tuple[tuple[Any, ...], Any]:
    """(inputs, value): the value kept from the last build when its inputs are built of the same objects, else made."""
    if found is not None and same_objects(found[0], inputs):
        return found
    return inputs, make()


def facet_row(brief: Brief, knowledge: KnowledgeBase, initiatives: tuple[str, ...], listed: tuple[bool, ...]) -> list[Any]:
    """One brief in data/briefs-index.js: id, title, date, kind, outlet, countries, initiatives that are terms."""
    return [brief.id, brief.title, brief.notes.published_iso,
            brief.notes.kind, knowledge.outlet_name(brief.notes.outlet),
            list(brief.terms("countries")), [k for k, known in zip(initiatives, listed) if known]]


#: The taxonomies whose terms a brief's record names.
RECORD_TAXONOMIES = frozenset({"countries", "regions", "organizations", "initiatives"})


def export_facets(index: SiteIndex, knowledge: KnowledgeBase, memory: RenderMemory | None = None) -> str:
    """data/briefs-index.js: the compact list the facet filter reads (a script, so it works from file://)."""
    before = memory.facets if memory is not None else {}
    now: dict[str, tuple[tuple[Any, ...], list[Any]]] = {}
    rows = []
    for brief in index.briefs:
        found = before.get(brief.id)
        if found is not None and found[0][0] is knowledge and found[0][1] is brief:
            initiatives = found[0][2]  # the brief's initiative keys: the same brief mentions the same ones
        else:
            initiatives = brief.terms("initiatives")
        listed = tuple(_confirmed(index.terms.get(("initiatives", k))) for k in initiatives)
        now[brief.id] = reuse_if_same_objects(found, (knowledge, brief, initiatives, listed), lambda: facet_row(brief, knowledge, initiatives, listed))
        rows.append(now[brief.id][1])
    if memory is not None:
        memory.facets = now
    names = {tax: {t.key: t.name for t in index.terms_of(tax)} for tax in ("countries", "initiatives")}
    document = {"base": "", "briefs": rows, "countries": names["countries"], "initiatives": names["initiatives"]}
    # json.dumps escapes nothing HTML-special by default; "</" cannot occur in a .js file's data anyway,
    # but escape it so the same text is safe if ever inlined into a <script> element.
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.BRIEFING_INDEX = {text};\n"


def _confirmed(term: Term | None) -> bool:
    """Whether a term has a page (it is in the knowledge base)."""
    return term is not None and term.confirmed


def export_report(index: SiteIndex) -> str:
    """data/report.json: what became of every source file, and the names to add to the knowledge base."""
    sources = ({"path": o.path, "briefs": list(o.brief_ids), "error": o.error} for o in index.outcomes)
    unresolved = (
        {"taxonomy": u.taxonomy, "id": u.key, "name": u.name, "briefs": u.briefs, "example": u.example, "example_brief": u.example_brief,
         "file": u.knowledge_file, "entry": u.yaml_entry}
        for u in index.unresolved
    )
    undated = ({"id": b.id, "source": b.article.source, "title": b.title} for b in index.briefs if not b.notes.published)
    doubtful = ({"id": b.id, "source": b.article.source, "title": b.title, "doubts": list(b.doubts)} for b in index.briefs if b.doubts)
    return json_document(sources=sources, unresolved=unresolved, undated=undated, doubtful=doubtful)


def json_document(**lists: Iterable[Any]) -> str:
    """A JSON object of named lists, one record per line: readable, diffable, and written by the C encoder."""
    return json_rows(**{name: [json.dumps(record, ensure_ascii=False) for record in records] for name, records in lists.items()})


def json_rows(**lists: list[str]) -> str:
    """A JSON object of named lists of records already encoded, one per line."""
    parts = ["{"]
    for number, (name, rows) in enumerate(lists.items()):
        parts += [",\n" if number else "", json.dumps(name), ": [\n" if rows else ": []"]
        if rows:
            separated = [",\n"] * (2 * len(rows) - 1)
            separated[::2] = rows
            parts += separated
            parts.append("\n]")
    parts.append("}\n")
    return "".join(parts)  # one join: the briefs file is megabytes, and each + would copy all of it
