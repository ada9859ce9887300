"""Overview: the headline numbers, the funnel, and the three issues that recur most."""

from __future__ import annotations

import streamlit as st

from analysis import figures, metrics
from analysis.present import percent, plural
from ui.cache import codebook_cached
from ui.escape import md, quote, quote_source
from ui.frame import run_page
from ui.guards import empty_notice, show_chart
from ui.present import interval_help
from ui.state import View


def headline(view: View) -> None:
    """The period and the five numbers people look at first."""
    head = metrics.headline_numbers(view.table)
    if head["period_start"] and head["period_end"]:
        st.caption(f"{head['period_start']:%d %b %Y} to {head['period_end']:%d %b %Y}")
    cols = st.columns(5)
    cols[0].metric("Applications", f"{head['applications']:,}")
    cols[1].metric("Interviews", f"{head['interviews']:,}")
    cols[2].metric("Offers", f"{head['offers']:,}")
    cols[3].metric(
        "Response rate", percent(head["response_rate"], missing="n/a"),
        help="Applications that heard back: an interview, a rejection or an offer.",
    )
    cols[4].metric(
        "First-round pass rate", percent(head["first_round_pass_rate"], missing="n/a"),
        help=interval_help(
            head["first_round_passed"], head["first_round_decided"], head["first_round_pass_ci"],
            "interviewed applications with a decided first round",
        ),
    )


def work_on_first(view: View) -> None:
    """The three improvements that recur most, each with its evidence."""
    st.subheader("What to work on first")
    context = metrics.tag_context(view.table, view.mentions)
    top = metrics.top_improvements(context, n=3, codebook=codebook_cached())
    if top.empty:
        st.info("No feedback points to an improvement yet. Recurring issues appear here "
                "once your log has feedback notes.")
    for i, item in enumerate(top.itertuples(index=False), 1):
        with st.container(border=True):
            st.markdown(f"**{i}. {md(item.label)}**")
            st.caption(f"{plural(item.mentions, 'mention')} in "
                       f"{plural(item.applications, 'application')}")
            st.markdown(quote(item.evidence))
            st.caption(quote_source(item.company, item.date, item.feedback_source))


def render(view: View) -> None:
    """The Overview page."""
    st.title("Your search at a glance")
    if empty_notice(view, "applications"):
        return
    headline(view)
    left, right = st.columns([3, 2], gap="large")
    with left:
        show_chart(figures.funnel_figure(view.table), key="overview_funnel")
    with right:
        work_on_first(view)


run_page(render)
