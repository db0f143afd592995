"""The gold annotations (tests/gold/*.yaml) and the text of the sources they describe."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import yaml

from generator.model import SourceDocument
from generator.settings import Settings
from generator.sources.reading import decode_bytes, normalise_newlines, read_source


@dataclass(frozen=True)
class GoldArticle:
    """One hand-checked article of a gold file."""

    title: str | None
    first_paragraph: str = ""
    last_paragraph: str = ""
    standfirst: str | None = None
    byline: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    kind: str | None = None
    subheadings: tuple[str, ...] = ()
    body_lines: int | None = None
    boilerplate: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    people: tuple[Mapping[str, str | None], ...] = ()
    organizations: tuple[str, ...] = ()
    initiatives: tuple[str, ...] = ()
    quotes: tuple[Mapping[str, str | None], ...] = ()
    figures: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "GoldArticle":
        values: dict[str, object] = {}
        for name in cls.__dataclass_fields__:
            value = data.get(name)
            if name in ("subheadings", "boilerplate", "countries", "organizations", "initiatives", "figures"):
                value = tuple(str(v) for v in (value or []))
            elif name in ("people", "quotes"):
                value = tuple(dict(v) for v in (value or []))
            elif name == "published" and value is not None:
                value = str(value)
            elif name == "body_lines":
                value = int(value) if value is not None else None
            elif name in ("first_paragraph", "last_paragraph"):
                value = str(value or "")
            elif value is not None:
                value = str(value)
            values[name] = value
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class GoldSource:
    """A gold file: the source it describes, its articles and (when readable) the source's text."""

    source: str
    articles: tuple[GoldArticle, ...]
    text: str | None = None
    # The file's lines as written (decoded, LF line endings): a gold paragraph is a line of the file, and the reader may
    # have joined it with others (lines of print spaced apart, hard-wrapped lines).
    raw: str | None = None


def load_gold(gold_dir: Path, settings: Settings | Path | None = None) -> list[GoldSource]:
    """Every gold file of ``gold_dir``, with the text of its source when the sources folder (given, or the settings') has it."""
    if isinstance(settings, Path):
        settings = Settings.from_root(settings.parent, sources_dir=str(settings), cache_dir=None)
    if not Path(gold_dir).is_dir():
        raise FileNotFoundError(f"gold folder not found: {gold_dir}")
    sources: list[GoldSource] = []
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        source = str(data.get("source") or path.with_suffix(".txt").name)
        articles = tuple(GoldArticle.from_dict(a) for a in data.get("articles") or [])
        sources.append(GoldSource(source, articles, _source_text(settings, source), _raw_text(settings, source)))
    return sources


def _source_text(settings: Settings | None, relative: str) -> str | None:
    """The article text of a source as the pipeline reads it (decoded, frontmatter split off), or None."""
    if settings is None or not (settings.sources_dir / relative).is_file():
        return None
    document = read_source(settings.sources_dir / relative, relative, settings)
    return document.text if isinstance(document, SourceDocument) else None


def _raw_text(settings: Settings | None, relative: str) -> str | None:
    """The source's lines as the file writes them, decoded, or None."""
    if settings is None or not (settings.sources_dir / relative).is_file():
        return None
    return normalise_newlines(decode_bytes((settings.sources_dir / relative).read_bytes()))
