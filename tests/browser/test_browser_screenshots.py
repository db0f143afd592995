"""Screenshots of the pages a reader sees most (and the editor's build report), at desktop and phone sizes, for a person to look at.

Saved under tests/artifacts/screenshots/ (gitignored): <page>-<device>.png is the first screen, and
<page>-<device>-full.png the whole page. Each test also asserts that the page fits the width of the screen.
"""

from urllib.parse import urljoin

import pytest

from tests.browser.browser_support import ARTIFACTS, DESKTOP, PHONE, SEARCH_READY

SHOTS = ARTIFACTS / "screenshots"
DEVICES = {"desktop": DESKTOP, "phone": PHONE}
PAGES = ["home", "brief", "country", "initiative", "person", "briefs-index", "report"]


@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("kind", PAGES)
def test_screenshot(kind, device, open_page, site_url, site_pages):
    page, log = open_page(DEVICES[device])
    page.goto(urljoin(site_url, site_pages[kind]))
    page.wait_for_function(SEARCH_READY)  # Material's scripts and the search index have loaded
    page.evaluate("document.fonts.ready")
    SHOTS.mkdir(parents=True, exist_ok=True)
    first = SHOTS / f"{kind}-{device}.png"
    full = SHOTS / f"{kind}-{device}-full.png"
    page.screenshot(path=str(first))
    page.screenshot(path=str(full), full_page=True)
    assert first.stat().st_size > 10_000 and full.stat().st_size > 10_000, "screenshot is (nearly) blank"

    # Nothing wider than the screen: no sideways scrolling, on a phone least of all.
    overflow = page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('.md-content *')]
                .filter(el => el.getBoundingClientRect().right > width + 1)
                .filter(el => !el.closest('.md-typeset__scrollwrap, pre, .highlight, [data-md-component]'))
                .slice(0, 5)
                .map(el => `${el.tagName.toLowerCase()}.${el.className} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
            return {scroll: document.documentElement.scrollWidth, width, wide};
        }"""
    )
    assert overflow["scroll"] <= overflow["width"] and not overflow["wide"], (
        f"{kind} page is wider than the {device} screen ({overflow['width']}px): "
        f"scrollWidth {overflow['scroll']}px; {overflow['wide']}"
    )
    assert not log.problems(), "\n".join(log.problems())
