"""Your data: what the importer understood, how to correct it, and which rows it left out."""

from __future__ import annotations

import streamlit as st

from ui.escape import md
from ui.frame import run_page
from ui.mapping import has_overrides, mapping_editor, reset_overrides
from ui.state import Loaded, View
from ui.tables import (
    MAX_ROWS_SHOWN,
    feedback_notes,
    issues_table,
    practice_sessions,
    safe_frame,
    show_rows,
)


def numbers(loaded: Loaded) -> None:
    """What was counted, and the importer's notes."""
    counts, result = loaded.counts, loaded.result
    cols = st.columns(4)
    cols[0].metric("Applications", f"{loaded.totals['applications']:,}")
    cols[1].metric("Interviews", f"{loaded.totals['interviews']:,}")
    cols[2].metric(
        "Practice sessions", f"{practice_sessions(result.table):,}",
        help="Mock interviews and recorded practice: their feedback counts, but they are no "
        "applications.",
    )
    cols[3].metric("Feedback notes", f"{feedback_notes(result.table):,}")
    st.caption(
        f"Read {counts['rows_read']:,} rows: {counts['duplicates']:,} duplicates (counted once) "
        f"and {counts['skipped']:,} skipped (not counted; see why below)."
    )
    for note in result.notes:
        st.caption(md(note))


def columns(loaded: Loaded) -> None:
    """How each column was read, with a select per column to change it."""
    st.subheader("Columns")
    if loaded.is_sample:
        st.caption("How the sample's columns were read. Upload your own log to change this.")
    elif not loaded.result.files:  # the workspace: its logs were read when they were saved
        st.caption(
            "Your workspace keeps each log as it was read when you saved it. To read a column "
            "differently, upload the file again, pick *This upload only* in the sidebar, fix "
            "the column here and save it again: changed rows are updated, never duplicated."
        )
    else:
        st.caption(
            "How each of your columns was read. If one is wrong, pick the right meaning: the "
            "log is read again straight away. Columns that are not used are kept as your own "
            "extras."
        )
    for file in loaded.result.files:
        with st.expander(f"Columns of {md(file.source_file)}", expanded=not loaded.is_sample):
            mapping_editor(file, disabled=loaded.is_sample)
    if has_overrides():
        st.button("Undo my column choices", on_click=reset_overrides, icon=":material/undo:")


def rows(loaded: Loaded) -> None:
    """Rows skipped, counted once or read with a remark; then the whole table."""
    st.subheader("Rows to check")
    issues = loaded.result.issues()
    if issues.empty:
        st.success("Every row was read and counted.")
    else:
        st.caption("Rows Debrief skipped, counted once, or read with a remark, and why.")
        show_rows(issues_table(issues.head(MAX_ROWS_SHOWN)), len(issues))
    table = loaded.result.table
    with st.expander("The table Debrief built from your log"):
        show_rows(safe_frame(table.head(MAX_ROWS_SHOWN)), len(table))


def render(view: View) -> None:
    """The Your data page (always the whole import: the filters do not apply here)."""
    st.title("What Debrief understood")
    if view.filtered:
        st.caption("This page shows your whole log: the filters apply to the other pages.")
    numbers(view.loaded)
    columns(view.loaded)
    rows(view.loaded)


run_page(render)
