"""What the sources cache keeps for one file, made: its articles, each with its digest, or why there are none.

It lives here, not in the pipeline, so that the sources cache's key covers the code that makes its values.
"""
from __future__ import annotations

import logging

from generator.incremental.keys import article_digest
from generator.model import Article, SourceDocument, SourceError
from generator.settings import Settings
from generator.sources.reading import document_from_bytes
from generator.sources.splitting import split_articles

log = logging.getLogger("briefing")

#: (article, its digest) pairs of one source file, or why it has none: what the sources cache keeps.
Cleaned = tuple[tuple[Article, str], ...] | SourceError


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


def clean_source(relative: str, data: bytes, settings: Settings) -> Cleaned:
    """A file's bytes to its articles (each with its digest), or the error that explains why there are none."""
    document = document_from_bytes(data, relative)
    if isinstance(document, SourceError):
        return document
    found = articles_of(document, settings)
    if isinstance(found, SourceError):
        return found
    return tuple((article, article_digest(article)) for article in found)
