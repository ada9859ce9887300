"""Recurring issues: which themes come back, where they end interviews, and the evidence."""

from __future__ import annotations

import streamlit as st

import debrief_ui as ui
from analysis import figures, metrics

view = ui.current_view()
book = ui.codebook_cached()
st.title("Recurring issues")

context = metrics.tag_context(view.table, view.mentions)
if context.empty:
    ui.empty_notice(view, "feedback notes") or st.info(
        "No feedback note in this view mentions a theme yet. Add what interviewers, recruiters "
        "or mock interviews told you to your log's feedback column."
    )
else:
    st.subheader("What keeps coming up")
    st.caption("Mentions per theme: strengths to keep and improvements to work on.")
    ui.show_chart(figures.theme_frequency_figure(context, codebook=book), key="themes")

    st.subheader("Which issues end which rounds")
    ui.show_chart(figures.theme_round_heatmap(context, codebook=book), key="heatmap")

    st.subheader("Are they fading?")
    ui.show_chart(figures.theme_trend_figure(context, codebook=book), key="trend")

    st.subheader("Which ways of asking give specific answers")
    st.caption(
        "Share of notes per source that said nothing specific (only 'better fit' or no theme). "
        "Lower is better: ask that way more often."
    )
    ui.show_chart(
        figures.generic_share_figure(view.table, view.mentions, codebook=book), key="generic"
    )

    st.subheader("Evidence explorer")
    themes = [t for t in book.theme_ids if t in set(context["theme"])]
    chosen = st.selectbox("Theme", themes, format_func=book.label, key="evidence_theme")
    polarity = st.segmented_control(
        "Show", ["improvement", "strength"], format_func=str.capitalize,
        selection_mode="single", key="evidence_polarity",
    )
    evidence = metrics.evidence_for(context, chosen, polarity)
    st.caption(f"{len(evidence)} sentences behind **{ui.md(book.label(chosen))}**.")
    st.dataframe(ui.evidence_table(evidence), hide_index=True, width="stretch")
