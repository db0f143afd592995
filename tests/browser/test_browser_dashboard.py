"""The home dashboard's charts and the timeline render in a real browser, with working links."""
from __future__ import annotations

from urllib.parse import urljoin


def test_relations_matrix_and_coverage_chart_render(open_page, site_url):
    page, log = open_page()
    page.goto(urljoin(site_url, "index.html"))
    matrix = page.locator("svg.briefing-matrix")
    assert matrix.count() == 1 and matrix.bounding_box()["width"] > 200
    assert page.locator("svg.briefing-matrix rect").count() >= 4 * 4, "a cell for every pair of the top countries"
    linked = page.locator("svg.briefing-matrix a")
    assert linked.count() >= 2, "cells of pairs discussed together link to their relation"
    bars = page.locator("svg.briefing-bars a")
    assert bars.count() >= 5
    linked.first.click()
    page.wait_for_load_state()
    assert "/relations/" in page.url
    assert page.locator("h1").inner_text().count("–") == 1
    assert not log.problems()


def test_timeline_lists_dated_events_linked_to_their_sentences(open_page, site_url):
    page, log = open_page()
    page.goto(urljoin(site_url, "timeline.html"))
    years = page.locator("article h2").all_inner_texts()
    assert any(year.strip().isdigit() for year in years), years
    sources = page.locator("article li a:has-text('source')")
    assert sources.count() >= 5
    sources.first.click()
    page.wait_for_load_state()
    assert "#p" in page.url
    assert page.evaluate("() => !!document.querySelector(':target')")
    assert not log.problems()
