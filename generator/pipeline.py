"""The whole build as one pipeline: read -> clean/split -> annotate -> index -> render.

Phase one gathers and indexes every brief; phase two renders. Nothing is written here: the CLI and
the MkDocs plugin decide where the pages go.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, Mapping

from .annotate import Annotator, annotate_article
from .cleaning import split_articles
from .indexing import SiteIndex, brief_id, build_index
from .knowledge import KnowledgeBase, load_knowledge
from .model import Article, Brief, SourceDocument, SourceError
from .reading import read_sources
from .rendering import render_site
from .settings import Settings

log = logging.getLogger("mkdocs.plugins.briefing")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The generated pages and the index they came from."""

    pages: Mapping[str, str]
    index: SiteIndex

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


def brief_of(article: Article, annotator: Annotator) -> Brief | SourceError:
    """One article annotated into a brief."""
    try:
        notes = annotate_article(article, annotator)
    except Exception as error:  # an annotator bug must not stop the other files
        log.exception("annotating %s failed", article.source)
        return SourceError(article.source, f"internal error while annotating ({type(error).__name__}); please report it")
    identifier = brief_id(article.title or "untitled", article.source, article.position)
    return Brief(identifier, article, notes)


def gather(settings: Settings, knowledge: KnowledgeBase) -> tuple[list[Brief], list[SourceError], list[str]]:
    """Phase one: every brief, every error, every source path."""
    annotator = Annotator.from_knowledge(knowledge)
    briefs: list[Brief] = []
    errors: list[SourceError] = []
    sources: list[str] = []
    for result in read_sources(settings):
        sources.append(result.path)
        if isinstance(result, SourceError):
            errors.append(result)
            continue
        articles = articles_of(result, settings)
        if isinstance(articles, SourceError):
            errors.append(articles)
            continue
        for article in articles:
            brief = brief_of(article, annotator)
            (errors if isinstance(brief, SourceError) else briefs).append(brief)  # type: ignore[arg-type]
    return briefs, errors, sources


def build_site(settings: Settings) -> BuildResult:
    """The whole build, in memory."""
    knowledge = load_knowledge(settings.knowledge_dir)
    briefs, errors, sources = gather(settings, knowledge)
    index = build_index(briefs, knowledge, errors, sources)
    pages = render_site(index, knowledge, settings.templates_dir, settings.site_url)
    return BuildResult(pages=pages, index=index)


def report_failures(result: BuildResult, warn: Iterable[None] | None = None) -> None:
    """Log one warning per failed source (MkDocs' --strict turns them into a failed build)."""
    for path, message in result.failures:
        log.warning("source %s: %s", path, message)
