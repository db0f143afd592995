"""A saved page of several stories, each a headline over its dek and text, read as one article a story."""
from __future__ import annotations

import lxml.html
import pytest

from generator.model import Article, Block, RemovedReason
from generator.sources.page_stories import story_articles, top_headlines

LEAD = "MOSCOW, February 27. The delegation has arrived in Belarus for talks with the other side, a spokesman said on Sunday."
TEXT = "The ministry confirmed the arrival of the delegation, noting that the necessary arrangements have all been made."
DEK = "The delegation is ready to start talks in Gomel, the spokesman says"


def heading(text: str) -> Block:
    return Block("heading", text)


def paragraph(text: str) -> Block:
    return Block("paragraph", text)


def page(*blocks: Block) -> Article:
    return Article(source="page.html", position=0, title="Russia", blocks=blocks)


@pytest.mark.parametrize("blocks, titles", [
    # Two stories, each headline over its dek and text, under the page's section headings.
    ((heading("Russia"), heading("Russia News"), heading("Russian delegation arrives in Belarus for talks"), paragraph(DEK),
      paragraph(LEAD), paragraph(TEXT), heading("Contacts with the union not officially severed, diplomat says"), paragraph(DEK),
      paragraph(LEAD)),
     ["Russian delegation arrives in Belarus for talks", "Contacts with the union not officially severed, diplomat says"]),
    # The page's own text first, then two stories.
    ((paragraph(TEXT), heading("Russian delegation arrives in Belarus for talks"), paragraph(DEK), paragraph(LEAD),
      heading("Contacts with the union not officially severed, diplomat says"), paragraph(DEK), paragraph(LEAD)),
     ["Russia", "Russian delegation arrives in Belarus for talks", "Contacts with the union not officially severed, diplomat says"]),
    # One headline over a dek: the page's own article, whatever its subheadings.
    ((heading("Russian delegation arrives in Belarus for talks"), paragraph(DEK), paragraph(LEAD), heading("What comes next"),
      paragraph(TEXT)),
     ["Russia"]),
    # Subheadings over finished sentences are no deks.
    ((paragraph(LEAD), heading("The delegation arrives in Belarus for talks"), paragraph(TEXT), paragraph(LEAD),
      heading("The union's contacts are not officially severed"), paragraph(TEXT), paragraph(LEAD)),
     ["Russia"]),
    # A short subheading over a list's label is no story's headline.
    ((paragraph(LEAD), heading("Key points"), paragraph(DEK), paragraph(LEAD), heading("More points"), paragraph(DEK), paragraph(LEAD)),
     ["Russia"]),
    # A feature's subheadings each over a list's lead-in: no deks, one article.
    ((paragraph(LEAD), heading("What the delegation asked for in Gomel"), paragraph("The delegation set out three demands in Gomel:"),
      paragraph(LEAD), heading("What the other side offered in return"), paragraph("The other side answered with an offer of its own:"),
      paragraph(LEAD)),
     ["Russia"]),
])
def test_a_page_of_stories_is_split_at_each_headline_over_its_dek(blocks, titles):
    assert [article.title for article in story_articles(page(*blocks))] == titles


def test_each_story_keeps_its_dek_as_standfirst_and_the_page_headings_stay_removed():
    first, second = story_articles(page(
        heading("Russia"), heading("Russian delegation arrives in Belarus for talks"), paragraph(DEK), paragraph(LEAD),
        heading("Contacts with the union not officially severed, diplomat says"), paragraph(DEK), paragraph(LEAD), paragraph(TEXT)))
    assert (first.standfirst, [block.text for block in first.blocks]) == (DEK, [LEAD])
    assert [(line.text, line.reason) for line in first.removed] == [("Russia", RemovedReason.NAVIGATION)]
    assert (second.position, [block.text for block in second.blocks]) == (1, [LEAD, TEXT])


FIRST = "Russian delegation arrives in Belarus for talks"
SECOND = "Contacts with the union not officially severed, diplomat says"
PAGE_OF_H1S = (heading("Top news"), heading(FIRST), paragraph(LEAD), paragraph(TEXT), heading(SECOND), paragraph(LEAD))


@pytest.mark.parametrize("blocks, headlines, titles", [
    # Two top-level headlines (<h1>), each over its text and no dek: a page of stories, its section heading removed.
    (PAGE_OF_H1S, (FIRST, f"  {SECOND}\n"), [FIRST, SECOND]),
    # One <h1> only: the page's own article, its other headings subheadings.
    (PAGE_OF_H1S, (FIRST,), ["Russia"]),
    # An <h1> of a menu's length ("Top news") is no story's headline, nor one the extractor left out of the text.
    (PAGE_OF_H1S, ("Top news", FIRST, "Russia Today"), ["Russia"]),
    # An <h1> over another heading, no paragraph under it: no story of its own.
    ((heading(FIRST), heading("What comes next"), paragraph(LEAD), heading(SECOND), paragraph(LEAD)), (FIRST, SECOND), ["Russia"]),
])
def test_a_page_of_stories_is_split_at_each_top_level_headline_over_its_text(blocks, headlines, titles):
    assert [article.title for article in story_articles(page(*blocks), headlines)] == titles


def test_a_story_under_a_top_level_headline_keeps_its_text_and_no_standfirst():
    first, second = story_articles(page(*PAGE_OF_H1S), (FIRST, SECOND))
    assert (first.standfirst, [block.text for block in first.blocks]) == (None, [LEAD, TEXT])
    assert [block.text for block in second.blocks] == [LEAD]


@pytest.mark.parametrize("html, headlines", [
    ("<html><body><h1>Russia News</h1><p>x</p><h1> Talks in <b>Gomel</b>\n</h1></body></html>", ("Russia News", "Talks in Gomel")),
    ("<html><body><h1>Russia News</h1><h2>Talks in Gomel</h2></body></html>", ()),
    ("<html><body><h1></h1><h1>Talks in Gomel</h1></body></html>", ()),
])
def test_top_headlines_are_the_pages_h1_texts_when_it_has_two_or_more(html, headlines):
    assert top_headlines(lxml.html.fromstring(html)) == headlines
