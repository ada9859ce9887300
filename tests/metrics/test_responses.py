"""Response times and ghosting (issue 13, item 6), on a small log worked out by hand."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from analysis import metrics
from analysis.schema import conform_table

COLUMNS = ["application_id", "company", "applied_date", "event_date", "stage", "round",
           "outcome", "feedback_source"]


@pytest.fixture
def waiting_log() -> pd.DataFrame:
    """Six applications. By hand:

    - response days: R1 7 (screen a week after applying), R2 10 (a dated rejection email),
      R6 14 -> median 10 of 3; decision days: R1 screen -> first round 7, R6 first -> final
      14 -> median 10.5 of 2 (the last interviews have no later step to measure).
    - ghosted: R3 (marked), R5 (no answer, 58 days by 1 March); R4 waited only 9 days.
    """
    rows = [
        ("R1", "A", "2026-01-01", "2026-01-08", "screen", 1, "advanced", "recruiter"),
        ("R1", "A", "2026-01-01", "2026-01-15", "first_round", 2, "rejected", "recruiter"),
        ("R2", "B", "2026-01-03", "2026-01-13", "applied", 0, "rejected", "interviewer"),
        ("R3", "C", "2026-01-05", None, "applied", 0, "ghosted", "unknown"),
        ("R4", "D", "2026-02-20", None, "applied", 0, "pending", "unknown"),
        ("R5", "E", "2026-01-02", None, "applied", 0, None, "unknown"),
        ("R6", "F", "2026-01-10", "2026-01-24", "first_round", 1, "advanced", "interviewer"),
        ("R6", "F", "2026-01-10", "2026-02-07", "final_round", 2, "offer", "interviewer"),
    ]
    frame = pd.DataFrame(rows, columns=COLUMNS).assign(role="Analyst", row_status="ok")
    return conform_table(frame)


def test_days_to_a_response_and_to_a_decision(waiting_log) -> None:
    summary = metrics.response_summary(waiting_log, today=date(2026, 3, 1))
    assert summary["response_days"] == {"median": 10.0, "n": 3}
    assert summary["decision_days"] == {"median": 10.5, "n": 2}
    assert summary["ghosted"] == 2


def test_ghosting_threshold_is_configurable(waiting_log) -> None:
    frame = metrics.response_frame(waiting_log, today=date(2026, 3, 1), ghost_after=5)
    ghosted = frame.set_index("application_id")["ghosted"]
    assert sorted(ghosted[ghosted].index) == ["R3", "R4", "R5"]  # R4 has waited 9 days > 5


def test_the_json_report_has_response_days_and_ghosted(waiting_log) -> None:
    report = json.loads(json.dumps(metrics.funnel_report(waiting_log)))
    # today defaults to the log's last date, 20 Feb: R5 had waited 49 days, R4 none
    assert report["response_days"] == {"median": 10.0, "n": 3}
    assert report["ghosted"] == 2


def test_response_times_by_source(waiting_log) -> None:
    by_source = metrics.responses_by(waiting_log, "feedback_source",
                                     today=date(2026, 3, 1)).set_index("group")
    assert by_source.loc["interviewer", ["applications", "responded", "ghosted"]].tolist() == [
        2, 2, 0]
    assert by_source.loc["interviewer", "median_response_days"] == 12.0
    assert by_source.loc["recruiter", "median_response_days"] == 7.0
    assert by_source.loc["unknown", ["applications", "ghosted"]].tolist() == [3, 2]
    assert by_source.loc["unknown", "ghosted_share"] == pytest.approx(2 / 3)
    assert pd.isna(by_source.loc["unknown", "median_response_days"])
