"""Page paths and links: every page has one path, and url_for links any page to any other."""
from __future__ import annotations

import posixpath

import pytest

from generator.model import Term
from generator.urls import (
    BRIEFS_INDEX,
    HOME,
    REPORT,
    archive_path,
    brief_path,
    paragraph_anchor,
    searched,
    taxonomy_path,
    term_path,
    url_for,
)


@pytest.mark.parametrize(
    ("term", "path"),
    [
        (Term("countries", "JP", "Japan"), "countries/jp.md"),
        (Term("people", "yoshimasa-hayashi", "Yoshimasa Hayashi"), "people/yoshimasa-hayashi.md"),
        (Term("organizations", "index", "Index"), "organizations/index-term.md"),
        (Term("regions", "INDEX", "Index"), "regions/index-term.md"),
    ],
)
def test_term_path(term, path):
    assert term_path(term) == path
    assert term_path(term) != taxonomy_path(term.taxonomy)


def test_fixed_paths():
    assert (brief_path("pier-a1b2c3"), taxonomy_path("people"), HOME, BRIEFS_INDEX, REPORT) == (
        "briefs/pier-a1b2c3.md", "people/index.md", "index.md", "briefs/index.md", "report.md")


@pytest.mark.parametrize(
    ("path", "is_searched"),
    [
        ("briefs/pier-a1b2c3.html", True),
        ("countries/jp.html", True),
        ("countries/index.html", True),
        ("index.html", True),
        ("people/index-term.md", True),
        ("people/ana-archive.html", True),  # a name, not an archive page
        (archive_path("briefs/index.md", 3), False),
        (archive_path("countries/jp.md", 12, undated=True), False),
        ("countries/jp-archive-2.html", False),
        ("briefs/index-undated-1.html", False),
        ("report.html", False),
        ("search.html", False),
        ("404.html", False),
        ("relations/cn-jp.html", False),  # a pair of countries: reached from both countries' pages
        ("relations/index.html", True),
    ],
)
def test_searched_pages_leave_out_archive_pages_and_pages_for_editors(path, is_searched):
    assert searched(path) is is_searched


def test_archive_path():
    assert (archive_path("briefs/index.md", 2), archive_path("countries/jp.md", 1, undated=True)) == (
        "briefs/index-archive-2.md", "countries/jp-undated-1.md")


@pytest.mark.parametrize(("block", "anchor"), [(-1, "top"), (0, "p1"), (9, "p10"), (99, "p100")])
def test_paragraph_anchor(block, anchor):
    assert paragraph_anchor(block) == anchor


PAGES = ["index.md", "report.md", "briefs/index.md", "briefs/pier-a1b2c3.md", "countries/jp.md", "people/index-term.md",
         "briefs/page/2.md", "feeds/countries/jp.xml"]


@pytest.mark.parametrize("from_page", PAGES)
@pytest.mark.parametrize("target", PAGES)
def test_url_for_resolves_from_the_linking_page_to_the_target(target, from_page):
    url = url_for(target, from_page)
    assert not url.startswith("/") and "://" not in url and " " not in url
    assert posixpath.normpath(posixpath.join(posixpath.dirname(from_page), url)) == target


@pytest.mark.parametrize(
    ("target", "from_page", "anchor", "url"),
    [
        ("briefs/pier-a1b2c3.md", "briefs/pier-a1b2c3.md", "p3", "pier-a1b2c3.md#p3"),
        ("index.md", "index.md", None, "index.md"),
        ("countries/jp.md", "index.md", None, "countries/jp.md"),
        ("briefs/pier-a1b2c3.md", "index.md", "top", "briefs/pier-a1b2c3.md#top"),
    ],
)
def test_url_for_known_links(target, from_page, anchor, url):
    assert url_for(target, from_page, anchor) == url
