"""The Excel export, reopened with openpyxl the way a user's spreadsheet program would read it."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from analysis.export.xlsx import MAX_CELL_CHARS, SHEETS, summary_to_xlsx, xlsx_text
from analysis.schema import empty_mentions, empty_table
from analysis.summary import build_summary

TODAY = dt.date(2026, 3, 10)
HOSTILE = ['=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1+1",
           "\r=1+1"]


def _workbook(table, mentions):
    summary = build_summary(table, mentions, today=TODAY)
    return load_workbook(io.BytesIO(summary_to_xlsx(summary, table, mentions)))


def _rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


@pytest.fixture
def workbook(summary_log, summary_mentions):
    return _workbook(summary_log, summary_mentions)


@pytest.fixture
def hostile_log(summary_log):
    """summary_log with formula-like text in company, role, interviewer, notes and a column."""
    log = summary_log.copy()
    log.loc[1, "company"] = HOSTILE[0]
    log.loc[3, "company"] = HOSTILE[1]  # C4: a follow-up, so it reaches every sheet
    log.loc[3, "role"] = HOSTILE[2]
    log.loc[8, "interviewer"] = HOSTILE[3]  # C8's interviewer, on the Follow-ups sheet
    log.loc[0, "feedback"] = HOSTILE[4]
    log.loc[2, "feedback"] = HOSTILE[5]
    log.loc[4, "role"] = "#N/A"  # an error code, not text, if written as a plain value
    return log.assign(**{"=cmd()": ["@x"] * len(log)})


def test_workbook_has_the_six_sheets_in_order(workbook):
    assert workbook.sheetnames == list(SHEETS)


def test_every_sheet_has_a_frozen_filtered_header(workbook):
    for ws in workbook:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert all(c.font.bold for c in ws[1] if c.value), ws.title


def test_headers(workbook):
    assert _rows(workbook["Action plan"])[0] == [
        "Keep or change", "Theme", "Why", "Practice step", "From your feedback"
    ]
    assert _rows(workbook["Follow-ups"])[0][:4] == ["Application", "Company", "Role",
                                                    "Interviewer"]
    interviews = _rows(workbook["Interviews"])[0]
    assert interviews[:5] == ["Application", "Company", "Role", "Applied on", "Interview date"]
    assert interviews[-2:] == ["Themes to improve", "Strengths"]


def test_summary_sheet_numbers_and_chart(workbook):
    ws = workbook["Summary"]
    items = {row[0]: row[1] for row in _rows(ws)[1:] if row[0]}
    assert items["Applications"] == 9
    assert items["Interviews"] == 8
    assert items["Rejections with any feedback"] == 7
    assert items["Period from"] == dt.datetime(2026, 1, 1)
    assert items["Feedback requests overdue"] == 1
    assert ws["B9"].number_format == "0%"  # response rate, a share
    counts = [row[3:6] for row in _rows(ws)[1:] if row[3]]
    assert counts[0] == ["Hygiene & appearance", 4, 0]
    assert ["Attitude", 0, 2] in counts
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert len(chart.series) == 2  # improvement and strength


def test_themes_sheet_ranks_with_numbers_dates_and_quotes(workbook):
    rows = _rows(workbook["Themes"])[1:]
    first = rows[0]
    assert first[:6] == ["Improvement", 1, "Hygiene & appearance", 4, 4, 0.5]
    assert first[7] == "steady"
    assert first[8] == dt.datetime(2026, 2, 26)
    assert workbook["Themes"]["I2"].number_format == "yyyy-mm-dd"
    assert workbook["Themes"]["F2"].number_format == "0%"
    assert first[10] == "\u201cYour shirt was creased and untidy.\u201d (Co1, 1 January 2026)"
    assert [r[2] for r in rows if r[0] == "Strength"] == ["Attitude", "Confidence & body language"]


def test_evidence_and_interviews_account_for_every_row(workbook, summary_log, summary_mentions):
    evidence = _rows(workbook["Evidence"])[1:]
    assert len(evidence) == len(summary_mentions)
    interviews = _rows(workbook["Interviews"])[1:]
    assert len(interviews) == len(summary_log)
    c1 = interviews[0]
    assert c1[-2:] == ["Hygiene & appearance; Preparation & examples", None]
    assert interviews[4][4] == dt.datetime(2026, 2, 12)  # event_date stays a date


def test_follow_ups_sheet(workbook):
    rows = _rows(workbook["Follow-ups"])[1:]
    assert [(r[0], r[5], r[7], r[8], r[9]) for r in rows] == [
        ("C4", "Generic only", dt.datetime(2026, 2, 5), "Yes", -33),
        ("C8", "None", dt.datetime(2026, 3, 19), "No", 9),
    ]


def test_hostile_text_is_never_a_formula(hostile_log, summary_mentions):
    wb = _workbook(hostile_log, summary_mentions)
    found = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    for text in HOSTILE + ["=cmd()", "@x"]:
                        if cell.value == text:
                            found.add((ws.title, text))
                            assert cell.quotePrefix, (ws.title, cell.coordinate)
    # the hostile text is kept as typed (literal), on every sheet it belongs to
    assert ("Interviews", HOSTILE[0]) in found
    assert ("Evidence", HOSTILE[0]) in found
    assert ("Follow-ups", HOSTILE[1]) in found
    assert ("Follow-ups", HOSTILE[2]) in found
    assert ("Follow-ups", HOSTILE[3]) in found
    assert ("Interviews", "=cmd()") in found  # a user column name
    assert ("Interviews", "@x") in found
    roles = [row[2].value for row in wb["Interviews"].iter_rows(min_row=2)]
    assert roles[4] == "#N/A" and wb["Interviews"]["C6"].data_type == "s"


def test_hostile_text_in_the_raw_xml_is_a_string_not_a_formula(hostile_log, summary_mentions):
    import zipfile

    summary = build_summary(hostile_log, summary_mentions, today=TODAY)
    data = summary_to_xlsx(summary, hostile_log, summary_mentions)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = b"".join(z.read(n) for n in sheets)
    assert b"<f>" not in xml and b"<f " not in xml


def test_control_characters_and_huge_notes_still_make_a_valid_workbook(summary_log,
                                                                       summary_mentions):
    log = summary_log.copy()
    log.loc[0, "feedback"] = "nul\x00 and bell\x07 here"
    log.loc[1, "feedback"] = "x" * (MAX_CELL_CHARS + 10)
    rows = _rows(_workbook(log, summary_mentions)["Interviews"])
    assert rows[1][8] == "nul and bell here"
    assert len(rows[2][8]) == MAX_CELL_CHARS and rows[2][8].endswith("Excel cell]")


def test_empty_log_still_writes_every_sheet():
    wb = _workbook(empty_table(), empty_mentions())
    assert wb.sheetnames == list(SHEETS)
    assert len(wb["Summary"]._charts) == 0
    assert _rows(wb["Follow-ups"])[0][0] == "Application"


def _one_cell_workbook(values: pd.Series):
    """Write ``values`` as the one column of a sheet and read it back as a spreadsheet would."""
    import xlsxwriter

    from analysis.export.sheets import Column, Sheet
    from analysis.export.xlsx import _OPTIONS, Formats, write_sheet

    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, _OPTIONS)
    write_sheet(wb, Sheet("T", (Column("x"),), values.to_frame().set_axis([0], axis=1)),
                Formats(wb))
    wb.close()
    return load_workbook(buffer)["T"]


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["object", "string"]))
def test_any_text_is_stored_as_typed_or_cleaned(text, dtype):
    cell = _one_cell_workbook(pd.Series([text], dtype=dtype))["A2"]
    assert cell.data_type != "f"
    cleaned = xlsx_text(text)
    # openpyxl reads an empty string cell back as None; XML turns a raw CR LF and CR into LF
    assert (cell.value or "") in {cleaned, cleaned.replace("\r\n", "\n").replace("\r", "\n")}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=8))
def test_text_columns_are_written_as_value_by_value(texts):
    """The vectorised text path cleans exactly as the one-value path does."""
    from analysis.export.xlsx import text_values

    fast = text_values(pd.Series(texts, dtype="string"))
    assert fast == [xlsx_text(t) or None for t in texts]


def test_user_columns_of_any_type_keep_their_values(summary_log, summary_mentions):
    n = len(summary_log)
    log = summary_log.assign(
        **{
            "Prep (hours)": pd.array([1.5, None] + [2.0] * (n - 2), dtype="Float64"),
            "Links": [["a"], None] + ["x"] * (n - 2),  # unhashable values
            "Met on": pd.to_datetime(["2026-01-02 17:30"] * n),  # shown as the day
        }
    )
    rows = _rows(_workbook(log, summary_mentions)["Interviews"])
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["Prep (hours)"] == 1.5
    assert first["Links"] == "['a']"
    assert first["Met on"] == dt.datetime(2026, 1, 2)
    assert dict(zip(header, rows[2], strict=True))["Prep (hours)"] is None


def test_every_sheet_has_headers_and_values_a_person_reads(workbook):
    """Issue 13 item 11: headers were field names (application_id) and values ids (first_round)."""
    from analysis.schema import CANONICAL_COLUMNS, STAGES

    field_names = set(CANONICAL_COLUMNS)
    for ws in workbook:
        headers = [c.value for c in ws[1] if c.value]
        assert headers, ws.title
        assert not [h for h in headers if h in field_names or "_" in h], (ws.title, headers)
    interviews = _rows(workbook["Interviews"])
    header = interviews[0]
    assert header[:8] == ["Application", "Company", "Role", "Applied on", "Interview date",
                          "Stage", "Round", "Outcome"]
    stages = {row[header.index("Stage")] for row in interviews[1:]}
    assert stages <= {"Applied", "Screen", "First round", "Second round", "Final round", "Offer"}
    assert not stages & set(STAGES) - {"offer"}
    first = dict(zip(header, interviews[1], strict=True))
    assert (first["Outcome"], first["Feedback from"], first["Mock interview"], first["Counted"]) \
        == ("Rejected", "Interviewer / employer", "No", "Yes")



def test_where_they_ended_sheet_counts_themes_by_the_stage_applications_ended(
    small_log, small_mentions
):
    """Issue 13 item 7, by hand on small_log: A1 and A2 ended at the first round, A3 with an
    offer, A4 and A5 before any interview. Improvements: communication (A1, A3), preparation
    (A1), fit (A2)."""
    summary = build_summary(small_log, small_mentions, today=dt.date(2026, 3, 1))
    book = load_workbook(io.BytesIO(summary_to_xlsx(summary, small_log, small_mentions)))
    sheet = book["Where they ended"]
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ("Theme to improve", "Where applications ended",
                       "Applications that raised it", "Applications that ended there", "Share")
    by = {(r[0], r[1]): (r[2], r[3]) for r in rows[1:]}
    assert by[("Clear & concise communication", "First round")] == (1, 2)
    assert by[("Clear & concise communication", "Offer")] == (1, 1)
    assert by[("Clear & concise communication", "Applied")] == (0, 2)
    assert by[("Preparation & examples", "First round")] == (1, 2)
    assert by[("Generic fit", "First round")] == (1, 2)
