"""Search that scales by itself: Material's index for small corpora, Pagefind's chunked one above a threshold."""
from __future__ import annotations

import filecmp
import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.publish.mkdocs_plugin import PAGEFIND_ABOVE, choose_search
from generator.settings import PROJECT_ROOT


@pytest.mark.parametrize(
    ("option", "briefs", "serving", "expected"),
    [
        ("auto", PAGEFIND_ABOVE, False, "material"),
        ("auto", PAGEFIND_ABOVE + 1, False, "pagefind"),
        ("auto", PAGEFIND_ABOVE + 1, True, "material"),  # `mkdocs serve`: no whole-site re-indexing at each edit
        ("material", 10 * PAGEFIND_ABOVE, False, "material"),
        ("pagefind", 1, True, "pagefind"),
    ],
)
def test_choose_search(option, briefs, serving, expected):
    assert choose_search(option, briefs, PAGEFIND_ABOVE, serving) == expected


def test_above_the_threshold_the_default_config_builds_pagefind_and_no_material_index(tmp_path):
    for name in ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    config = tmp_path / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      knowledge: knowledge\n" in text
    config.write_text(text.replace("      knowledge: knowledge\n", "      knowledge: knowledge\n      pagefind_above: 2\n"), encoding="utf-8")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    done = subprocess.run([str(mkdocs), "build", "--strict"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    site = tmp_path / "site"
    # The seeds' entries fill one chunk at Pagefind's default size; at INDEX_CHUNK_ENTRIES they need several.
    assert len(list((site / "pagefind" / "index").glob("*.pf_index"))) >= 3, "Pagefind's index chunks, small"
    assert not (site / "search").exists(), "Material's index is written neither as .json nor as .js"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="search.html"' in home and "md-search" not in home
    assert "PagefindUI" in (site / "search.html").read_text(encoding="utf-8")
    assert "Pagefind index built" in done.stderr
    site.rename(tmp_path / "site-cold")
    again = subprocess.run([str(mkdocs), "build", "--strict"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "Pagefind index unchanged, from the cache" in again.stderr, again.stderr[-3000:]
    assert not filecmp.dircmp(tmp_path / "site-cold", site).diff_files
    cold, warm = tmp_path / "site-cold" / "pagefind", site / "pagefind"
    assert sorted(p.relative_to(cold) for p in cold.rglob("*")) == sorted(p.relative_to(warm) for p in warm.rglob("*"))
    briefs = [f for f in indexed_pages(warm) if f["url"].startswith("/briefs/") and f["url"] != "/briefs/"]
    assert len(briefs) == len(list((tmp_path / "sources").iterdir())) + 2  # two seed files hold two articles each
    for fragment in briefs:
        indexed = fragment["content"]
        assert "Outlet:" in indexed and "Author:" in indexed and "Article." in indexed, fragment["url"]
        # The summary repeats the article; the bookkeeping and the derived sections are on every brief.
        for left_out in ("Summary.", "Published:", "Kind:", "Source file:", "Key points", "Mentions"):
            assert left_out not in indexed, (fragment["url"], left_out)


def indexed_pages(bundle: Path) -> list[dict]:
    """What Pagefind indexed of each page: its fragments, decoded (gzip, then a signature, then JSON)."""
    fragments = (gzip.decompress(path.read_bytes()) for path in sorted((bundle / "fragment").glob("*.pf_fragment")))
    return [json.loads(raw[raw.index(b"{"):]) for raw in fragments]


def test_material_needs_its_index_both_as_json_and_as_a_script():
    """Why Material's index is written twice (search_index.json, and search_index.js by the offline plugin): the
    theme's script fetches the JSON over HTTP but, from file:// where browsers refuse fetch, loads the script that
    sets ``__index``. When the theme stops choosing by protocol, this fails, and one of the two can go."""
    import re

    import material

    bundles = list((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert len(bundles) == 1, bundles
    script = bundles[0].read_text(encoding="utf-8")
    assert re.search(r'location\.protocol==="file:"\?[^;]{0,80}search/search_index\.js[^;]{0,120}__index[^;]{0,80}'
                     r'search/search_index\.json', script), "Material no longer chooses its index by protocol"
