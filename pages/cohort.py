"""Cohort: per group, themes by group and the students, with groups under 5 students hidden."""

from __future__ import annotations

import streamlit as st

from ui import cohort
from ui.cache import codebook_cached
from ui.escape import md
from ui.frame import PAGES, run_page
from ui.guards import empty_notice, show_chart
from ui.state import View
from ui.tables import MAX_ROWS_SHOWN, safe_frame

TABS = ["Groups", "Themes by group", "Students"]
FLOOR_NOTE = ("A group of fewer than 5 students shows only that: no count, rate or bar, so "
              "no student can be recognised in it.")


def groups(view: View, by: str) -> None:
    """Per group: students, applications, offers, drop-off, response rate, and the funnel."""
    report = cohort.report_cached(view.key, by, view.table)
    st.dataframe(safe_frame(cohort.group_rows(report)), hide_index=True, width="stretch")
    st.caption(f"{FLOOR_NOTE} First-round drop-off: decided first interviews (after any "
               "screen or test) that ended there, with the 95% range of the true rate.")
    small = cohort.small_groups(report)
    if small:
        st.caption("Not in the chart (fewer than 5 students): "
                   f"{', '.join(md(g) for g in small)}.")
    show_chart(cohort.funnel_figure(report), key="cohort_funnel")


def themes(view: View, by: str) -> None:
    """Improvement themes by group, as shares of students, and the largest differences."""
    book = codebook_cached()
    report = cohort.report_cached(view.key, by, view.table)
    shares, gaps = cohort.themes_cached(view.key, by, view.table, view.mentions)
    if shares.empty:
        st.info("No group of 5 students or more has feedback naming an improvement yet.")
        return
    st.subheader("Where the groups differ most")
    for sentence in cohort.difference_sentences(gaps, book.label) or ["No theme differs."]:
        st.markdown(f"- {md(sentence)}")
    st.caption("Share of each group's students whose feedback names the theme at least "
               f"once (not of mentions). {FLOOR_NOTE}")
    table = cohort.theme_rows(shares, cohort.small_groups(report), book.label)
    st.dataframe(safe_frame(table), hide_index=True, width="stretch")


def students(view: View) -> None:
    """The student table: selecting a row (or picking a name) opens that student's view."""
    book = codebook_cached()
    labels = tuple((t, book.label(t)) for t in book.theme_ids)
    rows = cohort.students_cached(view.key, view.table, view.mentions, labels)
    shown = safe_frame(rows.head(MAX_ROWS_SHOWN))
    st.session_state[cohort.KEY_IDS] = rows["Student"].head(MAX_ROWS_SHOWN).tolist()
    st.caption("Select a row to open that student's own view: every page, filtered to them.")
    st.dataframe(shown, hide_index=True, width="stretch", key=cohort.KEY_ROWS,
                 on_select=cohort.on_row, selection_mode="single-row")
    if len(rows) > len(shown):
        st.caption(f"The first {len(shown):,} of {len(rows):,} students, by id; pick any "
                   "student below, or narrow the list with the filters.")
    st.selectbox("Open a student's view", rows["Student"].tolist(), index=None,
                 key=cohort.KEY_OPEN, on_change=cohort.on_pick, placeholder="Choose a student")


def render(view: View) -> None:
    """The Cohort page; tabs are lazy, so only the open one is computed."""
    st.title("Cohort")
    if empty_notice(view, "applications"):
        return
    if view.filters.people:  # a student's view: their every page is a click away
        cohort.student_links(dict(PAGES))
    fields = list(view.loaded.cohort.groups) if view.loaded.cohort else []
    by = st.selectbox("Compare groups by", fields, key="cohort_by",
                      format_func=cohort.field_label) if fields else None
    tabs = st.tabs(TABS, key="cohort_tab", on_change="rerun")
    draws = (lambda: groups(view, by), lambda: themes(view, by), lambda: students(view))
    for tab, draw, needs_groups in zip(tabs, draws, (True, True, False), strict=True):
        if tab.open:
            with tab:
                if needs_groups and not by:
                    st.info("This log names no groups (programme, cohort, school or adviser).")
                else:
                    draw()


run_page(render)
