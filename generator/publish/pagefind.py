"""Pagefind's chunked search index of the built site, kept in .cache/pagefind/ while the searched pages stay the same.

Pagefind indexes a whole site at every run. It is given only the pages readers search (`urls.searched`: not the
archive pages of long lists, whose lists search ignores anyway), as hard links in a staging folder; a rebuild
whose searched pages are all unchanged gets the index of the last run instead (keyed by Pagefind's version, its
options, and every searched page's path and bytes). Bundles move between the cache and the site as hard links:
both are only ever replaced, never written into.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from generator.urls import searched

#: Pagefind's options: index each page's <article>, leave out the "last updated" line.
OPTIONS = ("--root-selector", "article", "--exclude-selectors", ".md-source-file")
#: Pagefind's output folder inside the site.
BUNDLE = "pagefind"
#: Index entries (a word's positions on a page, plus one) per index chunk; Pagefind's default is 20,000. A reader's
#: first query loads one chunk per word: at 10,000 articles a default chunk is 20-45 KB, one of 5,000 about a
#: quarter of that, while Pagefind's metadata grows by about 6 KB (the bench, README: "first query").
INDEX_CHUNK_ENTRIES = 5000
#: Pagefind 1.5's setting for it (pinned in requirements.txt), read from the environment only.
INDEX_CHUNK_VARIABLE = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"


class PagefindError(Exception):
    """Pagefind failed; its message is in the exception."""


def searched_pages(site_dir: Path) -> list[str]:
    """The site's HTML pages readers search, as sorted paths relative to the site (Pagefind's own bundle apart)."""
    found = (p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    return sorted(path for path in found if not path.startswith(f"{BUNDLE}/") and searched(path))


def site_key(site_dir: Path, pages: list[str]) -> str:
    """Pagefind's version and options, and the searched pages, by path and content."""
    settings = f"{metadata.version('pagefind')}|{OPTIONS!r}|{INDEX_CHUNK_ENTRIES}"
    digest = hashlib.blake2b(settings.encode(), digest_size=20)
    for path in pages:
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        digest.update((site_dir / path).read_bytes())
    return digest.hexdigest()


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """A hard link of a file (no bytes copied), or a copy where the two folders are on different file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def link_tree(source: Path, target: Path) -> None:
    """``target`` as a tree of hard links to the files below ``source``."""
    shutil.copytree(source, target, copy_function=link_or_copy)


def run_pagefind(site_dir: Path, pages: list[str]) -> None:
    """Index ``pages`` of the site into site/pagefind/ (Pagefind reads them from a staging folder of links)."""
    with tempfile.TemporaryDirectory(dir=site_dir.parent, prefix=".pagefind-pages-") as staging:
        for path in pages:
            target = Path(staging, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(site_dir / path, target)
        command = [sys.executable, "-m", "pagefind", "--site", staging, "--output-path", str(site_dir / BUNDLE),
                   *OPTIONS, "--quiet"]
        environment = {**os.environ, INDEX_CHUNK_VARIABLE: str(INDEX_CHUNK_ENTRIES)}
        finished = subprocess.run(command, capture_output=True, text=True, env=environment)
    if finished.returncode != 0:
        raise PagefindError(finished.stderr.strip()[-2000:])


def index_site(site_dir: Path, cache_dir: Path | None) -> bool:
    """Write site/pagefind/: from the cache when the searched pages are those it was made from, else by running
    Pagefind. Returns whether it came from the cache."""
    pages = searched_pages(site_dir)
    bundle = site_dir / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)  # its files may be links into the cache: replace them, never write into them
    kept = cache_dir / site_key(site_dir, pages) if cache_dir is not None else None
    if kept is not None and (kept / "pagefind-entry.json").is_file():
        link_tree(kept, bundle)
        return True
    run_pagefind(site_dir, pages)
    if kept is not None:
        shutil.rmtree(cache_dir, ignore_errors=True)  # only the latest index is worth keeping
        link_tree(bundle, kept)
    return False
