"""analysis.pipeline: the one path from files to a summary, for the CLI and the app."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from analysis.export import FORMATS, ExportInput
from analysis.pipeline import import_files, load_sample, shift_dates, summarise, tag_table
from analysis.present import FIRST_ROUND_DEFINITION, NO_FEEDBACK_YET, filter_note
from analysis.schema import empty_mentions

TODAY = dt.date(2026, 3, 10)


def _workbook_with_a_validation_extension() -> bytes:
    """A log workbook whose sheet has an extension openpyxl warns about (and drops)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Company", "Job Title", "Date Applied", "Result", "Feedback"])
    ws.append(["Acme", "Analyst", "2026-01-05", "Rejected", "Too long."])
    saved = io.BytesIO()
    wb.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", (
                    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14='
                    b'"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
                    b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'))
            dst.writestr(info, data)
    return out.getvalue()


def test_library_warnings_become_import_notes(recwarn, monkeypatch):
    """Issue 9 item 15: openpyxl's UserWarning was printed before the report.

    The reader no longer uses openpyxl, so that workbook reads quietly; any library that still
    warns while a log is imported is made to warn here.
    """
    import warnings

    from analysis import normalize

    real = normalize.import_logs

    def warning_import(*args, **kwargs):
        warnings.warn("Data Validation extension is not supported and will be removed",
                      UserWarning, stacklevel=2)
        return real(*args, **kwargs)

    monkeypatch.setattr(normalize, "import_logs", warning_import)
    result = import_files([("log.xlsx", _workbook_with_a_validation_extension())])
    assert len(result.table) == 1
    assert not [w for w in recwarn if issubclass(w.category, UserWarning)]
    assert "A library reading the file warned: Data Validation extension is not supported " \
        "and will be removed" in result.notes


def test_a_log_without_feedback_is_never_tagged(small_log):
    class Exploding:
        def __getattr__(self, name):
            raise AssertionError("the tagger ran on a log without feedback")

    table = small_log.assign(feedback=pd.Series(pd.NA, index=small_log.index, dtype="string"))
    mentions = tag_table(table, Exploding())
    assert mentions.empty and list(mentions.columns) == list(empty_mentions().columns)
    summary = summarise(table, mentions, today=TODAY)
    assert summary.no_feedback == NO_FEEDBACK_YET and summary.recurring == ()
    assert summary.headline.applications == 5


def test_shift_dates_moves_the_latest_date_near_today_by_whole_weeks(small_log):
    shifted = shift_dates(small_log, dt.date(2027, 6, 30))
    latest = shifted[["applied_date", "event_date"]].max().max()
    assert dt.date(2027, 6, 21) <= latest.date() <= dt.date(2027, 6, 27)
    moved = shifted["event_date"] - small_log["event_date"]
    assert moved.dropna().nunique() == 1 and moved.dropna().iloc[0].days % 7 == 0
    assert (shifted["applied_date"] - small_log["applied_date"]).dropna().iloc[0] == \
        moved.dropna().iloc[0]
    dated = small_log["event_date"].notna()
    assert (shifted["event_date"][dated].dt.day_of_week
            == small_log["event_date"][dated].dt.day_of_week).all()


@pytest.mark.parametrize("today", [dt.date(2026, 4, 20), dt.date(2031, 11, 3)])
def test_the_bundled_sample_always_looks_current(today):
    """Issue 13 item 9: the sample's rejections were 'overdue by 299 days' a year on."""
    table = load_sample(today).table
    latest = table[["applied_date", "event_date"]].max().max().date()
    assert 3 <= (today - latest).days <= 9
    summary = summarise(table, tag_table(table), today=today)
    assert not summary.follow_ups.empty
    assert summary.follow_ups["too_late"].sum() < len(summary.follow_ups)


def _filtered_exports(log, mentions):
    note = filter_note(585, 1152)
    summary = summarise(log, mentions, today=TODAY, filter_note=note)
    from analysis.codebook import load_codebook

    data = ExportInput(summary, log, mentions, load_codebook())
    return note, {name: fmt.write(data) for name, fmt in FORMATS.items()}


def test_every_export_states_an_active_filter_in_its_header(summary_log, summary_mentions):
    """Issue 9 item 1: the export was built from 585 of 1,152 with no sign of it."""
    note, exports = _filtered_exports(summary_log, summary_mentions)
    assert note == "Showing 585 of 1,152 applications (filtered)."
    for name in ("md", "letters"):
        head = exports[name].split("\n## ", 1)[0]
        assert f"**{note}**" in head, name
    for name in ("html", "packet"):
        assert f'<p class="notice">{note}</p>' in exports[name].split("<section", 1)[0], name
    sheet = load_workbook(io.BytesIO(exports["xlsx"]))["Summary"]
    assert (sheet["A2"].value, sheet["B2"].value) == ("Note", note)


def test_no_filter_no_note(summary_log, summary_mentions):
    summary = summarise(summary_log, summary_mentions, today=TODAY)
    assert summary.filter_note is None


def test_every_summary_export_says_what_first_round_means(summary_log, summary_mentions):
    """Issue 9 item 9: the summary states what 'first round' counts."""
    _, exports = _filtered_exports(summary_log, summary_mentions)
    assert FIRST_ROUND_DEFINITION.startswith("First round means the first interview after any "
                                             "screens and tests")
    for name in ("md", "html", "packet"):
        assert FIRST_ROUND_DEFINITION in exports[name], name
    items = {r[0].value: r[1].value for r in load_workbook(io.BytesIO(exports["xlsx"]))["Summary"]}
    assert items["What first round means"] == FIRST_ROUND_DEFINITION
