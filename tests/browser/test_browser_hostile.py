"""No script from a source runs: the hostile corpus, built into a real site and opened in Chromium."""
from __future__ import annotations

import pytest
from test_hostile import write_corpus

from tests.browser.browser_support import build_and_serve


@pytest.fixture(scope="module")
def hostile_site_url(tmp_path_factory):
    """The hostile corpus built with the project's mkdocs.yml (not strict: it has failures), served locally."""
    yield from build_and_serve(write_corpus, tmp_path_factory.mktemp("hostile-site"))


def test_no_script_from_a_source_runs_on_any_page(browser, hostile_site_url):
    url, site = hostile_site_url
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "assets" not in p.parts)
    assert len(pages) > 20
    context = browser.new_context(service_workers="block")
    dialogs: list[str] = []
    context.on("dialog", lambda dialog: (dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    page = context.new_page()
    # A source's script would set this, call alert() or load an outside address; the page's own scripts do none.
    external: list[str] = []
    page.on("request", lambda request: external.append(request.url) if not request.url.startswith(url) and not request.url.startswith("data:") else None)
    ran = []
    for path in pages:
        page.goto(url + path)
        page.wait_for_load_state("load")
        if page.evaluate("() => window.__pwned !== undefined || document.title.includes('pwned!')"):
            ran.append(path)
    context.close()
    assert dialogs == [] and ran == [] and external == []
