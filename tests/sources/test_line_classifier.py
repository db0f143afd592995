"""Stage 2a/2c, the line classifier: the features it reads of a line, and where its score drops a block."""
from __future__ import annotations

import pytest

from generator.model import Article, Block, RemovedReason
from generator.sources.line_features import NAMES, features
from generator.sources.line_model import FileLines, drop_scored, model, score

PARAGRAPH = "The minister said on Tuesday that the talks would go on next week, after both sides agreed to a new round in the capital."


def feature(texts: list[str], name: str, i: int = 0, gaps: list[int] | None = None) -> float:
    vectors = features(texts, gaps or [1] * len(texts), [False] * len(texts))
    return vectors[i][NAMES.index(name)]


@pytest.mark.parametrize(("texts", "i", "name", "value"), [
    (["Hello world."], 0, "finished", 1.0),
    (["Hello world"], 0, "finished", 0.0),
    (["Read more:"], 0, "colon_end", 1.0),
    (["Photo: Jane Roe/Getty Images"], 0, "credit", 1.0),
    (["© 2024 Example Media"], 0, "credit", 1.0),
    (["Updated March 3, 2024 10:15 a.m."], 0, "date_stamp", 1.0),
    (["By Jane Roe"], 0, "byline", 1.0),
    (["Byzantine walls were rebuilt"], 0, "byline", 0.0),
    (["Home | World | Sport"], 0, "separators", 1.0),
    (["• Home"], 0, "separators", 1.0),
    (["Home, World and Sport"], 0, "separators", 0.0),
    (["Photo: Jane Roe", "Photo: Jane Roe", PARAGRAPH], 0, "repeated", 1.0),
    (["12 Comments"], 0, "digit_share", pytest.approx(2 / 11)),
    (["Follow us on www.example.com"], 0, "link", 1.0),
    (["the talks would go on"], 0, "lower_run", 1.0),
    (["Talks Go On Next Week"], 0, "lower_run", 0.0),
    (["Talks Go On Next Week"], 0, "title_case", 1.0),
    (["Share", PARAGRAPH, "Share"], 0, "repeated", 1.0),
    (["Menu", PARAGRAPH, "Most read"], 0, "before_text", 1.0),
    (["Menu", PARAGRAPH, "Most read"], 2, "after_text", 1.0),
    (["Menu", PARAGRAPH, "Most read"], 1, "inside_text", 1.0),
    (["Home", "World", "Sport", PARAGRAPH], 1, "short_run", pytest.approx(0.27726, abs=1e-4)),
    ([PARAGRAPH, "Next"], 1, "prev_finished", 1.0),
    (["No long paragraph here"], 0, "before_text", 1.0),
])
def test_feature_rows(texts, i, name, value):
    assert feature(texts, name, i) == value


def test_features_are_pure_and_named():
    texts = ["Menu", PARAGRAPH, "12 Comments"]
    first = features(texts, [0, 1, 1], [True, False, True])
    assert first == features(texts, [0, 1, 1], [True, False, True])
    assert features(texts, [0, 1, 1], [True, False, True], [2, 0]) == [first[2], first[0]]
    assert all(len(vector) == len(NAMES) for vector in first)
    assert first[0][NAMES.index("flagged")] == 1.0


def test_shipped_model_reads_its_features():
    weights, threshold = model()
    assert len(weights) == len(NAMES) and 0.5 < threshold <= 1.0
    assert score([0.0] * len(NAMES), weights) == 0.5  # a dot product through the logistic function


def _article(texts: list[str], title: str | None = "A headline") -> Article:
    return Article(source="x.txt", position=0, title=title, blocks=tuple(Block("paragraph", text) for text in texts))


TAIL = ["Advertisement"]


@pytest.mark.parametrize(("texts", "title", "dropped"), [
    # Widget lines after the last paragraph, scored furniture: dropped with the classifier's reason.
    ([PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday"), *TAIL], "A headline", TAIL),
    # A paragraph's lines are never scored: the main run stays.
    ([PARAGRAPH, "Share this article", PARAGRAPH.replace("Tuesday", "Monday")], "A headline", []),
    # A list's items after the text are the rules' to judge.
    ([PARAGRAPH, "1) Share this article", "2) Follow us on Facebook"], "A headline", []),
    # No long paragraph: nothing to stand outside of.
    (TAIL, "A headline", []),
])
def test_drop_scored(texts, title, dropped):
    article = _article(texts, title)
    gaps = [1] * len(texts)
    after = drop_scored(article, FileLines(texts, gaps, [False] * len(texts), [False] * len(texts)))
    gone = [line.text for line in after.removed if line.reason == RemovedReason.CLASSIFIED]
    assert gone == dropped
    assert all(line.note.startswith("furniture score ") for line in after.removed)
    assert [block.text for block in after.blocks] == [text for text in texts if text not in dropped]
