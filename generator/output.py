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


MANIFEST = ".briefing-manifest"


def write_pages(pages: Mapping[str, str], out_dir: Path) -> WriteReport:
    """Write pages under ``out_dir``; unchanged files keep their bytes and mtime; stale pages are removed.

    Keeping mtimes is what lets MkDocs' change detection (``mkdocs serve --dirty``) skip unchanged pages.
    Only files this function wrote before (listed in the folder's manifest) are ever removed, so pointing
    --out at a folder with other files in it cannot delete them.
    """
    root = out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    manifest = root / MANIFEST
    previous = set(manifest.read_text(encoding="utf-8").splitlines()) if manifest.is_file() else set()
    written = unchanged = 0
    for relative, content in sorted(pages.items()):
        target = (root / relative).resolve()
        if root not in target.parents:
            raise ValueError(f"refusing to write outside {root}: {relative}")
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
    for relative in sorted(previous - set(pages)):
        target = (root / relative).resolve()
        if root in target.parents and target.is_file():
            target.unlink()
            removed += 1
            parent = target.parent
            while parent != root and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    manifest.write_text("".join(f"{path}\n" for path in sorted(pages)), encoding="utf-8")
    return WriteReport(written, unchanged, removed)
