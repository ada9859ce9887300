"""Unexpected errors become one short message on the screen; the traceback goes to the log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import streamlit as st

from analysis.errors import DebriefError
from ui.escape import md
from ui.state import Loaded, View

LOG = logging.getLogger("debrief.app")

UNEXPECTED_ERROR = (
    "Sorry, this part of Debrief hit an unexpected problem and could not be shown. "
    "The other pages still work; the details are in the terminal where Debrief runs."
)


def run_guarded(run: Callable[[], Any], what: str = "page") -> None:
    """Run a page (or part of one); an unexpected error becomes a short message, logged in full.

    Streamlit's own control flow (st.rerun, st.stop, switch_page) derives from BaseException
    and passes through untouched.
    """
    try:
        run()
    except DebriefError as exc:
        st.error(md(exc))
    except Exception:
        LOG.exception("Unexpected error while rendering the %s", what)
        st.error(UNEXPECTED_ERROR, icon=":material/error:")


def load_data_guarded(load: Callable[[], Loaded], sample: Callable[[], Loaded]) -> Loaded | None:
    """``load``, but an unexpected failure falls back to the sample, then to a message."""
    try:
        return load()
    except Exception:
        LOG.exception("Unexpected error while importing the uploaded log")
    st.error(
        "Debrief could not read that upload because of a problem on its side, not yours. "
        "Showing the sample data instead; the details are in the terminal where Debrief runs."
    )
    try:
        return sample()
    except Exception:
        LOG.exception("Unexpected error while importing the sample log")
        st.error(UNEXPECTED_ERROR)
        return None


def view_guarded(loaded: Loaded, make: Callable[[Loaded], View]) -> View:
    """Render the filters and filter the data; if that fails, show everything, unfiltered."""
    try:
        return make(loaded)
    except Exception:
        LOG.exception("Unexpected error while filtering")
        st.sidebar.error("The filters hit a problem, so every row is shown.")
        return View(loaded, loaded.table)


def empty_notice(view: View, what: str) -> bool:
    """Say so and return True when the (filtered) table has nothing to show for ``what``."""
    if len(view.table):
        return False
    if view.filtered:
        st.info(f"No {what} match the filters. Widen them, or clear them above.")
    else:
        st.info(f"Your log has no {what} yet.")
    return True


# The chart toolbar is always shown (not only on hover, which touch screens and narrow windows
# never get), trimmed to the PNG download and the view resets people use (issue 13 item 15).
CHART_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "displayModeBar": True,
    "modeBarButtons": [["toImage", "resetScale2d"]],
    "toImageButtonOptions": {"format": "png", "filename": "debrief-chart", "scale": 2},
}


def show_chart(figure: Any, *, key: str | None = None) -> None:
    """Render a Plotly figure full-width, with Streamlit's bundled plotly.js (nothing remote)."""
    st.plotly_chart(figure, width="stretch", key=key, config=CHART_CONFIG)
