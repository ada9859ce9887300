"""Overview: next steps first, then the headline numbers, the funnel, and whether it is working."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analysis import figures, metrics
from analysis.present import rate_text
from ui.frame import run_page
from ui.guards import empty_notice, run_guarded, show_chart
from ui.nextsteps import show_next_steps
from ui.present import METRIC_WIDTH, interval_help, metric_row
from ui.progress import show_progress
from ui.rounds import count_screens_toggle, first_round_definition, first_round_numbers
from ui.state import View


def headline(view: View, head: dict) -> None:
    """The period and the five numbers people look at first, small ones as counts."""
    if head["period_start"] and head["period_end"]:
        st.caption(f"{head['period_start']:%d %b %Y} to {head['period_end']:%d %b %Y}")
    passed, decided, ci = first_round_numbers(view.table)
    row = metric_row()
    row.metric("Applications", f"{head['applications']:,}", width=METRIC_WIDTH)
    row.metric("Interviews", f"{head['interviews']:,}", width=METRIC_WIDTH)
    row.metric("Offers", f"{head['offers']:,}", width=METRIC_WIDTH)
    row.metric(
        "Response rate", rate_text(head["responses"], head["applications"], interval=False),
        help=interval_help(
            head["responses"], head["applications"],
            metrics.wilson_interval(head["responses"], head["applications"]),
            "applications heard back (an interview, a rejection or an offer)",
        ), width=METRIC_WIDTH,
    )
    row.metric(
        "First-round pass rate", rate_text(passed, decided, interval=False),
        help=interval_help(passed, decided, ci, "interviewed applications with a decided "
                           "first round") + " " + first_round_definition(),
        width=METRIC_WIDTH,
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
    count_screens_toggle("overview")
    run_guarded(lambda: show_progress(view, today), "before and after")
    show_chart(figures.funnel_figure(view.table), key="overview_funnel")


run_page(render)
