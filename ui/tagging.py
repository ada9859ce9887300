"""Tagging in the app: chunk by chunk, cached, with a progress bar, stopped for a closed tab.

A chunk's cache key is the digest of exactly the frame handed to the tagger (its feedback
and row labels), so the same notes are tagged once whichever file they came from. Between
chunks, and inside ``tag_feedback`` where it can check, the run asks whether its browser
session is still connected: a closed tab stops the work instead of tagging for nobody.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pandas as pd
import streamlit as st

from ui.cache import frame_digest, tagger_cached

LOG = logging.getLogger("debrief.app")
TAG_CHUNK_ROWS = 500  # rows with feedback per cached tagging step (one progress-bar tick)
TAG_COLUMNS = ["feedback"]  # what the tagger reads of a row (and so what the key covers)


class SessionGone(Exception):
    """The browser session of this run disconnected while its notes were being tagged."""


def session_alive() -> Callable[[], bool]:
    """A check that this run's browser session is still connected (True outside a server)."""
    from streamlit.runtime import Runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None or not Runtime.exists():
        return lambda: True
    runtime, session_id = Runtime.instance(), ctx.session_id
    return lambda: bool(runtime.is_active_session(session_id))


@st.cache_data(show_spinner=False, max_entries=256)
def tag_chunk_cached(
    digest: str, _chunk: pd.DataFrame, _alive: Callable[[], bool] = lambda: True
) -> pd.DataFrame:
    """Tag one chunk; ``digest`` is ``frame_digest(_chunk)``. A stopped run is never cached."""
    from analysis.tagger import tag_feedback

    try:
        mentions = tag_feedback(_chunk, tagger_cached(), should_stop=lambda: not _alive())
    except Exception:
        if not _alive():  # the tagger gave up because the session went: nothing to keep
            raise SessionGone from None
        raise
    if not _alive():  # a partial answer must not become the cached one
        raise SessionGone
    return mentions


def tag_with_progress(table: pd.DataFrame) -> pd.DataFrame:
    """Tag every row with feedback, chunk by chunk, with a progress bar when there are many."""
    from analysis.schema import empty_mentions

    rows = table.loc[table["feedback"].fillna("").str.strip() != "", TAG_COLUMNS]
    if rows.empty:
        return empty_mentions()
    alive = session_alive()
    starts = range(0, len(rows), TAG_CHUNK_ROWS)
    bar = st.progress(0.0, text="Tagging feedback...") if len(starts) > 1 else None
    parts, done = [], 0
    try:
        for i, start in enumerate(starts, 1):
            if not alive():
                raise SessionGone
            chunk = rows.iloc[start : start + TAG_CHUNK_ROWS]
            parts.append(tag_chunk_cached(frame_digest(chunk), chunk, alive))
            done += len(chunk)
            if bar is not None:
                bar.progress(i / len(starts), text=f"Tagging feedback... {done:,} of {len(rows):,}")
    except SessionGone:
        # Said in the terminal, where nobody is waiting for the tags any more.
        LOG.warning("Tagging stopped after %d of %d notes: the browser tab was closed.",
                    done, len(rows))
        st.stop()
    if bar is not None:
        bar.empty()
    return pd.concat(parts, ignore_index=True)
