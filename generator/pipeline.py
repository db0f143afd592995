"""The whole build as one pipeline: read -> clean/split -> annotate -> index -> render.

Phase one gathers and indexes every brief; phase two renders. Nothing is written here: the CLI and
the MkDocs plugin decide where the pages go.
"""
from __future__ import annotations

import logging
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

from .annotate import Annotator, annotate_article
from .cache import AnnotationCache
from .cleaning import split_articles
from .indexing import SiteIndex, brief_id, build_index
from .knowledge import KnowledgeBase, load_knowledge
from .model import Annotations, Article, Brief, SourceDocument, SourceError
from .reading import read_sources
from .rendering import render_site
from .settings import Settings

log = logging.getLogger("mkdocs.plugins.briefing")
#: Below this many articles to annotate, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 200


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The generated pages, the index they came from, and how long each stage took."""

    pages: Mapping[str, str]
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


_WORKER_ANNOTATOR: Annotator | None = None


def _start_worker(knowledge_dir: str) -> None:
    global _WORKER_ANNOTATOR
    _WORKER_ANNOTATOR = Annotator.from_knowledge(load_knowledge(Path(knowledge_dir)))


def _annotate_in_worker(article: Article) -> Annotations | SourceError:
    assert _WORKER_ANNOTATOR is not None
    return annotate_safely(article, _WORKER_ANNOTATOR)


def annotate_all(articles: list[Article], knowledge: KnowledgeBase, settings: Settings) -> tuple[list[Annotations | SourceError], int]:
    """Annotations for every article, from the cache where possible, in parallel when many changed."""
    cache = AnnotationCache(settings.cache_dir, knowledge.version)
    results: list[Annotations | SourceError | None] = [cache.get(a) for a in articles]
    missing = [i for i, found in enumerate(results) if found is None]
    todo = [articles[i] for i in missing]
    if len(todo) >= PARALLEL_THRESHOLD and settings.workers > 1:
        with ProcessPoolExecutor(settings.workers, initializer=_start_worker, initargs=(str(settings.knowledge_dir),)) as pool:
            # mappingproxy does not pickle; workers get a plain-dict copy of the metadata.
            portable = [replace(a, meta=dict(a.meta)) for a in todo]
            fresh = list(pool.map(_annotate_in_worker, portable, chunksize=32))
    else:
        annotator = Annotator.from_knowledge(knowledge)
        fresh = [annotate_safely(a, annotator) for a in todo]
    for i, notes in zip(missing, fresh):
        results[i] = notes
        if isinstance(notes, Annotations):
            cache.put(articles[i], notes)
    return results, len(todo)  # type: ignore[return-value]


def gather(settings: Settings, knowledge: KnowledgeBase, timings: dict[str, float] | None = None) -> tuple[list[Brief], list[SourceError], list[str], int]:
    """Phase one: every brief, every error, every source path, and how many articles were annotated."""
    timings = {} if timings is None else timings
    started = time.perf_counter()
    read = read_sources(settings)
    timings["read"] = time.perf_counter() - started
    started = time.perf_counter()
    errors: list[SourceError] = []
    articles: list[Article] = []
    for result in read:
        if isinstance(result, SourceError):
            errors.append(result)
            continue
        found = articles_of(result, settings)
        if isinstance(found, SourceError):
            errors.append(found)
        else:
            articles.extend(found)
    timings["clean"] = time.perf_counter() - started
    started = time.perf_counter()
    annotations, annotated = annotate_all(articles, knowledge, settings)
    briefs: list[Brief] = []
    for article, notes in zip(articles, annotations):
        if isinstance(notes, SourceError):
            errors.append(notes)
        else:
            briefs.append(Brief(brief_id(article.title or "untitled", article.source, article.position), article, notes))
    timings["annotate"] = time.perf_counter() - started
    return briefs, errors, [r.path for r in read], annotated


def build_site(settings: Settings) -> BuildResult:
    """The whole build, in memory."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    knowledge = load_knowledge(settings.knowledge_dir)
    timings["knowledge"] = time.perf_counter() - started
    briefs, errors, sources, annotated = gather(settings, knowledge, timings)
    started = time.perf_counter()
    index = build_index(briefs, knowledge, errors, sources)
    timings["index"] = time.perf_counter() - started
    started = time.perf_counter()
    pages = render_site(index, knowledge, settings.templates_dir, settings.site_url)
    timings["render"] = time.perf_counter() - started
    return BuildResult(pages=pages, index=index, timings=timings, annotated=annotated)


def report_failures(result: BuildResult) -> None:
    """Log one warning per failed source (MkDocs' --strict turns them into a failed build)."""
    for path, message in result.failures:
        log.warning("source %s: %s", path, message)
