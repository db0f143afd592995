"""A wire story pasted whole under a post after a rule, its first paragraph datelined, is an article of its own."""
from __future__ import annotations

import pytest

from generator.model import SourceDocument
from generator.sources.reading import read_markdown_source
from generator.sources.splitting import split_articles

POST = ("The harbour board's vote on the pier is a mistake, and the crews will pay for it for years to come, I think.\n\n"
        "The board should have asked the fishing crews first, as it promised when the talks began two years ago.\n\n")
STORY = ("The harbour board approved the pier extension on Monday after two years of talks with the fishing crews.\n\n"
         "Its chairman said the work would start in spring and end before the winter storms, at a cost of two million.\n\n"
         "The crews said they would hold the board to its word on the moorings, which they have asked for since 2019.\n")


@pytest.mark.parametrize("body, first_paragraphs", [
    pytest.param(f"{POST}---\n\n#### Sources\n\nPORT ELLEN — {STORY}", ["The harbour board's vote", "The harbour board approved"],
                 id="a datelined story under a rule and a heading"),
    pytest.param(f"{POST}---\n\nPORT ELLEN — {STORY}", ["The harbour board's vote", "The harbour board approved"],
                 id="under a rule alone"),
    pytest.param(f"{POST}---\n\n#### Sources\n\n{STORY}", ["The harbour board's vote"], id="no dateline: a section of the post"),
    pytest.param(f"{POST}#### Sources\n\nPORT ELLEN — {STORY}", ["The harbour board's vote"], id="no rule: a section of the post"),
])
def test_a_story_copied_under_a_post_after_a_rule(body, first_paragraphs):
    meta, text = read_markdown_source(f"---\ntitle: My view on the pier\n---\n\n{body}")
    articles = split_articles(SourceDocument(path="post.md", text=text, meta=meta))
    assert [article.blocks[0].text[: len(start)] for article, start in zip(articles, first_paragraphs)] == first_paragraphs
    assert len(articles) == len(first_paragraphs)
