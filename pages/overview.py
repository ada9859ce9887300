"""Overview: next steps first, then the headline numbers, the funnel, and whether it is working."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analysis import figures, metrics
from analysis.figures.style import rate_text
from analysis.present import FIRST_ROUND_DEFINITION
from ui.frame import run_page
from ui.guards import empty_notice, run_guarded, show_chart
from ui.nextsteps import show_next_steps
from ui.present import interval_help
from ui.progress import show_progress
from ui.rounds import count_screens_toggle, first_round_numbers
from ui.state import View


def rate_value(count: int, of: int) -> str:
    """A metric's value: "4 of 7" under ten (never a bare percentage), else a percentage.

    >>> rate_value(4, 7), rate_value(6, 12), rate_value(0, 0)
    ('4 of 7', '50%', 'n/a')
    """
    return rate_text(count, of, count / of) if of else "n/a"


def headline(view: View, head: dict) -> None:
    """The period and the five numbers people look at first, small ones as counts."""
    if head["period_start"] and head["period_end"]:
        st.caption(f"{head['period_start']:%d %b %Y} to {head['period_end']:%d %b %Y}")
    passed, decided, ci = first_round_numbers(view.table)
    cols = st.columns(5)
    cols[0].metric("Applications", f"{head['applications']:,}")
    cols[1].metric("Interviews", f"{head['interviews']:,}")
    cols[2].metric("Offers", f"{head['offers']:,}")
    cols[3].metric(
        "Response rate", rate_value(head["responses"], head["applications"]),
        help=interval_help(
            head["responses"], head["applications"],
            metrics.wilson_interval(head["responses"], head["applications"]),
            "applications heard back (an interview, a rejection or an offer)",
        ),
    )
    cols[4].metric(
        "First-round pass rate", rate_value(passed, decided),
        help=interval_help(passed, decided, ci, "interviewed applications with a decided "
                           "first round") + " " + FIRST_ROUND_DEFINITION,
    )


def render(view: View) -> None:
    """The Overview page."""
    st.title("Your search at a glance")
    today = dt.date.today()
    if view.filtered and empty_notice(view, "applications"):
        return
    run_guarded(lambda: show_next_steps(view, today), "next steps")
    head = metrics.headline_numbers(view.table)
    if not head["applications"]:  # Next steps has said what to add first
        return
    headline(view, head)
    st.caption(FIRST_ROUND_DEFINITION)
    count_screens_toggle()
    left, right = st.columns([3, 2], gap="large")
    with left:
        show_chart(figures.funnel_figure(view.table), key="overview_funnel")
    with right:
        run_guarded(lambda: show_progress(view, today), "before and after")


run_page(render)
