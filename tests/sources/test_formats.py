"""Source formats read as their text: Pandoc's heading attributes, an XML feed saved as text, raw HTML's paragraphs and
inline tags over line breaks, block quotes wrapped, reStructuredText, labelled story files, WordPress block comments."""
from __future__ import annotations

from datetime import date

import pytest

from generator.model import SourceDocument
from generator.sources.reading import read_source
from generator.sources.splitting import split_articles

RSS = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n<title>Daily Harbour News</title>\n<link>https://harbour.example.org</link>\n<description>News from the harbour</description>\n<item>\n<title>Ports reopen after the storm</title>\n<link>https://harbour.example.org/2024/01/ports-reopen</link>\n<pubDate>Fri, 05 Jan 2024 09:30:00 +0000</pubDate>\n<dc:creator><![CDATA[Jane Roe]]></dc:creator>\n<description><![CDATA[<p>Ports in northern Spain reopened on Friday after a storm closed them for two days.</p>]]></description>\n<content:encoded><![CDATA[<p>Ports in northern Spain reopened on Friday after a storm closed them for two days, the port authority said.</p>\n<p>Shipping companies said delays would last until the end of the week.</p>]]></content:encoded>\n</item>\n<item>\n<title>Fishermen count the cost</title>\n<link>https://harbour.example.org/2024/01/fishermen</link>\n<pubDate>Sat, 06 Jan 2024 10:00:00 +0000</pubDate>\n<description>Fishermen in Galicia said on Saturday the storm had destroyed dozens of boats. The regional government promised aid.</description>\n</item>\n</channel>\n</rss>\n'
ATOM = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>Field Notes</title>\n  <link href="https://notes.example.net/"/>\n  <entry>\n    <title type="html">Talks resume in Geneva</title>\n    <link rel="alternate" href="https://notes.example.net/talks-resume"/>\n    <published>2024-02-01T08:00:00Z</published>\n    <author><name>Al Roe</name></author>\n    <content type="html">&lt;p&gt;Negotiators met again in Geneva on Thursday to discuss a ceasefire.&lt;/p&gt;&lt;p&gt;Both delegations said the talks were constructive.&lt;/p&gt;</content>\n  </entry>\n  <entry>\n    <title>Aid convoy reaches the border</title>\n    <link href="https://notes.example.net/aid-convoy"/>\n    <updated>2024-02-02T08:00:00Z</updated>\n    <summary>An aid convoy of forty trucks reached the border crossing on Friday morning, officials said.</summary>\n  </entry>\n</feed>\n'
RST = "Ministers agree on new border rules\n===================================\n\n:date: 2024-03-10\n:author: Jane Roe\n\n.. image:: /images/border.jpg\n   :alt: A border crossing\n   :width: 600\n\nInterior ministers of the European Union agreed on Thursday to tighten\nthe rules at the bloc's external borders, according to a statement\npublished by the `Council of the EU <https://www.consilium.europa.eu/>`_\nafter the meeting in Brussels.\n\nThe new rules will apply from next year, the `statement`_ said.\n\n.. _statement: https://www.consilium.europa.eu/press\n\nBorder checks\n-------------\n\nOfficials said the changes would mean longer checks for travellers at\nairports and land crossings during the summer months.\n"
LABELLED = 'HEADLINE: Floods force thousands from their homes in Bangladesh\nDATE: 12 June 2004\nSTORYID: AFP_ENG_20040612.0042\nTEXT:\nFloods in northern Bangladesh have forced more than ten thousand people from their homes, officials said on Saturday.\n\nThe Disaster Management Ministry said rivers had risen above danger levels in six districts after days of heavy rain.\n\nAid agencies said they were sending food and clean water to the worst affected areas.\n'
WP_BLOCKS = '---\ntitle: "Council approves the harbour plan"\n---\n\n<!-- wp:paragraph -->\n<p>The city council approved the new harbour plan on Tuesday after two years of debate.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {"level":3} -->\n<h3>What happens next</h3>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Work is expected to begin next spring, the council said in a statement.</p>\n<!-- /wp:paragraph -->\n'
PANDOC = '# Ministers meet in Brussels {#ministers-meet .headline}\n\nForeign ministers of the European Union met in Brussels on Monday to discuss sanctions against Russia.\n\n#### What was agreed {#agreed .Subhead}\n\nThe ministers agreed a new package of measures, officials said.\n'
LINK_OVER_LINES = '# Security Council extends mission\n\nThe Security Council on Monday extended the peacekeeping mission for another year.\n<a href="https://example.org/un">\nThe\n</a> UN said the vote was unanimous and that troops would stay\nuntil the end of next year, when a review is due.\n\n> The mission remains essential to the protection of civilians,\n> the ambassador said after the vote.\n\nFighting continued in the east of the country.\n'
QUOTE_WRAPPED = 'Security Council extends peacekeeping mission in the east\n\nThe Security Council on Monday extended the peacekeeping mission for\nanother year after a debate that lasted most of the afternoon in New\nYork, diplomats said after the vote was taken.\n\nThe ambassador of France, who drafted the resolution, told reporters\nthat the mission had protected thousands of civilians this year:\n\n> The mission remains essential to the protection of civilians in the\n> east of the country, and we will not abandon the people who rely on\n> it every single day, the ambassador said after the vote on Monday.\n\nFighting continued in the east of the country on Tuesday, where rebels\ntook control of two villages near the border with Rwanda and Uganda,\naccording to local officials and aid workers in the region.\n'
PARAGRAPHS_IN_ONE_P = "<!DOCTYPE html>\n<html><head><title>Harbour plans approved</title></head>\n<body>\n<h1>Harbour plans approved</h1>\n<p>The city council approved the new harbour plan on Tuesday after two years of debate.\n\nThe plan includes a new ferry terminal and a cycle path along the water.\n\nOpponents said the cost was too high, and several residents' groups promised to take the matter to court.</p>\n<p>Work is expected to begin next spring, the council said in a statement published on its website.</p>\n</body></html>\n"

TS_BLOCKS = (
    'import { assets } from "@/lib/content/assets";\n\nexport const newsArticles: NewsArticle[] = [\n  {\n    ...base("visit"),\n'
    '    sourceUrl: "https://embassy.example.org/visit/",\n    lede: "The ambassador met students.",\n    blocks: [\n'
    '      { type: "paragraph", text: "The embassy welcomed students from universities across the country for a discussion on diplomacy, development and the role of the country in multilateral cooperation." },\n'
    '      { type: "gallery", images: [{ src: assets.a.src, alt: "Students at the embassy" }] },\n'
    '      { type: "paragraph", text: \'The visit concluded with networking, accompanied by a showcase of the country\\\'s hospitality.\' },\n'
    '    ],\n  },\n  {\n    ...base("credentials"),\n    sourceUrl: "https://embassy.example.org/credentials/",\n    blocks: [\n'
    '      { type: "paragraph", text: "On February 11, the ambassador presented his credentials to the Secretary-General of the organization, who welcomed him and praised the commitment of the country to maritime affairs." },\n'
    '      { type: "quote", text: "We look forward to a long partnership with the organization and its members." },\n'
    '    ],\n  },\n];\n\nexport function getNewsArticle(slug: string) {\n  return newsArticles.find((a) => a.slug === slug);\n}\n')
TS_RECORDS = (
    'export const mockArticles = [\n  {\n    "title": "Court hears testimonies in Baku",\n    "link": "https://news.example.az/a/1.html",\n'
    '    "author": "Jane Roe",\n    "content": [\n      "On July 18, an open court hearing continued in the criminal case against the defendants, with each of them given an interpreter and defense counsel, officials said.",\n'
    '      "\\"We will testify,\\" the victim said after the hearing on Friday, according to the court."\n    ]\n  },\n  {\n'
    '    "title": "Festival opens in the capital",\n    "link": "https://news.example.az/a/2.html",\n    "content": [\n'
    '      "The annual festival opened yesterday, showcasing the country\'s artistic traditions and contemporary cultural achievements to visitors.",\n'
    '      "The festival runs for two weeks and features international participants from over twenty countries."\n    ]\n  }\n];\n'
    '\nexport const byCategory = { "world": [mockArticles[0]] };\n')


def articles_of(write_source, settings, name: str, content: str) -> list:
    """The articles of one source file."""
    document = read_source(write_source(name, content), name, settings)
    assert isinstance(document, SourceDocument), document
    return split_articles(document)


@pytest.mark.parametrize(("name", "content", "titles", "first_words", "metadata"), [
    pytest.param("feed.txt", RSS, ["Ports reopen after the storm", "Fishermen count the cost"],
                 ["Ports in northern Spain reopened on Friday after a storm closed them for two days, the port", "Fishermen in Galicia"],
                 [{"author": "Jane Roe", "outlet": "Daily Harbour News", "date": date(2024, 1, 5)}, {"outlet": "Daily Harbour News"}],
                 id="an RSS feed saved as text: an article an item, its content rather than its description"),
    pytest.param("feed.md", ATOM, ["Talks resume in Geneva", "Aid convoy reaches the border"],
                 ["Negotiators met again", "An aid convoy"], [{"author": "Al Roe", "url": "https://notes.example.net/talks-resume"}, {"date": date(2024, 2, 2)}],
                 id="an Atom feed saved as Markdown"),
    pytest.param("post.rst", RST, ["Ministers agree on new border rules"], ["Interior ministers"], [{"author": "Jane Roe", "date": date(2024, 3, 10)}],
                 id="reStructuredText: the title's underline a headline, the field list metadata"),
    pytest.param("post.txt", RST, ["Ministers agree on new border rules"], ["Interior ministers"], [{"author": "Jane Roe"}],
                 id="reStructuredText saved as text"),
    pytest.param("story.txt", LABELLED, ["Floods force thousands from their homes in Bangladesh"], ["Floods in northern Bangladesh"],
                 [{"date": date(2004, 6, 12)}], id="a labelled story file: HEADLINE the title, DATE the date, TEXT the text"),
    pytest.param("pandoc.md", PANDOC, ["Ministers meet in Brussels"], ["Foreign ministers"], [{}], id="Pandoc's heading attributes"),
    pytest.param("news.txt", TS_BLOCKS, [None, None], ["The embassy welcomed students", "On February 11, the ambassador"],
                 [{"url": "https://embassy.example.org/visit/"}, {"url": "https://embassy.example.org/credentials/"}],
                 id="a site's TypeScript module: each record an article, its paragraph and quote blocks the text, its link kept"),
    pytest.param("mock.txt", TS_RECORDS, ["Court hears testimonies in Baku", "Festival opens in the capital"], ["On July 18", "The annual festival"],
                 [{"author": "Jane Roe", "url": "https://news.example.az/a/1.html"}, {"url": "https://news.example.az/a/2.html"}],
                 id="a scraper's mock records in a module: content a list of paragraphs, each record's fields its own"),
])
def test_a_format_is_read_as_its_articles(write_source, settings, name, content, titles, first_words, metadata):
    articles = articles_of(write_source, settings, name, content)
    assert [article.title for article in articles] == titles
    assert [article.blocks[0].text[: len(words)] for article, words in zip(articles, first_words)] == first_words
    assert [{key: article.meta.get(key) for key in expected} for article, expected in zip(articles, metadata)] == metadata


@pytest.mark.parametrize(("name", "content", "paragraphs"), [
    pytest.param("rst.rst", RST, ["Interior ministers of the European Union agreed on Thursday to tighten the rules at the bloc's external borders, "
                                  "according to a statement published by the Council of the EU after the meeting in Brussels.",
                                  "The new rules will apply from next year, the statement said.", "Border checks",
                                  "Officials said the changes would mean longer checks for travellers at airports and land crossings during the summer months."],
                 id="reStructuredText: links as their words, the image and the target no text, wrapped lines joined"),
    pytest.param("pandoc.md", PANDOC, ["Foreign ministers of the European Union met in Brussels on Monday to discuss sanctions against Russia.",
                                       "What was agreed", "The ministers agreed a new package of measures, officials said."], id="a subheading's attributes"),
    pytest.param("blocks.md", WP_BLOCKS, ["The city council approved the new harbour plan on Tuesday after two years of debate.", "What happens next",
                                          "Work is expected to begin next spring, the council said in a statement."],
                 id="the block editor's comments are no text, and cut no article short"),
    pytest.param("wrapped.md", LINK_OVER_LINES, ["The Security Council on Monday extended the peacekeeping mission for another year.",
                                                 "The UN said the vote was unanimous and that troops would stay until the end of next year, when a review is due."],
                 id="a link's tags on lines of their own leave no word alone"),
    pytest.param("page.txt", PARAGRAPHS_IN_ONE_P, ["The city council approved the new harbour plan on Tuesday after two years of debate.",
                                                   "The plan includes a new ferry terminal and a cycle path along the water.",
                                                   "Opponents said the cost was too high, and several residents' groups promised to take the matter to court.",
                                                   "Work is expected to begin next spring, the council said in a statement published on its website."],
                 id="blank lines typed inside one <p> of a page saved as text are paragraph breaks"),
])
def test_a_formats_paragraphs_are_its_text(write_source, settings, name, content, paragraphs):
    (article,) = articles_of(write_source, settings, name, content)
    assert [block.text for block in article.blocks][: len(paragraphs)] == paragraphs


@pytest.mark.parametrize("name", ["quote.txt", "quote.md"])
def test_a_wrapped_block_quote_keeps_one_mark(write_source, settings, name):
    (article,) = articles_of(write_source, settings, name, QUOTE_WRAPPED)
    (quote,) = [block.text for block in article.blocks if block.text.startswith(">")]
    assert quote.count(">") == 1 and "in the east of the country, and we will not abandon" in quote
