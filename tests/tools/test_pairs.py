"""The pair-split measurement: two real articles pasted into one file, split into their two articles or not."""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator.model import SourceDocument
from generator.sources.splitting import split_articles
from generator.tools.evaluation.pairs import JOINS, PAIR_COUNT, PairArticle, evaluate_pairs, pair_pool, pairs_of, split_right

FIRST = PairArticle(
    "a.txt",
    "Japan and India agree on a biofuel partnership\n\n"
    "TOKYO (Reuters) - Tokyo and New Delhi agreed on Monday to expand cooperation on sustainable aviation fuel, officials said.\n\n"
    "The agreement covers research, shared standards and joint purchases of fuel over the next five years.\n",
    "Japan and India agree on a biofuel partnership",
    "TOKYO (Reuters) - Tokyo and New Delhi agreed on Monday to expand cooperation on sustainable aviation fuel, officials said.",
    "The agreement covers research, shared standards and joint purchases of fuel over the next five years.",
    None, None,
)
SECOND = PairArticle(
    "b.txt",
    "Brazil and Argentina sign a gas pipeline deal\n\n"
    "BRASILIA (Reuters) - Brazil and Argentina signed an agreement on Tuesday to build a gas pipeline linking the Vaca Muerta field to Sao Paulo.\n\n"
    "The two governments said construction would start next year and take three years to finish.\n",
    "Brazil and Argentina sign a gas pipeline deal",
    "BRASILIA (Reuters) - Brazil and Argentina signed an agreement on Tuesday to build a gas pipeline linking the Vaca Muerta field to Sao Paulo.",
    "The two governments said construction would start next year and take three years to finish.",
    "Jane Roe", "Reuters",
)


@pytest.mark.parametrize("join", [name for name, _ in JOINS])
def test_each_join_keeps_both_articles_text_and_the_seconds_headline(join):
    text = dict(JOINS)[join](FIRST, SECOND)
    assert FIRST.last_paragraph in text and SECOND.first_paragraph in text and SECOND.title in text


def test_a_pair_split_right_names_no_problem():
    text = dict(JOINS)["blank line"](FIRST, SECOND)
    assert split_right(split_articles(SourceDocument("pair.txt", text)), FIRST, SECOND) is None


@pytest.mark.parametrize(
    "text, problem",
    [
        (FIRST.text, "1 articles"),  # the second article missing
        (FIRST.text + "\n" + SECOND.text.replace(SECOND.title, "Another headline entirely here"), "title"),
    ],
)
def test_a_pair_split_wrong_says_how(text, problem):
    assert split_right(split_articles(SourceDocument("pair.txt", text)), FIRST, SECOND).startswith(problem)


def test_pairs_are_deterministic_and_never_an_article_with_itself():
    pool = [FIRST, SECOND, replace(FIRST, name="c.txt")]
    triples = pairs_of(pool)
    assert len(triples) == PAIR_COUNT and triples == pairs_of(pool)
    assert all(first is not second for _, first, second in triples)


def test_the_pool_comes_from_the_tuned_sets_and_the_pairs_are_scored():
    pool = pair_pool()
    assert len(pool) >= 30 and all("check" not in article.name for article in pool)
    score = evaluate_pairs(pool)
    assert score.pairs == PAIR_COUNT and score.right + len(score.failures) == score.pairs
