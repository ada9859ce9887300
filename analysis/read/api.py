"""The reader's two entry points: a file's bytes to a RawTable, and a workbook's sheet names."""

from __future__ import annotations

from dataclasses import replace

from analysis.read.delimited import read_csv_text
from analysis.read.limits import LIMITS, Limits
from analysis.read.sniff import check_size, detect_format, note_extension
from analysis.read.table import RawTable
from analysis.read.xlsx import open_workbook, read_xlsx


def read_raw(
    data: bytes, filename: str = "", sheet: str | None = None, *, limits: Limits = LIMITS
) -> RawTable:
    """Read a CSV or .xlsx file's bytes into a :class:`RawTable`, or raise ``DebriefError``.

    >>> read_raw(b"Company,Role\\nAcme,Analyst\\n").frame.to_dict("records")
    [{'Company': 'Acme', 'Role': 'Analyst'}]
    """
    data, filename = bytes(data or b""), str(filename or "")
    sheet = sheet if sheet and sheet.strip() else None  # a blank choice means "pick for me"
    check_size(data, limits)
    kind = detect_format(data, filename)
    notes = note_extension(kind, filename)
    if kind == "xlsx":
        table = read_xlsx(data, sheet, limits)
    else:
        table = read_csv_text(data, limits)
        if sheet:
            notes.append(f"The file is a CSV, which has no sheets: sheet '{sheet}' was ignored.")
    return replace(table, notes=notes + table.notes)


def list_sheets(data: bytes, filename: str = "") -> list[str]:
    """Names of a workbook's worksheets (chart sheets left out); ``[]`` for a CSV.

    >>> list_sheets(b"Company,Role\\nAcme,Analyst\\n", "log.csv")
    []
    """
    data, filename = bytes(data or b""), str(filename or "")
    check_size(data, LIMITS)
    if detect_format(data, filename) != "xlsx":
        return []
    with open_workbook(data, LIMITS) as book:
        return [ws.title for ws in book.worksheets]  # type: ignore[attr-defined]
