"""Export: the themed feedback summary, previewed here and downloadable in four formats."""

from __future__ import annotations

import datetime as dt

import streamlit as st

import debrief_ui as ui

view = ui.current_view()
st.title("Export your summary")
st.caption(
    "Recurring issues, strengths to keep, an action plan, feedback quality and whom to ask "
    "for feedback, for you or to share with a coach or career-services adviser."
    + (" Built from the rows the sidebar filters leave." if view.filtered else "")
)

if not ui.empty_notice(view, "applications"):
    today = dt.date.today()
    stem = f"debrief-summary-{today:%Y-%m-%d}"
    downloads = [
        ("Excel workbook", "xlsx", f"{stem}.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("Report (HTML, opens offline)", "html", f"{stem}.html", "text/html"),
        ("Summary (Markdown)", "md", f"{stem}.md", "text/markdown"),
        ("Feedback-request letters", "letters", f"debrief-letters-{today:%Y-%m-%d}.md",
         "text/markdown"),
    ]
    cols = st.columns(len(downloads))
    for col, (label, fmt, name, mime) in zip(cols, downloads, strict=True):
        with col:
            ui.run_guarded(
                lambda label=label, fmt=fmt, name=name, mime=mime: st.download_button(
                    label, ui.export_cached(view, today, fmt), file_name=name, mime=mime,
                    icon=":material/download:", key=f"download_{fmt}", on_click="ignore",
                ),
                f"{fmt} export",
            )
    st.subheader("Preview")
    with st.container(border=True, height=700):
        # The Markdown writer escapes user text; st.markdown never runs HTML.
        st.markdown(ui.export_cached(view, today, "md"))
