"""The extraction evaluation's metric, as the article-extraction benchmark defines it."""
from __future__ import annotations

import pytest

from generator.tools.extraction_eval import match_shingles, summarise

TRUE = "one two three four five six"


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        pytest.param(TRUE, (1.0, 0.0, 0.0), id="exact"),
        pytest.param("", (0.0, 0.0, 1.0), id="nothing found"),
        pytest.param(TRUE + " seven", (0.75, 0.25, 0.0), id="one extra shingle"),
        pytest.param("one two three four five", (2 / 3, 0.0, 1 / 3), id="one shingle missing"),
        pytest.param("one, two; three four five six!", (1.0, 0.0, 0.0), id="punctuation ignored"),
        pytest.param("One two three four five six", (0.5, 0.25, 0.25), id="case kept, as the benchmark does"),
    ],
)
def test_shingle_counts_are_normalised(predicted, expected):
    assert match_shingles(TRUE, predicted) == pytest.approx(expected)


def test_f1_is_the_harmonic_mean_of_mean_precision_and_mean_recall():
    scores = summarise([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0), (0.0, 0.0, 1.0)])
    # Precision averages the pages that found something (1.0, 0.5); recall every page with a body (1, 1, 0).
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
