"""Writing generated pages to disk: only what changed, nothing outside the output folder."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .page_cache import content_digest


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
    The folder's manifest records what was written (path, content digest, size), so an unchanged page is
    recognised without reading it, and only files this function wrote before are ever removed: pointing
    --out at a folder with other files in it cannot delete them.
    """
    root = out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    manifest = root / MANIFEST
    previous = read_manifest(manifest)
    digest_of = getattr(pages, "digest", None)
    recorded: dict[str, tuple[str, int]] = {}
    folders: dict[Path, Path] = {}
    written = unchanged = 0
    prefix = str(root) + os.sep
    for relative in sorted(pages):
        digest = digest_of(relative) if digest_of else None
        old = previous.get(relative)
        if digest and old and old[0] == digest and _size(prefix + relative) == old[1]:  # a string path: thousands of pages
            recorded[relative] = old
            unchanged += 1
            continue
        target = root / relative
        text = pages[relative]  # a page reused from the page store is read here, once
        data = text.encode("utf-8", "surrogatepass")
        digest = digest or content_digest(text)
        recorded[relative] = (digest, len(data))
        folder = folders.get(target.parent)
        if folder is None:
            folder = folders[target.parent] = target.parent.resolve()
        if (folder != root and root not in folder.parents) or target.name in ("", ".", ".."):
            raise ValueError(f"refusing to write outside {root}: {relative}")
        if not target.is_symlink() and target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            unchanged += 1
            continue
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / (target.name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(folder / target.name)
        written += 1
    removed = 0
    for relative in sorted(set(previous) - set(pages)):
        target = (root / relative).resolve()
        if root in target.parents and target.is_file():
            target.unlink()
            removed += 1
            parent = target.parent
            while parent != root and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    manifest.write_text("".join(f"{path}\t{digest}\t{size}\n" for path, (digest, size) in sorted(recorded.items())), encoding="utf-8")
    return WriteReport(written, unchanged, removed)


def read_manifest(manifest: Path) -> dict[str, tuple[str, int]]:
    """Path -> (content digest, size) of what the last write left; older manifests list paths only."""
    if not manifest.is_file():
        return {}
    found: dict[str, tuple[str, int]] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        path, _, rest = line.partition("\t")
        digest, _, size = rest.partition("\t")
        found[path] = (digest, int(size) if size.isdigit() else -1)
    return found


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return -2
