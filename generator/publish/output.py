"""Writing generated pages to disk: only what changed, nothing outside the output folder."""
from __future__ import annotations

import gc
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from generator.incremental.fingerprint import content_digest


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
    # What the process holds (a whole site) is left out of the collections this loop's allocations would
    # trigger; it is unfrozen again at the end.
    gc.freeze()
    try:
        return _write_pages(pages, out_dir)
    finally:
        gc.unfreeze()


def _write_pages(pages: Mapping[str, str], out_dir: Path) -> WriteReport:
    root = out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    manifest = root / MANIFEST
    previous = read_manifest(manifest)
    digest_of = getattr(pages, "digest", None)
    recorded: dict[str, tuple[str, int]] = {}
    folders: dict[str, str] = {}  # a page's folder as written -> the real folder, checked to be inside root
    written = unchanged = 0
    prefix = str(root) + os.sep
    for relative in sorted(pages):
        digest = digest_of(relative) if digest_of else None
        old = previous.get(relative)
        target = prefix + relative  # string paths: thousands of pages
        if digest and old and old[0] == digest and _size(target) == old[1]:
            recorded[relative] = old
            unchanged += 1
            continue
        text = pages[relative]  # a page reused from the page store is read here, once
        data = text.encode("utf-8", "surrogatepass")
        digest = digest or content_digest(text)
        recorded[relative] = (digest, len(data))
        parent, name = os.path.split(target)
        if os.path.isabs(relative) or name in ("", ".", ".."):
            raise ValueError(f"refusing to write outside {root}: {relative}")
        folder = folders.get(parent)
        if folder is None:
            real = Path(parent).resolve()  # once per folder: a symlinked folder must not lead out of root
            if real != root and root not in real.parents:
                raise ValueError(f"refusing to write outside {root}: {relative}")
            real.mkdir(parents=True, exist_ok=True)
            folder = folders[parent] = str(real)
        target = os.path.join(folder, name)
        if _same_file(target, data):
            unchanged += 1
            continue
        temporary = target + ".tmp"
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o666)
        try:
            _write_all(handle, data)
        finally:
            os.close(handle)
        os.replace(temporary, target)
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
    _READ[str(manifest)] = (_stamp(str(manifest)), recorded)
    return WriteReport(written, unchanged, removed)


#: Manifest path -> (its stamp when this process last wrote or read it, what it holds): `mkdocs serve`
#: writes the same folder at every edit, and parsing thousands of lines each time is avoidable.
_READ: dict[str, tuple[tuple[int, int, int] | None, dict[str, tuple[str, int]]]] = {}


def _stamp(path: str) -> tuple[int, int, int] | None:
    """A file's (mtime in ns, size, inode), or None when it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


def read_manifest(manifest: Path) -> dict[str, tuple[str, int]]:
    """Path -> (content digest, size) of what the last write left; older manifests list paths only."""
    stamp = _stamp(str(manifest))  # taken before reading: a write meanwhile changes it, so it is not trusted next time
    remembered = _READ.get(str(manifest))
    if stamp is not None and remembered is not None and remembered[0] == stamp:
        return dict(remembered[1])
    if not manifest.is_file():
        return {}
    found: dict[str, tuple[str, int]] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        path, _, rest = line.partition("\t")
        digest, _, size = rest.partition("\t")
        found[path] = (digest, int(size) if size.isdigit() else -1)
    _READ[str(manifest)] = (stamp, dict(found))
    return found


def _same_file(path: str, data: bytes) -> bool:
    """Whether ``path`` is a regular file (not a symlink) holding exactly ``data``."""
    try:
        status = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode) or status.st_size != len(data):
        return False
    with open(path, "rb") as handle:
        return handle.read() == data


def _write_all(handle: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def _size(path: str) -> int:
    """The size of a regular file (not a symlink), else -2: no recorded size."""
    try:
        status = os.lstat(path)
    except OSError:
        return -2
    return status.st_size if stat.S_ISREG(status.st_mode) else -2
