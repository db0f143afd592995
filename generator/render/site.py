"""Stage 5: render the planned pages against the index with the Jinja2 templates in templates/, reusing unchanged ones.

Every value a template prints is escaped as literal text (the environment's ``finalize``), so source
text can never become Markdown, HTML or template syntax; only the generator's own link helpers
return SafeMarkdown.
"""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Container, Mapping, Sequence

import jinja2

from generator.incremental.fingerprint import EntryDigests, Fingerprinter, content_digest, same_objects
from generator.incremental.keys import pages_key
from generator.incremental.memory import RenderMemory
from generator.incremental.pages import Pages
from generator.incremental.recording import Dependency, ReadLog, recording
from generator.incremental.store import PageStore, StoredBuild, StoredPage
from generator.index.records import SiteIndex
from generator.index.related import COOCCURRING_SCAN
from generator.knowledge.base import KnowledgeBase
from generator.knowledge.taxonomies import TAXONOMIES
from generator.model import Brief, PageJob
from generator.render.exports import export_briefs, export_facets, export_report
from generator.render.feeds import feed_path, json_feed, rss_feed
from generator.render.helpers import PageHelpers, make_environment
from generator.render.plan import TERM_EVENTS_LIMIT, plan_pages
from generator.settings import DEFAULT_SITE_URL


@dataclass(frozen=True, slots=True)
class RenderSettings:
    """What shapes rendering besides the index and the knowledge base."""

    templates_dir: Path
    site_url: str = DEFAULT_SITE_URL
    cache_dir: Path | None = None  # with a cache folder, pages whose inputs did not change come from its page store
    workers: int = 1
    knowledge_key: str = ""  # the knowledge base's cache key, part of every page's fingerprint (needed with a cache)
    serving: bool = False  # `mkdocs serve`: defer the store's saves (``PageStore.save``) and ready the next edit

    @property
    def bytecode_dir(self) -> Path | None:
        """Where Jinja keeps compiled templates (with a cache folder only)."""
        return self.cache_dir / "templates" if self.cache_dir is not None else None


#: Producers of the files that are not Markdown pages: (index, knowledge, site URL, render memory, the job's values) -> text.
WRITERS: dict[str, Callable[..., str]] = {
    "feed.xml": lambda index, knowledge, site_url, memory, **v: rss_feed(v["title"], v["description"], v["briefs"], site_url,
                                                                        v["self_path"]),
    "feed.json": lambda index, knowledge, site_url, memory, **v: json_feed(v["title"], v["briefs"], site_url, v["self_path"]),
    "data.briefs": lambda index, knowledge, site_url, memory: export_briefs(index, knowledge, memory),
    "data.facets": lambda index, knowledge, site_url, memory: export_facets(index, knowledge, memory),
    "data.report": lambda index, knowledge, site_url, memory: export_report(index),
}


def environment_for(memory: RenderMemory, templates_dir: Path, bytecode_dir: Path | None) -> jinja2.Environment:
    """The environment of these folders, made once per process (it reloads a template whose file changed)."""
    if memory.environment is None or memory.environment[0] != (templates_dir, bytecode_dir):
        memory.environment = ((templates_dir, bytecode_dir), make_environment(templates_dir, bytecode_dir))
    return memory.environment[1]


class Renderer:
    """Renders jobs against one index; with a ReadLog, notes what each page reads from the index."""

    def __init__(self, index: SiteIndex, knowledge: KnowledgeBase, settings: RenderSettings, record: bool,
                 memory: RenderMemory | None = None):
        self.memory = memory
        self.log = ReadLog() if record else None
        self.index = recording(index, self.log) if self.log else index
        self.knowledge = knowledge
        folders = (settings.templates_dir, settings.bytecode_dir)
        self.env = environment_for(memory, *folders) if memory is not None else make_environment(*folders)
        self.site_url = settings.site_url
        self.links: dict[Any, Any] = {}  # shared by the PageHelpers of every page this renderer renders
        self.common = {"index": self.index, "knowledge": knowledge, "taxonomies": TAXONOMIES, "feed_path": feed_path,
                       "events_limit": TERM_EVENTS_LIMIT, "cooccurring_scan": COOCCURRING_SCAN}
        # Each template once per renderer: Jinja's get_template looks at the template's file on every call.
        self.templates: dict[str, jinja2.Template] = {}

    def render(self, job: PageJob) -> tuple[str, set[Dependency]]:
        """One file's text and the index entries it read."""
        if self.log:
            self.log.start()
        if job.producer.endswith(".j2"):
            helpers = PageHelpers(job.path, self.index, self.knowledge, self.links).names()
            template = self.templates.get(job.producer)
            if template is None:
                template = self.templates[job.producer] = self.env.get_template(job.producer)
            text = template.render(page_path=job.path, **self.common, **helpers, **job.values)
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


def render_jobs(jobs: Sequence[PageJob], index: SiteIndex, knowledge: KnowledgeBase, settings: RenderSettings,
                record: bool = False, memory: RenderMemory | None = None) -> list[tuple[str, set[Dependency]]]:
    """The text (and reads) of each job, in order; in forked processes when there are many."""
    arguments = (index, knowledge, settings, record, memory)
    workers = settings.workers
    if len(jobs) < PARALLEL_RENDER_THRESHOLD or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        renderer = Renderer(*arguments)
        return [renderer.render(job) for job in jobs]
    if memory is not None:
        # Compiled here once, the templates are inherited by every worker instead of compiled in each.
        environment = environment_for(memory, settings.templates_dir, settings.bytecode_dir)
        for producer in sorted({job.producer for job in jobs if job.producer.endswith(".j2")}):
            environment.get_template(producer)
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


@dataclass(frozen=True, slots=True)
class Reuse:
    """Which planned pages come from the store and which are rendered, with every page's fingerprint."""

    reused: Mapping[str, StoredPage]  # path -> the stored page, unchanged
    todo: Sequence[tuple[PageJob, str]]  # (job, its fingerprint) to render
    fingerprints: Mapping[str, tuple[str, Mapping[str, Any], str]]  # path -> (base|producer, values, fingerprint), for RenderMemory.jobs


def find_reusable(jobs: Sequence[PageJob], previous: StoredBuild, changed: set[Dependency], stored: Container[str],
                  memory: RenderMemory, printer: Fingerprinter, base: str) -> Reuse:
    """A page is reused when its fingerprint is the stored one, its content is stored and it read no entry that moved."""
    reused: dict[str, StoredPage] = {}
    todo: list[tuple[PageJob, str]] = []
    fingerprints: dict[str, tuple[str, Mapping[str, Any], str]] = {}
    for job in jobs:
        remembered = memory.jobs.get(job.path)
        # Values built of the very objects the last build fingerprinted print the same: no need to print them again.
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
    return Reuse(reused, todo, fingerprints)


def brief_digest(brief: Brief) -> str:
    """What a brief counts as in a fingerprint: its digest, which every brief of a build has."""
    if not brief.digest:
        raise ValueError(f"brief {brief.id} has no digest: its pages could not tell when it changes")
    return brief.digest


def render_site(index: SiteIndex, knowledge: KnowledgeBase, settings: RenderSettings, memory: RenderMemory | None = None) -> Pages:
    """Every generated file by docs-relative path; with a cache folder, pages whose inputs did not change are reused.

    ``memory``: what an earlier build in this process kept (the page store among it), which this one updates.
    """
    memory = memory if memory is not None else RenderMemory()
    jobs = plan_pages(index, memory)
    if settings.cache_dir is None:
        results = render_jobs(jobs, index, knowledge, settings)
        return Pages.of({job.path: text for job, (text, _) in zip(jobs, results)})
    serving = settings.serving
    store = memory.store
    if store is None or store.directory != settings.cache_dir / "pages":
        store = memory.store = PageStore(settings.cache_dir / "pages")
    previous = store.load()
    printer = Fingerprinter(brief_digest, memory.printed if serving else None)
    base = pages_key(settings.templates_dir, settings.knowledge_key, settings.site_url)
    started = time.perf_counter()
    digest_of = EntryDigests(index, printer, memory.digests)
    # The entries whose digest moved since the last build: a page that read none of them is unchanged.
    changed = digest_of.changed(previous.digests)
    reuse = find_reusable(jobs, previous, changed, store.contents(), memory, printer, base)
    checked = time.perf_counter()
    results = render_jobs([job for job, _ in reuse.todo], index, knowledge, settings, record=True, memory=memory)
    rendered = time.perf_counter()
    texts: dict[str, str] = {}
    kept: dict[str, StoredPage] = dict(reuse.reused)
    # One object per dependency, however many pages read it: the store pickles each once.
    interned = {dependency: dependency for dependency in previous.digests}
    for (job, fingerprint), (text, reads) in zip(reuse.todo, results):
        texts[job.path] = text
        kept[job.path] = StoredPage(fingerprint, tuple([interned.setdefault(d, d) for d in reads]), content_digest(text))
    read = set().union(*(page.dependencies for page in kept.values()))
    store.save(kept, {dependency: digest_of(dependency) for dependency in read}, {kept[path].content: text for path, text in texts.items()},
               defer=serving)
    memory.digests = {dependency: digest_of.values[dependency] for dependency in read}
    memory.jobs = reuse.fingerprints
    memory.printed = printer.records  # empty unless serving
    if serving and not memory.records:
        # The server's first build reused every record (or encoded them in a worker): encode them here, now,
        # so that its first edit does not.
        export_briefs(index, knowledge, memory)
    seconds = {"check": checked - started, "render": rendered - checked, "store": time.perf_counter() - rendered}
    return Pages(texts, {path: page.content for path, page in reuse.reused.items()}, store.read,
                 {path: page.content for path, page in kept.items()}, seconds)
