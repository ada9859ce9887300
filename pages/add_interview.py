"""Add an interview: type it in, paste the feedback, and it is tagged and kept at once."""

from __future__ import annotations

import streamlit as st

from ui.add_interview import interview_form, show_added
from ui.cache import codebook_cached
from ui.escape import md
from ui.frame import run_page
from ui.state import View
from ui.workspace import current_workspace, session_workspace, workspace_file


def render(view: View) -> None:
    """The Add an interview page."""
    st.title("Add an interview")
    st.caption("Type in an interview and paste what they told you (an email, your notes): "
               "Debrief tags it at once and keeps it in your workspace.")
    ws = session_workspace()
    if ws is None:
        st.info("Interviews you add are kept in your workspace, one file on this computer "
                f"({md(workspace_file())}). There is none yet: saving this interview creates "
                "it.", icon=":material/info:")
    show_added(ws.codebook() if ws is not None else codebook_cached(),
               current_workspace(view.loaded) is not None)
    interview_form(ws is not None)


run_page(render)
