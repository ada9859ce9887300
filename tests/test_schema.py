"""The canonical table's contract: columns, dtypes, ordering, and which rows count."""

from __future__ import annotations

import pandas as pd

from analysis.schema import (
    CANONICAL_COLUMNS,
    STAGES,
    conform_table,
    counted_rows,
    empty_table,
    extra_columns,
    interview_rows,
)


def test_empty_table_has_every_canonical_column_and_no_rows() -> None:
    table = empty_table()
    assert tuple(table.columns) == CANONICAL_COLUMNS
    assert len(table) == 0


def test_stage_is_ordered_so_final_round_sorts_after_screen() -> None:
    table = conform_table(pd.DataFrame({"stage": ["final_round", "screen", "offer", "applied"]}))
    assert table["stage"].sort_values().tolist() == ["applied", "screen", "final_round", "offer"]
    assert list(table["stage"].cat.categories) == list(STAGES)


def test_conform_keeps_user_columns_after_canonical_ones() -> None:
    table = conform_table(pd.DataFrame({"salary": ["50k"], "company": ["Acme"]}))
    assert table.columns[-1] == "salary"
    assert extra_columns(table) == ["salary"]
    assert table.loc[0, "company"] == "Acme"


def test_unparseable_date_becomes_missing_not_an_error() -> None:
    table = conform_table(pd.DataFrame({"event_date": ["2026-02-03", "soon"]}))
    assert table["event_date"].iloc[0] == pd.Timestamp("2026-02-03")
    assert pd.isna(table["event_date"].iloc[1])


def test_counted_rows_leave_out_duplicates_and_skipped(small_log: pd.DataFrame) -> None:
    assert len(small_log) == 10
    assert len(counted_rows(small_log)) == 8
    assert len(interview_rows(small_log)) == 6


def test_practice_sessions_count_for_themes_but_not_as_applications(
    small_log: pd.DataFrame,
) -> None:
    from analysis.schema import application_rows

    mock = small_log.iloc[[0]].assign(
        application_id="P1", company="Career Centre", practice=True, source_row=12
    )
    table = conform_table(pd.concat([small_log, mock], ignore_index=True))
    assert len(counted_rows(table)) == 9
    assert len(application_rows(table)) == 8
    assert len(interview_rows(table)) == 6


def test_every_mappable_field_has_a_label_people_read() -> None:
    from analysis.schema import FIELD_LABELS, MAPPABLE_FIELDS

    assert list(FIELD_LABELS) == list(MAPPABLE_FIELDS)
