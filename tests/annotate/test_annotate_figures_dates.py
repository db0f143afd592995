"""Figures and dated references."""
from datetime import date

import pytest
from annotate_helpers import annotate


@pytest.mark.parametrize(
    "text, figure, kind",
    [
        ("Trade exceeded $100 billion in 2022.", "$100 billion", "money"),
        ("The fund holds €2.5 billion in assets.", "€2.5 billion", "money"),
        ("Japan pledged 500 billion yen in loans.", "500 billion yen", "money"),
        ("Inflation rose to 7.5% in March.", "7.5%", "percentage"),
        ("Exports fell 12 per cent last quarter.", "12 per cent", "percentage"),
        ("Advisers from more than 42 countries attended.", "more than 42 countries", "count"),
        ("It was their 21st face-to-face meeting.", "21st face-to-face meeting", "ordinal"),
        ("He began a six-year term in May.", "six-year term", "duration"),
    ],
)
def test_figures(text, figure, kind):
    found = {(f.text, f.kind) for f in annotate(text).figures}
    assert (figure, kind) in found


def test_years_alone_are_not_figures():
    assert not annotate("The agreement was signed in 2019 and renewed in 2021.").figures


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The deal was signed on March 3, 2021.", None, {"2021-03-03"}),
        ("Talks resumed in September 2019.", None, {"2019-09"}),
        ("Reforms adopted since 2017 continue.", None, {"2017"}),
        ("The leaders met in July.", date(2023, 9, 10), {"2023-07"}),
        ("The leaders met in November.", date(2023, 9, 10), {"2022-11"}),
        ("Trade grew last year.", date(2020, 2, 7), {"2019"}),
        ("The summit is planned for next month.", date(2020, 12, 7), {"2021-01"}),
        ("He visited Tokyo last September.", date(2020, 2, 7), {"2019-09"}),
    ],
)
def test_dated_references(text, published, expected):
    meta = {"date": published.isoformat()} if published else {}
    assert {e.date for e in annotate(text, meta=meta).events} == expected


def test_relative_dates_stay_unresolved_without_a_publication_date():
    assert not annotate("The leaders met in July and will meet again next month.").events
