"""Export: the themed feedback summary, previewed here and downloadable in four formats."""

from __future__ import annotations

import datetime as dt
from functools import partial

import streamlit as st

from analysis.export import ExportFormat
from ui.escape import streamlit_safe
from ui.exports import DOWNLOADS, export_view, file_name
from ui.frame import run_page
from ui.guards import empty_notice, run_guarded
from ui.letters import letters_section
from ui.nextsteps import view_summary
from ui.state import View


def download(view: View, today: dt.date, item: ExportFormat) -> None:
    """One download button; the file is built (and cached) only when it is clicked.

    Deferred, because a cohort's workbook takes seconds to write: the page shows at once and
    nobody waits for a file they do not download.
    """
    st.download_button(
        item.label, partial(export_view, view, today, item.name),
        file_name=file_name(item, today),
        mime=item.mime, icon=":material/download:", key=f"download_{item.name}",
        on_click="ignore",
    )


def render(view: View) -> None:
    """The Export page."""
    st.title("Export your summary")
    st.caption(
        "Recurring issues, strengths to keep, an action plan, feedback quality and whom to ask "
        "for feedback, for you or to share with a coach or career-services adviser."
        + (" Built only from the rows the filters keep." if view.filtered else "")
    )
    if empty_notice(view, "applications"):
        return
    today = dt.date.today()
    # A wrapping row, not columns: in a narrow window the buttons move to the next line
    # instead of cutting their labels to "Ex…".
    with st.container(horizontal=True, wrap=True, gap="small"):
        for item in DOWNLOADS:
            run_guarded(lambda item=item: download(view, today, item), f"{item.name} export")
    run_guarded(lambda: letters_section(view_summary(view, today), today), "letter editor")
    st.subheader("Preview")
    with st.container(border=True, height=700):
        # The Markdown writer escapes user text for Markdown; streamlit_safe adds what
        # Streamlit's own Markdown would read on top (st.markdown never runs HTML).
        st.markdown(streamlit_safe(export_view(view, today, "md")))


run_page(render)
