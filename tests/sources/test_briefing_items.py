"""A briefing's items, each closed by "Read more" over its address, are articles of their own; one "Read more" is a
page's teaser link, not a briefing."""
from __future__ import annotations

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


def test_a_briefings_items_are_its_articles():
    text = (f"Oil Keeps Rising as the Standoff Continues\n\n{LEAD}\n\n{LEAD}\n\n" + _item(0, "Crime") + _item(1)
            + RUN_ON + "\n\n" + _item(2, "No Thanks"))
    articles = _articles(text)
    assert [article.title for article in articles] == ["Oil Keeps Rising as the Standoff Continues", ITEMS[0][0], ITEMS[1][0], None, ITEMS[2][0]]
    assert articles[3].blocks[0].text == RUN_ON  # the item run on under the last one's address, untitled


def test_one_read_more_is_no_briefing():
    text = f"Oil Keeps Rising as the Standoff Continues\n\n{LEAD}\n\n{LEAD}\nRead more\n<https://www.example.com/a>\n{RUN_ON}\n\n{LEAD}"
    assert len(_articles(text)) == 1
