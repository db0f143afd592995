"""A dataset's rows pasted as text, one story a line: each row a story of its own, untitled."""
from __future__ import annotations

import pytest

from generator.model import SourceDocument
from generator.sources.splitting import split_articles

STORY = ("SEOUL (Reuters) - U.S. Defense Secretary Jim Mattis flew into Seoul on Friday for annual defense talks as tensions "
         "with North Korea climb ahead of a visit to the region next month by President Donald Trump. Mattis has emphasized "
         "diplomatic efforts to find a peaceful solution to the crisis during his week-long trip to Asia, even as weapons tests stoke fears.")


def row(headline: str) -> str:
    return f'{headline},"{STORY}",politicsNews,"October 26, 2017 "'


@pytest.mark.parametrize("text, stories", [
    pytest.param(f"{row('Mattis visits Seoul for defense talks')}\n{row('No role for Assad in Syria: Tillerson')}\n", 2, id="two rows"),
    pytest.param(f"{row('Mattis visits Seoul for defense talks')}\n", 1, id="one row"),
    pytest.param(f"{row('Mattis visits Seoul for defense talks')}\n\n{STORY}\n", 1, id="a row and a paragraph: no dataset"),
])
def test_each_row_of_a_dataset_is_a_story(text, stories):
    articles = split_articles(SourceDocument("rows.txt", text, {}))
    assert len(articles) == stories and all(article.title is None for article in articles)
