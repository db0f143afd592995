"""Golden snapshots: one generated file of each kind, from a build of the seed corpus, compared whole.

A change to a template, a helper or an annotator shows up here as a diff of the page it changes. When the
change is intended, rewrite the snapshots and review them in the commit:

    UPDATE_SNAPSHOTS=1 python -m pytest tests/render/test_snapshots.py

The snapshots live in tests/render/snapshots/, named by kind (SNAPSHOTS below says which page each one is).
"""
from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path
from typing import Callable, Mapping

import pytest
from stage_helpers import seed_settings

from generator.pipeline import build_site

SNAPSHOT_DIR = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
#: The brief that has every section (summary, key points, mentions, quotes, removed lines, related briefs).
BRIEF_TITLE = "Last year was positive for Russian-Japanese ties, says Russian envoy"


def build_seed_pages() -> Mapping[str, str]:
    """The seed corpus's generated files by path, built afresh: the one call into the pipeline in this file."""
    return build_site(seed_settings()).pages


def brief_page(pages: Mapping[str, str]) -> str:
    """The page of BRIEF_TITLE, found through data/briefs.json (brief ids carry a hash)."""
    ids = [b["id"] for b in json.loads(pages["data/briefs.json"])["briefs"] if b["title"] == BRIEF_TITLE]
    assert len(ids) == 1, f"expected one seed brief titled {BRIEF_TITLE!r}, found {ids}"
    return f"briefs/{ids[0]}.md"


def oldest_timeline_year(pages: Mapping[str, str]) -> str:
    """The timeline page of the earliest year: the one a new source is least likely to change."""
    years = sorted(path for path in pages if re.fullmatch(r"timeline/\d{4}\.md", path))
    assert years, "the seed corpus has no timeline year pages"
    return years[0]


#: snapshot file -> the generated path it holds (a fixed path, or a function choosing one from the pages).
SNAPSHOTS: dict[str, str | Callable[[Mapping[str, str]], str]] = {
    "home.md": "index.md",
    "briefs-list.md": "briefs/index.md",
    "brief.md": brief_page,
    "taxonomy-list.md": "countries/index.md",
    "term-country.md": "countries/sa.md",
    "term-relation.md": "relations/jp-sa.md",
    "term-initiative.md": "initiatives/manar-initiative.md",
    "term-person.md": "people/mikhail-galuzin.md",
    "term-organisation.md": "organizations/gcc.md",
    "term-region.md": "regions/middle-east.md",
    "term-outlet.md": "outlets/tass.md",
    "timeline.md": "timeline.md",
    "timeline-year.md": oldest_timeline_year,
    "report.md": "report.md",
    "data-briefs.json": "data/briefs.json",
    "data-report.json": "data/report.json",
    "data-briefs-index.js": "data/briefs-index.js",
    "feed-country.xml": "feeds/countries/sa.xml",
    "feed-country.json": "feeds/countries/sa.json",
}


@pytest.fixture(scope="module")
def pages() -> Mapping[str, str]:
    return build_seed_pages()


def path_of(name: str, pages: Mapping[str, str]) -> str:
    chosen = SNAPSHOTS[name]
    path = chosen if isinstance(chosen, str) else chosen(pages)
    assert path in pages, f"snapshot {name}: the build has no {path} (pick another page of this kind in SNAPSHOTS)"
    return path


def diff(expected: str, actual: str, name: str, path: str) -> str:
    """The first lines of a unified diff, snapshot against build."""
    lines = list(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                      f"tests/render/snapshots/{name}", f"built {path}"))
    shown = "".join(lines[:80]) + (f"... {len(lines) - 80} more diff lines\n" if len(lines) > 80 else "")
    return f"{path} differs from tests/render/snapshots/{name} (UPDATE_SNAPSHOTS=1 rewrites it if intended):\n{shown}"


@pytest.mark.parametrize("name", sorted(SNAPSHOTS))
def test_page_matches_its_snapshot(pages, name):
    path = path_of(name, pages)
    snapshot = SNAPSHOT_DIR / name
    if UPDATE:
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_bytes(pages[path].encode("utf-8"))
    assert snapshot.exists(), f"no snapshot tests/render/snapshots/{name} yet: run with UPDATE_SNAPSHOTS=1"
    expected = snapshot.read_bytes().decode("utf-8")
    assert pages[path] == expected, diff(expected, pages[path], name, path)


def test_the_snapshot_folder_holds_exactly_the_listed_snapshots():
    if UPDATE:
        for stale in set(p.name for p in SNAPSHOT_DIR.iterdir()) - set(SNAPSHOTS):
            (SNAPSHOT_DIR / stale).unlink()
    assert {p.name for p in SNAPSHOT_DIR.iterdir()} == set(SNAPSHOTS)


def test_the_snapshots_cover_every_kind_of_page(pages):
    """Every folder of generated pages (each a kind: term pages per taxonomy, feeds, data) has a snapshot."""
    kinds = {path.rsplit("/", 1)[0] if "/" in path else path for path in pages}
    covered = {path.rsplit("/", 1)[0] if "/" in path else path for path in (path_of(name, pages) for name in SNAPSHOTS)}
    assert kinds - covered == {"feeds", "feeds/initiatives"}  # feeds differ only in their briefs: one kind, snapshot once
