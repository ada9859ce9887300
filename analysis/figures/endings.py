"""Charts of where applications ended: themes by the stage an application ended at, and
response times (issue 13 items 6 and 7).

Rates follow the figures' rules (``analysis.present.rate_text``): a stage with fewer than
``SMALL_N`` exits is labelled "4 of 6", never a bare percentage, and no axis runs past 100%.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.figures.style import SMALL_N, empty_figure, style_figure
from analysis.present import percent, plural, rate_text

# How the applications that ended at a stage read in a sentence: "4 of 6 <noun>".
EXIT_NOUNS: dict[str, str] = {
    "applied": "exits before any interview",
    "screen": "exits after a screen",
    "assessment": "exits after a test",
    "first_round": "first-round exits",
    "second_round": "second-round exits",
    "final_round": "final-round exits",
}
EXIT_COLORS: dict[str, str] = {
    "applied": "#999999", "screen": "#56B4E9", "assessment": "#F0E442",
    "first_round": "#D55E00", "second_round": "#CC79A7", "final_round": "#0072B2",
}
# Column heads, short enough to sit side by side at 800 px.
EXIT_HEADS: dict[str, str] = {
    "applied": "Before any<br>interview", "screen": "After a<br>screen",
    "assessment": "After a<br>test", "first_round": "First<br>round",
    "second_round": "Second<br>round", "final_round": "Final<br>round",
}
TITLE = "Which issues came up where applications ended"


def ending_sentence(label: str, raised: int, ended: int, stage: str) -> str:
    """One bar in words.

    >>> ending_sentence("Preparation", 4, 6, "first_round")
    'Preparation came up in 4 of 6 first-round exits'
    >>> ending_sentence("Preparation", 9, 12, "first_round")
    'Preparation came up in 75% (9 of 12) of first-round exits'
    """
    noun = EXIT_NOUNS.get(stage, f"applications that ended at {stage}")
    if ended < SMALL_N:
        return f"{label} came up in {raised} of {ended} {noun}"
    return f"{label} came up in {rate_text(raised, ended)} of {noun}"


def exits_by_theme(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """``metrics.themes_by_end_stage`` for exits only (offers left out), themes with a mention."""
    frame = metrics.themes_by_end_stage(table, mentions)
    exits = frame[frame["end_stage"].isin(list(EXIT_NOUNS))]
    raised = exits.groupby("theme")["applications_with_theme"].transform("sum")
    return exits[raised > 0].reset_index(drop=True)


def themes_by_ending_figure(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook | None = None
) -> go.Figure:
    """Themes (rows) by exit stage (columns): in how many of those exits the feedback raised it."""
    book = codebook or load_codebook()
    exits = exits_by_theme(table, mentions)
    if exits.empty:
        return empty_figure(TITLE, "No ended application has feedback yet")
    stages = [s for s in EXIT_NOUNS if s in set(exits["end_stage"])]
    order = (exits.groupby("theme")["applications_with_theme"].sum()
             .sort_values(kind="stable").index.tolist())  # most raised at the top
    grid = exits.pivot(index="theme", columns="end_stage").reindex(index=order)
    raised = grid["applications_with_theme"][stages].astype(int)
    ended = grid["applications_ended"][stages].astype(int)
    labels = [book.label(t) for t in order]
    columns = [f"{EXIT_HEADS[s]}<br>({plural(int(ended[s].iloc[0]), 'exit')})" for s in stages]
    text = [[(rate_text(int(k), int(n), interval=False) if n < SMALL_N else percent(k / n))
             if k else "" for k, n in zip(raised.loc[t], ended.loc[t], strict=True)]
            for t in order]
    hover = [[ending_sentence(lab, int(k), int(n), s)
              for k, n, s in zip(raised.loc[t], ended.loc[t], stages, strict=True)]
             for t, lab in zip(order, labels, strict=True)]
    fig = go.Figure(go.Heatmap(
        z=(raised / ended).to_numpy().tolist(), x=columns, y=labels, zmin=0, zmax=1,
        colorscale=[[0, "rgba(213,94,0,0.04)"], [1, "rgba(213,94,0,0.95)"]],
        text=text, texttemplate="%{text}", hovertext=hover, hoverinfo="text",
        showscale=False, xgap=2, ygap=2,  # the cells' own labels carry the numbers
    ))
    fig.update_xaxes(tickangle=0)
    fig.update_layout(height=max(320, 120 + 36 * len(order)))
    return style_figure(fig, TITLE, x_title="Where the applications ended")
