"""normalize.imports: one upload's bytes to the canonical table, with the reader's facts."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from read.books import workbook

from analysis.normalize import import_log, import_logs


def test_plain_day_numbers_in_a_1904_workbook_count_from_1904() -> None:
    """Issue 9 item 3: a serial date in an Excel-for-Mac workbook was read in the 1900 system.

    44574 days after 1904-01-01 is 2026-01-14 (in the 1900 system it would be 2026-01-13 minus
    four years: 2022-01-13). A real date cell and a text date in the same file are unchanged.
    """
    rows = [["Company", "Interview date", "Salary"],
            ["Acme", 44574, 45000], ["Beta", datetime(2026, 2, 3), 52000],
            ["Gamma", "5 March 2026", 48000]]
    table = import_log(workbook({"Log": rows}, date1904=True), "mac.xlsx").table
    assert table["event_date"].tolist() == [
        pd.Timestamp("2026-01-14"), pd.Timestamp("2026-02-03"), pd.Timestamp("2026-03-05")]
    assert table["Salary"].tolist() == [45000, 52000, 48000]  # numbers that are no dates stay


def test_a_1900_workbook_keeps_counting_from_1900() -> None:
    rows = [["Company", "Interview date"], ["Acme", 46056]]
    table = import_log(workbook({"Log": rows}), "win.xlsx").table
    assert table["event_date"].tolist() == [pd.Timestamp("2026-02-03")]


def test_each_workbook_can_be_read_from_its_own_sheet() -> None:
    """The app's sheet picker names a sheet per workbook of a merged upload."""
    first = workbook({"Notes": [["x"], ["y"]],
                      "Log": [["Company", "Date"], ["Acme", "2026-01-05"]]})
    second = workbook({"Apps": [["Company", "Date"], ["Beta", "2026-01-06"]]})
    result = import_logs([("a.xlsx", first), ("b.xlsx", second)],
                         sheets_by_file={"a.xlsx": "Log"})
    assert sorted(result.table["company"]) == ["Acme", "Beta"]
    assert [f.sheet for f in result.files] == ["Log", "Apps"]


def test_a_chosen_encoding_reaches_the_reader() -> None:
    data = "Company,Date\nŁódź Logistyka,2026-01-05\n".encode("cp1250")
    result = import_logs([("pl.csv", data)], encoding="cp1250")
    assert result.table["company"].tolist() == ["Łódź Logistyka"]
