"""Funnel: how far applications get, conversion between stages, and first-round drop-off."""

from __future__ import annotations

import streamlit as st

import debrief_ui as ui
from analysis import figures, metrics

SMALL_N = 10  # below this many applications entering a stage, a rate is mostly noise

view = ui.current_view()
st.title("Funnel")

if not ui.empty_notice(view, "applications"):
    st.subheader("How far applications get")
    st.caption("An application counts for every stage it reached, even one it skipped.")
    ui.show_chart(figures.funnel_figure(view.table), key="funnel")

    st.subheader("Conversion between stages")
    conversion = metrics.stage_conversion(view.table)
    small = conversion[(conversion["entered"] > 0) & (conversion["entered"] < SMALL_N)]
    if len(small):
        st.warning(
            f"Small numbers: {len(small)} of these steps rest on fewer than {SMALL_N} "
            "applications, so their rates can swing a lot. The bars show the 95% range the "
            "true rate plausibly lies in.",
            icon=":material/info:",
        )
    ui.show_chart(figures.conversion_figure(view.table), key="conversion")

    st.subheader("The whole search, stage to outcome")
    ui.show_chart(figures.outcome_sankey(view.table), key="sankey")

    st.subheader("First-round drop-off")
    drop = metrics.first_round_dropoff(view.table)
    left, right = st.columns([1, 3], gap="large")
    with left:
        st.metric(
            "Never got past round 1", ui.percent(drop["rate"]),
            help=ui.interval_help(
                drop["count"], drop["of"], drop["ci95"],
                "interviewed applications with a decided first round",
            ),
        )
        st.caption(
            f"{drop['count']} of {drop['of']} applications that had an interview and a "
            "decided first round."
        )
    with right:
        ui.show_chart(figures.dropoff_trend_figure(view.table), key="dropoff_trend")
