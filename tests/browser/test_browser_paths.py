"""The two paths through the site, walked in Chromium with axe-core checking every page on the way.

The editor's: add an article to a copy of the project, `make site`, see its brief; add a file that cannot be
read, see `make site` fail naming it and the build report (linked from the footer) say what to fix. The
reader's: home, a brief, its country, initiative and person, and search, which ranks briefs first.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest
from stage_helpers import SEED_BRIEFS

from generator.tools.bench_search import serve_folder as serve
from tests.browser.browser_support import (
    BRIEF_TITLE,
    DESKTOP,
    REPO,
    SEARCH_READY,
    describe_violations,
    follow,
    material_search,
    new_watched_page,
    serious_violations,
)

ARTICLE = """---
title: Japan and India agree on a biofuel partnership
published: 2024-06-03
outlet: Kyodo
---
Tokyo and New Delhi agreed on Monday to expand cooperation on sustainable aviation fuel, Japanese Foreign
Minister Yoko Kamikawa said after talks with Indian External Affairs Minister Subrahmanyam Jaishankar.

"This is a first step towards a common market for clean fuels," Kamikawa told reporters. The two countries
will also study a Clean Fuel Transition mechanism proposed by India.

The talks covered trade worth $22 billion a year.
"""
TITLE = "Japan and India agree on a biofuel partnership"
#: A capitalised "X mechanism" the knowledge base does not know: a question for the editor, not a page.
MADE_UP = "Clean Fuel Transition mechanism"
PASTE = '- {id: clean-fuel-transition-mechanism, name: "Clean Fuel Transition mechanism"}'


def assert_accessible(page, axe_source: str, what: str) -> None:
    severe = serious_violations(page, axe_source)
    assert not severe, f"{what} has serious/critical accessibility violations:\n{describe_violations(severe)}"


# --------------------------------------------------------------------------- the editor's path


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the project whose `make` uses this interpreter's environment and never installs anything."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    root = tmp_path_factory.mktemp("editor-project")
    for name in ("Makefile", "mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources", "requirements.txt",
                 "pyproject.toml"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, root / name)
    # The install stamp is newer than what it depends on, so `make` goes straight to the build.
    for name in ("requirements.txt", "pyproject.toml"):
        os.utime(root / name, (0, 0))
    (root / ".venv").mkdir()
    (root / ".venv" / ".installed").touch()
    return root


def make_site(project: Path, *variables: str) -> subprocess.CompletedProcess:
    """`make site` in the copy, with the programs of this interpreter's environment."""
    return subprocess.run(["make", "--no-print-directory", "site", f"BIN={Path(sys.executable).parent}", *variables],
                          cwd=project, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def first_build(project):
    """The editor adds an article and runs `make site`."""
    (project / "sources" / "japan-india-fuel.md").write_text(ARTICLE, encoding="utf-8")
    return make_site(project)


def test_editor_adds_an_article_and_sees_its_brief(browser, axe_source, project, first_build):
    output = first_build.stdout + first_build.stderr
    assert first_build.returncode == 0, output
    assert "end of life" not in output, "Material's notice is not the editor's business"
    assert f"briefing: {SEED_BRIEFS + 1} briefs" in output
    assert not (project / "site" / "initiatives" / "clean-fuel-transition-mechanism.html").exists()
    url, stop = serve(project / "site")
    context, page, log = new_watched_page(browser, url, DESKTOP)
    try:
        page.goto(url + "index.html")
        latest = page.locator("#latest-briefs + ul li").first
        assert TITLE in latest.inner_text(), "a dated new article is the newest brief"
        follow(page, latest.locator("a", has_text=TITLE))
        assert page.locator("article h1").inner_text().strip() == TITLE
        assert page.locator("#key-quotes").count() == 1
        figures = page.locator("#figures + .md-typeset__scrollwrap table, #figures + table").first
        assert "$22 billion" in figures.inner_text()
        assert MADE_UP in page.locator("article").inner_text(), "the name is still there, as plain text"
        assert page.locator("article a", has_text=MADE_UP).count() == 0, "an unconfirmed name links nowhere"
        assert page.locator("article a", has_text="India").count() >= 1, "a known country links to its page"
        assert_accessible(page, axe_source, "the new brief")
        page.wait_for_function(SEARCH_READY, timeout=10_000)
        found = material_search(page, "biofuel")
        assert found and found[0].startswith("briefs/japan-and-india"), f"search finds the new brief first: {found}"
        assert not [path for path in found if path.startswith("initiatives/")], "no page for an unconfirmed name"
        assert not log.problems(), "\n".join(log.problems())
    finally:
        context.close()
        stop()


def test_editor_adds_a_bad_file_and_the_report_says_what_to_fix(browser, axe_source, project, first_build):
    (project / "sources" / "broken.txt").write_bytes(b"\x00\x01binary")
    failed = make_site(project)
    assert failed.returncode != 0, "make site must fail when a source failed"
    assert "error: sources/broken.txt: binary file" in failed.stderr
    assert "make site-lenient" in failed.stderr
    assert "report.html" not in (project / "site" / "sitemap.xml").read_text(encoding="utf-8"), "the report is for editors"
    url, stop = serve(project / "site")
    context, page, log = new_watched_page(browser, url, DESKTOP)
    try:
        page.goto(url + "index.html")
        assert page.locator(".md-tabs").get_by_text("Report").count() == 0, "the report is not in the navigation"
        follow(page, page.locator("footer a", has_text="Build report"))
        assert page.url.endswith("report.html")
        failure = page.locator(".admonition.failure")
        assert "broken.txt" in failure.inner_text() and "binary file" in failure.inner_text()
        names = page.locator("article").inner_text()
        assert MADE_UP in names and PASTE in names and "knowledge/initiatives.yaml" in names
        assert "published: 2024-05-01" in names, "undated briefs come with the line that dates them"
        assert_accessible(page, axe_source, "the build report")
        assert not log.problems(), "\n".join(log.problems())
    finally:
        context.close()
        stop()
    lenient = make_site(project, "LENIENT=1")
    assert lenient.returncode == 0, lenient.stderr


# --------------------------------------------------------------------------- the reader's path


def test_reader_goes_from_home_to_brief_country_initiative_person_and_search(browser, axe_source, site_url):
    context, page, log = new_watched_page(browser, site_url, DESKTOP)
    try:
        page.goto(urljoin(site_url, "index.html"))
        assert_accessible(page, axe_source, "home")
        follow(page, page.locator("article a", has_text=BRIEF_TITLE).first)
        brief = page.url
        assert_accessible(page, axe_source, "the brief")
        for name, folder in (("Japan", "countries/"), ("Manar initiative", "initiatives/"), ("Yoshimasa Hayashi", "people/")):
            page.goto(brief)
            follow(page, page.locator("#mentions + ul a, #people + ul a", has_text=name).first)
            assert folder in page.url and page.locator("article h1").inner_text().strip() == name
            assert_accessible(page, axe_source, f"{name}'s page")
        page.goto(urljoin(site_url, "index.html"))
        page.wait_for_function(SEARCH_READY, timeout=10_000)
        found = material_search(page, "Kuril")
        assert found and found[0].startswith("briefs/"), found
        assert_accessible(page, axe_source, "search results")
        assert not log.problems(), "\n".join(log.problems())
    finally:
        context.close()


@pytest.mark.parametrize("query", ["Kuril", "Japan", "Manar"])
def test_material_search_lists_briefs_before_term_and_list_pages(page, site_url, query):
    page.goto(urljoin(site_url, "index.html"))
    page.wait_for_function(SEARCH_READY, timeout=10_000)
    found = material_search(page, query)
    kinds = ["brief" if path.startswith("briefs/") and path != "briefs/index.html" else "other" for path in found]
    assert "brief" in kinds and kinds == sorted(kinds), f"{query!r}: every brief first, then the rest: {found}"
    # Country and relation pages are found by their own name, never through the briefs they list.
    if query != "Japan":
        assert not [p for p in found if p.startswith(("countries/", "relations/"))], found
