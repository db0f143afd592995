"""One settings object for the whole build, loaded once and passed explicitly."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Used for absolute links in feeds when mkdocs.yml sets no site_url.
DEFAULT_SITE_URL = "http://localhost:8000/"
#: Files larger than this are reported, not read (bounded time and memory).
DEFAULT_MAX_SOURCE_BYTES = 2_000_000
#: Lines longer than this are cut before cleaning, so one enormous line cannot stall the regexes.
DEFAULT_MAX_LINE_CHARS = 20_000


def site_url_of(root: Path) -> str | None:
    """The site_url set in ROOT/mkdocs.yml, so the CLI writes the same feeds as `mkdocs build`."""
    path = Path(root) / "mkdocs.yml"
    try:
        match = re.search(r"^site_url:\s*['\"]?([^'\"#\s]+)", path.read_text(encoding="utf-8"), re.M)
    except OSError:
        return None
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class Settings:
    """Where things are and the limits the build keeps to."""

    sources_dir: Path
    templates_dir: Path
    knowledge_dir: Path
    cache_dir: Path | None = None  # the caches of earlier builds (sources/, annotations/, pages/...); None: no cache, build afresh
    workers: int = 1  # processes for annotation when many articles changed
    site_url: str = DEFAULT_SITE_URL
    max_source_bytes: int = DEFAULT_MAX_SOURCE_BYTES
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS

    @classmethod
    def from_root(cls, root: Path = PROJECT_ROOT, **overrides: object) -> "Settings":
        """Settings with the project's standard folders under ``root`` (the cache in ROOT/.cache), then ``overrides``.

        Each override is a field's value as the field holds it, so ``cache_dir=None`` turns the cache off;
        a field left out keeps its standard value.
        """
        root = Path(root)
        values = {
            "sources_dir": root / "sources",
            "templates_dir": root / "templates",
            "knowledge_dir": root / "knowledge",
            "cache_dir": root / ".cache",
            "workers": os.cpu_count() or 1,
            "site_url": site_url_of(root) or DEFAULT_SITE_URL,
        }
        values.update({k: Path(v) if k.endswith("_dir") and v is not None else v for k, v in overrides.items()})  # type: ignore[arg-type]
        return cls(**values)  # type: ignore[arg-type]
