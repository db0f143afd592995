"""Stage 1-2, feed archives: a page of a news feed's items, each a heading over its fields and its teaser, read item by item."""
from __future__ import annotations

from datetime import date

import pytest

from generator.model import SourceDocument
from generator.sources.feed_entries import split_feed_items
from generator.sources.reading import document_from_bytes
from generator.sources.splitting import split_articles

READER = """# Source:Harbour Times, URL:https://harbour.example/feed, language:en

## Ministers extend grain corridor
 - [https://harbour.example/2024/06/10/grain](https://harbour.example/2024/06/10/grain)
 - RSS feed: https://harbour.example/feed
 - date published: 2024-06-10T20:51:07+00:00

Kenya's trade minister says the deal keeps regional significance

## Kenya and Ethiopia sign power deal
 - [https://harbour.example/2024/06/10/power](https://harbour.example/2024/06/10/power)
 - RSS feed: $source
 - date published: 2024-06-10T18:15:57+00:00

Kenya and Ethiopia signed an agreement on Monday to expand cross-border electricity trade, the two governments said in a [&#8230;]
"""

DIGEST = """## No split in the Forum, says premier

date: 2023-11-10, from: Island Times

<p>The premier played down suggestions of a rift among the leaders after a delegation walked out of the plenary on Wednesday.</p>
<p>The post <a href="https://islandtimes.example/no-split/">No split in the Forum, says premier</a> appeared first on <a href="https://islandtimes.example">Island Times</a>.</p>

<https://islandtimes.example/no-split/>

---

## Commission for a special relationship with Japan established

date: 2023-11-10, from: Island Times

<p>A presidential directive issued on November 3 established a commission to build a special relationship with Japan.</p>
<p>The post <a href="https://islandtimes.example/commission/">Commission for a special relationship with Japan established</a> appeared first on <a href="https://islandtimes.example">Island Times</a>.</p>
"""


def articles_of(name: str, text: str) -> list:
    document = document_from_bytes(text.encode(), name)
    assert isinstance(document, SourceDocument), document
    return split_articles(document)


def test_a_feed_readers_archive_is_read_item_by_item_under_each_items_fields():
    articles = articles_of("feed.md", READER)
    assert [a.title for a in articles] == ["Ministers extend grain corridor", "Kenya and Ethiopia sign power deal"]
    assert [dict(a.meta)["date"] for a in articles] == [date(2024, 6, 10)] * 2
    assert [a.meta["outlet"] for a in articles] == ["Harbour Times"] * 2  # the feed's line names its outlet, never its address
    assert articles[1].meta["url"] == "https://harbour.example/2024/06/10/power"
    # A teaser of one headline-shaped line (a dek) is the item's text all the same.
    assert [b.text for b in articles[0].blocks] == ["Kenya's trade minister says the deal keeps regional significance"]


def test_a_digests_items_lose_their_feed_footer():
    articles = articles_of("digest.txt", DIGEST)
    assert [a.title for a in articles] == ["No split in the Forum, says premier", "Commission for a special relationship with Japan established"]
    assert [a.meta["outlet"] for a in articles] == ["Island Times"] * 2
    body = [b.text for a in articles for b in a.blocks]
    assert not any("appeared first on" in text for text in body)
    assert body[0].startswith("The premier played down")


@pytest.mark.parametrize("text", [
    pytest.param("## One item\n - date published: 2024-06-10\n\nThe text of the only item.\n", id="one dated item is no archive"),
    pytest.param("## Background\n - first point: the talks\n - second point: the deal\n\nText.\n\n## Outlook\n - next: a summit\n\nMore.\n",
                 id="headings over lists of points, no date"),
    pytest.param("# Talks\n\nThe ministers met on Monday.\n\n## Reactions\n\nThey welcomed it.\n", id="an article with subheadings"),
])
def test_text_that_is_no_feed_archive_is_left_as_it_is(text):
    assert split_feed_items(text) is None
