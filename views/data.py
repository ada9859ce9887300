"""Your data: what the importer understood, how to correct it, and which rows it left out."""

from __future__ import annotations

import streamlit as st

import debrief_ui as ui

view = ui.current_view()
loaded = view.loaded
result = loaded.result
st.title("What Debrief understood")

counts = loaded.counts
cols = st.columns(4)
cols[0].metric("Applications", f"{loaded.totals['applications']:,}")
cols[1].metric("Interviews", f"{loaded.totals['interviews']:,}")
cols[2].metric(
    "Practice sessions", f"{ui.practice_sessions(result.table):,}",
    help="Mock interviews and recorded practice: their feedback counts, but they are no "
    "applications.",
)
cols[3].metric("Feedback notes", f"{ui.feedback_notes(result.table):,}")
st.caption(
    f"Read {counts['rows_read']:,} rows: {counts['duplicates']:,} duplicates (counted once) "
    f"and {counts['skipped']:,} skipped (not counted; see why below)."
)
for note in result.notes:
    st.caption(ui.md(note))

st.subheader("Columns")
if loaded.is_sample:
    st.caption("How the sample's columns were read. Upload your own log to change this.")
else:
    st.caption(
        "How each of your columns was read. If one is wrong, pick the right meaning: the log "
        "is read again straight away. Columns that are not used are kept as your own extras."
    )
for file in result.files:
    with st.expander(f"Columns of {ui.md(file.source_file)}", expanded=not loaded.is_sample):
        ui.mapping_editor(file, disabled=loaded.is_sample)
if ui.has_overrides():
    st.button("Undo my column choices", on_click=ui.reset_overrides, icon=":material/undo:")

st.subheader("Rows to check")
issues = result.issues()
if issues.empty:
    st.success("Every row was read and counted.")
else:
    st.caption("Rows Debrief skipped, counted once, or read with a remark, and why.")
    ui.show_rows(ui.issues_table(issues.head(ui.MAX_ROWS_SHOWN)), len(issues))

with st.expander("The table Debrief built from your log"):
    ui.show_rows(ui.safe_frame(result.table.head(ui.MAX_ROWS_SHOWN)), len(result.table))
