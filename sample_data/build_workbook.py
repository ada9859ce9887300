"""Build interview_log.xlsx from interview_log.csv, the way people keep their own workbooks.

The workbook has a title and a note above the header row, real Excel dates, a contacts sheet
and a stats sheet with formulas, so the sample exercises what the importer must cope with.
Run from the project root: ``python sample_data/build_workbook.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).parent
DATE_COLUMNS = ("Date Applied", "Interview Date")


def build_workbook(csv_path: Path, xlsx_path: Path) -> None:
    """Write the sample log as a realistic multi-sheet workbook."""
    log = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    wb = Workbook()
    ws = wb.active
    ws.title = "Log"
    ws.append(["My job search 2026"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Kept since January; feedback copied from emails, letters and calls."])
    ws.append(list(log.columns))
    for record in log.itertuples(index=False):
        row: list[object] = []
        for column, value in zip(log.columns, record, strict=True):
            if value == "":
                row.append(None)
            elif column in DATE_COLUMNS:
                row.append(pd.Timestamp(value).to_pydatetime())
            elif column == "Prep (hours)":
                row.append(float(value))
            else:
                row.append(value)
        ws.append(row)
    for cells in ws.iter_rows(min_row=4):
        for cell in cells:
            if cell.is_date:
                cell.number_format = "dd mmm yyyy"
    contacts = wb.create_sheet("Contacts")
    contacts.append(["Name", "Company", "Email"])
    contacts.append(["Priya Shah", "Northwind Traders", "priya@example.com"])
    contacts.append(["Tom Reyes", "Relecloud", "tom@example.com"])
    stats = wb.create_sheet("Stats")
    stats.append(["Applications", "=COUNTA(Log!A4:A200)"])
    stats.append(["Offers", '=COUNTIF(Log!F4:F200,"Offer")'])
    wb.save(xlsx_path)


if __name__ == "__main__":
    build_workbook(HERE / "interview_log.csv", HERE / "interview_log.xlsx")
