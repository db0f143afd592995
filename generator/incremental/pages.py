"""The generated site: every file by path, each rendered in this build or read from the store only when asked for."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Callable, Iterator

from generator.incremental.fingerprint import content_digest


def _nothing_stored(digest: str) -> str:
    raise KeyError(digest)


class Pages(Mapping):
    """Every generated file, by docs-relative path; pages reused from the store are read only when asked for."""

    def __init__(self, texts: Mapping[str, str], stored: Mapping[str, str], read: Callable[[str], str],
                 digests: Mapping[str, str], seconds: Mapping[str, float] | None = None):
        self.seconds = dict(seconds or {})  # how long checking, rendering and storing took
        self._texts = dict(texts)
        self._stored = dict(stored)  # path -> content digest in the store
        self._read = read  # content digest -> stored text
        self._digests = dict(digests)

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> "Pages":
        """Pages that were all rendered in this build."""
        return cls(texts, {}, _nothing_stored, {path: content_digest(text) for path, text in texts.items()})

    def __getitem__(self, path: str) -> str:
        if path in self._texts:
            return self._texts[path]
        return self._read(self._stored[path])

    def __iter__(self) -> Iterator[str]:
        yield from self._texts
        yield from self._stored

    def __len__(self) -> int:
        return len(self._texts) + len(self._stored)

    def __contains__(self, path: object) -> bool:
        return path in self._texts or path in self._stored

    def digest(self, path: str) -> str:
        """The content digest of a page, without reading it."""
        return self._digests[path]

    @property
    def rendered(self) -> int:
        """How many pages were rendered in this build (the rest came from the store)."""
        return len(self._texts)

    @property
    def rendered_paths(self) -> frozenset[str]:
        """The pages rendered in this build."""
        return frozenset(self._texts)

    def with_page(self, path: str, text: str) -> "Pages":
        """These pages plus one more (replacing a page of the same path)."""
        texts = {**self._texts, path: text}
        stored = {p: d for p, d in self._stored.items() if p != path}
        return Pages(texts, stored, self._read, {**self._digests, path: content_digest(text)}, self.seconds)
