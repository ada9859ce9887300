"""Add an interview in the app: a form that saves to the workspace and tags the note at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from analysis.errors import DebriefError
from analysis.present import plural
from analysis.schema import FEEDBACK_SOURCES, SOURCE_LABELS, STAGE_LABELS, STAGES
from ui import workspace
from ui.escape import md
from ui.review import highlight, polarity_badge

KEY_ADDED = "_debrief_added_interview"  # (sentence, mentions) of the last interview saved
FIELDS = ("add_company", "add_role", "add_date", "add_stage", "add_outcome", "add_source",
          "add_feedback")
OUTCOME_WORDS = {
    "advanced": "Moved forward", "rejected": "Rejected", "offer": "Offer",
    "withdrew": "I withdrew", "ghosted": "No reply", "pending": "Waiting to hear",
}
STAGE_CHOICES = tuple(s for s in STAGES if s not in ("applied", "offer"))


def interview_form(has_workspace: bool) -> None:
    """The form: company, role, date, stage, outcome, who gave the feedback, and the note."""
    with st.form("add_interview"):
        left, right = st.columns(2)
        left.text_input("Company", key="add_company", placeholder="e.g. Acme Health")
        right.text_input("Role", key="add_role", placeholder="e.g. Data Analyst")
        left.date_input("Interview date", key="add_date", value=dt.date.today(),
                        format="YYYY-MM-DD")
        right.selectbox("Stage", STAGE_CHOICES, key="add_stage", format_func=STAGE_LABELS.get,
                        index=STAGE_CHOICES.index("first_round"))
        left.selectbox("Outcome", list(OUTCOME_WORDS), key="add_outcome",
                       format_func=OUTCOME_WORDS.get)
        right.selectbox("Feedback from", [s for s in FEEDBACK_SOURCES if s != "unknown"],
                        key="add_source", format_func=SOURCE_LABELS.get)
        st.text_area("Feedback", key="add_feedback", height=160,
                     placeholder="Paste the email, or type what they told you.")
        label = "Save and tag" if has_workspace else "Create my workspace and save"
        st.form_submit_button(label, type="primary", icon=":material/save:", on_click=save)


def save() -> None:
    """Save the form's interview to the workspace (created if need be); a callback."""
    values = {name: st.session_state.get(name) for name in FIELDS}
    created = workspace.session_workspace() is None
    try:
        ws = workspace.open_or_create()
        added = ws.add_interview(
            company=values["add_company"] or "", role=values["add_role"] or "",
            date=values["add_date"], stage=values["add_stage"] or "",
            outcome=values["add_outcome"] or "", source=values["add_source"] or "",
            feedback=values["add_feedback"] or "",
        )
    except DebriefError as exc:
        if created:  # refused: leave no empty workspace behind
            workspace.forget(say=False)
        st.session_state[KEY_ADDED] = (str(exc), None)
        return
    what = " · ".join(filter(None, [values["add_company"].strip(),
                                    STAGE_LABELS.get(values["add_stage"], ""),
                                    f"{values['add_date'].day} {values['add_date']:%b %Y}"]))
    st.session_state[KEY_ADDED] = (f"Saved {what} in your workspace.", added.mentions)
    for name in ("add_company", "add_role", "add_feedback"):
        st.session_state[name] = ""


def show_added(book: Any, shown_is_workspace: bool) -> None:
    """What the last save did: the mentions Debrief found, or why it was refused."""
    last = st.session_state.pop(KEY_ADDED, None)  # said once, then the form is fresh
    if not last:
        return
    text, mentions = last
    if mentions is None:
        st.error(md(text))
        return
    st.success(md(text), icon=":material/check:")
    if mentions.empty:
        st.caption("Debrief found no theme in its feedback. You can add one on *Review tags*.")
    else:
        st.markdown(f"Debrief found {plural(len(mentions), 'theme')} in it:")
        for m in mentions.itertuples(index=False):
            st.markdown(f"{polarity_badge(str(m.polarity))} **{md(book.label(m.theme))}**: "
                        f"{highlight(m.evidence, m.cues or ())}")
    if not shown_is_workspace:
        st.info("The pages show your upload only, so this interview is not in them yet: pick "
                "**My workspace** under *Show* in the sidebar (or save the upload).")
