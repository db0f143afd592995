"""Material's client-side search finds briefs and term pages, offline, and its results lead to the page."""

from tests.browser.browser_support import BRIEF_TITLE, follow

QUERY = "Manar"
INITIATIVE = "Manar initiative"


def all_result_titles(page) -> list[str]:
    """Titles of every page in the result list; Material renders results lazily, so scroll until none are added."""
    items = page.locator(".md-search-result__list > li.md-search-result__item")
    items.first.wait_for()
    scroller = page.locator(".md-search__scrollwrap")
    count = -1
    for _ in range(20):  # bounded: each round renders at most one more batch
        if items.count() == count:
            break
        count = items.count()
        scroller.evaluate("el => { el.scrollTop = el.scrollHeight; }")
        page.wait_for_timeout(150)
    return [title.strip() for title in items.locator("article h1").all_inner_texts()]


def test_search_finds_brief_and_initiative_and_opens_the_initiative(page_and_log, site_url):
    page, log = page_and_log
    page.goto(site_url + "index.html")
    search = page.locator("input.md-search__input")
    search.click()
    page.keyboard.type(QUERY, delay=20)  # typed as a reader would, not filled
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "el => /\\d+ matching document/.test(el.textContent)", arg=meta.element_handle(), timeout=10_000
    )

    titles = all_result_titles(page)
    assert INITIATIVE in titles, f"search for {QUERY!r} did not list {INITIATIVE!r}; results: {titles}"
    assert BRIEF_TITLE in titles, f"search for {QUERY!r} did not list the brief {BRIEF_TITLE!r}; results: {titles}"

    result = page.locator(".md-search-result__list > li", has=page.locator("article h1", has_text=INITIATIVE))
    follow(page, result.locator("a").first)
    assert "initiatives/" in page.url, page.url
    heading = page.locator("article h1")
    assert heading.inner_text().strip() == INITIATIVE
    # The search worker and index load from the site itself: nothing failed and nothing left the machine.
    assert not log.problems(), "\n".join(log.problems())
