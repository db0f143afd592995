"""The line classifier's training (generator/tools/train_lines.py): deterministic, and the shipped weights are its output."""
from __future__ import annotations

import pytest

from generator.sources.line_features import NAMES, features
from generator.sources.line_model import WEIGHTS, score
from generator.tools.train_lines import HELD_OUT, TUNING_SETS, all_examples, halves_out, held_out_scores, train, weights_json

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


def test_a_held_out_part_is_scored_by_weights_trained_without_it():
    lines = _fixture()
    part_a = [("realdev/0aa", vector, label) for _, vector, label in lines]
    part_b = [("realdev/5bb", vector, 1 - label) for _, vector, label in lines]  # labelled the other way: it moves the weights
    examples = lines + part_a + part_b
    weights = train(lines + part_a)
    assert held_out_scores(examples, part_b) == [(score(x, weights), y, False) for _, x, y in part_b]
    out = halves_out(examples)
    assert f"realdev ids 0-2 left out: {len(part_a)} lines" in out and f"realdev ids 3-6 left out: {len(part_b)} lines" in out


@pytest.fixture(scope="module")
def examples():
    return all_examples()


def test_no_held_out_set_is_trained_on(examples):
    assert not any(name.startswith(held) for name in TUNING_SETS for held in HELD_OUT)
    assert not any(site.startswith("realdev/") and site[len("realdev/")] not in "0123456" for site, _, _ in examples)


def test_shipped_weights_are_the_training_scripts_output(examples):
    assert WEIGHTS.read_text(encoding="utf-8") == weights_json(train(examples))
