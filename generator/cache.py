"""A content-addressed cache of annotations, so a rebuild re-annotates only new or changed articles.

The key is a hash of the article (its text and metadata), the knowledge base's version and the
annotators' code; any change to one of them is a cache miss, never a stale result.
"""
from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path

from .model import Annotations, Article

#: Bumped by hand only if the pickled layout changes without a source change (it should not).
CACHE_FORMAT = "1"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the source of every module that shapes annotations."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for path in sorted([*package.glob("annotate/*.py"), package / "model.py", package / "knowledge.py", package / "slugs.py"]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(article: Article, knowledge_version: str) -> str:
    """The cache key of one article's annotations."""
    material = f"{code_version()}|{knowledge_version}|{article!r}|{sorted(article.meta.items())!r}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


class AnnotationCache:
    """Annotations on disk under ``directory`` (None: no cache), one small file per article."""

    def __init__(self, directory: Path | None, knowledge_version: str):
        self.directory = directory
        self.knowledge_version = knowledge_version
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> Annotations | None:
        """The cached annotations, or None."""
        if self.directory is None:
            self.misses += 1
            return None
        path = self._path(article_key(article, self.knowledge_version))
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        if not isinstance(found, Annotations):
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, article: Article, notes: Annotations) -> None:
        """Store annotations; a cache that cannot be written is simply not used."""
        if self.directory is None:
            return
        path = self._path(article_key(article, self.knowledge_version))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(pickle.dumps(notes, protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(path)
        except OSError:
            pass
