"""Sidebar filters: whole applications kept, feedback narrowed by source."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import metrics
from analysis.errors import DebriefError
from analysis.filters import date_bounds, filter_table
from analysis.schema import empty_table


def ids(table: pd.DataFrame) -> list[str]:
    return sorted(set(table["application_id"].dropna()))


def test_no_filter_returns_every_row(small_log):
    assert filter_table(small_log).equals(small_log)


def test_date_range_keeps_whole_applications_with_any_date_inside(small_log):
    # A1 started 2026-01-05 and its round 2 was on 2026-01-20: both rows stay together.
    jan = filter_table(small_log, start="2026-01-01", end=date(2026, 1, 31))
    assert ids(jan) == ["A1", "A2"]
    assert metrics.round_counts(jan) == {1: 2, 2: 1}
    # A3 started 2026-02-01, its offer came 2026-02-20: a range ending 02-05 keeps all 3 rows.
    early_feb = filter_table(small_log, start="2026-02-01", end="2026-02-05")
    assert ids(early_feb) == ["A3", "A4"]
    assert (early_feb["application_id"] == "A3").sum() == 3
    assert metrics.headline_numbers(early_feb)["offers"] == 1


def test_an_interview_day_alone_keeps_its_whole_application(small_log):
    # Only A3's round-2 interview was on 2026-02-12; its screen and offer rows come along.
    feb12 = filter_table(small_log, start="2026-02-12", end="2026-02-12")
    assert ids(feb12) == ["A3"]
    assert metrics.round_counts(feb12) == {1: 1, 2: 1, 3: 1}


def test_date_bounds_are_inclusive_days(small_log):
    assert ids(filter_table(small_log, start="2026-02-10", end="2026-02-10")) == ["A5"]
    # A time of day is dropped: 15:30 on the 10th still includes the 10th.
    assert ids(filter_table(small_log, start=pd.Timestamp("2026-02-10 15:30"))) == ["A3", "A5"]
    assert ids(filter_table(small_log, end="2026-01-09")) == ["A1"]


def test_text_matches_company_or_role_case_insensitively(small_log):
    assert ids(filter_table(small_log, text="acme")) == ["A1"]
    assert ids(filter_table(small_log, text="  BI ")) == ["A3"]
    assert ids(filter_table(small_log, text="analyst")) == ["A1", "A2", "A3", "A4", "A5"]
    assert filter_table(small_log, text="nobody").empty
    # Regex characters are taken literally.
    assert filter_table(small_log, text="(.*)").empty


def test_source_filter_blanks_other_feedback_but_keeps_the_funnel(small_log, small_mentions):
    recruiters = filter_table(small_log, sources=["recruiter"])
    assert metrics.funnel_counts(recruiters)["reached"].tolist() == [5, 3, 3, 1, 1, 1]
    assert recruiters["feedback"].notna().sum() == 1
    context = metrics.tag_context(recruiters, small_mentions)
    assert context["theme"].tolist() == ["attitude"]
    # An empty selection means no source filter, as an empty multiselect does.
    assert filter_table(small_log, sources=[]).equals(small_log)
    assert filter_table(small_log, text=None).equals(small_log)


def test_filters_combine(small_log):
    out = filter_table(small_log, start="2026-01-01", end="2026-01-31", text="beta")
    assert ids(out) == ["A2"]
    assert len(out) == 2  # A2's interview and its duplicate row stay together


def test_a_bad_date_is_a_clear_error(small_log):
    with pytest.raises(DebriefError, match="not a date"):
        filter_table(small_log, start="last tuesday")


def test_date_bounds(small_log):
    assert date_bounds(small_log) == (date(2026, 1, 5), date(2026, 2, 20))
    assert date_bounds(empty_table()) == (None, None)


def test_filters_on_an_empty_table():
    assert filter_table(empty_table(), start="2026-01-01", text="x", sources=["self"]).empty


# filter_table never mutates its input, so sharing the fixture across examples is safe.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dates(date(2025, 12, 1), date(2026, 3, 1)),
    st.integers(0, 90),
    st.sampled_from(["", "a", "analyst", "gamma", "ltd"]),
)
def test_filtered_applications_are_always_whole(small_log, start, days, text):
    out = filter_table(small_log, start=start, end=start + pd.Timedelta(days=days), text=text)
    for app in ids(out):
        assert (out["application_id"] == app).sum() == (small_log["application_id"] == app).sum()


def _cohort_table() -> pd.DataFrame:
    """Three students: S1 (Law, two rows of one application), S2 (Law), S3 (History)."""
    from analysis.schema import conform_table

    frame = pd.DataFrame({
        "application_id": ["S1:acme", "S1:acme", "S2:acme", "S3:beta"],
        "person_id": ["S1", "S1", "S2", "S3"],
        "programme": ["Law", None, "Law", "History"],  # S1's second row names no programme
        "company": ["Acme", "Acme", "Acme", "Beta"],
        "event_date": ["2026-01-05", "2026-01-12", "2026-01-05", "2026-01-06"],
        "round": [1, 2, 1, 1],
        "row_status": "ok",
    })
    return conform_table(frame)


def test_group_filter_keeps_whole_applications_of_the_chosen_groups():
    from analysis.filters import group_options

    table = _cohort_table()
    law = filter_table(table, groups={"programme": ["Law"]})
    assert law["application_id"].tolist() == ["S1:acme", "S1:acme", "S2:acme"]
    assert group_options(table, "programme") == ["History", "Law"]
    assert filter_table(table, groups={"programme": []}).equals(table)
    with pytest.raises(DebriefError, match="no column 'faculty'"):
        filter_table(table, groups={"faculty": ["Arts"]})


def test_person_filter_keeps_one_students_applications():
    from analysis.filters import people_options

    table = _cohort_table()
    assert filter_table(table, people=["S3"])["company"].tolist() == ["Beta"]
    assert people_options(table) == ["S1", "S2", "S3"]
    assert people_options(empty_table()) == []
