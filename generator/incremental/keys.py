"""Content-addressed caches, so a rebuild re-reads, re-cleans and re-annotates only what changed.

Two caches, both keyed by hashes of everything that shapes their values, so any change is a cache
miss, never a stale result:

- cleaned articles per source file: the file's bytes and path, the limits and the reading/cleaning code;
- annotations per article: the article, the knowledge base's version and the annotators' code.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.model import Article

#: Bumped by hand only if the pickled layout changes without a source change (it should not).
CACHE_FORMAT = "2"
PACKAGE = Path(__file__).resolve().parent.parent


def _code_digest(paths: list[Path]) -> str:
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the source of every module that shapes annotations."""
    return _code_digest([*PACKAGE.glob("annotate/*.py"), PACKAGE / "model.py", PACKAGE / "knowledge" / "base.py", PACKAGE / "slugs.py"])


@lru_cache(maxsize=1)
def cleaning_code_version() -> str:
    """A hash of the source of every module that turns a file's bytes into articles."""
    code = _code_digest([PACKAGE / name for name in ("sources/reading.py", "sources/cleaning.py", "sources/pages.py", "model.py", "markdown_text.py")])
    # Saved pages are read by trafilatura and htmldate: another version may extract other text.
    return code + "".join(f"|{library}={metadata.version(library)}" for library in ("trafilatura", "htmldate"))


def knowledge_key(directory: Path) -> str:
    """The cache key of a loaded knowledge base: its files, the code that reads them and the libraries it draws on."""
    digest = hashlib.sha256(_code_digest([PACKAGE / name for name in ("knowledge/base.py", "model.py", "slugs.py", "knowledge/taxonomies.py")]).encode())
    for library in ("pycountry", "countryinfo", "PyYAML"):
        digest.update(f"{library}={metadata.version(library)}".encode())
    for path in sorted(directory.glob("*")):
        if path.is_file():
            digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_digest(article: Article) -> str:
    """A hash of everything an article holds (text, structure and metadata)."""
    material = f"{article!r}|{sorted(article.meta.items())!r}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def article_key(article: Article, knowledge_version: str, digest: str | None = None) -> str:
    """The cache key of one article's annotations."""
    material = f"{code_version()}|{knowledge_version}|{digest or article_digest(article)}"
    return hashlib.sha256(material.encode()).hexdigest()


def source_key(relative: str, data: bytes, limits: tuple[int, ...]) -> str:
    """The cache key of one source file's cleaned articles."""
    digest = hashlib.sha256(f"{cleaning_code_version()}|{limits!r}|{relative}|".encode("utf-8", "surrogateescape"))
    digest.update(data)
    return digest.hexdigest()


class PickleCache:
    """Values on disk under ``directory`` (None: no cache), one small file per key."""

    def __init__(self, directory: Path | None):
        self.directory = directory

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        """The cached value under ``key`` if it is of ``kind``, else None."""
        if self.directory is None:
            return None
        try:
            with self._path(key).open("rb") as handle:
                found = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return found if isinstance(found, kind) else None

    def put(self, key: str, value: object) -> None:
        """Store a value; a cache that cannot be written is simply not used."""
        if self.directory is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # workers may write at the same time
            temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(path)
        except OSError:
            pass
