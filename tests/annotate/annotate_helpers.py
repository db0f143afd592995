"""Helpers shared by the annotator tests: annotate small articles against the real knowledge base."""
from __future__ import annotations

from functools import lru_cache

from generator.annotate import Annotator, annotate_article
from generator.knowledge.base import load_knowledge
from generator.model import Annotations, Article, Block
from generator.settings import PROJECT_ROOT


@lru_cache(maxsize=1)
def annotator() -> Annotator:
    """One annotator over the project's knowledge base for the whole test session."""
    return Annotator.from_knowledge(load_knowledge(PROJECT_ROOT / "knowledge"))


def article(*paragraphs: str, title: str | None = "Test headline", meta: dict | None = None, **fields) -> Article:
    """An article made of the given paragraphs (a paragraph starting with '## ' is a heading)."""
    blocks = tuple(Block("heading", p[3:]) if p.startswith("## ") else Block("paragraph", p) for p in paragraphs)
    return Article(source="test.txt", position=0, title=title, blocks=blocks, meta=meta or {}, **fields)


def annotate(*paragraphs: str, **kwargs) -> Annotations:
    """Annotations of an article made of the given paragraphs."""
    return annotate_article(article(*paragraphs, **kwargs), annotator())


def keys(notes: Annotations, taxonomy: str) -> set[str]:
    """The term keys of one taxonomy that the notes mention."""
    return {m.key for m in notes.mentions if m.taxonomy == taxonomy}
