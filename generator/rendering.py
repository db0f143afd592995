"""Stage 5: render the index into Markdown pages with the Jinja2 templates in templates/.

Every value a template prints is escaped as literal text (the environment's ``finalize``), so source
text can never become Markdown, HTML or template syntax; only the generator's own link helpers
return SafeMarkdown.
"""
from __future__ import annotations

import json
import multiprocessing
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import jinja2

from .charts import coverage_chart, relations_matrix
from .cache import article_key
from .feeds import feed_path, feed_subjects, json_feed, rss_feed
from .indexing import COOCCURRING_SCAN, SiteIndex
from .knowledge import KnowledgeBase
from .markdown_text import SafeMarkdown, escape_fragment, escape_line_start, escape_markdown, plain_title, yaml_value
from .model import Brief, Mention, Term
from .page_cache import (Dependency, EntryDigests, Fingerprinter, Pages, PageStore, ReadLog, StoredPage, content_digest, same_objects,
                         folder_digest, recording, rendering_code_version)
from .taxonomies import TAXONOMIES
from .urls import (BRIEFS_INDEX, DATA_BRIEFS, DATA_FACETS, DATA_REPORT, HOME, REPORT, TIMELINE, brief_path, paragraph_anchor, timeline_path,
                   taxonomy_path, term_path, url_for)

@dataclass(frozen=True, slots=True)
class Pagination:
    """One page of a long list: the newest items, or one archive page of older ones."""

    number: int  # 1 for the newest page, then the archive pages in navigation order
    label: str  # how the navigation names this page: "Newest", or the dates it covers
    items: tuple[Any, ...]
    path: str
    pages: tuple[tuple[str, str], ...]  # (path, label) of every page of the list, newest first


def paginate(items: Sequence[Any], size: int, first_path: str, date_of: Callable[[Any], str] = lambda item: "") -> list[Pagination]:
    """A long list (newest first, undated last) as pages: the newest ``size`` items, then archive pages.

    Archive pages are cut from the oldest end (undated items apart, after them), so a new article changes
    the first page and the newest archive page only: every older archive page keeps its path and content.
    """
    items = tuple(items)
    older = [(item, date_of(item)) for item in items[size:]]
    dated = [(item, day) for item, day in older if day != UNDATED][::-1]  # oldest first
    undated = tuple(item for item, day in older if day == UNDATED)
    stem = first_path.removesuffix(".md")
    archive = []
    for number, start in enumerate(range(0, len(dated), size), start=1):
        chunk = dated[start:start + size]
        first, last = chunk[0][1], chunk[-1][1]
        # A page still filling up is named by where it starts only, so its name holds until it is full.
        label = (first if first == last else f"{first} – {last}") if len(chunk) == size else f"from {first}"
        archive.append((f"{stem}-archive-{number}.md", label, tuple(item for item, _ in reversed(chunk))))  # newest first
    archive.reverse()  # newest first in the navigation
    for number, start in enumerate(range(0, len(undated), size), start=1):
        label = UNDATED if len(undated) <= size else f"{UNDATED} {number}"
        archive.append((f"{stem}-undated-{number}.md", label, undated[start:start + size]))
    pages = ((first_path, "Newest"), *((path, label) for path, label, _ in archive))
    return [Pagination(1, "Newest", items[:size], first_path, pages)] + [
        Pagination(number, label, bucket, path, pages) for number, (path, label, bucket) in enumerate(archive, start=2)
    ]


UNDATED = "undated"


def brief_date(brief: Brief) -> str:
    """A brief's publication date as a page label, or 'undated'."""
    return brief.notes.published.isoformat() if brief.notes.published else UNDATED


#: Rows per page of the briefs list; each page is small whatever the corpus size.
BRIEFS_PER_PAGE = 100
#: Briefs per page of a term page: a country in thousands of briefs gets several small pages.
TERM_BRIEFS_PER_PAGE = 50
#: Dated events listed on a term page (newest first).
TERM_EVENTS_LIMIT = 100
#: Dated references on the timeline's front page; each year has a page with all of its own.
TIMELINE_LATEST = 100
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


def make_environment(templates_dir: Path, bytecode_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment: strict about undefined names, escaping every printed value."""
    if bytecode_dir is not None:
        bytecode_dir.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        # Compiled templates are kept by Jinja under a checksum of their source: never stale.
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(bytecode_dir)) if bytecode_dir is not None else None,
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
    # The link helpers are bound to each page as it is rendered (PageHelpers); these need no page.
    env.globals.update(anchor=paragraph_anchor, event_wording=event_wording, timeline_path=timeline_path)
    return env


#: Taxonomies whose first mention in a brief's text becomes a link to the term's page.
LINKED_IN_TEXT = ("countries", "initiatives", "people", "organizations", "regions")


class PageHelpers:
    """The link helpers a template calls, bound to the page being rendered: every link is relative to it.

    Bound methods, not ``pass_context`` functions: Jinja derives a new context for each call of one of
    those inside a loop, which cost more than the link itself on list pages.
    """

    __slots__ = ("page_path", "index", "knowledge", "up", "first_mentions", "links")

    def __init__(self, page_path: str, index: SiteIndex, knowledge: KnowledgeBase, links: dict[Any, Any] | None = None):
        self.page_path = page_path
        self.index = index
        self.knowledge = knowledge
        # Term links and brief lines already made, shared by the pages one Renderer renders: a term or a brief
        # is listed on many pages, and pages in the same folder link it the same way.
        self.links = links if links is not None else {}
        self.up = "../" * page_path.count("/")  # what url_for puts before every other page's path
        self.first_mentions: tuple[Brief, Mapping[int, list[Mention]]] | None = None

    def names(self) -> dict[str, Callable[..., Any]]:
        """The helpers by the names templates call them."""
        return {"link": self.link, "term_link": self.term_link, "brief_link": self.brief_link, "evidence_link": self.evidence_link,
                "linked_text": self.linked_text, "chart": self.chart, "term_links": self.term_links, "brief_line": self.brief_line,
                "outlet_name": self.outlet_name, "counted_links": self.counted_links}

    def link(self, label: object, target: str, anchor: str | None = None) -> SafeMarkdown:
        """A Markdown link from this page to ``target``."""
        if target == self.page_path or anchor:
            return SafeMarkdown(f"[{escape_markdown(label)}]({url_for(target, self.page_path, anchor)})")
        return SafeMarkdown(f"[{escape_markdown(label)}]({self.up}{target})")  # url_for, without its call

    def term_link(self, term: Term) -> SafeMarkdown:
        """A link to a term's page, marked when the term is not in the knowledge base."""
        key = (self.up, term.taxonomy, term.key, term.name, term.confirmed)
        found = self.links.get(key)
        if found is None or found[0] == self.page_path:  # a link to the page itself is by name, not shared
            path = term_path(term)
            found = (path, SafeMarkdown(self.link(term.name, path) + (" (unconfirmed)" if not term.confirmed else "")))
            if path != self.page_path:
                self.links[key] = found
        return found[1]

    def brief_link(self, brief: Brief) -> SafeMarkdown:
        """A link to a brief by its title."""
        return self.link(brief.title, brief_path(brief.id))

    def evidence_link(self, brief: Brief, block: int, label: str = "in context") -> SafeMarkdown:
        """A link to the exact paragraph of a brief."""
        return self.link(label, brief_path(brief.id), paragraph_anchor(block))

    def term_links(self, terms: Iterable[Term]) -> SafeMarkdown:
        """Links to several terms, comma-separated."""
        return SafeMarkdown(", ".join(self.term_link(term) for term in terms))

    def counted_links(self, pairs: Iterable[tuple[tuple[str, str], int]]) -> SafeMarkdown:
        """'Japan (3), Russia (2)': links to terms with how many briefs they share."""
        terms = self.index.terms
        return SafeMarkdown(", ".join(f"{self.term_link(terms[key])} ({count})" for key, count in pairs))

    def outlet_name(self, brief: Brief) -> str:
        """The outlet's name from the knowledge base, or as the article gave it (plain text, escaped on output)."""
        outlet = self.knowledge.term("outlets", brief.notes.outlet) if brief.notes.outlet else None
        return outlet.name if outlet else (brief.notes.outlet or "")

    def brief_line(self, brief: Brief) -> SafeMarkdown:
        """'[Title](…) · 2024-03-01 · Reuters · news': a brief in a list."""
        key = (self.up, id(brief))
        found = self.links.get(key)
        # The brief is held with its line, so its id cannot be reused; its own page links it by name.
        if found is not None and found[0] is brief and brief_path(brief.id) != self.page_path:
            return found[1]
        parts = [self.brief_link(brief), brief.notes.published.isoformat() if brief.notes.published else "undated"]
        if brief.notes.outlet:
            parts.append(escape_markdown(self.outlet_name(brief)))
        parts.append(escape_markdown(brief.notes.kind))
        line = SafeMarkdown(" · ".join(parts))
        if brief_path(brief.id) != self.page_path:
            self.links[key] = (brief, line)
        return line

    def linked_text(self, brief: Brief, block: int) -> SafeMarkdown:
        """A paragraph of a brief as Markdown, with the first mention of each term in the brief linked."""
        index = self.index
        text = brief.article.blocks[block].text
        spans: list[tuple[int, int, Term]] = []
        linked: set[tuple[str, str]] = set()
        for mention in self._first_mentions(brief).get(block, ()):
            key = (mention.taxonomy, mention.key)
            if key in linked or key not in index.terms:
                continue
            start = text.find(mention.surface)
            end = start + len(mention.surface)
            if start < 0 or any(a < end and start < b for a, b, _ in spans):
                continue
            spans.append((start, end, index.terms[key]))
            linked.add(key)  # linked once
        parts: list[str] = []
        cursor = 0
        for start, end, term in sorted(spans, key=lambda span: span[0]):
            parts.append(escape_fragment(text[cursor:start]))
            parts.append(self.link(text[start:end], term_path(term)))
            cursor = end
        parts.append(escape_fragment(text[cursor:]))
        joined = "".join(parts).strip()
        return SafeMarkdown(joined if spans and spans[0][0] == 0 else escape_line_start(joined))

    def _first_mentions(self, brief: Brief) -> Mapping[int, list[Mention]]:
        """Per paragraph, the mentions in it of terms the brief mentions there first (once per brief, not per paragraph)."""
        if self.first_mentions is None or self.first_mentions[0] is not brief:
            first: dict[tuple[str, str], int] = {}
            for mention in brief.notes.mentions:
                if mention.taxonomy in LINKED_IN_TEXT and mention.block >= 0:
                    first.setdefault((mention.taxonomy, mention.key), mention.block)
            by_block: dict[int, list[Mention]] = {}
            for mention in brief.notes.mentions:
                if first.get((mention.taxonomy, mention.key)) == mention.block:
                    by_block.setdefault(mention.block, []).append(mention)
            self.first_mentions = (brief, by_block)
        return self.first_mentions[1]

    def chart(self, kind: str, taxonomy: str = "countries") -> SafeMarkdown:
        """A static SVG chart for this page."""
        if kind == "matrix":
            return relations_matrix(self.index, self.page_path)
        return coverage_chart(self.index, taxonomy, self.page_path)


@dataclass(frozen=True, slots=True)
class PageJob:
    """One file to generate: its path, what produces it (a template or a data writer) and its own values."""

    path: str
    producer: str  # a template in templates/ ("brief.md.j2") or a key of WRITERS
    values: Mapping[str, Any]


class RenderMemory:
    """What one process (`mkdocs serve`) remembers between its builds, so that it renders and checks less.

    Everything is keyed by the identity of immutable values, which it holds so they stay alive: an index
    entry that is the very object it was last time has the same digest, a list split into the very same
    pages has the same pages. Each build keeps only what it used, so the memory does not grow.
    """

    def __init__(self) -> None:
        self.digests: dict[Dependency, tuple[Any, str]] = {}  # index entry -> (its value, its digest)
        self.jobs: dict[str, tuple[str, Mapping[str, Any], str]] = {}  # page path -> (producer, values, fingerprint)
        self.pages: dict[tuple[int, str], tuple[Sequence[Any], list[Pagination]]] = {}  # (id of a list, path) -> its pages
        self.records: dict[str, tuple[tuple[Any, ...], str]] = {}  # brief id -> (what its record read, its JSON line)
        self.printed: dict[int, tuple[Any, str]] = {}  # id of an index record -> (the record, its fields printed)
        self.facets: dict[str, tuple[tuple[Any, ...], list[Any]]] = {}  # brief id -> (what its row read, its row)
        # The Jinja environment, which keeps the compiled templates (it reloads a template whose file changed).
        self.environment: tuple[tuple[Path, Path | None], jinja2.Environment] | None = None

    def environment_for(self, templates_dir: Path, bytecode_dir: Path | None) -> jinja2.Environment:
        """The environment of these folders, made once per process."""
        if self.environment is None or self.environment[0] != (templates_dir, bytecode_dir):
            self.environment = ((templates_dir, bytecode_dir), make_environment(templates_dir, bytecode_dir))
        return self.environment[1]


def plan_pages(index: SiteIndex, memory: RenderMemory | None = None) -> list[PageJob]:
    """Every file the site needs, in a fixed order; nothing is rendered yet."""
    before = memory.pages if memory is not None else {}
    pages: dict[tuple[int, str], tuple[Sequence[Any], list[Pagination]]] = {}

    def paginated(items: Sequence[Any], size: int, first_path: str, date_of: Callable[[Any], str]) -> list[Pagination]:
        # The same (immutable) list gives the same pages: an item's date cannot change while the item is the same object.
        key = (id(items), first_path)
        found = before.get(key)
        if found is None or found[0] is not items:
            found = (items, paginate(items, size, first_path, date_of))
        pages[key] = found
        return found[1]

    jobs = [PageJob(HOME, "home.md.j2", {"latest": index.briefs[:LATEST_ON_HOME], "top": TOP_TERMS_ON_HOME})]
    for page in paginated(index.briefs, BRIEFS_PER_PAGE, BRIEFS_INDEX, brief_date):
        jobs.append(PageJob(page.path, "briefs_index.md.j2", {"page": page, "facets_script": DATA_FACETS}))
    jobs.append(PageJob(REPORT, "report.md.j2", {}))
    jobs.append(PageJob(TIMELINE, "timeline.md.j2", {"latest": TIMELINE_LATEST}))
    for year in index.timeline:
        jobs.append(PageJob(timeline_path(year), "timeline_year.md.j2", {"year": year}))
    for brief in index.briefs:
        related = tuple(index.by_id[i] for i in index.related[brief.id])
        jobs.append(PageJob(brief_path(brief.id), "brief.md.j2", {"brief": brief, "related": related}))
    for taxonomy in TAXONOMIES:
        terms = index.terms_of(taxonomy.name)
        jobs.append(PageJob(taxonomy_path(taxonomy.name), "taxonomy.md.j2", {"taxonomy": taxonomy, "terms": terms}))
        for term in terms:
            postings = index.postings[(term.taxonomy, term.key)]
            for page in paginated(postings, TERM_BRIEFS_PER_PAGE, term_path(term), lambda p: brief_date(index.by_id[p.brief_id])):
                jobs.append(PageJob(page.path, "term.md.j2", {"taxonomy": taxonomy, "term": term, "page": page}))
    for term, title, description, briefs in feed_subjects(index):
        for extension in ("xml", "json"):
            values = {"title": title, "description": description, "briefs": briefs, "self_path": feed_path(term, extension)}
            jobs.append(PageJob(feed_path(term, extension), f"feed.{extension}", values))
    jobs += [PageJob(DATA_BRIEFS, "data.briefs", {}), PageJob(DATA_FACETS, "data.facets", {}), PageJob(DATA_REPORT, "data.report", {})]
    if memory is not None:
        memory.pages = pages
    return jobs


#: Producers of the files that are not Markdown pages: (index, knowledge, site URL, render memory, the job's values) -> text.
WRITERS: dict[str, Callable[..., str]] = {
    "feed.xml": lambda index, knowledge, site_url, memory, **v: rss_feed(v["title"], v["description"], v["briefs"], site_url,
                                                                        v["self_path"]),
    "feed.json": lambda index, knowledge, site_url, memory, **v: json_feed(v["title"], v["briefs"], site_url, v["self_path"]),
    "data.briefs": lambda index, knowledge, site_url, memory: export_briefs(index, knowledge, memory),
    "data.facets": lambda index, knowledge, site_url, memory: export_facets(index, knowledge, memory),
    "data.report": lambda index, knowledge, site_url, memory: export_report(index),
}


class Renderer:
    """Renders jobs against one index; with a ReadLog, notes what each page reads from the index."""

    def __init__(self, index: SiteIndex, knowledge: KnowledgeBase, templates_dir: Path, site_url: str, record: bool,
                 bytecode_dir: Path | None = None, memory: RenderMemory | None = None):
        self.memory = memory
        self.log = ReadLog() if record else None
        self.index = recording(index, self.log) if self.log else index
        self.knowledge = knowledge
        self.env = memory.environment_for(templates_dir, bytecode_dir) if memory is not None else make_environment(templates_dir, bytecode_dir)
        self.site_url = site_url
        self.links: dict[Any, Any] = {}  # shared by the PageHelpers of every page this renderer renders
        self.common = {"index": self.index, "knowledge": knowledge, "taxonomies": TAXONOMIES, "feed_path": feed_path,
                       "events_limit": TERM_EVENTS_LIMIT, "cooccurring_scan": COOCCURRING_SCAN}

    def render(self, job: PageJob) -> tuple[str, set[Dependency]]:
        """One file's text and the index entries it read."""
        if self.log:
            self.log.start()
        if job.producer.endswith(".j2"):
            helpers = PageHelpers(job.path, self.index, self.knowledge, self.links).names()
            text = self.env.get_template(job.producer).render(page_path=job.path, **self.common, **helpers, **job.values)
        else:
            text = WRITERS[job.producer](self.index, self.knowledge, self.site_url, self.memory, **job.values)
        return text, (self.log.reads if self.log else set())


#: Below this many pages to render, starting worker processes costs more than it saves.
PARALLEL_RENDER_THRESHOLD = 400
_FORKED: tuple[Any, ...] = ()  # (jobs, renderer arguments) inherited by forked workers
_WORKER_RENDERER: Renderer | None = None


def _render_in_worker(positions: list[int]) -> list[tuple[int, str, set[Dependency]]]:
    global _WORKER_RENDERER
    jobs, arguments = _FORKED
    if _WORKER_RENDERER is None:
        _WORKER_RENDERER = Renderer(*arguments)
    return [(i, *_WORKER_RENDERER.render(jobs[i])) for i in positions]


def render_jobs(jobs: Sequence[PageJob], index: SiteIndex, knowledge: KnowledgeBase, templates_dir: Path, site_url: str,
                record: bool = False, workers: int = 1, bytecode_dir: Path | None = None,
                memory: RenderMemory | None = None) -> list[tuple[str, set[Dependency]]]:
    """The text (and reads) of each job, in order; in forked processes when there are many."""
    arguments = (index, knowledge, templates_dir, site_url, record, bytecode_dir, memory)
    if len(jobs) < PARALLEL_RENDER_THRESHOLD or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        renderer = Renderer(*arguments)
        return [renderer.render(job) for job in jobs]
    global _FORKED
    _FORKED = (jobs, arguments)  # forked workers inherit the index as it is: nothing big is pickled
    try:
        slices = [list(range(start, len(jobs), workers * 4)) for start in range(workers * 4)]
        results: list[tuple[str, set[Dependency]]] = [("", set())] * len(jobs)
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for done in pool.map(_render_in_worker, slices):
                for i, text, reads in done:
                    results[i] = (text, reads)
        return results
    finally:
        _FORKED = ()


def render_site(index: SiteIndex, knowledge: KnowledgeBase, templates_dir: Path, site_url: str = "http://localhost:8000/",
                cache_dir: Path | None = None, workers: int = 1, store: PageStore | None = None,
                memory: RenderMemory | None = None, serving: bool = False) -> Pages:
    """Every generated file by docs-relative path; with a cache folder, pages whose inputs did not change are reused.

    ``store`` and ``memory``: the page store and render memory of an earlier build in this process;
    ``serving``: a long-running `mkdocs serve` process, which keeps the store's new state in memory (see
    ``PageStore.save``) and readies the memory for its next edit.
    """
    memory = memory if memory is not None else RenderMemory()
    jobs = plan_pages(index, memory)
    if cache_dir is None:
        results = render_jobs(jobs, index, knowledge, templates_dir, site_url, record=False, workers=workers)
        return Pages.of({job.path: text for job, (text, _) in zip(jobs, results)})
    if store is None or store.directory != cache_dir / "pages":
        store = PageStore(cache_dir / "pages")
    previous = store.load()
    printer = Fingerprinter(lambda brief: brief.digest or article_key(brief.article, knowledge.version),
                           memory.printed if serving else None)
    base = f"{rendering_code_version()}|{folder_digest(templates_dir)}|{knowledge.version}|{site_url}"
    started = time.perf_counter()
    digest_of = EntryDigests(index, printer, memory.digests)
    # The entries whose digest moved since the last build: a page that read none of them is unchanged.
    changed = digest_of.changed(previous.digests)
    stored = store.contents()
    reused: dict[str, StoredPage] = {}
    todo: list[tuple[PageJob, str]] = []
    fingerprints: dict[str, tuple[str, Mapping[str, Any], str]] = {}
    for job in jobs:
        remembered = memory.jobs.get(job.path)
        if remembered is not None and remembered[0] == f"{base}|{job.producer}" and same_objects(remembered[1], job.values):
            fingerprint = remembered[2]
        else:
            fingerprint = printer.digest((base, job.path, job.producer, job.values))
        fingerprints[job.path] = (f"{base}|{job.producer}", job.values, fingerprint)
        old = previous.pages.get(job.path)
        if old is not None and old.job == fingerprint and old.content in stored and changed.isdisjoint(old.dependencies):
            reused[job.path] = old
        else:
            todo.append((job, fingerprint))
    checked = time.perf_counter()
    results = render_jobs([job for job, _ in todo], index, knowledge, templates_dir, site_url, record=True, workers=workers,
                          bytecode_dir=cache_dir / "templates", memory=memory)
    rendered = time.perf_counter()
    texts: dict[str, str] = {}
    kept: dict[str, StoredPage] = dict(reused)
    # One object per dependency, however many pages read it: the store pickles each once.
    interned = {dependency: dependency for dependency in previous.digests}
    for (job, fingerprint), (text, reads) in zip(todo, results):
        texts[job.path] = text
        kept[job.path] = StoredPage(fingerprint, tuple([interned.setdefault(d, d) for d in reads]), content_digest(text))
    read = set().union(*(page.dependencies for page in kept.values()))
    store.save(kept, {dependency: digest_of(dependency) for dependency in read}, {kept[path].content: text for path, text in texts.items()},
               defer=serving)
    memory.digests = {dependency: digest_of.values[dependency] for dependency in read}
    memory.jobs = fingerprints
    memory.printed = printer.records  # empty unless serving
    if serving and not memory.records:
        # The server's first build reused every record (or encoded them in a worker): encode them here, now,
        # so that its first edit does not.
        export_briefs(index, knowledge, memory)
    seconds = {"check": checked - started, "render": rendered - checked, "store": time.perf_counter() - rendered}
    return Pages(texts, {path: page.content for path, page in reused.items()}, store, {path: page.content for path, page in kept.items()},
                 seconds)


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


def export_briefs(index: SiteIndex, knowledge: KnowledgeBase, memory: RenderMemory | None = None) -> str:
    """data/briefs.json: every brief with its annotations (a record whose inputs are the same objects is not encoded again)."""
    before = memory.records if memory is not None else {}
    records: dict[str, tuple[tuple[Any, ...], str]] = {}
    # The file lists every brief, so a new brief renders it again whatever it read: it reads the terms and related
    # lists whole (one recorded read each, one digest each) rather than thousands of single entries.
    terms, related = dict(index.terms.items()), dict(index.related.items())
    for brief in index.briefs:
        # Everything brief_record reads, in one pass over the mentions.
        named = tuple(terms.get((m.taxonomy, m.key)) for m in brief.notes.mentions if m.taxonomy in RECORD_TAXONOMIES)
        inputs = (knowledge, brief, related.get(brief.id, ()), named)
        records[brief.id] = _kept(before.get(brief.id), inputs, lambda: json.dumps(brief_record(brief, index, knowledge), ensure_ascii=False))
    if memory is not None:
        memory.records = records
    return json_rows(briefs=[line for _, line in records.values()])


def _kept(found: tuple[tuple[Any, ...], Any] | None, inputs: tuple[Any, ...], make: Callable[[], Any]) -> tuple[tuple[Any, ...], Any]:
    """(inputs, value): the value kept from the last build when its inputs are built of the same objects, else made."""
    if found is not None and same_objects(found[0], inputs):
        return found
    return inputs, make()


def facet_row(brief: Brief, knowledge: KnowledgeBase, initiatives: tuple[str, ...], listed: tuple[bool, ...]) -> list[Any]:
    """One brief in data/briefs-index.js: id, title, date, kind, outlet, countries, initiatives that are terms."""
    outlet = knowledge.term("outlets", brief.notes.outlet) if brief.notes.outlet else None
    return [brief.id, brief.title, brief.notes.published.isoformat() if brief.notes.published else None,
            brief.notes.kind, outlet.name if outlet else brief.notes.outlet,
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
        listed = tuple(("initiatives", k) in index.terms for k in initiatives)
        now[brief.id] = _kept(found, (knowledge, brief, initiatives, listed), lambda: facet_row(brief, knowledge, initiatives, listed))
        rows.append(now[brief.id][1])
    if memory is not None:
        memory.facets = now
    names = {tax: {t.key: t.name for t in index.terms_of(tax)} for tax in ("countries", "initiatives")}
    document = {"base": "", "briefs": rows, "countries": names["countries"], "initiatives": names["initiatives"]}
    # json.dumps escapes nothing HTML-special by default; "</" cannot occur in a .js file's data anyway,
    # but escape it so the same text is safe if ever inlined into a <script> element.
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.BRIEFING_INDEX = {text};\n"


def export_report(index: SiteIndex) -> str:
    """data/report.json: what became of every source file, and the names to add to the knowledge base."""
    sources = ({"path": o.path, "briefs": list(o.brief_ids), "error": o.error} for o in index.outcomes)
    unresolved = (
        {"taxonomy": u.taxonomy, "id": u.key, "name": u.name, "briefs": u.briefs, "example": u.example, "example_brief": u.example_brief}
        for u in index.unresolved
    )
    return json_document(sources=sources, unresolved=unresolved)


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


