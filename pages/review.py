"""Review tags: every tagged sentence, why it was tagged, and the person's corrections."""

from __future__ import annotations

import streamlit as st

from ui import corrections, review
from ui.frame import run_page
from ui.state import View
from ui.workspace import current_workspace, review_notes, workspace_needed


def render(view: View) -> None:
    """The Review page (on the workspace only: corrections are kept there)."""
    st.title("Review tags")
    ws = current_workspace(view.loaded)
    if ws is None:
        workspace_needed(view.loaded, "Corrections are kept in your workspace")
        return
    st.caption("Each sentence Debrief tagged, with the words that made it do so. Confirm what "
               "is right and correct what is wrong: your corrections count everywhere "
               "(Overview, charts, exports) and are kept in your workspace.")
    book = ws.codebook()
    with st.expander("How far to trust the tagger", expanded=True, icon=":material/balance:"):
        corrections.agreement_panel(ws, book)
    found, untagged = review_notes(ws, view)
    choice = review.filter_controls(book, [t for t in book.theme_ids
                                           if t in set(found["theme"])])
    ids = review.pick_notes(found, untagged, *choice, pinned=corrections.pinned_note())
    if not ids:
        st.info("No note matches these filters.")
    for note_id in ids[review.pager(len(ids), choice)]:
        mine = found[found["note_id"] == note_id]
        note = (mine if len(mine) else untagged[untagged["note_id"] == note_id]).iloc[0]
        review.note_card(ws, book, note, mine)
    with st.expander("Phrases you taught", icon=":material/school:"):
        corrections.taught_panel(ws, book)


run_page(render)
