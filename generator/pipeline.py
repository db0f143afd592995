"""The whole build as a script of named steps: knowledge, sources, briefs, index, pages.

``build_site`` reads as the recipe: ``read_knowledge`` -> ``scan_sources`` -> ``load_cached`` ->
``clean_and_annotate_missing`` -> ``make_briefs`` -> ``index_briefs`` -> ``render_pages``; each step returns
a named value. Phase one gathers and indexes every brief; phase two renders. Nothing is written here: the
CLI and the MkDocs plugin decide where the pages go. What is cached, and under which key, is incremental/'s.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Mapping, NamedTuple

from generator.annotate import Annotator, annotate_article
from generator.incremental.cleaned import Cleaned, clean_source
from generator.incremental.keys import knowledge_key, prepare_annotations_keys, source_key
from generator.incremental.pages import Pages
from generator.incremental.session import Caches, Session, SourceResult, Stamp, settled_before, stamp_of
from generator.incremental.store import PickleCache
from generator.index.records import SiteIndex
from generator.index.site_index import IndexState, brief_id, update_index
from generator.knowledge.base import KnowledgeBase, load_knowledge
from generator.model import Annotations, Article, Brief, SourceError
from generator.render.site import RenderSettings, render_site
from generator.settings import Settings
from generator.sources.reading import scan_source_files, source_bytes

log = logging.getLogger("briefing")
#: The generator's stages, timed in wall-clock seconds (BuildResult.timings); together, its part of a build.
STAGES = ("knowledge", "read", "clean_annotate", "index", "render")
#: Below this many articles to annotate, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 200
#: Source files a worker takes at a time: small, so that at the end neither worker waits long for the other's last batch
#: (16 files are about 0.2 s of work); ``map`` still gives the results in source order.
WORK_CHUNK = 4


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


@dataclass(frozen=True, slots=True)
class LoadedKnowledge:
    """The knowledge base and its cache key, on which the annotations' and the pages' keys build."""

    base: KnowledgeBase
    key: str


@dataclass(frozen=True, slots=True)
class ScannedSource:
    """One file under sources/: its sources-cache key, and its bytes or what the session kept of it; or why it is unreadable."""

    relative: str
    key: str = ""
    data: bytes = b""  # read unless the session kept the file's result
    kept: SourceResult | None = None  # the session's result for this key and knowledge base
    error: SourceError | None = None


@dataclass(frozen=True, slots=True)
class Scan:
    """Every source file in path order, and the stamps whose keys the session may trust in its next build."""

    sources: tuple[ScannedSource, ...]
    stamps: Mapping[Stamp, str]


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
class Loaded:
    """Each source file's result where the session or the caches hold all of it (else None), and the work left."""

    results: tuple[SourceResult | None, ...]
    work: tuple[tuple[int, SourceWork], ...]  # (position in ``results``, work)


@dataclass(frozen=True, slots=True)
class Processed:
    """Every source file's result, and what this build's cleaning and annotation did and cost."""

    results: tuple[SourceResult, ...]
    annotated: int  # articles annotated afresh
    clean_seconds: float  # summed over the worker processes
    annotate_seconds: float


@dataclass(frozen=True, slots=True)
class Briefs:
    """Every brief in source order, and every source file or article that produced none."""

    briefs: tuple[Brief, ...]
    errors: tuple[SourceError, ...]


class Gathered(NamedTuple):
    """Phase one: every brief, every error, every source path, and how many articles were annotated."""

    briefs: list[Brief]
    errors: list[SourceError]
    sources: list[str]
    annotated: int


def annotate_safely(article: Article, annotator: Annotator) -> Annotations | SourceError:
    """One article's annotations, or a SourceError if an annotator fails on it."""
    try:
        return annotate_article(article, annotator)
    except Exception as error:  # an annotator bug must not stop the other files
        log.exception("annotating %s failed", article.source)
        return SourceError(article.source, f"internal error while annotating ({type(error).__name__}); please report it")


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
#: The knowledge base and the annotator the parent built for it, which forked workers inherit.
_INHERITED: tuple[KnowledgeBase, Annotator] | None = None


def _start_worker(settings: Settings, knowledge: LoadedKnowledge) -> None:
    global _WORKER
    inherited = _INHERITED[1] if _INHERITED is not None and _INHERITED[0] is knowledge.base else None
    _WORKER = (settings, Caches(settings.cache_dir, knowledge.key), inherited or Annotator.from_knowledge(knowledge.base))
    gc.freeze()  # the knowledge base and its automaton live as long as the worker


def _work_in_forked_workers(works: list[SourceWork], settings: Settings, knowledge: LoadedKnowledge,
                            annotator: Annotator) -> list[SourceResult]:
    """Each work's result, from forked workers that inherit the parent's annotator instead of building their own (0.4-0.5 s
    of CPU each), and what every annotations key shares."""
    global _INHERITED
    _INHERITED = (knowledge.base, annotator)
    prepare_annotations_keys()
    try:
        with ProcessPoolExecutor(settings.workers, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker,
                                 initargs=(settings, knowledge)) as pool:
            return list(pool.map(_work_in_worker, works, chunksize=WORK_CHUNK))
    finally:
        _INHERITED = None


def _work_in_worker(work: SourceWork) -> SourceResult:
    assert _WORKER is not None
    settings, caches, annotator = _WORKER
    return work_on_source(work, settings, caches, annotator)


@contextmanager
def _collections_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: loading the knowledge base makes some 100,000 objects that all live on,
    and the collections their number sets off walked them again and again (a sixth of its CPU time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_knowledge(settings: Settings, session: Session | None = None) -> LoadedKnowledge:
    """The knowledge base, from the session or the cache when its files, its code and its libraries are unchanged."""
    cache = PickleCache(settings.cache_dir / "knowledge" if settings.cache_dir else None)
    key = knowledge_key(settings.knowledge_dir)
    found = session.knowledge.get(key) if session is not None else None
    if found is None:
        found = cache.get(key, KnowledgeBase)
    if found is None:
        with _collections_paused():
            found = load_knowledge(settings.knowledge_dir)  # malformed files raise here, and nothing is cached
        cache.put(key, found)
    if session is not None:
        session.knowledge = {key: found}
    return LoadedKnowledge(found, key)


def scan_sources(settings: Settings, knowledge: LoadedKnowledge, session: Session | None = None) -> Scan:
    """Every source file with its sources-cache key; a file the session knows by its stamp is not read again."""
    remembered = session.sources if session is not None else {}
    known = session.source_keys if session is not None else {}
    limits = (settings.max_source_bytes, settings.max_line_chars)
    settled = settled_before()
    sources: list[ScannedSource] = []
    stamps: dict[Stamp, str] = {}
    for relative, status in scan_source_files(settings.sources_dir):
        stamp = stamp_of(relative, status, limits)
        key = known.get(stamp)
        kept = remembered.get((key, knowledge.key)) if key is not None else None
        data = b""
        if kept is None:
            read = source_bytes(settings.sources_dir / relative, relative, settings)
            if isinstance(read, SourceError):
                sources.append(ScannedSource(relative, error=read))
                continue
            data, key = read, source_key(relative, read, limits)
            kept = remembered.get((key, knowledge.key))
        assert key is not None
        if max(status.st_mtime_ns, status.st_ctime_ns) < settled:  # a later write in the same tick could keep the stamp
            stamps[stamp] = key
        sources.append(ScannedSource(relative, key, data, kept))
    return Scan(tuple(sources), stamps)


def load_cached(scan: Scan, caches: Caches) -> Loaded:
    """Each file's articles and annotations from the session or the caches; the work left where any is missing."""
    results: list[SourceResult | None] = []
    work: list[tuple[int, SourceWork]] = []
    for position, source in enumerate(scan.sources):
        if source.error is not None:
            results.append(SourceResult(source.error, (), ()))
            continue
        if source.kept is not None:
            results.append(source.kept)
            continue
        cleaned = caches.cleaned(source.key)
        notes, keys = caches.notes_of(cleaned) if cleaned is not None else ([], [])
        if cleaned is None or None in notes:
            results.append(None)
            work.append((position, SourceWork(source.relative, source.data, source.key, cleaned, tuple(notes), tuple(keys))))
        else:
            results.append(SourceResult(cleaned, tuple(notes), tuple(keys)))  # type: ignore[arg-type]
    return Loaded(tuple(results), tuple(work))


def clean_and_annotate_missing(loaded: Loaded, settings: Settings, knowledge: LoadedKnowledge, caches: Caches,
                               session: Session | None = None) -> Processed:
    """Do the work left: clean and annotate what no cache held, in worker processes when there is much of it."""
    works = [work for _, work in loaded.work]
    parallel = len(works) >= PARALLEL_THRESHOLD and settings.workers > 1
    if not works:
        fresh = []
    elif parallel and "fork" not in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(settings.workers, initializer=_start_worker, initargs=(settings, knowledge)) as pool:
            fresh = list(pool.map(_work_in_worker, works, chunksize=WORK_CHUNK))
    else:
        annotator = session.annotator_for(knowledge.base) if session is not None else Annotator.from_knowledge(knowledge.base)
        gc.freeze()  # as in a worker: the annotator outlives the work, so collections during it need not walk it
        fresh = (_work_in_forked_workers(works, settings, knowledge, annotator) if parallel
                 else [work_on_source(work, settings, caches, annotator) for work in works])
    done = dict(zip([position for position, _ in loaded.work], fresh))
    results = tuple(result if result is not None else done[position] for position, result in enumerate(loaded.results))
    return Processed(results, sum(r.annotated for r in fresh), sum(r.clean_seconds for r in fresh), sum(r.annotate_seconds for r in fresh))


def remember_sources(session: Session, scan: Scan, processed: Processed, knowledge: LoadedKnowledge) -> None:
    """Keep what this build made of each readable source file (and only that) for the session's next build."""
    session.sources = {(source.key, knowledge.key): result for source, result in zip(scan.sources, processed.results)
                       if source.error is None}
    session.source_keys = dict(scan.stamps)


def make_briefs(results: tuple[SourceResult, ...]) -> Briefs:
    """Every article that was annotated becomes a brief, whose digest is its annotations' key; the rest are errors."""
    errors: list[SourceError] = []
    briefs: list[Brief] = []
    for result in results:
        if isinstance(result.cleaned, SourceError):
            errors.append(result.cleaned)
            continue
        for (article, _), notes, key in zip(result.cleaned, result.notes, result.keys):
            if isinstance(notes, SourceError):
                errors.append(notes)
            else:
                briefs.append(Brief(brief_id(article.title or "untitled", article.source, article.position), article, notes, key))
    return Briefs(tuple(briefs), tuple(errors))


def gather(settings: Settings, knowledge: KnowledgeBase) -> Gathered:
    """Phase one on its own, with a knowledge base already loaded (the evaluation's entry point)."""
    loaded = LoadedKnowledge(knowledge, knowledge_key(settings.knowledge_dir))
    scan = scan_sources(settings, loaded)
    caches = Caches(settings.cache_dir, loaded.key)
    try:
        processed = clean_and_annotate_missing(load_cached(scan, caches), settings, loaded, caches)
    finally:
        gc.unfreeze()  # what the work froze (its annotator) is the caller's to let go, as build_site does
    made = make_briefs(processed.results)
    return Gathered(list(made.briefs), list(made.errors), [source.relative for source in scan.sources], processed.annotated)


def index_briefs(made: Briefs, scan: Scan, knowledge: LoadedKnowledge, session: Session | None = None) -> SiteIndex:
    """The site index: updated from the session's last one when there is one, else built from nothing."""
    sources = [source.relative for source in scan.sources]
    state: IndexState = update_index(session.index if session is not None else None, made.briefs, knowledge.base, made.errors, sources)
    if session is not None:
        session.index = state
    return state.index


def render_pages(index: SiteIndex, settings: Settings, knowledge: LoadedKnowledge, session: Session | None = None) -> Pages:
    """Every page; with a cache folder, those whose inputs did not change come from the page store."""
    serving = session is not None and session.serving
    render_settings = RenderSettings(settings.templates_dir, settings.site_url, settings.cache_dir, settings.workers,
                                     knowledge.key, serving)
    pages = render_site(index, knowledge.base, render_settings, session.render_memory if session is not None else None)
    if session is not None and session.serving:
        session.annotator_for(knowledge.base)  # built while the server starts, not on its first edit
    return pages


class Laps:
    """Wall-clock seconds per step, each counted from the end of the one before."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        """Note the seconds since the last lap under ``name``."""
        now = time.perf_counter()
        self.seconds[name] = now - self._last
        self._last = now


def build_site(settings: Settings, session: Session | None = None) -> BuildResult:
    """The whole build, in memory; a Session carries what one process already loaded into its next build."""
    laps = Laps()
    # What this process already holds (a session's last build) is left out of this build's collections; the
    # garbage among it is collected after the build (during MkDocs' own work), once everything is unfrozen.
    gc.freeze()
    try:
        knowledge = read_knowledge(settings, session)
        gc.freeze()  # the knowledge base lives to the end
        laps.lap("knowledge")
        caches = Caches(settings.cache_dir, knowledge.key)
        scan = scan_sources(settings, knowledge, session)
        loaded = load_cached(scan, caches)
        laps.lap("read")
        processed = clean_and_annotate_missing(loaded, settings, knowledge, caches, session)
        if session is not None:
            remember_sources(session, scan, processed, knowledge)
        made = make_briefs(processed.results)
        laps.lap("clean_annotate")
        gc.freeze()  # the briefs live to the end: collections need not walk them again and again
        index = index_briefs(made, scan, knowledge, session)
        gc.freeze()
        laps.lap("index")
        pages = render_pages(index, settings, knowledge, session)
        laps.lap("render")
    finally:
        gc.unfreeze()  # `mkdocs serve` builds again and again in one process: let this build's garbage go
    # Seconds of work summed over the worker processes: what cleaning and annotation cost, apart.
    timings = {**laps.seconds, "clean_cpu": processed.clean_seconds, "annotate_cpu": processed.annotate_seconds,
               **{f"render_{part}": seconds for part, seconds in pages.seconds.items()}}
    return BuildResult(pages=pages, index=index, timings=timings, annotated=processed.annotated)
