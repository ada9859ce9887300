"""Funnel: how far applications get, conversion between stages, and first-round drop-off."""

from __future__ import annotations

import streamlit as st

from analysis import figures, metrics
from analysis.present import rate_text
from ui.frame import run_page
from ui.guards import empty_notice, show_chart
from ui.present import METRIC_WIDTH, interval_help
from ui.responses import show_responses
from ui.rounds import count_screens_toggle, round_options
from ui.state import View

SMALL_N = figures.SMALL_N  # below this many applications entering a stage, a rate is mostly noise
TABS = ["How far they got", "Conversion", "Stage to outcome", "First-round drop-off",
        "Response times"]


def reach(view: View) -> None:
    """Applications reaching each stage."""
    st.caption("An application counts for every stage it reached, even one it skipped.")
    show_chart(figures.funnel_figure(view.table), key="funnel")


def conversion(view: View) -> None:
    """Conversion from stage to stage, with a warning where the numbers are small."""
    steps = metrics.stage_conversion(view.table)
    small = steps[(steps["entered"] > 0) & (steps["entered"] < SMALL_N)]
    if len(small):
        st.warning(
            f"Small numbers: {len(small)} of these steps rest on fewer than {SMALL_N} "
            "applications, so their rates can swing a lot. The whiskers show the 95% "
            "range the true rate plausibly lies in.",
            icon=":material/info:",
        )
    show_chart(figures.conversion_figure(view.table), key="conversion")


def outcomes(view: View) -> None:
    """Every application from its furthest stage to how it ended."""
    st.caption("Every application, from the furthest stage it reached to how it ended.")
    show_chart(figures.outcome_sankey(view.table), key="sankey")


def dropoff(view: View) -> None:
    """First-round drop-off: the count (a rate only from ten), its interval, and its trend."""
    count_screens_toggle("funnel")
    drop = metrics.first_round_dropoff(view.table, **round_options())
    st.metric(
        "Never got past round 1", rate_text(drop["count"], drop["of"], interval=False),
        help=interval_help(drop["count"], drop["of"], drop["ci95"],
                           "interviewed applications with a decided first round"),
        width=METRIC_WIDTH,
    )
    st.caption(f"{drop['count']} of {drop['of']} applications that had an interview and a "
               "decided first round.")
    show_chart(figures.dropoff_trend_figure(view.table, **round_options()), key="dropoff_trend")


def render(view: View) -> None:
    """The Funnel page; tabs are lazy, so a filter change redraws only the open one."""
    st.title("Funnel")
    if empty_notice(view, "applications"):
        return
    tabs = st.tabs(TABS, key="funnel_tab", on_change="rerun")
    for tab, draw in zip(tabs, (reach, conversion, outcomes, dropoff, show_responses), strict=True):
        if tab.open:
            with tab:
                draw(view)


run_page(render)
