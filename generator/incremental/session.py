"""The disk caches of one build, and what one long-running process (`mkdocs serve`) keeps between builds."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.annotate import Annotator
from generator.incremental.cleaned import Cleaned
from generator.incremental.keys import annotations_key
from generator.incremental.memory import RenderMemory
from generator.incremental.store import PickleCache
from generator.index.site_index import IndexState
from generator.knowledge.base import KnowledgeBase
from generator.model import Annotations, SourceError

#: A source changed this recently (ns) is read again next build: a second write in the same clock tick keeps its stamp.
STAT_RACE_NS = 2_000_000_000

#: What identifies a source file's bytes without reading them: (path, size, mtime, ctime, inode, limits).
Stamp = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class SourceResult:
    """What one source file became, and the seconds spent cleaning and annotating it."""

    cleaned: Cleaned
    notes: tuple[Annotations | SourceError, ...]  # one per article
    keys: tuple[str, ...]  # the annotations-cache key of each article
    annotated: int = 0  # articles annotated afresh (the others came from the cache)
    clean_seconds: float = 0.0
    annotate_seconds: float = 0.0


class Caches:
    """The sources and annotations caches of one build (both disabled without a cache folder)."""

    def __init__(self, cache_dir: Path | None, knowledge_key: str):
        self.sources = PickleCache(cache_dir / "sources" if cache_dir else None)
        self.notes = PickleCache(cache_dir / "annotations" if cache_dir else None)
        self.knowledge_key = knowledge_key

    def cleaned(self, key: str) -> Cleaned | None:
        """A source file's cached articles or error."""
        return self.sources.get(key, (tuple, SourceError))

    def notes_of(self, cleaned: Cleaned) -> tuple[list[Annotations | None], list[str]]:
        """The cached annotations (None when missing) and cache keys of a file's articles."""
        if isinstance(cleaned, SourceError):
            return [], []
        keys = [annotations_key(digest, self.knowledge_key) for _, digest in cleaned]
        return [self.notes.get(key, Annotations) for key in keys], keys


def stamp_of(relative: str, status: os.stat_result, limits: tuple[int, ...]) -> Stamp:
    """A file's stamp: same path, size, times and inode as last build means the same bytes (as for git's index)."""
    return (relative, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, limits)


def settled_before() -> int:
    """The time (ns) before which a file's stamp can be trusted: one changed later may be written again unseen."""
    return time.time_ns() - STAT_RACE_NS


class Session:
    """What a long-running process (`mkdocs serve`) keeps between builds, so a rebuild loads nothing twice.

    Everything in it is keyed exactly like the disk caches (by content hashes), so it can never be stale;
    it only saves reading them back. Each build keeps what that build used, so it does not grow.
    """

    def __init__(self, serving: bool = False) -> None:
        #: `mkdocs serve`: builds again on every edit, so the page store is written when the session ends (``flush``)
        #: or once a minute, and the first build readies what the first edit needs.
        self.serving = serving
        self.knowledge: dict[str, KnowledgeBase] = {}  # knowledge-cache key -> the knowledge base
        self.sources: dict[tuple[str, str], SourceResult] = {}  # (sources-cache key, knowledge key) -> result
        self.source_keys: dict[Stamp, str] = {}  # a source file's stamp -> its sources-cache key
        self.render_memory = RenderMemory()  # with the page store
        self.index: IndexState | None = None  # the last build's index, which the next one updates
        self.annotator: tuple[str, Annotator] | None = None  # (knowledge version, annotator built from it)

    def flush(self) -> None:
        """Write what the session kept in memory and has not written yet."""
        if self.render_memory.store is not None:
            self.render_memory.store.flush()

    def annotator_for(self, knowledge: KnowledgeBase) -> Annotator:
        """The annotator of this knowledge base, built once per version."""
        if self.annotator is None or self.annotator[0] != knowledge.version:
            self.annotator = (knowledge.version, Annotator.from_knowledge(knowledge))
        return self.annotator[1]
