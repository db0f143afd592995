"""Constants and helpers shared by the browser tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import html.parser
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Pages the tests look for by their <h1>, so that a change of slug does not break the suite.
BRIEF_TITLE = "Tokyo to Enhance Security Coordination, Strengthen Strategic Saudi-Japanese Dialogue"
PAGE_HEADINGS = {
    "brief": ("briefs", BRIEF_TITLE),
    "country": ("countries", "Japan"),
    "initiative": ("initiatives", "Manar initiative"),
    "person": ("people", "Yoshimasa Hayashi"),
    "organisation": ("organizations", "Gulf Cooperation Council"),
    "region": ("regions", "Middle East"),
    "outlet": ("outlets", "Asharq Al-Awsat"),
}
FIXED_PAGES = {
    "home": "index.html",
    "briefs-index": "briefs/index.html",
    "countries-index": "countries/index.html",
    "initiatives-index": "initiatives/index.html",
    "people-index": "people/index.html",
    "organisations-index": "organizations/index.html",
    "regions-index": "regions/index.html",
    "outlets-index": "outlets/index.html",
    "report": "report.html",
}
# Every page type a reader can land on; tests parametrise over these names.
PAGE_TYPES = list(FIXED_PAGES)[:2] + list(PAGE_HEADINGS) + list(FIXED_PAGES)[2:]


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


def h1_of(path: Path) -> str:
    reader = _H1Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return " ".join("".join(reader.text).split())


def follow(page, link) -> None:
    """Click a link that leads to another document and wait until that document has loaded."""
    with page.expect_navigation(wait_until="load"):
        link.click()
