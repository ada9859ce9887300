"""analysis.read.xlsx: dates, formulas, error values and the sheet a workbook's log is on."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from books import LOG, part, rewrite_zip, workbook

from analysis.errors import DebriefError
from analysis.read import Limits, read_raw

# ------------------------------------------------------------------- 1904 date system (9.3)


def test_a_1904_workbook_keeps_its_dates_and_says_which_system_it_uses() -> None:
    """Excel for Mac's 1904 system: 2026-01-14 stays 2026-01-14, serials come with their epoch."""
    rows = [["Company", "Interview date"], ["Acme", datetime(2026, 1, 14)]]
    data = workbook({"Log": rows}, date1904=True)
    assert b'date1904="1"' in part(data, "xl/workbook.xml")
    table = read_raw(data, "mac.xlsx")
    assert table.frame.loc[2, "Interview date"] == datetime(2026, 1, 14)
    # Numbers a program left without a date format are serials in the same system: normalize
    # must count them from serial_epoch (1904-01-01), not from Excel's 1900 epoch.
    assert table.serial_epoch == datetime(1904, 1, 1)
    assert any("counts dates from 1904" in note for note in table.notes), table.notes


def test_a_1900_workbook_has_the_usual_epoch_and_no_note() -> None:
    """Windows Excel's default system is not worth a note."""
    table = read_raw(workbook({"Log": LOG}), "log.xlsx")
    assert table.serial_epoch == datetime(1899, 12, 30)
    assert not any("1904" in note for note in table.notes)


# ---------------------------------------------------------- formulas without a value (9.4)


def test_formulas_never_calculated_are_named_with_a_way_out() -> None:
    """A workbook written by a program: six formulas with no saved result read as empty."""
    rows = [["Company", "Outcome", "Role", "Notes"], ["Acme", "advanced", "Analyst", "ok"],
            ["Gamma", "=B2", "=C2", "=D2"], ["Delta", "=B2", "=C2", "=D2"]]
    table = read_raw(workbook({"Log": rows}), "generated.xlsx")
    assert table.frame.loc[3].tolist() == ["Gamma", None, None, None]
    note = next(n for n in table.notes if "formula" in n)
    assert note.startswith("6 formula cell(s) have no saved value (B3, C3 and 4 more)")
    assert "open it in Excel, save it" in note


def test_formulas_with_saved_values_need_no_note() -> None:
    """The cached result is read, and nothing is said."""
    data = workbook({"Log": [["Company", "Hours", "Double"], ["Acme", 2, "=B2*2"]]})
    sheet = part(data, "xl/worksheets/sheet1.xml")
    sheet = re.sub(rb"<f>B2\*2</f><v\s*(/>|></v>)", b"<f>B2*2</f><v>4</v>", sheet)
    table = read_raw(rewrite_zip(data, {"xl/worksheets/sheet1.xml": sheet}), "log.xlsx")
    assert table.frame.loc[2].tolist() == ["Acme", 2, 4]
    assert not any("formula" in n for n in table.notes)


# ----------------------------------------------------------------- Excel error values (9.6)


def test_excel_error_values_are_missing_with_a_note_saying_where() -> None:
    """#REF! is no company and #N/A no outcome: both read as missing, and the note says where."""
    rows = [*LOG, ["#REF!", "Analyst", "2026-02-01", "Final", "#N/A"],
            ["Gamma", "#DIV/0!", "2026-02-03", "Final", "offer"]]
    table = read_raw(workbook({"Log": rows}), "log.xlsx")
    assert table.frame.loc[4, "Company"] is None and table.frame.loc[4, "Outcome"] is None
    assert table.frame.loc[5, "Role"] is None and table.frame.loc[5, "Company"] == "Gamma"
    assert len(table.frame) == 4  # the rows stay: only the error cells are emptied
    assert (
        "3 cell(s) hold an Excel error value (#REF! in A4, #N/A in E4 and 1 more) and were read "
        "as empty; fix the formulas in Excel if those values matter." in table.notes
    )


@pytest.mark.parametrize(
    "error", ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NULL!", "#NUM!", "#GETTING_DATA"]
)
def test_every_excel_error_value_is_missing(error: str) -> None:
    """Each error Excel can show is read as missing."""
    table = read_raw(workbook({"Log": [*LOG, ["Gamma", error, None, None, None]]}), "log.xlsx")
    assert table.frame.loc[4, "Role"] is None
    assert any(f"{error} in B4" in n for n in table.notes)


# ----------------------------------------------------------------- which sheet (9.5)

LISTS = [["Stage", "Outcome", "Source"], *[["Phone screen", "advanced", "recruiter"]] * 25]


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_visible_log_wins_over_a_hidden_lists_sheet(state: str) -> None:
    """A template's hidden drop-down lists look more like a log than the new, short log does."""
    data = workbook({"Lists": LISTS, "Log": LOG}, states={"Lists": state})
    table = read_raw(data, "template.xlsx")
    assert table.sheet == "Log" and table.candidate_sheets == ["Log"]
    assert table.frame.loc[2, "Company"] == "Acme"


def test_a_hidden_sheet_is_read_when_no_visible_sheet_holds_a_table() -> None:
    """Better the hidden log than a refusal; the note says it is hidden."""
    data = workbook({"Cover": [["My job search"]], "Data": LOG}, states={"Data": "hidden"})
    table = read_raw(data, "log.xlsx")
    assert table.sheet == "Data" and table.candidate_sheets == ["Data"]
    assert any("Sheet 'Data' is hidden" in n for n in table.notes)


def test_several_sheets_that_could_be_the_log_are_listed_for_a_picker() -> None:
    """Two years of logs: both are candidates (the app offers a picker), in workbook order."""
    data = workbook({"Read me": [["Notes"]], "2025": LOG, "2026": [*LOG, LOG[1]]})
    table = read_raw(data, "log.xlsx")
    assert table.candidate_sheets == ["2025", "2026"]
    assert any("2 sheets could be the log (2025, 2026)" in n for n in table.notes)
    chosen = read_raw(data, "log.xlsx", sheet="2025")  # the picker's choice keeps the list
    assert chosen.sheet == "2025" and chosen.candidate_sheets == ["2025", "2026"]


def test_sheets_are_sampled_lazily_within_the_limit() -> None:
    """Only the first max_sheets_sampled sheets are opened: a damaged later one is never read."""
    data = workbook({"Log": LOG, **{f"S{i}": [["x"]] for i in range(5)}})
    damaged = rewrite_zip(data, {"xl/worksheets/sheet6.xml": b"<worksheet><sheetData><row>"})
    table = read_raw(damaged, "log.xlsx", limits=Limits(max_sheets_sampled=3))
    assert table.sheet == "Log"
    assert any("first 3 of the workbook's 6 visible sheets" in n for n in table.notes)


def test_a_log_beyond_the_sampled_sheets_can_still_be_named() -> None:
    """A refusal says to name the sheet; naming it reads it."""
    data = workbook({**{f"S{i}": [] for i in range(3)}, "Log": LOG})
    with pytest.raises(DebriefError, match="choose the sheet with the log by name"):
        read_raw(data, "log.xlsx", limits=Limits(max_sheets_sampled=2))
    assert read_raw(data, "log.xlsx", "Log", limits=Limits(max_sheets_sampled=2)).sheet == "Log"


# --------------------------------------------------------------- library warnings (9.15)


def with_validation_extension(data: bytes) -> bytes:
    """The workbook with a data-validation extension, which openpyxl warns it cannot read."""
    sheet = part(data, "xl/worksheets/sheet1.xml").replace(
        b"</worksheet>",
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.'
        b'microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0"/>'
        b"</ext></extLst></worksheet>",
    )
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": sheet})


def test_library_warnings_never_print(recwarn: pytest.WarningsRecorder) -> None:
    """A workbook that made openpyxl print "extension is not supported" reads in silence."""
    table = read_raw(with_validation_extension(workbook({"Log": LOG})), "log.xlsx")
    assert len(table.frame) == 2
    assert len(recwarn) == 0, [str(w.message) for w in recwarn]
