"""ui.cache: a cache key covers every byte and option that shapes its result, so no session
ever gets another's data (issue 9 item 10)."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pandas as pd
from appdriver import assert_clean, run_app, upload

from ui.cache import digest_files, digest_text, frame_digest
from ui.pipeline import Choices


def workbook(refs: list[object]) -> bytes:
    """Two applications whose only difference between calls is a mixed-type extra column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Log"
    ws.append(["Company", "Role", "Applied", "Outcome", "Ref"])
    for company, ref in zip(["Acme", "Beta"], refs, strict=True):
        ws.append([company, "Analyst", dt.datetime(2026, 3, 2), "Rejected", ref])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def exported_refs(xlsx: bytes) -> list[object]:
    """The Ref column of the export's Interviews sheet (every column of the log is there)."""
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True)["Interviews"]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("Ref")
    return [row[column] for row in rows[1:]]


def test_two_sessions_each_export_their_own_rows(downloads):
    """Two people upload log.xlsx files that differ only in a mixed-type column (1/"x1" and
    2/"y2"), one after the other in one server process: each Excel export holds its own."""
    first = upload(run_app(), ("log.xlsx", workbook([1, "x1"])))
    first.switch_page("pages/export.py").run()
    assert_clean(first)
    assert exported_refs(downloads["Excel workbook"]) == [1, "x1"]
    second = upload(run_app(), ("log.xlsx", workbook([2, "y2"])))
    second.switch_page("pages/export.py").run()
    assert_clean(second)
    assert exported_refs(downloads["Excel workbook"]) == [2, "y2"]


def test_frame_digest_sees_every_column_and_the_type_of_each_value():
    base = pd.DataFrame({"feedback": ["a", "b"], "extra": [1, "1"]}, index=[3, 4])
    same = pd.DataFrame({"feedback": ["a", "b"], "extra": [1, "1"]}, index=[3, 4])
    assert frame_digest(base) == frame_digest(same)
    assert frame_digest(base) != frame_digest(base.assign(extra=["1", "1"]))  # int vs text
    assert frame_digest(base) != frame_digest(base.assign(extra=[1.0, "1"]))  # int vs float
    assert frame_digest(base) != frame_digest(base.set_axis([3, 5]))  # other rows
    assert frame_digest(base) != frame_digest(base.rename(columns={"extra": "other"}))


def test_file_digest_separates_names_from_contents():
    assert digest_files([("a.csv", b"xy")]) != digest_files([("a.csvx", b"y")])
    assert digest_files([("a", b"1"), ("b", b"2")]) != digest_files([("a", b"1b"), ("", b"2")])


def test_import_key_changes_with_every_choice():
    keys = {
        digest_text("files", Choices()),
        digest_text("files", Choices(encoding="cp1250")),
        digest_text("files", Choices(sheets=(("log.xlsx", "2025"),))),
        digest_text("files", Choices(overrides=(("log.csv", (("Notes", "feedback"),)),))),
        digest_text("other files", Choices()),
    }
    assert len(keys) == 5
