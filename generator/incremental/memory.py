"""What one serving process remembers between builds, keyed by the identity of the immutable values it holds."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

from generator.incremental.recording import Dependency
from generator.incremental.store import PageStore
from generator.model import Pagination


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
        self.environment: tuple[tuple[Path, Path | None], Any] | None = None  # (folders, jinja2.Environment)
        # The page store, which keeps the state it last loaded or saved (and, serving, its deferred save).
        self.store: PageStore | None = None
