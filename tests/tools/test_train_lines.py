"""The line classifier's training (generator/tools/train_lines.py): deterministic, and the shipped weights are its output."""
from __future__ import annotations

import pytest

from generator.sources.line_features import NAMES, features
from generator.sources.line_model import WEIGHTS
from generator.tools.train_lines import HELD_OUT, TUNING_SETS, all_examples, train, weights_json

PARAGRAPH = "The minister said on Tuesday that the talks would go on next week, after both sides agreed to a new round."


def _fixture():
    texts = ["Home", "World", PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday"), "12 Comments", "Share", "Advertisement"]
    labels = [1, 1, 0, 0, 1, 1, 1]
    vectors = features(texts, [1] * len(texts), [False] * len(texts))
    return [("fixture", vector, label) for vector, label in zip(vectors, labels)]


def test_training_is_deterministic_on_a_fixture():
    first = weights_json(train(_fixture()))
    assert first == weights_json(train(_fixture()))
    assert len(train(_fixture())) == len(NAMES)


@pytest.fixture(scope="module")
def examples():
    return all_examples()


def test_no_held_out_set_is_trained_on(examples):
    assert not any(name.startswith(held) for name in TUNING_SETS for held in HELD_OUT)
    assert not any(site.startswith("realdev/") and site[len("realdev/")] not in "0123456" for site, _, _ in examples)


def test_shipped_weights_are_the_training_scripts_output(examples):
    assert WEIGHTS.read_text(encoding="utf-8") == weights_json(train(examples))
