"""Writing generated pages to disk: only what changed, nothing outside the output folder."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping


@dataclass(frozen=True, slots=True)
class WriteReport:
    """How many files a write touched."""

    written: int
    unchanged: int
    removed: int


def write_pages(pages: Mapping[str, str], out_dir: Path) -> WriteReport:
    """Write pages under ``out_dir``; unchanged files keep their bytes and mtime; stale files are removed.

    Keeping mtimes is what lets MkDocs' change detection (``mkdocs serve --dirty``) skip unchanged pages.
    """
    root = out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    written = unchanged = 0
    expected: set[Path] = set()
    for relative, content in sorted(pages.items()):
        target = (root / relative).resolve()
        if root not in target.parents:
            raise ValueError(f"refusing to write outside {root}: {relative}")
        expected.add(target)
        data = content.encode("utf-8")
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(target)
        written += 1
    removed = 0
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and path not in expected:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return WriteReport(written, unchanged, removed)
