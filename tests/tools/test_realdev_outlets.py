"""The outlet score on tests/realdev: a page's outlet is right when it is the site of the page's URL."""
from __future__ import annotations

import pytest

from generator.knowledge.base import load_knowledge
from generator.settings import PROJECT_ROOT
from generator.tools.evaluation.realdev_outlets import (
    OutletHalf,
    evaluate_realdev_outlets,
    format_realdev_outlets,
    name_spells_site,
    outlet_matches_site,
    site_label,
)

KNOWLEDGE = load_knowledge(PROJECT_ROOT / "knowledge")


@pytest.mark.parametrize("url, label", [
    ("https://www.detroitnews.com/story/news/1", "detroitnews"),
    ("https://news.bbc.co.uk/2/hi/1.stm", "bbc"),
    ("https://entermedia.co.kr/news/1", "entermedia"),
    ("https://blog.comwrap.com/post", "comwrap"),
    ("https://comoeducarseusfilhos.com.br/x", "comoeducarseusfilhos"),
])
def test_site_label_is_the_domains_own_name(url, label):
    assert site_label(url) == label


@pytest.mark.parametrize("name, label, spells", [
    ("The Detroit News", "detroitnews", True),
    ("The Wall Street Journal", "wsj", True),
    ("BBC News", "bbc", True),
    ("The Guardian", "theguardian", True),
    ("CBS Sports", "cbssports", True),
    ("Reuters", "venturebeat", False),
    ("Detroit", "detroitnews", True),  # a name plus "news" is the site's; a shorter stem is not
    ("CNN", "cnbc", False),
])
def test_name_spells_site(name, label, spells):
    assert name_spells_site(name, label) is spells


@pytest.mark.parametrize("outlet, url, right", [
    ("wall-street-journal", "https://www.wsj.com/articles/x", True),   # the knowledge base lists the domain
    ("associated-press", "https://www.detroitnews.com/story/x", False),  # the wire, not the paper whose page it is
    ("ctpost.com", "https://www.ctpost.com/news/x", True),              # a host from a URL line
    ("sfgate.com", "https://www.ctpost.com/news/x", False),
    ("Space.com", "https://www.space.com/x", True),
    ("The Detroit News", "https://www.detroitnews.com/story/x", True),  # a name the knowledge base does not know
])
def test_outlet_matches_site(outlet, url, right):
    assert outlet_matches_site(outlet, url, KNOWLEDGE) is right


def test_every_realdev_page_is_counted_right_empty_or_wrong():
    halves = evaluate_realdev_outlets(knowledge=KNOWLEDGE)
    assert {h.pages for h in halves.values()} and all(h.right + h.empty + h.wrong == h.pages > 0 for h in halves.values())
    table = format_realdev_outlets({"dev": OutletHalf("dev", pages=4, right=2, empty=1, wrong=1, misses=["p1", "p2"])}, verbose=True)
    assert "2 (50.0%)" in table and "  - p2" in table
