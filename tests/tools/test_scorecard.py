"""The scorecard: every evaluation set side by side, sets without folders left out."""
from __future__ import annotations

from pathlib import Path

from generator.settings import PROJECT_ROOT, Settings
from generator.tools.evaluation.pairs import PairScore
from generator.tools.evaluation.realdev import HalfScore
from generator.tools.evaluation.realdev_dates import DateHalf
from generator.tools.evaluation.realdev_outlets import OutletHalf
from generator.tools.evaluation.scorecard import EvaluationSet, format_scorecard, score_sets
from generator.tools.evaluation.scores import new_scores


def test_rows_read_each_sets_own_scores_side_by_side():
    good, poor = new_scores(), new_scores()
    good.articles_expected, good.fields["articles (exact title)"].tp = 4, 4
    poor.articles_expected, poor.fields["articles (exact title)"].tp = 4, 1
    poor.boilerplate_total, poor.boilerplate_left = 10, ["a", "b"]
    poor.body_lines_total, poor.body_lines_lost = 8, ["x"]
    half = HalfScore("dev", furniture=200, furniture_kept=9, body=50, body_lost=1, sentences=40, sentences_lost=0)

    outlets = {"dev": OutletHalf("dev", pages=51, right=30, empty=15, wrong=6)}
    dates = {"dev": DateHalf("dev", pages=38, right=30, empty=5, wrong=3)}
    table = format_scorecard({"good": good, "poor": poor}, {"dev": half}, outlets, dates=dates).splitlines()

    assert table[0].split() == ["good", "poor"]
    row: dict[str, str] = {}
    for line in table:  # the first table's rows; the realdev table repeats "body lines lost"
        row.setdefault(line.split("  ")[0], line)
    assert row["articles split and titled"].split()[-2:] == ["4/4", "1/4"]
    assert row["boilerplate lines kept"].endswith("2/10 (20.0%)")
    assert row["body lines lost"].endswith("1/8 (12.5%)")
    assert any(line.startswith("furniture lines kept") and line.endswith("9/200 (4.5%)") for line in table)
    assert any(line.startswith("outlet right / empty / wrong") and line.endswith("30/15/6 of 51") for line in table)
    assert any(line.startswith("date right / empty / wrong") and line.endswith("30/5/3 of 38") for line in table)


def test_a_set_without_its_folders_is_left_out(tmp_path: Path):
    missing = EvaluationSet("missing", tmp_path / "no-sources", tmp_path / "no-gold", tuned_on=False)
    seeds = EvaluationSet("seeds", PROJECT_ROOT / "sources", PROJECT_ROOT / "tests" / "gold", tuned_on=True)
    scores = score_sets(Settings.from_root(PROJECT_ROOT, cache_dir=None), (missing, seeds))
    assert list(scores) == ["seeds"]
    assert scores["seeds"].articles_found == scores["seeds"].articles_expected


def test_pairs_show_under_the_sets_per_join_and_in_all():
    pairs = PairScore()
    pairs.total.update({"blank line": 3, "no blank line": 2})
    pairs.split.update({"blank line": 3, "no blank line": 1})
    table = format_scorecard({"good": new_scores()}, None, pairs=pairs).splitlines()
    assert any(line.startswith("split into their two articles") and line.endswith("4/5") for line in table)
    assert any(line.startswith("  blank line") and line.endswith("3/3") for line in table)
    assert any(line.startswith("  no blank line") and line.endswith("1/2") for line in table)
