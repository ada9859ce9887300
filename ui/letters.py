"""The letter editor: preview, edit and download one feedback-request draft (issue 13 item 9).

Used on Export (every request) and on Overview (the requests due now, one expander each). An
edit is kept per application in the session, so a letter edited on Overview reads the same on
Export; "Start again" brings back the draft.
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from analysis.export.letters import draft_letter
from analysis.lessons import request_when
from analysis.present import plural
from analysis.summary import TOO_LATE_DAYS, Summary
from ui.cache import codebook_cached
from ui.escape import md

KEY_EDITS = "letter_edits"  # {application_id: the person's edited text}


def letter_file_name(application_id: str) -> str:
    """A safe file name for one letter, whatever the application id holds.

    >>> letter_file_name("tailspin-toys/insights analyst")
    'feedback-request-tailspin-toys-insights-analyst.txt'
    """
    stem = re.sub(r"[^A-Za-z0-9]+", "-", application_id).strip("-")[:80] or "letter"
    return f"feedback-request-{stem}.txt"


def request_title(request: pd.Series, today: object) -> str:
    """'Ask Acme (Analyst, First round) for feedback: due 12 Mar', escaped for Markdown."""
    role = request.get("role")
    stage = request.get("stage")
    detail = ", ".join(md(v) for v in (role, stage) if isinstance(v, str) and v)
    who = md(request.get("company") or "the employer") + (f" ({detail})" if detail else "")
    return f"Ask {who} for feedback: {request_when(request['request_due'], today)}"


def _keep_edit(widget_key: str, application_id: str) -> None:
    """Remember the person's text for this application (widget state ends with the page)."""
    st.session_state.setdefault(KEY_EDITS, {})[application_id] = st.session_state[widget_key]


def _start_again(widget_key: str, application_id: str) -> None:
    """Forget the edit: the box shows the draft again."""
    st.session_state.setdefault(KEY_EDITS, {}).pop(application_id, None)
    st.session_state.pop(widget_key, None)


def letter_editor(summary: Summary, application_id: str, *, where: str) -> str:
    """The draft in an editable box with a download of what the box holds; returns the text."""
    draft = draft_letter(summary, application_id, codebook_cached())
    edits = st.session_state.setdefault(KEY_EDITS, {})
    key = f"letter::{where}::{application_id}"
    if key not in st.session_state:
        st.session_state[key] = edits.get(application_id, draft)
    text = st.text_area(
        "Your letter: edit it here, then download it or copy it into an email",
        key=key, height=340, on_change=_keep_edit, args=(key, application_id),
    )
    left, right = st.columns(2)
    with left:
        st.download_button(
            "Download this letter", text, file_name=letter_file_name(application_id),
            mime="text/plain", icon=":material/download:", key=f"letter_dl::{where}::"
            f"{application_id}", on_click="ignore",
        )
    if text != draft:
        right.button("Start again from the draft", key=f"letter_reset::{where}::"
                     f"{application_id}", on_click=_start_again, args=(key, application_id),
                     icon=":material/undo:")
    return text


def late_line(request: dict, today: object) -> str:
    """'Old Co (Analyst): rejected 200 days ago, too late to ask.', escaped for Markdown."""
    role = request.get("role")
    who = md(request.get("company") or "An employer") + (
        f" ({md(role)})" if isinstance(role, str) and role else "")
    rejected = request.get("rejected_on")
    if rejected is None or pd.isna(rejected):
        return f"{who}: too late to ask."
    days = (pd.Timestamp(today).normalize() - pd.Timestamp(rejected).normalize()).days
    return f"{who}: rejected {plural(days, 'day')} ago, too late to ask."


def letters_section(summary: Summary, today: object) -> None:
    """Every feedback request of the summary: an editor for each one still worth sending."""
    follow = summary.follow_ups
    st.subheader("Feedback-request letters")
    if follow.empty:
        st.caption("No feedback request to draft: every rejection after an interview came "
                   "with specific feedback, or there is none yet.")
        return
    st.caption("Preview and edit each request before you send it. A request is worth sending "
               f"for {TOO_LATE_DAYS} days after the rejection.")
    for request in follow.to_dict("records"):
        if bool(request.get("too_late")):
            st.caption(late_line(request, today))
            continue
        with st.expander(request_title(request, today)):
            letter_editor(summary, str(request["application_id"]), where="export")
