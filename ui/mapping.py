"""The column-mapping editor on *Your data*: how each column was read, and a way to change it."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui import state
from ui.escape import md

FIELD_LABELS: dict[str, str] = {
    "": "(not used: kept as your own column)",
    "application_id": "Application id",
    "company": "Company",
    "role": "Role / job title",
    "applied_date": "Date applied",
    "event_date": "Interview date",
    "stage": "Stage / interview type",
    "round": "Round number",
    "outcome": "Outcome / status",
    "feedback": "Feedback notes",
    "feedback_source": "Who gave the feedback",
    "feedback_channel": "How it was given",
    "interviewer": "Interviewer",
}


def field_label(name: str) -> str:
    """A canonical field as a person reads it.

    >>> field_label("stage:offer"), field_label("event_date")
    ('Stage column: Offer', 'Interview date')
    """
    from analysis.schema import STAGE_LABELS

    if name.startswith("stage:"):
        return f"Stage column: {STAGE_LABELS.get(name[6:], name[6:])}"
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def mapping_key(file_name: str, column: str) -> str:
    """The session-state key of one column's select."""
    return f"map::{file_name}::{column}"


def _on_mapping_change(file_name: str, column: str) -> None:
    """Record the person's choice; app.py re-imports with it on this very rerun."""
    overrides = {n: dict(m) for n, m in st.session_state.get(state.KEY_OVERRIDES, {}).items()}
    chosen = st.session_state[mapping_key(file_name, column)]
    overrides.setdefault(file_name, {})[column] = chosen
    st.session_state[state.KEY_OVERRIDES] = overrides


def mapping_editor(file: Any, *, disabled: bool = False) -> None:
    """One select per column of an imported file, showing (and changing) its canonical field."""
    from analysis.normalize import valid_fields

    options = ["", *valid_fields()]
    grid = st.columns(2)
    for i, column in enumerate(file.raw_columns):
        current = file.mapping.get(column, "")
        key = mapping_key(file.source_file, column)
        # Mirror the mapping actually used: moving a field to one column frees another.
        st.session_state[key] = current if current in options else ""
        grid[i % 2].selectbox(
            md(column) or "(no header)", options, key=key, format_func=field_label,
            disabled=disabled, on_change=_on_mapping_change, args=(file.source_file, column),
        )


def has_overrides() -> bool:
    """Whether the person changed how any column is read."""
    return any(st.session_state.get(state.KEY_OVERRIDES, {}).values())


def reset_overrides() -> None:
    """Forget the person's column choices (the importer's guesses apply again)."""
    st.session_state[state.KEY_OVERRIDES] = {}
