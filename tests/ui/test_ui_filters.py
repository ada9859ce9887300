"""ui.filters: filters follow the data source, and an active filter is said everywhere (issue 9
item 1). The browser half (the date widget shows the new span) is in tests/test_e2e.py."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from appdriver import PAGES, UPLOAD_CSV, assert_clean, metric, run_app, texts, upload

from ui import state
from ui.filters import describe_filters, filter_note
from ui.state import Filters, Loaded, View

ZETA_NOTE = 'Showing 1 of 4 applications (role or company contains "zeta").'


def test_a_new_upload_sets_every_filter_to_its_own_span():
    """Filters set on the sample (Jan-Apr 2026, "zeta") give way to the upload's 2-20 March."""
    at = run_app()
    at.sidebar.text_input(key=state.KEY_TEXT).input("zeta").run()
    at.sidebar.date_input(key=state.KEY_DATES).set_value((dt.date(2026, 2, 1),
                                                          dt.date(2026, 2, 28))).run()
    at = upload(at, ("my_search.csv", UPLOAD_CSV))
    assert_clean(at)
    assert at.sidebar.text_input(key=state.KEY_TEXT).value == ""
    assert at.sidebar.date_input(key=state.KEY_DATES).value == (dt.date(2026, 3, 2),
                                                                dt.date(2026, 3, 20))
    assert metric(at, "Applications") == "4"
    assert not [t for t in texts(at, "info") if t.startswith("Showing")]


def test_an_active_filter_is_stated_on_every_page_and_clears_in_one_click():
    """By hand: "zeta" keeps Zeta Corp's one application of four; Clear filters brings all 4."""
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.sidebar.text_input(key=state.KEY_TEXT).input("zeta").run()
    for page in PAGES:
        at.switch_page(page).run()
        assert_clean(at)
        assert ZETA_NOTE in texts(at, "info"), page
    at.switch_page("pages/overview.py").run()
    assert metric(at, "Applications") == "1"
    at.button(key="clear_filters").click().run()
    assert_clean(at)
    assert metric(at, "Applications") == "4"
    assert at.sidebar.text_input(key=state.KEY_TEXT).value == ""
    assert ZETA_NOTE not in texts(at, "info")


def test_text_exports_say_which_filters_made_them(downloads):
    """The Markdown summary and the letters carry the same sentence as the pages."""
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.sidebar.text_input(key=state.KEY_TEXT).input("zeta").run()
    at.switch_page("pages/export.py").run()
    assert_clean(at)
    for label in ("Summary (Markdown)", "Feedback-request letters"):
        assert 'Showing 1 of 4 applications (role or company contains "zeta").' in (
            downloads[label]), label


def test_workbook_and_report_say_which_filters_made_them(downloads):
    """Once the summary carries the note, the workbook and the report print it too."""
    import io

    import openpyxl

    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.sidebar.text_input(key=state.KEY_TEXT).input("zeta").run()
    at.switch_page("pages/export.py").run()
    book = openpyxl.load_workbook(io.BytesIO(downloads["Excel workbook"]), read_only=True)
    cells = [str(c) for row in book["Summary"].iter_rows(values_only=True) for c in row if c]
    assert any("Showing 1 of 4 applications" in c for c in cells)
    assert "Showing 1 of 4 applications" in downloads["Report (HTML, opens offline)"]


def test_filter_note_counts_applications_as_the_overview_does(small_log):
    """small_log by hand: 5 applications; "gamma" keeps A3 (Gamma) only."""
    from analysis.filters import filter_table

    loaded = Loaded(key="k", label="small_log.csv", is_sample=False, result=None,
                    totals={"applications": 5})
    kept = filter_table(small_log, text="gamma")
    view = View(loaded, kept, Filters(text="gamma"))
    assert filter_note(view) == 'Showing 1 of 5 applications (role or company contains "gamma").'
    assert filter_note(View(loaded, small_log, Filters())) == ""


def test_every_kind_of_filter_is_described():
    filters = Filters(start=dt.date(2026, 1, 5), end=dt.date(2026, 2, 1),
                      sources=("interviewer", "recruiter"))
    assert describe_filters(filters) == (
        "dates 5 Jan 2026 to 1 Feb 2026, feedback from Interviewer / employer or "
        "Recruiter / third party"
    )
    assert describe_filters(Filters(end=pd.Timestamp("2026-02-01").date())) == (
        "dates up to 1 Feb 2026")
