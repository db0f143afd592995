"""The kind fallback's features (generator/tools/kind_features.py) and its cross-validation (generator/tools/train_kinds.py)."""
from __future__ import annotations

import pytest

from generator.model import Article, Block
from generator.tools.kind_features import NAMES, kind_features
from generator.tools.train_kinds import HELD_OUT, TUNING_SETS, cross_validate, decided, train, train_binary

NEWS = ("The minister said on Tuesday that the talks would go on next week, after both sides agreed to a new round.",
        "“We are ready,” Smith told reporters in the capital.")
COLUMN = ("I think the government should change course, and in my view it must do so before the summit.",
          "We cannot afford another year of drift; perhaps the answer is simpler than it looks.")


def _article(paragraphs: tuple[str, ...], title: str = "Talks go on", **fields) -> Article:
    return Article("a.md", 0, title, tuple(Block("paragraph", p) for p in paragraphs), **fields)


def _feature(article: Article, name: str, share: float = 0.0) -> float:
    return kind_features(article, share)[NAMES.index(name)]


@pytest.mark.parametrize(("name", "more_in_column"), [
    ("first_singular", True),          # "I think": the writer's own voice
    ("modal", True),                   # should, must
    ("evaluative", True),              # "in my view"
    ("hedge", True),                   # perhaps
    ("said_per_paragraph", False),     # said, told: a reporter's attribution
    ("news_days", False),              # "on Tuesday": the reporter's clock
    ("lead_said", False),              # an attributed lead
    ("speakers", False),               # "Smith told": a named speaker
])
def test_features_tell_a_column_from_news(name, more_in_column):
    column, news = _feature(_article(COLUMN), name), _feature(_article(NEWS), name)
    assert (column > news) if more_in_column else (news > column)


@pytest.mark.parametrize(("article", "name", "value"), [
    (_article(NEWS, dateline="LONDON (Reuters) -"), "dateline", 1.0),
    (_article(NEWS, dateline="LONDON (Reuters) -"), "wire_credit", 1.0),
    (_article(COLUMN), "wire_credit", 0.0),
    (_article(COLUMN, bio="Jane Roe is a writer.", bio_at_end=True), "bio_at_end", 1.0),
    (_article(COLUMN, title="Is the deal dead?"), "headline_question", 1.0),
    (_article(COLUMN, title="Analysis: the deal"), "headline_colon", 1.0),
    (_article(("A quote [1] from a paper.",)), "references", 1.0),
])
def test_feature_rows(article, name, value):
    assert _feature(article, name) == value


def test_quoted_speech_is_not_the_writers_first_person():
    assert _feature(_article(("“I think we should go,” she said.",)), "first_singular") == 0.0


def _examples():
    out = []
    for n, (paragraphs, gold) in enumerate([(NEWS, "news"), (COLUMN, "opinion")] * 3):
        out.append({"set": TUNING_SETS[n % 3], "source": f"{n}.md", "x": list(kind_features(_article(paragraphs), 0.0)),
                    "gold": gold, "rule": None, "pieces": None})
    return out


def test_training_is_deterministic_on_a_fixture():
    examples = _examples()
    assert train(examples) == train(examples)
    assert len(train_binary([(e["x"], 1) for e in examples])) == len(NAMES)


def test_the_model_decides_only_where_the_rules_fall_back():
    examples = _examples()
    weights = train(examples)
    column = examples[1]
    assert decided(column, weights, 0.5) == "opinion"
    assert decided({**column, "rule": "news"}, weights, 0.5) == "news"        # the rules' evidence wins
    assert decided({**column, "pieces": "analysis"}, weights, 0.5) == "analysis"  # so do the outlet's pieces
    assert "total" in cross_validate(examples)


def test_no_held_out_set_is_trained_on():
    assert not any(name.startswith(held) for name in TUNING_SETS for held in HELD_OUT)
