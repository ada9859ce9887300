"""One plural, one percent, one date format, honest small rates (issue 13, item 5)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.metrics import is_recurring
from analysis.present import format_date, percent, plural, rate_text


def test_plural_percent_and_day() -> None:
    assert [plural(0, "offer"), plural(1, "offer"), plural(1200, "row")] == [
        "0 offers", "1 offer", "1,200 rows"]
    assert plural(3, "company", "companies") == "3 companies"
    assert [percent(1 / 3), percent(1.0), percent(None, missing="n/a")] == ["33%", "100%", "n/a"]
    assert format_date(date(2026, 1, 14)) == "14 January 2026"


@pytest.mark.parametrize(
    ("count", "of", "text"),
    [
        (1, 1, "1 of 1 (95% range 21% to 100%)"),  # never a bare "100%" from one application
        (4, 7, "4 of 7 (95% range 25% to 84%)"),
        (0, 9, "0 of 9 (95% range 0% to 30%)"),
        (5, 10, "50% (5 of 10)"),
        (0, 0, "none yet"),
    ],
)
def test_a_rate_under_ten_cases_is_a_count_with_its_interval(count, of, text) -> None:
    assert rate_text(count, of) == text


def test_mentioned_once_below_two_applications() -> None:
    assert [bool(is_recurring(n)) for n in (0, 1, 2, 5)] == [False, False, True, True]
