"""Recurring issues: which themes come back, where they end interviews, and the evidence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import figures, metrics
from analysis.figures import endings
from ui.cache import codebook_cached
from ui.escape import md
from ui.frame import run_page
from ui.guards import empty_notice, show_chart
from ui.state import View
from ui.tables import EVIDENCE_COLUMNS, evidence_table

# Rows three lines high: the grid wraps a long sentence onto them instead of cutting it off.
EVIDENCE_ROW_HEIGHT = 72
# The sentence first: in a narrow window it is what shows without scrolling sideways.
EVIDENCE_ORDER = ("Sentence", "Company", "Date", "Source", "Kind", "Round", "Role")
TABS = ["Themes", "By round", "Where they ended", "Over time", "Ways of asking", "Evidence"]


def themes(view: View, context: pd.DataFrame) -> None:
    """Mentions per theme."""
    st.caption("Mentions per theme: strengths to keep and improvements to work on.")
    show_chart(figures.theme_frequency_figure(context, codebook=codebook_cached()), key="themes")


def by_round(view: View, context: pd.DataFrame) -> None:
    """Improvements by the round that raised them."""
    st.caption("Issues to improve by the round they were raised in: what ends first rounds?")
    show_chart(figures.theme_round_heatmap(context, codebook=codebook_cached()), key="heatmap")


def by_ending(view: View, context: pd.DataFrame) -> None:
    """Themes by the stage where applications ended: what the exits at each stage heard."""
    st.caption("For each stage where applications ended (rejected, ghosted or withdrawn), how "
               "many of those exits raised each issue. Hover over a cell for the sentence.")
    show_chart(endings.themes_by_ending_figure(view.table, view.mentions,
                                               codebook=codebook_cached()), key="endings")


def over_time(view: View, context: pd.DataFrame) -> None:
    """Themes over time."""
    show_chart(figures.theme_trend_figure(context, codebook=codebook_cached()), key="trend")


def ways_of_asking(view: View, context: pd.DataFrame) -> None:
    """Which sources give specific feedback."""
    st.caption(
        "Share of notes per source that said nothing specific (only 'better fit' or no "
        "theme). Lower is better: ask that way more often."
    )
    show_chart(
        figures.generic_share_figure(view.table, view.mentions, codebook=codebook_cached()),
        key="generic",
    )


def evidence(view: View, context: pd.DataFrame) -> None:
    """Every sentence behind one theme and polarity."""
    book = codebook_cached()
    present = [t for t in book.theme_ids if t in set(context["theme"])]
    chosen = st.selectbox("Theme", present, format_func=book.label, key="evidence_theme")
    polarity = st.segmented_control(
        "Show", ["improvement", "strength"], format_func=str.capitalize,
        selection_mode="single", key="evidence_polarity",
    )
    sentences = metrics.evidence_for(context, chosen, polarity)
    st.caption(f"{len(sentences)} sentences behind **{md(book.label(chosen))}**.")
    st.dataframe(
        evidence_table(sentences), hide_index=True, width="stretch",
        column_config=EVIDENCE_COLUMNS, row_height=EVIDENCE_ROW_HEIGHT,
        column_order=EVIDENCE_ORDER,
    )


def render(view: View) -> None:
    """The Recurring issues page; tabs are lazy, so a filter change redraws only the open one."""
    st.title("Recurring issues")
    context = metrics.tag_context(view.table, view.mentions)
    if context.empty:
        if not empty_notice(view, "feedback notes"):
            st.info(
                "No feedback note in this view mentions a theme yet. Add what interviewers, "
                "recruiters or mock interviews told you to your log's feedback column."
            )
        return
    tabs = st.tabs(TABS, key="issues_tab", on_change="rerun")
    for tab, draw in zip(tabs, (themes, by_round, by_ending, over_time, ways_of_asking,
                                        evidence),
                         strict=True):
        if tab.open:
            with tab:
                draw(view, context)


run_page(render)
