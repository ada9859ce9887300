"""Overview: the headline numbers, the funnel, and the three issues that recur most."""

from __future__ import annotations

import streamlit as st

import debrief_ui as ui
from analysis import figures, metrics

view = ui.current_view()
st.title("Your search at a glance")

if not ui.empty_notice(view, "applications"):
    head = metrics.headline_numbers(view.table)
    if head["period_start"] and head["period_end"]:
        st.caption(
            f"{head['period_start']:%d %b %Y} to {head['period_end']:%d %b %Y}"
            + (" (filtered)" if view.filtered else "")
        )
    cols = st.columns(5)
    cols[0].metric("Applications", f"{head['applications']:,}")
    cols[1].metric("Interviews", f"{head['interviews']:,}")
    cols[2].metric("Offers", f"{head['offers']:,}")
    cols[3].metric(
        "Response rate", ui.percent(head["response_rate"]),
        help="Applications that heard back: an interview, a rejection or an offer.",
    )
    cols[4].metric(
        "First-round pass rate", ui.percent(head["first_round_pass_rate"]),
        help=ui.interval_help(
            head["first_round_passed"], head["first_round_decided"], head["first_round_pass_ci"],
            "interviewed applications with a decided first round",
        ),
    )

    left, right = st.columns([3, 2], gap="large")
    with left:
        ui.show_chart(figures.funnel_figure(view.table), key="overview_funnel")
    with right:
        st.subheader("What to work on first")
        context = metrics.tag_context(view.table, view.mentions)
        top = metrics.top_improvements(context, n=3, codebook=ui.codebook_cached())
        if top.empty:
            st.info("No feedback points to an improvement yet. Recurring issues appear here "
                    "once your log has feedback notes.")
        for i, item in enumerate(top.itertuples(index=False), 1):
            with st.container(border=True):
                st.markdown(f"**{i}. {ui.md(item.label)}**")
                st.caption(
                    f"{ui.plural(item.mentions, 'mention')} in "
                    f"{ui.plural(item.applications, 'application')}"
                )
                st.markdown(ui.quote(item.evidence))
                st.caption(ui.quote_source(item.company, item.date, item.feedback_source))
