"""Am I getting better? (issue 13 item 2): a theme's rate per interview before and after the
day the person started working on it, with counts, intervals and a plain verdict.

The start dates live in the session (``KEY_STARTS``: {theme id: date}). Workspace hook: when
``ui.workspace`` offers ``load_theme_starts() -> dict[str, date] | None`` and
``save_theme_starts(dict[str, date]) -> None`` for the open workspace, the dates are read from
and written to it too, so they outlive the session; without them nothing else changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from analysis import lessons
from ui.cache import codebook_cached
from ui.escape import md
from ui.present import METRIC_WIDTH, interval_help, metric_row
from ui.state import View

KEY_STARTS = "theme_starts"  # {theme id: the day the person started working on it}
KEY_THEME = "progress_theme"
KEY_DATE = "progress_started_on"
KEY_DATE_FOR = "_progress_default_for"  # the view the unmarked default day was made for


def _workspace() -> Any:
    """The workspace module when it can keep start dates, else None (see the module doc)."""
    try:
        from ui import workspace  # type: ignore[attr-defined]
    except ImportError:
        return None
    ok = all(hasattr(workspace, name) for name in ("load_theme_starts", "save_theme_starts"))
    return workspace if ok else None


def theme_starts() -> dict[str, dt.date]:
    """The start date of each theme the person marked (the open workspace's, if it has them)."""
    starts = st.session_state.setdefault(KEY_STARTS, {})
    store = _workspace()
    if store is not None and not starts:
        starts.update(store.load_theme_starts() or {})
    return starts


def _remember_start() -> None:
    """Keep the date picked for the chosen theme (and hand it to the workspace, if any)."""
    starts = theme_starts()
    theme, day = st.session_state.get(KEY_THEME), st.session_state.get(KEY_DATE)
    if theme and isinstance(day, dt.date):
        starts[theme] = day
        store = _workspace()
        if store is not None:
            store.save_theme_starts(dict(starts))


def _on_theme_change() -> None:
    """Show the date already marked for the newly chosen theme."""
    day = theme_starts().get(st.session_state.get(KEY_THEME, ""))
    if day is not None:
        st.session_state[KEY_DATE] = day


def candidate_themes(mentions: pd.DataFrame) -> list[str]:
    """Improvement themes the feedback raised, most raised first (generic ones left out)."""
    book = codebook_cached()
    raised = mentions.loc[mentions["polarity"] == "improvement", "theme"].astype("string")
    ranked = raised[~raised.isin(list(book.generic_themes))].value_counts()
    return [str(t) for t in ranked.index]


def default_start(table: pd.DataFrame, today: dt.date) -> dt.date:
    """Until the person picks one, the middle of their interview dates (so both sides show)."""
    dates = table.loc[table["round"].fillna(0) >= 1, "event_date"].dropna()
    if dates.empty:
        return today
    middle = dates.min() + (dates.max() - dates.min()) / 2
    return min(middle.date(), today)


def side_metric(column: Any, label: str, side: lessons.Side, what: str) -> None:
    """One side as 'k of n interviews', its interval in the help."""
    value = f"{side.hits} of {side.interviews}" if side.interviews else "none"
    column.metric(label, value, width=METRIC_WIDTH, help=interval_help(
        side.hits, side.interviews, side.interval or (0.0, 1.0), what))


def show_progress(view: View, today: dt.date) -> None:
    """The Am I getting better? section."""
    st.subheader("Am I getting better?")
    themes = candidate_themes(view.mentions)
    if not themes:
        st.caption("Once feedback names something to improve, mark the day you started "
                   "working on it here, and see whether it comes up less since.")
        return
    book = codebook_cached()
    pick_theme, pick_day = st.columns(2)
    if st.session_state.get(KEY_DATE_FOR) != view.key and (
        st.session_state.get(KEY_THEME) not in theme_starts()
    ):
        # A new log opens on its own most-raised theme: the sample's (or the last log's)
        # default must not linger; a theme the person marked a day for stays.
        st.session_state[KEY_THEME] = themes[0]
    theme = pick_theme.selectbox("Theme I am working on", themes, format_func=book.label,
                                 key=KEY_THEME, on_change=_on_theme_change)
    starts = theme_starts()
    # A new log gets its own default day (the sample's must not linger); a marked day stays.
    if KEY_DATE not in st.session_state or st.session_state.get(KEY_DATE_FOR) != view.key:
        st.session_state[KEY_DATE] = starts.get(theme) or default_start(view.table, today)
        st.session_state[KEY_DATE_FOR] = view.key
    started = pick_day.date_input("I started working on it on", key=KEY_DATE, max_value=today,
                                  on_change=_remember_start)
    if theme not in starts:
        st.caption("Pick the day you started working on it: Debrief remembers it for this "
                   "theme.")
    result = lessons.theme_before_after(view.table, view.mentions, theme, started, book)
    label = md(book.label(theme).lower())
    row = metric_row()
    what = f"interviews with feedback raised {label}"
    side_metric(row, f"Before {started:%d %b}", result.before, what)
    side_metric(row, f"Since {started:%d %b}", result.after, what)
    st.info(md(result.verdict), icon=":material/trending_down:")
