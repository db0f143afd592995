"""Every page type loads cleanly and offline, and has no serious or critical accessibility violations."""

from urllib.parse import urljoin

import pytest

from browser_support import AXE_JS, PAGE_TYPES, skip_or_fail

SEARCH_READY = (
    "() => { const m = document.querySelector('.md-search-result__meta');"
    " return m && !/initializing/i.test(m.textContent); }"
)


def load(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: HTTP {response.status if response else 'no response'}"
    # Material fetches the search index in a worker after load; wait for it so its errors are seen too.
    page.wait_for_function(SEARCH_READY, timeout=10_000)


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_loads_without_errors_and_offline(kind, page_and_log, site_url, site_pages):
    page, log = page_and_log
    url = urljoin(site_url, site_pages[kind])
    load(page, url)
    assert page.locator("article h1").count() == 1, f"{kind} page {url} has no single <h1> in its article"
    # Exercise the search worker too: it is where offline sites usually reach for a CDN.
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Japan")
    page.locator(".md-search-result__item").first.wait_for()
    problems = log.problems()
    assert not problems, f"{kind} page {url}:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE_JS.is_file():
        skip_or_fail(f"{AXE_JS} is missing: run `npm ci --no-audit --no-fund` at the repository root")
    return str(AXE_JS)


def describe(violations) -> str:
    lines = []
    for v in violations:
        targets = "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        more = f" (+{len(v['nodes']) - 5} more)" if len(v["nodes"]) > 5 else ""
        lines.append(f"- {v['id']} [{v['impact']}] {v['help']}: {targets}{more}")
    return "\n".join(lines)


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_has_no_serious_accessibility_violations(kind, page, site_url, site_pages, axe_source):
    url = urljoin(site_url, site_pages[kind])
    load(page, url)
    page.add_script_tag(path=axe_source)
    violations = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.map(String)})),
            }));
        }"""
    )
    severe = [v for v in violations if v["impact"] in ("serious", "critical")]
    minor = [v for v in violations if v not in severe]
    if minor:
        print(f"{kind}: minor/moderate accessibility findings:\n{describe(minor)}")
    assert not severe, f"{kind} page {url} has serious/critical accessibility violations:\n{describe(severe)}"
