"""Recurring issues: which themes come back, where they end interviews, and the evidence."""

from __future__ import annotations

import streamlit as st

import debrief_ui as ui
from analysis import figures, metrics

TABS = ["Themes", "By round", "Over time", "Ways of asking", "Evidence"]

view = ui.current_view()
book = ui.codebook_cached()
st.title("Recurring issues")

context = metrics.tag_context(view.table, view.mentions)
if context.empty:
    if not ui.empty_notice(view, "feedback notes"):
        st.info(
            "No feedback note in this view mentions a theme yet. Add what interviewers, "
            "recruiters or mock interviews told you to your log's feedback column."
        )
else:
    # Lazy tabs: only the open one is computed, so a filter change redraws one chart.
    themes, rounds, trend, asking, evidence = st.tabs(TABS, key="issues_tab", on_change="rerun")
    if themes.open:
        with themes:
            st.caption("Mentions per theme: strengths to keep and improvements to work on.")
            ui.show_chart(figures.theme_frequency_figure(context, codebook=book), key="themes")
    if rounds.open:
        with rounds:
            st.caption("Issues to improve by the round they were raised in: what ends first "
                       "rounds?")
            ui.show_chart(figures.theme_round_heatmap(context, codebook=book), key="heatmap")
    if trend.open:
        with trend:
            ui.show_chart(figures.theme_trend_figure(context, codebook=book), key="trend")
    if asking.open:
        with asking:
            st.caption(
                "Share of notes per source that said nothing specific (only 'better fit' or no "
                "theme). Lower is better: ask that way more often."
            )
            ui.show_chart(
                figures.generic_share_figure(view.table, view.mentions, codebook=book),
                key="generic",
            )
    if evidence.open:
        with evidence:
            present = [t for t in book.theme_ids if t in set(context["theme"])]
            chosen = st.selectbox("Theme", present, format_func=book.label, key="evidence_theme")
            polarity = st.segmented_control(
                "Show", ["improvement", "strength"], format_func=str.capitalize,
                selection_mode="single", key="evidence_polarity",
            )
            sentences = metrics.evidence_for(context, chosen, polarity)
            st.caption(f"{len(sentences)} sentences behind **{ui.md(book.label(chosen))}**.")
            st.dataframe(
                ui.evidence_table(sentences), hide_index=True, width="stretch",
                column_config=ui.EVIDENCE_COLUMNS,
            )
