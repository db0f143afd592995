"""An e-mail newsletter of numbered items splits into them; a numbered list or an unmailed listicle does not."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason, SourceDocument
from generator.sources.headline_stacks import undecorated
from generator.sources.splitting import split_articles

HEADER = "From: Daily Brief <brief@example.com>\nDate: Mon, 27 Apr 2026 22:52:57 +0000\n\nThe lineup of today's briefing, in short\n\n"
PARAGRAPHS = [
    "Mounting tensions between the two governments scuttled a second round of peace talks that were set for the weekend.",
    "The central bank's nominee is on track to be confirmed after a key senator said on Sunday he would back him.",
    "Investors poured money back into technology shares before a crucial week of earnings for the largest companies.",
    "The government formalised labour rules for gig workers on online platforms, including delivery drivers.",
]
HEADLINES = ["Talks in Islamabad are called off", "Path cleared for the Fed nominee", "AI stock enthusiasm heats back up",
             "Gig workers win new protections"]


def _articles(text: str) -> list:
    return split_articles(SourceDocument(path="mail.txt", text=text, meta={}))


@pytest.mark.parametrize("number", [
    pytest.param(lambda n: f"↓↓{n}{n}", id="number printed twice, glued"),
    pytest.param(lambda n: f"{n}. ", id="number and a stop"),
    pytest.param(lambda n: f"■ {n}) ", id="marks, number and a bracket"),
])
def test_a_mails_numbered_items_are_its_articles(number):
    items = "".join(f"{number(n)}{headline}\n\n{paragraph}\n\n" for n, (headline, paragraph) in enumerate(zip(HEADLINES, PARAGRAPHS), 1))
    articles = _articles(HEADER + items)
    assert [article.title for article in articles] == [undecorated(f"{number(n)}{h}") for n, h in enumerate(HEADLINES, 1)]
    assert any(line.text.startswith("The lineup") for line in articles[0].removed)  # the mail's header: chrome, kept visible


def test_a_section_headed_as_the_items_but_unnumbered_is_the_mails_promo():
    items = "".join(f"↓↓{n}{n}{headline}\n\n{paragraph}\n\n" for n, (headline, paragraph) in enumerate(zip(HEADLINES, PARAGRAPHS), 1))
    promo = "↓↓Mixed SignalsMixed Signals\nCould a more global basketball game be the league's biggest opportunity? Listen to the latest episode now.\n\n"
    articles = _articles(HEADER + items + promo)
    assert len(articles) == 4
    assert any(line.reason == RemovedReason.AFTER_END and line.text.startswith("↓↓Mixed") for line in articles[-1].removed)


@pytest.mark.parametrize("header", [
    pytest.param("", id="no e-mail header: a listicle's numbered sections"),
])
def test_numbered_sections_without_a_mail_stay_one_article(header):
    text = "Four things to know today\n\nAn introduction to the day's news runs over several lines of text, as ever.\n\n"
    text += "".join(f"{n}. {headline}\n\n{paragraph}\n\n" for n, (headline, paragraph) in enumerate(zip(HEADLINES, PARAGRAPHS), 1))
    assert len(_articles(header + text)) == 1


@pytest.mark.parametrize("headline, expected", [
    pytest.param("🟡 🟡 🟡 UAE’s Saudi schism deepens", "UAE’s Saudi schism deepens", id="a subject's emoji"),
    pytest.param("★ Review: a quiet summit", "Review: a quiet summit", id="a symbol"),
    pytest.param("↓↓11Violence reaches Washington", "↓↓11Violence reaches Washington", id="marks glued to a word stay"),
    pytest.param("🟡 🟡", "🟡 🟡", id="nothing but emoji stays"),
    pytest.param("G7 leaders meet", "G7 leaders meet", id="no decoration"),
])
def test_a_headline_loses_the_emoji_set_before_it(headline, expected):
    assert undecorated(headline) == expected


ARCHIVED = "# {subject}\n\n**From:** Daily Brief <brief@example.com>\n**Date:** Mon, 27 Apr 2026 22:52:57 +0000\n**Source:** [View original](https://example.com/v)\n\n---\n\n"
STORY = "\n".join(PARAGRAPHS[:3]) + "\n"


@pytest.mark.parametrize("top, expected", [
    pytest.param("Oil Keeps Rising as Iran War Standoff Continues\nTwo months of the war.\n\n", "Oil Keeps Rising as Iran War Standoff Continues",
                 id="a title-cased headline under the header stands over the subject"),
    pytest.param("The briefing's lead, set in sentence case and running on as a sentence does.\n\n", "Who holds the cards?",
                 id="a sentence under the header: the subject stands"),
    pytest.param("", "Who holds the cards?", id="no line over the text: the subject stands"),
])
def test_an_archived_mails_printed_headline_stands_over_its_subject(top, expected):
    articles = _articles(ARCHIVED.format(subject="Who holds the cards?") + top + STORY)
    assert [article.title for article in articles] == [expected]


@pytest.mark.parametrize("closing, articles", [
    pytest.param("To receive the full issue, subscribe here.", 1, id="a sentence going on with the text over links"),
])
def test_a_sentence_over_a_list_of_links_opens_no_page(closing, articles):
    text = f"Issue headline for the week\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\nYou are reading a selection of articles from the issue.\n{closing}\n\n"
    text += "[How North Korea Won](https://example.com/a)\n\n[The Case for a Cold Peace](https://example.com/b)\n\n"
    text += "To ensure we can contact you, please add us to your email address book or safe list.\n"
    assert len(_articles(text)) == articles
