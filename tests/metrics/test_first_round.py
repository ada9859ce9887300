"""First round = the first interview after any screens and tests (issue 9 item 9, 13 item 3)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import metrics
from analysis.present import FIRST_ROUND_DEFINITION, FIRST_ROUND_WITH_SCREENS
from analysis.schema import conform_table

COLUMNS = ["application_id", "company", "event_date", "stage", "round", "outcome"]


def make_log(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS).assign(role="Graduate", row_status="ok")
    return conform_table(frame)


@pytest.fixture
def graduate_log() -> pd.DataFrame:
    """Four graduate-scheme applications, worked out by hand.

    - G1: online test passed, first interview rejected: a first-round drop-off.
    - G2: online test failed: never reached a first round (not in its base).
    - G3: phone screen, online test, first interview passed, final, offer: passed.
    - G4: phone screen, rejected: no first round; with screens as a round, a drop-off.
    Default: drop-off 1 of 2 (G1 of G1, G3). Screens as a round: 2 of 3 (G1, G4 of G1, G3, G4).
    Funnel (cumulative): applied 4, screen 4, assessment 3, first 2, second 1, final 1, offer 1.
    Interviews: tests are none, so 5 (G1 1, G3 3, G4 1).
    """
    return make_log([
        ("G1", "Acme", "2026-01-05", "assessment", 0, "advanced"),
        ("G1", "Acme", "2026-01-20", "first_round", 1, "rejected"),
        ("G2", "Beta", "2026-01-06", "assessment", 0, "rejected"),
        ("G3", "Gamma", "2026-01-03", "screen", 1, "advanced"),
        ("G3", "Gamma", "2026-01-08", "assessment", 0, "advanced"),
        ("G3", "Gamma", "2026-01-15", "first_round", 2, "advanced"),
        ("G3", "Gamma", "2026-01-29", "final_round", 3, "offer"),
        ("G4", "Delta", "2026-01-04", "screen", 1, "rejected"),
    ])


def test_first_round_is_the_first_interview_after_screens_and_tests(graduate_log) -> None:
    drop = metrics.first_round_dropoff(graduate_log)
    assert (drop["count"], drop["of"]) == (1, 2)
    with_screens = metrics.first_round_dropoff(graduate_log, screens_as_round=True)
    assert (with_screens["count"], with_screens["of"]) == (2, 3)


def test_tests_are_a_stage_of_the_funnel_and_no_interview(graduate_log) -> None:
    funnel = metrics.funnel_counts(graduate_log)
    assert list(zip(funnel["stage"], funnel["reached"], strict=True)) == [
        ("applied", 4), ("screen", 4), ("assessment", 3), ("first_round", 2),
        ("second_round", 1), ("final_round", 1), ("offer", 1),
    ]
    assert funnel["label"].tolist()[2] == "Assessment"
    head = metrics.headline_numbers(graduate_log)
    assert head["interviews"] == 5
    assert (head["first_round_passed"], head["first_round_decided"]) == (1, 2)
    furthest = metrics.application_outcomes(graduate_log).set_index("application_id")
    assert furthest.loc["G2", "furthest_stage"] == "assessment"


def test_the_json_report_says_what_the_first_round_is(graduate_log) -> None:
    report = json.loads(json.dumps(metrics.funnel_report(graduate_log)))
    assert report["first_round_dropoff"]["definition"] == FIRST_ROUND_DEFINITION
    assert (report["first_round_dropoff"]["count"], report["first_round_dropoff"]["of"]) == (1, 2)
    switched = metrics.funnel_report(graduate_log, screens_as_round=True)
    assert switched["first_round_dropoff"]["definition"] == FIRST_ROUND_WITH_SCREENS
    assert "screen" in FIRST_ROUND_DEFINITION and "test" in FIRST_ROUND_DEFINITION


def test_small_log_under_the_new_definition(small_log) -> None:
    # A1's screen was followed by a first interview that ended in a rejection: a drop-off.
    # A2 dropped at its first interview; A3 passed its (after the screen) and got an offer.
    drop = metrics.first_round_dropoff(small_log)
    assert (drop["count"], drop["of"]) == (2, 3)
    assert metrics.headline_numbers(small_log)["first_round_pass_rate"] == pytest.approx(1 / 3)
