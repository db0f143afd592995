"""A post's slug written as its frontmatter title gives way to the headline the text prints; a line linking to the page
it names ("Source: [Headline](...)") gives way to that headline printed under it."""
from __future__ import annotations

import pytest

from generator.sources.reading import document_from_bytes
from generator.sources.splitting import split_articles

HEADLINE = "Is China really open to improving ties with Australia?"
TEXT = ("After years of escalating tensions with Australia, China appears to have recently had a sudden change of heart.\n\n"
        "For more than two years, the Australian government could not get its Chinese counterparts to pick up the phone.\n\n"
        "But in a possible sign the ice is thawing, the countries' defence ministers met in June, and their foreign ministers met.\n")


@pytest.mark.parametrize("title, expected", [
    pytest.param("Learning-the-English-1", HEADLINE, id="a slug: the printed headline"),
    pytest.param("my_reading_notes", HEADLINE, id="a slug with underscores"),
    pytest.param("Notes on China and Australia", "Notes on China and Australia", id="a title in words stands"),
])
def test_a_slug_title_gives_way_to_the_printed_headline(title, expected):
    text = f"---\ntitle: {title}\ndate: 2022-07-21\n---\n\nSource: [{HEADLINE}](https://www.bbc.com/news/world-australia-62217398)\n\n## {HEADLINE}\n\n{TEXT}"
    (article,) = split_articles(document_from_bytes(text.encode(), "post.txt"))
    assert article.title == expected
