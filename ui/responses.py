"""Response times and ghosting on the Funnel page (issue 13 item 6), by source and channel."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from analysis import metrics
from analysis.present import plural
from analysis.schema import CHANNEL_LABELS, SOURCE_LABELS
from ui.present import METRIC_WIDTH, metric_row
from ui.state import View
from ui.tables import safe_frame

KEY_GHOST_AFTER = "ghost_after_days"
GROUPS: dict[str, tuple[str, dict[str, str]]] = {
    "feedback_source": ("Who gave the feedback", SOURCE_LABELS),
    "feedback_channel": ("How it was given", CHANNEL_LABELS),
}


def days_text(figure: dict[str, Any]) -> str:
    """A median in days ('12 days', 'none yet') from {"median", "n"}.

    >>> days_text({"median": 11.5, "n": 4}), days_text({"median": None, "n": 0})
    ('11.5 days', 'none yet')
    """
    median = figure.get("median")
    if median is None or not figure.get("n"):
        return "none yet"
    return f"{median:g} days" if median != 1 else "1 day"


def group_table(table: pd.DataFrame, by: str, ghost_after: int) -> pd.DataFrame:
    """Response times and ghosting per group, with headers a person reads."""
    head, labels = GROUPS[by]
    frame = metrics.responses_by(table, by, ghost_after=ghost_after)
    return safe_frame(pd.DataFrame({
        head: frame["group"].map(lambda g: labels.get(str(g), str(g))),
        "Applications": frame["applications"],
        "Heard back": frame["responded"],
        "Median days": frame["median_response_days"].round(1),
        "Ghosted": frame["ghosted"],
    }))


def show_responses(view: View) -> None:
    """Median days to a response and to a decision, how many ghosted, by source and channel."""
    ghost_after = int(st.number_input(
        "Count an application as ghosted after this many days without an answer",
        min_value=7, max_value=365, value=metrics.GHOST_AFTER_DAYS, step=1,
        key=KEY_GHOST_AFTER, width=420,
    ))
    figures = metrics.response_summary(view.table, ghost_after=ghost_after)
    reply, decision = figures["response_days"], figures["decision_days"]
    row = metric_row()
    row.metric("Days to a first answer", days_text(reply), width=METRIC_WIDTH,
               help=f"Median days from applying to the first answer (an interview, a test, a "
               f"rejection or an offer), over {plural(reply['n'], 'application')}.")
    row.metric("Days to a decision", days_text(decision), width=METRIC_WIDTH,
               help=f"Median days from an interview to the next step (another round, an "
               f"offer or a rejection), over {plural(decision['n'], 'interview')}.")
    row.metric("Ghosted", f"{figures['ghosted']:,}", width=METRIC_WIDTH,
               help=f"No answer at all: marked ghosted, or still waiting more than "
               f"{ghost_after} days after applying (counted to the last date in your log).")
    st.caption(f"Medians of {plural(reply['n'], 'application')} with both dates and "
               f"{plural(decision['n'], 'interview')} with a dated next step.")
    for by, (head, _) in GROUPS.items():
        st.markdown(f"**By {head[0].lower() + head[1:]}**")
        st.dataframe(group_table(view.table, by, ghost_after), hide_index=True, width="stretch")
