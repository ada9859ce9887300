"""Themes by where applications ended (issue 13 item 7): the chart on a hand-counted log."""

from __future__ import annotations

import pandas as pd

from analysis.figures.endings import ending_sentence, exits_by_theme, themes_by_ending_figure
from analysis.schema import conform_table, empty_mentions


def _log() -> tuple[pd.DataFrame, pd.DataFrame]:
    """By hand: A, B, C rejected after their first interview (A and B told to prepare better);
    D ghosted before any interview; E still pending after a first interview that raised it too.
    -> preparation came up in 2 of 3 first-round exits, 0 of 1 exits before any interview;
    E has not ended, so it counts nowhere."""
    ids = ["A", "B", "C", "D", "E"]
    table = conform_table(pd.DataFrame({
        "application_id": ids, "company": [f"Co {i}" for i in ids], "role": ["Analyst"] * 5,
        "applied_date": pd.to_datetime(["2026-01-05"] * 5),
        "event_date": pd.to_datetime(["2026-01-12"] * 3 + [None, "2026-01-12"]),
        "stage": ["first_round"] * 3 + ["applied", "first_round"], "round": [1, 1, 1, 0, 1],
        "outcome": ["rejected"] * 3 + ["ghosted", "pending"],
        "feedback": ["Prepare more examples.", "Prepare more examples.", "Thanks.", None,
                     "Prepare more examples."],
        "practice": [False] * 5, "source_row": [2, 3, 4, 5, 6], "row_status": ["ok"] * 5,
        "source_file": ["log.csv"] * 5,
    }))
    mentions = pd.concat([empty_mentions(), pd.DataFrame({
        "row": [0, 1, 4], "theme": ["preparation"] * 3, "polarity": ["improvement"] * 3,
        "evidence": ["Prepare more examples."] * 3, "cues": [("examples",)] * 3,
    })]).astype(empty_mentions().dtypes.to_dict()).reset_index(drop=True)
    return table, mentions


def test_exits_count_only_applications_that_ended_at_each_stage():
    table, mentions = _log()
    exits = exits_by_theme(table, mentions).set_index("end_stage")
    assert exits.loc["first_round", ["applications_with_theme", "applications_ended"]].tolist() \
        == [2, 3]
    assert exits.loc["applied", ["applications_with_theme", "applications_ended"]].tolist() \
        == [0, 1]
    assert "offer" not in exits.index


def test_chart_labels_small_exits_as_counts_and_says_each_cell_in_words():
    table, mentions = _log()
    fig = themes_by_ending_figure(table, mentions)
    (heat,) = fig.data
    assert list(heat.y) == ["Preparation & examples"]
    assert list(heat.x) == ["Before any<br>interview<br>(1 exit)", "First<br>round<br>(3 exits)"]
    assert [list(row) for row in heat.text] == [["", "2 of 3"]]  # never "67%" from 3 exits
    assert heat.hovertext[0][1] == "Preparation & examples came up in 2 of 3 first-round exits"
    assert (heat.zmin, heat.zmax) == (0, 1)  # no scale past 100%


def test_a_log_without_feedback_on_ended_applications_says_so():
    table, _ = _log()
    fig = themes_by_ending_figure(table, empty_mentions())
    assert not fig.data
    assert fig.layout.annotations[0].text == "No ended application has feedback yet"


def test_ending_sentence_turns_to_a_percentage_only_from_ten_exits():
    assert ending_sentence("Attitude", 1, 9, "screen") == "Attitude came up in 1 of 9 exits " \
        "after a screen"
    assert ending_sentence("Attitude", 5, 10, "final_round") == \
        "Attitude came up in 50% (5 of 10) of final-round exits"
