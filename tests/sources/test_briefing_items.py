"""A briefing's items, each closed by "Read more" over its address, are articles of their own; one "Read more" is a
page's teaser link, not a briefing."""
from __future__ import annotations

import pytest

from generator.model import SourceDocument
from generator.sources.splitting import split_articles

LEAD = ("Having departed on Saturday just as the envoys were preparing to travel, the foreign minister eventually "
        "popped up for talks in the northern capital, where he said his government was committed to the partnership.")
ITEMS = [
    ("Gala Shooting Suspect Charged in Federal Court", "The suspect, 31, made his first appearance in federal court on Monday."),
    ("China Blocks the Takeover of an AI Firm", "The sale was initially hailed as a template for startups with global aspirations."),
    ("Investors Rebuff the Fund's Buyout Offer", "Investors in the fund tendered less than 1% of their shares to the hedge fund."),
]
RUN_ON = "Mexico arrested a senior underworld figure with a $5 million bounty on his head who was sought for crimes."


def _articles(text: str) -> list:
    return split_articles(SourceDocument(path="briefing.txt", text=text, meta={}))


def _item(n: int, kicker: str = "") -> str:
    headline, text = ITEMS[n]
    return f"{kicker}\n\n{headline}\n\n{text}\nRead more\n<https://www.example.com/news/articles/item-{n}>\n"


@pytest.mark.parametrize("closing", ["[Read more](https://www.example.com/a)", "Continue reading: https://www.example.com/a",
                                     "Read the full story <https://www.example.com/a>"])
def test_a_link_closing_an_item_on_its_own_line(closing):
    text = "\n\n".join(f"{headline}\n\n{body}\n{closing}" for headline, body in ITEMS)
    assert [article.title for article in _articles(text)] == [headline for headline, _ in ITEMS]


def test_a_related_link_set_apart_in_a_body_closes_no_item():
    body = f"{LEAD}\n\nRead more: https://www.example.com/a\n\nA Subheading Over It\n\n{RUN_ON}\n\nRead more: https://www.example.com/b"
    assert len(_articles(f"Oil Keeps Rising as the Standoff Continues\n\n{body}\n\n{LEAD} Again.")) == 1


def test_a_briefings_items_are_its_articles():
    text = (f"Oil Keeps Rising as the Standoff Continues\n\n{LEAD}\n\n{LEAD}\n\n" + _item(0, "Crime") + _item(1)
            + RUN_ON + "\n\n" + _item(2, "No Thanks"))
    articles = _articles(text)
    assert [article.title for article in articles] == ["Oil Keeps Rising as the Standoff Continues", ITEMS[0][0], ITEMS[1][0], None, ITEMS[2][0]]
    assert articles[3].blocks[0].text == RUN_ON  # the item run on under the last one's address, untitled


def test_one_read_more_is_no_briefing():
    text = f"Oil Keeps Rising as the Standoff Continues\n\n{LEAD}\n\n{LEAD}\nRead more\n<https://www.example.com/a>\n{RUN_ON}\n\n{LEAD}"
    assert len(_articles(text)) == 1
