"""Pagefind's chunked search index of the built site, kept in .cache/pagefind/ while the site's pages stay the same.

Pagefind indexes a whole site at every run; a rebuild that changed no page gets the index of the last run
instead (keyed by Pagefind's version, its options, and every HTML file's path and bytes).
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

#: Pagefind's options: index each page's <article>, leave out the "last updated" line.
OPTIONS = ("--root-selector", "article", "--exclude-selectors", ".md-source-file")
#: Pagefind's output folder inside the site.
BUNDLE = "pagefind"


class PagefindError(Exception):
    """Pagefind failed; its message is in the exception."""


def site_key(site_dir: Path) -> str:
    """Pagefind's version and options, and every HTML page of the site, by path and content."""
    digest = hashlib.blake2b(f"{metadata.version('pagefind')}|{OPTIONS!r}".encode(), digest_size=20)
    for path in sorted(p for p in site_dir.rglob("*.html") if BUNDLE not in p.relative_to(site_dir).parts[:1]):
        digest.update(path.relative_to(site_dir).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def index_site(site_dir: Path, cache_dir: Path | None) -> bool:
    """Write site/pagefind/: from the cache when the pages are those it was made from, else by running Pagefind.
    Returns whether it came from the cache."""
    key = site_key(site_dir) if cache_dir is not None else ""
    kept = cache_dir / key if cache_dir is not None else None
    if kept is not None and (kept / "pagefind-entry.json").is_file():
        shutil.copytree(kept, site_dir / BUNDLE, dirs_exist_ok=True)
        return True
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), *OPTIONS, "--quiet"]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        raise PagefindError(finished.stderr.strip()[-2000:])
    if kept is not None:
        shutil.rmtree(cache_dir, ignore_errors=True)  # only the latest index is worth keeping
        shutil.copytree(site_dir / BUNDLE, kept)
    return False
