"""Workbooks made inside the tests: openpyxl-written, then patched part by part where needed."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook(
    sheets: dict[str, list[list[object]]],
    *,
    states: dict[str, str] | None = None,
    date1904: bool = False,
) -> bytes:
    """A workbook with the given sheets in order; ``states`` hides some ("hidden", "veryHidden")."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if date1904:
        book.epoch = CALENDAR_MAC_1904
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        sheet.sheet_state = (states or {}).get(title, "visible")
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rewrite_zip(data: bytes, parts: dict[str, bytes]) -> bytes:
    """A copy of a zip with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename not in parts:
                dst.writestr(item, src.read(item))
        for name, content in parts.items():
            dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    """One part of a zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


LOG = [
    ["Company", "Role", "Interview date", "Stage", "Outcome"],
    ["Acme", "Analyst", "2026-01-12", "Phone screen", "advanced"],
    ["Beta Ltd", "Analyst", "2026-01-18", "1st interview", "rejected"],
]
