"""Header rows inside a log (issue 9, item 6): repeated headers, stacked tables, Excel errors."""

from __future__ import annotations

import csv
import io

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis.normalize import import_log, normalize_log


def raw_frame(rows: list[list[object]], columns: list[str], first_row: int = 2) -> pd.DataFrame:
    index = pd.Index(range(first_row, first_row + len(rows)), name="source_row")
    return pd.DataFrame(rows, columns=columns, index=index, dtype=object)


def csv_bytes(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [["" if v is None else v for v in row] for row in rows]
    )
    return out.getvalue().encode()


HEADER = ["Company", "Role", "Date", "Stage", "Outcome"]


def test_a_repeated_header_row_is_skipped_not_an_application_named_company() -> None:
    log = [
        HEADER,
        ["Acme", "Analyst", "2026-01-05", "Phone screen", "passed"],
        HEADER,  # pasted again when two months of a log were joined
        ["Beta", "Engineer", "2026-02-01", "Final", "rejected"],
    ]
    result = import_log(csv_bytes(log), "log.csv")
    table = result.table
    assert table["row_status"].tolist() == ["ok", "skipped", "ok"]
    assert table.loc[1, "row_issue"] == "Row 3 repeats the header row: not an application"
    assert "company" not in set(table["application_id"].dropna())
    assert result.counts()["applications"] == 2 and result.counts()["skipped"] == 1


def test_a_stacked_export_is_read_with_its_own_header() -> None:
    log = [
        HEADER,
        ["Acme", "Analyst", "2026-01-05", "Phone screen", "passed"],
        ["Acme", "Analyst", "2026-01-12", "Final", "rejected"],
        [None] * 5,
        # a LinkedIn export pasted below, columns in another order
        ["Application Date", "Company Name", "Job Title", "Job Url", None],
        ["1/10/26, 8:15 AM", "Beta", "Engineer", "https://example.com/1", None],
        ["1/22/26, 9:15 PM", "Gamma", "Lead", "https://example.com/2", None],
    ]
    result = import_log(csv_bytes(log), "log.csv")
    table = result.table
    assert table["source_row"].tolist() == [2, 3, 5, 6, 7]
    assert table["row_status"].tolist() == ["ok", "ok", "skipped", "ok", "ok"]
    assert "second table" in table.loc[2, "row_issue"]
    assert table["company"].tolist()[3:] == ["Beta", "Gamma"]
    assert table["role"].tolist()[3:] == ["Engineer", "Lead"]
    assert table["applied_date"].dt.strftime("%Y-%m-%d").tolist()[3:] == [
        "2026-01-10", "2026-01-22"
    ]
    assert table["stage"].astype("string").fillna("-").tolist() == [
        "screen", "final_round", "-", "applied", "applied"
    ]
    counted = table[table["row_status"] == "ok"]
    assert not set(counted["company"]) & {"Company", "Company Name", "Application Date"}
    stacked = "Row 5 starts another table with its own header row: 2 rows below it"
    assert any(stacked in note for note in result.notes)
    assert result.counts()["applications"] == 3


def test_rows_that_merely_use_header_words_stay_applications() -> None:
    raw = raw_frame(
        [
            ["Acme", "Analyst", None, "Applied", "Submitted"],
            ["Beta", "Analyst", "2026-01-05", "Interview", "Hiring manager"],
        ],
        ["Company", "Role", "Date", "Stage", "Interviewer"],
    )
    assert normalize_log(raw)["row_status"].tolist() == ["ok", "ok"]


def test_excel_error_values_are_missing_with_a_note() -> None:
    raw = raw_frame(
        [["#REF!", "Analyst", "2026-01-05", "Final"],
         ["Beta", "#N/A", "#VALUE!", "Phone screen"],
         ["#DIV/0!", "#NAME?", None, None]],
        ["Company", "Role", "Date", "Stage"],
    )
    table = normalize_log(raw)
    assert table["company"].tolist()[:2] == [pd.NA, "Beta"]
    assert pd.isna(table.loc[1, "role"]) and pd.isna(table.loc[1, "event_date"])
    assert table.loc[0, "application_id"] == "analyst"
    assert "Excel error value in 'Company' read as empty" in table.loc[0, "row_issue"]
    assert "'Role', 'Date'" in table.loc[1, "row_issue"]
    assert table.loc[2, "row_status"] == "skipped"
    assert "placeholders" in table.loc[2, "row_issue"]


COMPANIES = ["Acme", "Beta Ltd", "Gamma", None]
STAGES = ["Phone screen", "Final", "Technical", "Online test", "Applied", None]
DATES = ["2026-01-05", "12/02/2026", "3 Feb 2026", None]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(COMPANIES), st.sampled_from(["Analyst", "Lead", None]),
                       st.sampled_from(DATES), st.sampled_from(STAGES),
                       st.sampled_from(["passed", "rejected", None])),
             min_size=1, max_size=10),
    st.integers(0, 10),
)
def test_a_header_pasted_anywhere_changes_nothing_but_its_own_row(rows, where) -> None:
    """Property: rows around a pasted header read as without it (they only move down one)."""
    data = [list(r) for r in rows]
    where = min(where, len(data))
    # a merged company cell never reaches across a header row: keep such rows out of this one
    assume(where == len(data) or data[where][0] is not None or data[where][1] is not None)
    plain = import_log(csv_bytes([HEADER, *data]), "log.csv").table
    pasted = import_log(csv_bytes([HEADER, *data[:where], HEADER, *data[where:]]), "log.csv")
    table = pasted.table
    header_row = where + 2
    assert table.loc[table["source_row"] == header_row, "row_status"].tolist() == ["skipped"]
    rest = table[table["source_row"] != header_row].reset_index(drop=True)
    expected = plain.assign(source_row=plain["source_row"].where(
        plain["source_row"] < header_row, plain["source_row"] + 1))
    columns = ["application_id", "stage", "round", "outcome", "row_status", "source_row"]
    pd.testing.assert_frame_equal(rest[columns], expected[columns], check_dtype=False)


def test_a_merged_cell_does_not_reach_across_a_header_row() -> None:
    log = [HEADER, ["Acme", "Analyst", "2026-01-05", "Phone screen", "passed"], HEADER,
           [None, None, "2026-01-09", "Final", "rejected"]]
    table = import_log(csv_bytes(log), "log.csv").table
    assert table["row_status"].tolist() == ["ok", "skipped", "skipped"]
    assert "No company or role" in table.loc[2, "row_issue"]
