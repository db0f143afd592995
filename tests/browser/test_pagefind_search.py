"""Search at scale: the Pagefind variant finds what Material's search finds, and stays light at 10,000 pages."""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.knowledge.base import load_knowledge
from generator.settings import PROJECT_ROOT
from generator.tools.bench_search import serve_folder
from generator.tools.corpus import synthetic_corpus
from generator.urls import ARCHIVE_SUFFIX

#: The issue's budget for one one-word search on a 10,000-article site.
MAX_SEARCH_BYTES = 300_000
SCALE_ARTICLES = 10_000


def search_bytes(browser, url: str, query: str) -> tuple[int, list[str]]:
    """Bytes fetched because of one search in the Pagefind UI, and the result titles."""
    context = browser.new_context()
    page = context.new_page()
    sizes: list[int] = []
    page.goto(url)
    page.wait_for_selector(".pagefind-ui__search-input")
    page.on("response", lambda response: sizes.append(len(response.body()) if response.ok else 0))
    page.fill(".pagefind-ui__search-input", query)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=20_000)
    page.wait_for_timeout(1_000)  # let the result fragments finish loading
    titles = [link.inner_text() for link in page.query_selector_all(".pagefind-ui__result-link")]
    context.close()
    return sum(sizes), titles


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory):
    """The seed site built with mkdocs-pagefind.yml."""
    project = tmp_path_factory.mktemp("pagefind-project")
    for name in ("mkdocs.yml", "mkdocs-pagefind.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    mkdocs = Path(sys.executable).with_name("mkdocs")
    built = subprocess.run([str(mkdocs), "build", "--strict", "-f", "mkdocs-pagefind.yml"], cwd=project,
                           capture_output=True, text=True, timeout=600, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert built.returncode == 0, built.stderr[-3000:]
    url, stop = serve_folder(project / "site")
    yield url
    stop()


@pytest.fixture(scope="module")
def automatic_pagefind_site(tmp_path_factory):
    """The seed site built with the default mkdocs.yml, its `search: auto` threshold lowered below the seeds: the
    automatic Pagefind build, built twice so that the served index is the one the second build took from the cache."""
    project = tmp_path_factory.mktemp("auto-pagefind-project")
    for name in ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      knowledge: knowledge\n" in text
    config.write_text(text.replace("      knowledge: knowledge\n", "      knowledge: knowledge\n      pagefind_above: 2\n"),
                      encoding="utf-8")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    logs = []
    for _ in range(2):
        built = subprocess.run([str(mkdocs), "build", "--strict"], cwd=project, capture_output=True, text=True,
                               timeout=600, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        assert built.returncode == 0, built.stderr[-3000:]
        logs.append(built.stderr)
    assert "Pagefind index built" in logs[0] and "Pagefind index unchanged, from the cache" in logs[1], logs
    assert not (project / "site" / "search").exists(), "no Material index beside Pagefind's"
    url, stop = serve_folder(project / "site")
    yield url
    stop()


def test_the_automatic_pagefind_build_answers_a_query_with_briefs_first(browser, automatic_pagefind_site):
    found = result_paths(browser, automatic_pagefind_site, "Manar")
    assert found and found[0].startswith("briefs/") and found[0] != "briefs/index.html", found
    assert not [path for path in found if ARCHIVE_SUFFIX.search(path)], f"archive pages are not searched: {found}"
    transferred, titles = search_bytes(browser, automatic_pagefind_site + "search.html", "Manar")
    assert "Manar initiative" in titles and transferred < MAX_SEARCH_BYTES


def result_paths(browser, url: str, query: str) -> list[str]:
    """The pages Pagefind's UI lists for a query, best first (site-relative paths, without sub-result anchors)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "search.html")
    page.wait_for_selector(".pagefind-ui__search-input")
    page.fill(".pagefind-ui__search-input", query)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=20_000)
    page.wait_for_timeout(1_000)
    links = page.eval_on_selector_all(".pagefind-ui__result-title .pagefind-ui__result-link", "links => links.map(a => a.pathname)")
    context.close()
    return [link.lstrip("/") for link in links]


@pytest.mark.parametrize("query", ["Kuril", "Japan", "Manar"])
def test_pagefind_lists_briefs_before_term_and_list_pages(browser, pagefind_site, query):
    found = result_paths(browser, pagefind_site, query)
    kinds = ["brief" if path.startswith("briefs/") and path != "briefs/index.html" else "other" for path in found]
    assert "brief" in kinds and kinds == sorted(kinds), f"{query!r}: every brief first, then the rest: {found}"
    if query != "Japan":  # a country or relation page is found by its own name, not through the briefs it lists
        assert not [p for p in found if p.startswith(("countries/", "relations/"))], found


def test_pagefind_search_finds_the_manar_initiative(browser, pagefind_site):
    transferred, titles = search_bytes(browser, pagefind_site + "search.html", "Manar")
    assert "Manar initiative" in titles
    assert transferred < MAX_SEARCH_BYTES


@pytest.fixture(scope="module")
def large_index(tmp_path_factory):
    """A Pagefind index over 10,000 synthetic briefs (real paragraphs recombined), written as plain pages."""
    site = tmp_path_factory.mktemp("pagefind-10k")
    corpus = synthetic_corpus(SCALE_ARTICLES, load_knowledge(PROJECT_ROOT / "knowledge"), PROJECT_ROOT / "sources")
    for number, text in enumerate(corpus.values()):
        lines = [line for line in text.split("\n") if line.strip() and not line.startswith(("---", "title:", "date:"))]
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        page = f'<!doctype html><html lang="en"><head><title>{html.escape(lines[0])}</title></head><body><article><h1>{html.escape(lines[0])}</h1>{body}</article></body></html>'
        (site / f"brief-{number:05d}.html").write_text(page, encoding="utf-8")
    (site / "search.html").write_text(
        '<!doctype html><html lang="en"><head><title>Search</title><link href="pagefind/pagefind-ui.css" rel="stylesheet">'
        '<script src="pagefind/pagefind-ui.js"></script></head><body><div id="search"></div>'
        '<script>new PagefindUI({element: "#search"});</script></body></html>', encoding="utf-8")
    indexed = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--root-selector", "article", "--quiet"],
                             capture_output=True, text=True, timeout=1200)
    assert indexed.returncode == 0, indexed.stderr[-2000:]
    url, stop = serve_folder(site)
    yield url
    stop()


@pytest.mark.parametrize("query", ["Kazakhstan", "sanctions"])
def test_one_word_search_at_10000_articles_transfers_under_300_kb(browser, large_index, query):
    transferred, titles = search_bytes(browser, large_index + "search.html", query)
    assert titles, "the search found nothing"
    print(f"{query!r}: {transferred:,} bytes for {len(titles)} results shown")
    assert transferred < MAX_SEARCH_BYTES, f"{transferred:,} bytes"
