"""The realdev date score: right within a day of the page's stated date, else empty or wrong."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.tools.evaluation.realdev_dates import evaluate_realdev_dates

PAGE = ("Harbour talks resume after a long pause\n\nBy Jane Roe {stamp}\n\n"
        "The two governments agreed on Tuesday to expand energy cooperation and to meet again next spring in the capital.\n\n"
        "Officials from both sides said the talks would cover ports, power lines and the price of gas for the coming winter.\n")


@pytest.mark.parametrize("stamp, stated, outcome", [
    ("May 2, 2024", "2024-05-02", "right"),
    ("May 2, 2024", "2024-05-03", "right"),  # the page states UTC, the text the site's own zone
    ("May 2, 2024", "2024-06-02", "wrong"),
    ("", "2024-05-02", "empty"),
])
def test_date_right_empty_or_wrong(tmp_path: Path, stamp, stated, outcome):
    (tmp_path / "pasted").mkdir()
    (tmp_path / "pasted" / "0abc.txt").write_text(PAGE.format(stamp=stamp), encoding="utf-8")
    (tmp_path / "published.json").write_text(json.dumps({"0abc": stated}), encoding="utf-8")
    dev = evaluate_realdev_dates(tmp_path)["dev"]
    assert (dev.pages, getattr(dev, outcome)) == (1, 1)
