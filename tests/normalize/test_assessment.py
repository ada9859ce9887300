"""Tests and assessment centres are their own stage, never an interview round (issue 9, item 9)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.normalize import guess_mapping, normalize_log


def raw_frame(rows: list[list[object]], columns: list[str]) -> pd.DataFrame:
    index = pd.Index(range(2, 2 + len(rows)), name="source_row")
    return pd.DataFrame(rows, columns=columns, index=index, dtype=object)


@pytest.mark.parametrize(
    "text",
    ["Online test", "Assessment centre", "Assessment center", "HireVue", "HireVue interview",
     "Recorded video interview", "One-way video interview", "Group exercise",
     "Psychometric test", "Numerical reasoning", "Verbal reasoning test", "In-tray exercise",
     "Situational judgement test", "Coding test"],
)
def test_assessment_steps_are_their_own_stage_with_no_round(text: str) -> None:
    raw = raw_frame(
        [["Acme", "Graduate scheme", "2026-01-05", text, "passed"],
         ["Acme", "Graduate scheme", "2026-01-20", "Interview", "rejected"]],
        ["Company", "Role", "Date", "Stage", "Outcome"],
    )
    table = normalize_log(raw)
    assert table["stage"].astype(str).tolist() == ["assessment", "first_round"]
    assert table["round"].tolist() == [0, 1]


def test_a_graduate_scheme_numbers_only_its_interviews() -> None:
    raw = raw_frame(
        [
            ["Acme", "Graduate scheme", "2026-01-02", "Applied", None],
            ["Acme", "Graduate scheme", "2026-01-05", "Phone screen", None],
            ["Acme", "Graduate scheme", "2026-01-09", "Online test", None],
            ["Acme", "Graduate scheme", "2026-01-15", "Video interview (HireVue)", None],
            ["Acme", "Graduate scheme", "2026-01-28", "Assessment centre", None],
            ["Acme", "Graduate scheme", "2026-02-10", "Final interview", "rejected"],
        ],
        ["Company", "Role", "Date", "Stage", "Outcome"],
    )
    table = normalize_log(raw)
    assert table["stage"].astype(str).tolist() == [
        "applied", "screen", "assessment", "assessment", "assessment", "final_round"
    ]
    assert table["round"].tolist() == [0, 1, 0, 0, 0, 2]
    # every step before the rejection was passed
    assert table["outcome"].astype(str).tolist() == ["advanced"] * 5 + ["rejected"]


def test_a_wide_log_can_have_a_test_column() -> None:
    raw = raw_frame(
        [["Acme", "05/01/2026", "12/01/2026", "20/01/2026", "Rejected"]],
        ["Company", "Applied", "Online test", "Interview 1", "Status"],
    )
    assert guess_mapping(raw.columns)["Online test"] == "stage:assessment"
    table = normalize_log(raw)
    assert table["stage"].astype(str).tolist() == ["assessment", "first_round"]
    assert table["round"].tolist() == [0, 1]
