"""Constants and helpers shared by the browser tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import functools
import html.parser
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest
import yaml

from generator.tools.bench_search import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 - shared with the benchmark

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
# True once Material's search has loaded its index in the worker (the status line leaves "Initializing search").
SEARCH_READY = (
    "() => { const m = document.querySelector('.md-search-result__meta');"
    " return !!m && !/initializing/i.test(m.textContent); }"
)
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Term pages the tests look for by their <h1> (a string, or a regular expression), so that a change of slug does
# not break the suite.
BRIEF_TITLE = "Tokyo to Enhance Security Coordination, Strengthen Strategic Saudi-Japanese Dialogue"
TERM_PAGES: dict[str, tuple[str, str | re.Pattern]] = {
    "brief": ("briefs", BRIEF_TITLE),
    "country": ("countries", "Japan"),
    "relation": ("relations", re.compile(r"Japan\W+Saudi Arabia")),
    "initiative": ("initiatives", "Manar initiative"),
    "person": ("people", "Yoshimasa Hayashi"),
    "organisation": ("organizations", "Gulf Cooperation Council"),
    "region": ("regions", "Middle East"),
    "outlet": ("outlets", "Asharq Al-Awsat"),
}


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's !!python/name and !ENV tags as null instead of failing."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_pages() -> dict[str, str]:
    """Every page in mkdocs.yml's nav (home, the section indexes, timeline, report): name -> built HTML path."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    pages: dict[str, str] = {}

    def walk(entries):
        for entry in entries or []:
            if isinstance(entry, str):
                entry = {Path(entry).stem: entry}
            for title, target in entry.items():
                if isinstance(target, list):
                    walk(target)
                elif isinstance(target, str) and target.endswith(".md") and "://" not in target:
                    name = re.sub(r"\W+", "-", str(title).lower()).strip("-")
                    if target == "index.md":
                        name = "home"
                    elif target.endswith("/index.md"):
                        name += "-index"
                    pages[name] = target[: -len(".md")] + ".html"

    walk(config.get("nav"))
    pages.setdefault("home", "index.html")
    return pages


NAV_PAGES = nav_pages()
#: Pages for editors, kept out of the navigation and of search: linked from every page's footer.
EDITOR_PAGES = {"report": "report.html"}
# Every page type one can land on; tests parametrise over these names.
PAGE_TYPES = list(NAV_PAGES) + list(EDITOR_PAGES) + list(TERM_PAGES)


def require_browser() -> bool:
    return os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1"


def skip_or_fail(reason: str) -> None:
    """Skip locally; fail where the environment promises the browser tooling (CI)."""
    if require_browser():
        pytest.fail(f"{reason} (BRIEFING_REQUIRE_BROWSER=1, so this is an error, not a skip)", pytrace=False)
    pytest.skip(reason)


class _H1Reader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text: list[str] = []
        self.done = False

    def handle_starttag(self, tag, attrs):
        if tag == "h1" and not self.done:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "h1" and self.depth:
            self.depth -= 1
            self.done = True

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def heading_matches(heading: str, wanted: str | re.Pattern) -> bool:
    return bool(wanted.fullmatch(heading)) if isinstance(wanted, re.Pattern) else heading == wanted


def h1_of(path: Path) -> str:
    reader = _H1Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return " ".join("".join(reader.text).split())


def follow(page, link) -> None:
    """Click a link that leads to another document and wait until that document has loaded."""
    with page.expect_navigation(wait_until="load"):
        link.click()


@dataclass
class PageLog:
    """What a page did on the wire and in its console."""

    site_host: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught exception: {m}" for m in self.page_errors]
            + [f"failed request: {m}" for m in self.failed_requests]
            + [f"request to a foreign host: {m}" for m in self.foreign_requests]
        )

    def clear(self) -> None:
        for bucket in (self.console_errors, self.page_errors, self.failed_requests, self.foreign_requests):
            bucket.clear()


def watch(context, page, log: PageLog) -> None:
    """Record console errors, uncaught exceptions, failed requests; abort and record requests to other hosts."""
    def route(route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != log.site_host:
            log.foreign_requests.append(url)
            route.abort()  # the site must work offline: never let a request out
        else:
            route.continue_()

    context.route("**/*", route)

    def on_console(msg):
        if msg.type == "error":
            loc = msg.location or {}
            log.console_errors.append(f"{msg.text} ({loc.get('url', '?')}:{loc.get('lineNumber', '?')})")

    def on_failed(request):
        # An abort of a foreign request is already recorded as such. ERR_ABORTED on the
        # site's own host is the browser cancelling in-flight loads (the search worker, the
        # favicon) when the test navigates away; a missing file still shows as an HTTP 404.
        if urlsplit(request.url).netloc == log.site_host and "ERR_ABORTED" not in (request.failure or ""):
            log.failed_requests.append(f"{request.method} {request.url}: {request.failure}")

    def on_response(response):
        if response.status >= 400:
            log.failed_requests.append(f"{response.request.method} {response.url}: HTTP {response.status}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("requestfailed", on_failed)
    page.on("response", on_response)


def new_watched_page(browser, site_url: str, viewport=DESKTOP):
    """(context, page, log): a new browser context with one page whose console and requests are logged."""
    context = browser.new_context(viewport=viewport, service_workers="block")
    context.set_default_timeout(10_000)
    page = context.new_page()
    log = PageLog(site_host=urlsplit(site_url).netloc)
    watch(context, page, log)
    return context, page, log


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by http.server
        pass


def build_and_serve(sources: Callable[[Path], None], project: Path, strict: bool = False) -> Iterator[tuple[str, Path]]:
    """A project beside the checkout with sources written by ``sources``, built with mkdocs and served on 127.0.0.1.

    Yields (base URL ending in '/', site folder); the server stops when the generator is closed.
    """
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("templates", "knowledge", "docs", "overrides"):
        shutil.copytree(REPO / folder, project / folder)
    sources(project / "sources")
    command = [str(Path(sys.executable).with_name("mkdocs")), "build", *(["--strict"] if strict else [])]
    built = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600,
                           env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert built.returncode == 0, built.stderr[-3000:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(project / "site")))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", project / "site"
    finally:
        server.shutdown()
        server.server_close()


def axe_violations(page, axe_source: str) -> list[dict]:
    """axe-core's violations on the page as it is now: id, impact, help and the CSS targets of each node."""
    page.add_script_tag(path=axe_source)
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.map(String)})),
            }));
        }"""
    )


def describe_violations(violations) -> str:
    """One line per violation, with up to six of its nodes."""
    lines = []
    for v in violations:
        targets = "; ".join(" ".join(node["target"]) for node in v["nodes"][:6])
        more = f" (+{len(v['nodes']) - 6} more)" if len(v["nodes"]) > 6 else ""
        lines.append(f"- {v['id']} [{v['impact']}] {v['help']}: {targets}{more}")
    return "\n".join(lines)


def serious_violations(page, axe_source: str) -> list[dict]:
    """The serious and critical axe violations on the page."""
    return [v for v in axe_violations(page, axe_source) if v["impact"] in ("serious", "critical")]


def material_search(page, query: str) -> list[str]:
    """Type a query into Material's search, as a reader would, and return the result pages' paths, best first."""
    search = page.locator("input.md-search__input")
    search.click()
    page.keyboard.type(query, delay=20)
    page.wait_for_function(
        "() => /\\d+ matching document|No matching/.test(document.querySelector('.md-search-result__meta').textContent)",
        timeout=10_000,
    )
    hrefs = page.eval_on_selector_all(".md-search-result__list > li > a", "links => links.map(a => a.pathname)")
    return [href.lstrip("/") for href in hrefs]
