"""What a reader's first search transfers on a built Pagefind site, measured in headless Chromium.

The reader's queries are the names the site is about: the most-briefed term of each taxonomy (the largest country,
person, organisation and initiative), typed as a reader would into the search page. Bytes are counted as a host
that gzips text sends them: Pagefind's index, fragment and WebAssembly files are gzip already and go as they are.
"""
from __future__ import annotations

import collections
import functools
import gzip
import http.server
import json
import threading
from pathlib import Path
from typing import Callable

#: Debian's Chromium, which the browser tests use too.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: The taxonomies whose largest term a reader would search for, as they are named in site/data/briefs.json.
READER_TAXONOMIES = ("countries", "people", "organizations", "initiatives")
#: Files Pagefind writes compressed already: a host sends their bytes as they are.
PRECOMPRESSED = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by http.server
        pass


def serve_folder(folder: Path) -> tuple[str, Callable[[], None]]:
    """Serve a folder on a free loopback port; returns (base URL, stop function)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_address[1]}/", stop


def reader_queries(site: Path) -> list[str]:
    """The name of the most-briefed term of each taxonomy (ties to the first name in order), from the site's data."""
    briefs = json.loads((site / "data" / "briefs.json").read_text(encoding="utf-8"))["briefs"]
    queries = []
    for taxonomy in READER_TAXONOMIES:
        counts = collections.Counter(term["name"] for brief in briefs for term in brief.get(taxonomy) or ())
        if counts:
            queries.append(min(counts, key=lambda name: (-counts[name], name)))
    return queries


def sent_bytes(url: str, body: bytes) -> int:
    """The bytes a gzip-serving host sends for one response."""
    path = url.split("?", 1)[0]
    return len(body) if path.endswith(PRECOMPRESSED) else len(gzip.compress(body, 6, mtime=0))


def browser_available() -> bool:
    """Whether Playwright and Chromium are installed (the browser tests' requirements)."""
    try:
        import playwright.sync_api  # noqa: F401 - only its presence is checked
    except ImportError:
        return False
    return CHROMIUM.exists()


def first_query_transfers(site: Path, queries: list[str]) -> dict[str, int]:
    """Bytes sent for each query typed as the first search on the site's search page (a fresh browser each)."""
    from playwright.sync_api import sync_playwright

    url, stop = serve_folder(site)
    transfers: dict[str, int] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            for query in queries:
                context = browser.new_context()
                page = context.new_page()
                page.goto(url + "search.html")
                page.wait_for_selector(".pagefind-ui__search-input")
                responses: list[tuple[str, bytes]] = []
                page.on("response", lambda response: responses.append((response.url, response.body())) if response.ok else None)
                page.fill(".pagefind-ui__search-input", query)
                page.wait_for_selector(".pagefind-ui__result-link", timeout=120_000)
                page.wait_for_load_state("networkidle")  # the shown results' fragments too
                transfers[query] = sum(sent_bytes(address, body) for address, body in responses)
                context.close()
            browser.close()
    finally:
        stop()
    return transfers
