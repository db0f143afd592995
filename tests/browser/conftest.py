"""Fixtures for the browser tests: build the site once, serve it on 127.0.0.1, drive Debian's Chromium.

The site is built with ``mkdocs build --strict`` from a copy of the project into a temporary directory (never
into site/, and no caches in the checkout's .cache/), served by a
threaded ``http.server`` on a free loopback port, and opened with Playwright's sync API using the system
Chromium at /usr/bin/chromium (no downloaded browser).  Without that browser the browser tests are skipped,
unless BRIEFING_REQUIRE_BROWSER=1 (set by .ci/run), in which case they fail.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.browser.browser_support import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    EDITOR_PAGES,
    NAV_PAGES,
    REPO,
    TERM_PAGES,
    h1_of,
    heading_matches,
    new_watched_page,
    skip_or_fail,
)

# --------------------------------------------------------------------------- build and serve


def _mkdocs() -> Path:
    beside_python = Path(sys.executable).parent / "mkdocs"
    return beside_python if beside_python.exists() else REPO / ".venv" / "bin" / "mkdocs"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site, built once per session with --strict into a temporary directory."""
    out = tmp_path_factory.mktemp("built-site")
    # A copy of the project, so the build's caches (.cache/) and generated Markdown (build/) stay out of the checkout.
    project = tmp_path_factory.mktemp("project")
    for name in ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, project / name)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [str(_mkdocs()), "build", "--strict", "--site-dir", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}", pytrace=False
        )
    assert (out / "index.html").is_file(), f"mkdocs build produced no index.html in {out}"
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by http.server
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    """Base URL (ending in '/') of the built site, served on 127.0.0.1 on a free port."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def site_pages(built_site) -> dict[str, str]:
    """Page type (see PAGE_TYPES) -> URL path relative to the site root, found in the built site."""
    pages = {**NAV_PAGES, **EDITOR_PAGES}
    for kind, (folder, heading) in TERM_PAGES.items():
        found = [
            p for p in (built_site / folder).glob("*.html") if p.name != "index.html" and heading_matches(h1_of(p), heading)
        ]
        assert found, f"no page in {folder}/ has the heading {heading!r} (the {kind} page the tests use)"
        # The shortest name is the term's first page, not a later page of a paginated list.
        pages[kind] = min(found, key=lambda p: (len(p.name), p.name)).relative_to(built_site).as_posix()
    for kind, rel in pages.items():
        assert (built_site / rel).is_file(), f"{kind} page {rel} is missing from the built site"
    return pages


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - requirements.txt pins playwright
        skip_or_fail(f"the playwright Python package is not installed: {exc}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """The path of axe-core's script, installed by `npm ci`."""
    if not AXE_JS.is_file():
        skip_or_fail(f"{AXE_JS} is missing: run `npm ci --no-audit --no-fund` at the repository root")
    return str(AXE_JS)


@pytest.fixture
def open_page(browser, site_url):
    """Factory: open_page(viewport=DESKTOP) -> (page, log); every context it made is closed after the test."""
    contexts = []

    def factory(viewport=DESKTOP):
        context, page, log = new_watched_page(browser, site_url, viewport)
        contexts.append(context)
        return page, log

    yield factory
    for context in contexts:
        context.close()


@pytest.fixture
def page_and_log(open_page):
    """A fresh desktop-sized page and the log of its console and requests."""
    return open_page(DESKTOP)


@pytest.fixture
def page(page_and_log):
    return page_and_log[0]
