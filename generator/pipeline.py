"""The whole build as one pipeline: read -> clean/split -> annotate -> index -> render.

Phase one gathers and indexes every brief; phase two renders. Nothing is written here: the CLI and
the MkDocs plugin decide where the pages go.
"""
from __future__ import annotations

import gc
import logging
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Mapping

from generator.annotate import Annotator, annotate_article
from generator.incremental.keys import PickleCache, article_digest, article_key, knowledge_key, source_key
from generator.incremental.page_cache import Pages, PageStore
from generator.index.site_index import IndexState, SiteIndex, brief_id, update_index
from generator.knowledge.base import KnowledgeBase, load_knowledge
from generator.model import Annotations, Article, Brief, SourceDocument, SourceError
from generator.render.site import RenderMemory, render_site
from generator.settings import Settings
from generator.sources.reading import document_from_bytes, scan_source_files, source_bytes
from generator.sources.splitting import split_articles

log = logging.getLogger("mkdocs.plugins.briefing")
#: The generator's stages, timed in wall-clock seconds (BuildResult.timings); together, its part of a build.
STAGES = ("knowledge", "read", "clean_annotate", "index", "render")
#: Below this many articles to annotate, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 200
#: A source changed this recently (ns) is read again next build: a second write in the same clock tick keeps its stamp.
STAT_RACE_NS = 2_000_000_000


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The generated pages, the index they came from, and how long each stage took."""

    pages: Pages
    index: SiteIndex
    timings: Mapping[str, float] = field(default_factory=dict)
    annotated: int = 0  # articles annotated in this build (the rest came from the cache)

    @property
    def failures(self) -> list[tuple[str, str]]:
        """(source path, message) for every source that produced no brief."""
        return [(o.path, o.error) for o in self.index.outcomes if o.error]


def articles_of(document: SourceDocument, settings: Settings) -> list[Article] | SourceError:
    """The articles of one document, or a SourceError when none survive cleaning."""
    try:
        articles = split_articles(document, settings.max_line_chars)
    except Exception as error:  # a cleaner bug must not stop the other files
        log.exception("cleaning %s failed", document.path)
        return SourceError(document.path, f"internal error while cleaning ({type(error).__name__}); please report it")
    if not articles:
        return SourceError(document.path, "empty after cleaning: no paragraph of article text was found")
    return articles


def annotate_safely(article: Article, annotator: Annotator) -> Annotations | SourceError:
    """One article's annotations, or a SourceError if an annotator fails on it."""
    try:
        return annotate_article(article, annotator)
    except Exception as error:  # an annotator bug must not stop the other files
        log.exception("annotating %s failed", article.source)
        return SourceError(article.source, f"internal error while annotating ({type(error).__name__}); please report it")


#: (article, its digest) pairs of one source file, or why it has none: what the sources cache keeps.
Cleaned = tuple[tuple[Article, str], ...] | SourceError


@dataclass(frozen=True, slots=True)
class SourceWork:
    """One source file whose articles or annotations are not all in the caches."""

    relative: str
    data: bytes
    key: str  # the sources-cache key
    cleaned: Cleaned | None  # from the cache, when only annotations are missing
    notes: tuple[Annotations | None, ...] = ()  # with ``cleaned``: the cached annotations, None where missing
    keys: tuple[str, ...] = ()  # with ``cleaned``: the annotations-cache key of each article


@dataclass(frozen=True, slots=True)
class SourceResult:
    """What one source file became, and the seconds spent cleaning and annotating it."""

    cleaned: Cleaned
    notes: tuple[Annotations | SourceError, ...]  # one per article
    keys: tuple[str, ...]  # the annotations-cache key of each article
    annotated: int = 0  # articles annotated afresh (the others came from the cache)
    clean_seconds: float = 0.0
    annotate_seconds: float = 0.0


def clean_source(relative: str, data: bytes, settings: Settings) -> Cleaned:
    """A file's bytes to its articles (each with its digest), or the error that explains why there are none."""
    document = document_from_bytes(data, relative)
    if isinstance(document, SourceError):
        return document
    found = articles_of(document, settings)
    if isinstance(found, SourceError):
        return found
    return tuple((article, article_digest(article)) for article in found)


class Caches:
    """The sources and annotations caches of one build (both disabled without a cache folder)."""

    def __init__(self, settings: Settings, knowledge_version: str):
        root = settings.cache_dir
        self.sources = PickleCache(root / "sources" if root else None)
        self.notes = PickleCache(root / "annotations" if root else None)
        self.knowledge_version = knowledge_version

    def cleaned(self, key: str) -> Cleaned | None:
        """A source file's cached articles or error."""
        return self.sources.get(key, (tuple, SourceError))

    def notes_of(self, cleaned: Cleaned) -> tuple[list[Annotations | None], list[str]]:
        """The cached annotations (None when missing) and cache keys of a file's articles."""
        if isinstance(cleaned, SourceError):
            return [], []
        keys = [article_key(article, self.knowledge_version, digest) for article, digest in cleaned]
        return [self.notes.get(key, Annotations) for key in keys], keys


def work_on_source(work: SourceWork, settings: Settings, caches: Caches, annotator: Annotator) -> SourceResult:
    """Clean a source file (unless cached) and annotate its articles that are not cached; fill both caches."""
    started = time.perf_counter()
    cleaned, found, keys = work.cleaned, list(work.notes), list(work.keys)
    if cleaned is None:
        cleaned = clean_source(work.relative, work.data, settings)
        caches.sources.put(work.key, cleaned)
        found, keys = caches.notes_of(cleaned)
    cleaning = time.perf_counter() - started
    notes: list[Annotations | SourceError] = []
    annotated = 0
    for (article, _), cached, key in zip(() if isinstance(cleaned, SourceError) else cleaned, found, keys):
        if cached is None:
            fresh = annotate_safely(article, annotator)
            annotated += 1
            if isinstance(fresh, Annotations):
                caches.notes.put(key, fresh)
            cached = fresh
        notes.append(cached)
    return SourceResult(cleaned, tuple(notes), tuple(keys), annotated, cleaning, time.perf_counter() - started - cleaning)


_WORKER: tuple[Settings, Caches, Annotator] | None = None


def _start_worker(settings: Settings, knowledge: KnowledgeBase) -> None:
    global _WORKER
    _WORKER = (settings, Caches(settings, knowledge.version), Annotator.from_knowledge(knowledge))
    gc.freeze()  # the knowledge base and its automaton live as long as the worker


def _work_in_worker(work: SourceWork) -> SourceResult:
    assert _WORKER is not None
    settings, caches, annotator = _WORKER
    return work_on_source(work, settings, caches, annotator)


class Session:
    """What a long-running process (`mkdocs serve`) keeps between builds, so a rebuild loads nothing twice.

    Everything in it is keyed exactly like the disk caches (by content hashes), so it can never be stale;
    it only saves reading them back. Each build keeps what that build used, so it does not grow.
    """

    def __init__(self, serving: bool = False) -> None:
        #: `mkdocs serve`: builds again on every edit, so the page store is written when the session ends (``flush``)
        #: or once a minute, and the first build readies what the first edit needs.
        self.serving = serving
        self.knowledge: dict[str, KnowledgeBase] = {}
        self.sources: dict[tuple[str, str], SourceResult] = {}  # (sources-cache key, knowledge version) -> result
        self.source_keys: dict[tuple[Any, ...], str] = {}  # (path, size, times, inode, limits) -> sources-cache key
        self.page_store: PageStore | None = None
        self.render_memory = RenderMemory()
        self.index: IndexState | None = None  # the last build's index, which the next one updates
        self.annotator: tuple[str, Annotator] | None = None  # (knowledge version, annotator built from it)

    def flush(self) -> None:
        """Write what the session kept in memory and has not written yet."""
        if self.page_store is not None:
            self.page_store.flush()

    def annotator_for(self, knowledge: KnowledgeBase) -> Annotator:
        """The annotator of this knowledge base, built once per version."""
        if self.annotator is None or self.annotator[0] != knowledge.version:
            self.annotator = (knowledge.version, Annotator.from_knowledge(knowledge))
        return self.annotator[1]


def gather(settings: Settings, knowledge: KnowledgeBase, timings: dict[str, float] | None = None,
           session: Session | None = None) -> tuple[list[Brief], list[SourceError], list[str], int]:
    """Phase one: every brief, every error, every source path, and how many articles were annotated."""
    timings = {} if timings is None else timings
    remembered = session.sources if session is not None else {}
    kept: dict[tuple[str, str], SourceResult] = {}
    started = time.perf_counter()
    caches = Caches(settings, knowledge.version)
    limits = (settings.max_source_bytes, settings.max_line_chars)
    relatives: list[str] = []
    results: list[SourceResult | None] = []
    todo: list[tuple[int, SourceWork]] = []
    known = session.source_keys if session is not None else {}
    keys_now: dict[tuple[Any, ...], str] = {}
    trusted_before = time.time_ns() - STAT_RACE_NS
    for relative, status in scan_source_files(settings.sources_dir):
        relatives.append(relative)
        # A file with the same path, size, times and inode as in the last build has the same bytes (as for
        # git's index); one changed too recently to tell apart from a second write is read again.
        signature = (relative, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, limits)
        key = known.get(signature)
        found = remembered.get((key, knowledge.version)) if key is not None else None
        if found is None:
            data = source_bytes(settings.sources_dir / relative, relative, settings)
            if isinstance(data, SourceError):
                results.append(SourceResult(data, (), ()))
                continue
            key = source_key(relative, data, limits)
            found = remembered.get((key, knowledge.version))
        if max(status.st_mtime_ns, status.st_ctime_ns) < trusted_before:
            keys_now[signature] = key
        if found is None:
            cleaned = caches.cleaned(key)
            notes, keys = caches.notes_of(cleaned) if cleaned is not None else ([], [])
            if cleaned is None or None in notes:
                results.append(None)
                todo.append((len(results) - 1, SourceWork(relative, data, key, cleaned, tuple(notes), tuple(keys))))
                continue
            found = SourceResult(cleaned, tuple(notes), tuple(keys))  # type: ignore[arg-type]
        results.append(found)
        kept[(key, knowledge.version)] = found
    timings["read"] = time.perf_counter() - started
    started = time.perf_counter()
    works = [work for _, work in todo]
    if len(works) >= PARALLEL_THRESHOLD and settings.workers > 1:
        with ProcessPoolExecutor(settings.workers, initializer=_start_worker, initargs=(settings, knowledge)) as pool:
            fresh = list(pool.map(_work_in_worker, works, chunksize=16))
    else:
        annotator = (session.annotator_for(knowledge) if session else Annotator.from_knowledge(knowledge)) if works else None
        fresh = [work_on_source(work, settings, caches, annotator) for work in works]  # type: ignore[arg-type]
    for (position, work), result in zip(todo, fresh):
        results[position] = result
        kept[(work.key, knowledge.version)] = result
    if session is not None:
        session.sources, session.source_keys = kept, keys_now
    timings["clean_annotate"] = time.perf_counter() - started
    # Seconds of work summed over the worker processes: what cleaning and annotation cost, apart.
    timings["clean_cpu"] = sum(r.clean_seconds for r in fresh)
    timings["annotate_cpu"] = sum(r.annotate_seconds for r in fresh)
    errors: list[SourceError] = []
    briefs: list[Brief] = []
    for result in results:
        assert result is not None
        if isinstance(result.cleaned, SourceError):
            errors.append(result.cleaned)
            continue
        for (article, _), notes, key in zip(result.cleaned, result.notes, result.keys):
            if isinstance(notes, SourceError):
                errors.append(notes)
            else:
                briefs.append(Brief(brief_id(article.title or "untitled", article.source, article.position), article, notes, key))
    return briefs, errors, relatives, sum(r.annotated for r in fresh)


def cached_knowledge(settings: Settings, session: Session | None = None) -> KnowledgeBase:
    """The knowledge base, from the cache when its files, its code and its libraries are unchanged."""
    cache = PickleCache(settings.cache_dir / "knowledge" if settings.cache_dir else None)
    key = knowledge_key(settings.knowledge_dir)
    found = session.knowledge.get(key) if session is not None else None
    if found is None:
        found = cache.get(key, KnowledgeBase)
    if found is None:
        found = load_knowledge(settings.knowledge_dir)  # malformed files raise here, and nothing is cached
        cache.put(key, found)
    if session is not None:
        session.knowledge = {key: found}
    return found


def build_site(settings: Settings, session: Session | None = None) -> BuildResult:
    """The whole build, in memory; a Session carries what one process already loaded into its next build."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # What this process already holds (a session's last build) is left out of this build's collections; the
    # garbage among it is collected after the build (during MkDocs' own work), once everything is unfrozen.
    gc.freeze()
    try:
        knowledge = cached_knowledge(settings, session)
        timings["knowledge"] = time.perf_counter() - started
        briefs, errors, sources, annotated = gather(settings, knowledge, timings, session)
        gc.freeze()  # the briefs live to the end: collections need not walk them again and again
        started = time.perf_counter()
        state = update_index(session.index if session is not None else None, briefs, knowledge, errors, sources)
        if session is not None:
            session.index = state
        index = state.index
        gc.freeze()
        timings["index"] = time.perf_counter() - started
        started = time.perf_counter()
        pages = render_site(index, knowledge, settings.templates_dir, settings.site_url, settings.cache_dir, settings.workers,
                            session.page_store if session is not None else None,
                            session.render_memory if session is not None else None,
                            serving=session is not None and session.serving)
        if session is not None:
            session.page_store = pages.store
            if session.serving:
                session.annotator_for(knowledge)  # built while the server starts, not on its first edit
        timings["render"] = time.perf_counter() - started
        timings.update({f"render_{part}": seconds for part, seconds in pages.seconds.items()})
    finally:
        gc.unfreeze()  # `mkdocs serve` builds again and again in one process: let this build's garbage go
    return BuildResult(pages=pages, index=index, timings=timings, annotated=annotated)


def report_failures(result: BuildResult) -> None:
    """Log one warning per failed source (MkDocs' --strict turns them into a failed build)."""
    for path, message in result.failures:
        log.warning("source %s: %s", path, message)
