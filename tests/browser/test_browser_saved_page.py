"""A brief made from a saved web page, in a real site opened in Chromium: text, source link, no page markup."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from saved_pages import HOSTILE, page

from generator.settings import PROJECT_ROOT
from tests.browser.browser_support import build_and_serve

TITLE = "Japan and Saudi Arabia to work on mining"
SOURCE_URL = "https://www.gulf-times.example/news/japan-saudi-mining"
#: A list and a block quote whose text looks like markup: the brief shows them as a list and a quote of plain text.
STRUCTURE = ('<ul><li>Exploration in Africa and <b onmouseover="pwned()">Central Asia</b></li>'
             '<li>[Training](javascript:pwned) of &lt;i&gt;engineers&lt;/i&gt; in both countries</li></ul>'
             '<blockquote><p>We will build a mining industry beside oil, the minister said in Riyadh.</p></blockquote>')


def write_sources(folder: Path) -> None:
    """The seeds and one saved page with hostile markup in it."""
    shutil.copytree(PROJECT_ROOT / "sources", folder)
    (folder / "gulf-times-mining.html").write_text(page(body=HOSTILE + STRUCTURE), encoding="utf-8")


@pytest.fixture(scope="module")
def saved_page_site(tmp_path_factory):
    """The seeds plus one saved page, built with mkdocs --strict and served on 127.0.0.1."""
    yield from build_and_serve(write_sources, tmp_path_factory.mktemp("saved-page-site"), strict=True)


def test_saved_page_brief_shows_its_text_and_links_to_the_source(browser, saved_page_site):
    url, site = saved_page_site
    [brief] = (site / "briefs").glob("japan-and-saudi-arabia-to-work-on-mining-*.html")
    context = browser.new_context(service_workers="block")
    dialogs: list[str] = []
    context.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab = context.new_page()
    outside: list[str] = []
    tab.on("request", lambda request: outside.append(request.url) if not request.url.startswith((url, "data:")) else None)
    tab.goto(url + brief.relative_to(site).as_posix())
    tab.wait_for_load_state("load")
    assert tab.locator("h1").first.inner_text().startswith(TITLE)
    link = tab.locator("article a", has_text=SOURCE_URL)
    assert link.count() == 1 and link.get_attribute("href") == SOURCE_URL
    assert "Read at the source" in tab.locator("article li", has=tab.locator("a", has_text=SOURCE_URL)).inner_text()
    assert "Metadata from: title: page metadata" in tab.locator("article").inner_text()
    items = tab.locator("article ul li p.paragraph")
    assert items.all_inner_texts() == ["Exploration in Africa and Central Asia", "[Training](javascript:pwned) of <i>engineers</i> in both countries"]
    assert tab.locator("article blockquote p.paragraph").inner_text().startswith("We will build a mining industry")
    assert tab.locator("article i, article [onmouseover]").count() == 0
    assert "Officials said the deal was signed in Riyadh" in tab.locator("article").inner_text()
    assert tab.locator("article iframe, article form, article script, article [onerror], article [onclick]").count() == 0
    assert tab.locator("a[href^='javascript:']").count() == 0
    assert not tab.evaluate("() => window.__pwned !== undefined")
    context.close()
    assert dialogs == [] and outside == []


def test_saved_page_brief_is_in_the_search_index(saved_page_site):
    _, site = saved_page_site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any(TITLE in doc["title"] for doc in index["docs"])
