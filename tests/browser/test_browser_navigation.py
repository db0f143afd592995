"""A reader's path: brief -> country -> initiative -> back to the brief's paragraph, which is highlighted."""

import re
from urllib.parse import urljoin, urlsplit

from tests.browser.browser_support import BRIEF_TITLE, follow

PREFERRED_INITIATIVE = "/initiatives/manar-initiative.html"
TRANSPARENT = {"transparent", "rgba(0, 0, 0, 0)"}


def absolute_hrefs(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "links => links.map(a => a.href)")


def test_brief_country_initiative_back_to_highlighted_paragraph(page, site_url, site_pages):
    brief_url = urljoin(site_url, site_pages["brief"])
    page.goto(brief_url)
    assert page.locator("article h1").inner_text().strip() == BRIEF_TITLE

    mentions = page.locator("article h2#mentions + ul")
    mentioned_initiatives = set(absolute_hrefs(page, "article h2#mentions + ul a[href*='initiatives/']"))
    assert mentioned_initiatives, "the brief's Mentions list no initiative"

    # 1. brief -> country, through the Mentions list.
    follow(page, mentions.get_by_role("link", name="Japan", exact=True))
    assert page.locator("article h1").inner_text().strip() == "Japan", page.url
    assert urlsplit(page.url).path.endswith("/countries/jp.html"), page.url

    # 2. country -> an initiative that the brief also mentions (so its page must point back to the brief).
    initiative_links = page.locator("article a[href*='initiatives/']")
    hrefs = absolute_hrefs(page, "article a[href*='initiatives/']")
    shared = [i for i, href in enumerate(hrefs) if href in mentioned_initiatives]
    assert shared, "the Japan page links to none of the initiatives the brief mentions"
    # Prefer the initiative the article names in a paragraph (not only in the title, whose evidence is #top).
    shared.sort(key=lambda i: not hrefs[i].endswith(PREFERRED_INITIATIVE))
    target = hrefs[shared[0]]
    follow(page, initiative_links.nth(shared[0]))
    assert page.url == target, page.url
    initiative = page.locator("article h1").inner_text().strip()

    # 3. initiative -> the brief's paragraph, through the "in context" evidence link next to the brief.
    entry = page.locator("article h2#briefs + ul > li").filter(
        has=page.locator(f"a[href$='{site_pages['brief'].rsplit('/', 1)[1]}']")
    )
    assert entry.count() == 1, f"the {initiative!r} page does not list the brief once under Briefs"
    follow(page, entry.get_by_role("link", name="in context").first)

    parts = urlsplit(page.url)
    assert parts.path == urlsplit(brief_url).path, page.url
    assert re.fullmatch(r"p\d+", parts.fragment), f"evidence link has no #p<N> fragment: {page.url}"
    assert page.locator("article h1").inner_text().strip() == BRIEF_TITLE

    paragraph = page.locator("p:target")
    assert paragraph.count() == 1, f"no <p> is the :target of #{parts.fragment}"
    assert paragraph.get_attribute("id") == parts.fragment
    page.wait_for_function(
        "() => { const bg = getComputedStyle(document.querySelector('p:target')).backgroundColor;"
        " return bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)'; }",
        timeout=3_000,
    )
    background = paragraph.evaluate("p => getComputedStyle(p).backgroundColor")
    assert background not in TRANSPARENT, f"targeted paragraph #{parts.fragment} is not highlighted"
    box = paragraph.bounding_box()
    viewport = page.viewport_size
    assert box and 0 <= box["y"] < viewport["height"], f"targeted paragraph is not scrolled into view: {box}"
