"""A dataset's rows pasted as text are a story each; a corpus of one sentence a line splits at each document's headline."""
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


SENTENCES = [f"Sentence number {n} of the commentary says what the writer thinks of the plan ." for n in range(12)]


@pytest.mark.parametrize("headline, titles", [
    pytest.param("A Constitutional Coup in Ukraine", ["A Field Guide to Israeli Hawks", "A Constitutional Coup in Ukraine"],
                 id="a title-cased line between sentences opens the next document"),
    pytest.param("So", ["A Field Guide to Israeli Hawks"], id="a sentence broken after a word: no headline"),
])
def test_a_corpus_of_one_sentence_a_line_splits_at_each_documents_headline(headline, titles):
    text = "\n".join(["A Field Guide to Israeli Hawks", *SENTENCES, headline, *SENTENCES]) + "\n"
    assert [article.title for article in split_articles(SourceDocument("corpus.txt", text, {}))] == titles


PARAGRAPHS = [f"Paragraph {n} of the feature says what the writer thinks. It goes on in a second sentence. And a third." for n in range(12)]


def test_a_paste_of_paragraphs_without_blank_lines_is_no_corpus():
    text = "\n".join(["A Field Guide to Israeli Hawks", *PARAGRAPHS, "What The Hawks Want From Washington", *PARAGRAPHS]) + "\n"
    assert [article.title for article in split_articles(SourceDocument("paste.txt", text, {}))] == ["A Field Guide to Israeli Hawks"]
