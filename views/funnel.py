"""Funnel: how far applications get, conversion between stages, and first-round drop-off."""

from __future__ import annotations

import streamlit as st

import debrief_ui as ui
from analysis import figures, metrics

SMALL_N = figures.SMALL_N  # below this many applications entering a stage, a rate is mostly noise
TABS = ["How far they got", "Conversion", "Stage to outcome", "First-round drop-off"]

view = ui.current_view()
st.title("Funnel")

if not ui.empty_notice(view, "applications"):
    # Lazy tabs: only the open one is computed, so a filter change redraws one chart.
    reach, conversion, sankey, dropoff = st.tabs(TABS, key="funnel_tab", on_change="rerun")
    if reach.open:
        with reach:
            st.caption("An application counts for every stage it reached, even one it skipped.")
            ui.show_chart(figures.funnel_figure(view.table), key="funnel")
    if conversion.open:
        with conversion:
            steps = metrics.stage_conversion(view.table)
            small = steps[(steps["entered"] > 0) & (steps["entered"] < SMALL_N)]
            if len(small):
                st.warning(
                    f"Small numbers: {len(small)} of these steps rest on fewer than {SMALL_N} "
                    "applications, so their rates can swing a lot. The whiskers show the 95% "
                    "range the true rate plausibly lies in.",
                    icon=":material/info:",
                )
            ui.show_chart(figures.conversion_figure(view.table), key="conversion")
    if sankey.open:
        with sankey:
            st.caption("Every application, from the furthest stage it reached to how it ended.")
            ui.show_chart(figures.outcome_sankey(view.table), key="sankey")
    if dropoff.open:
        with dropoff:
            drop = metrics.first_round_dropoff(view.table)
            left, right = st.columns([1, 3], gap="large")
            left.metric(
                "Never got past round 1", ui.percent(drop["rate"]),
                help=ui.interval_help(
                    drop["count"], drop["of"], drop["ci95"],
                    "interviewed applications with a decided first round",
                ),
            )
            left.caption(
                f"{drop['count']} of {drop['of']} applications that had an interview and a "
                "decided first round."
            )
            with right:
                ui.show_chart(figures.dropoff_trend_figure(view.table), key="dropoff_trend")
