"""Charts of what feedback says: themes by frequency, by round, over time, generic share."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.figures.style import (
    OUTCOME_COLORS,
    POLARITY_COLORS,
    POLARITY_LABELS,
    SMALL_N,
    TEMPLATE,
    empty_figure,
    style_figure,
    trend_mode,
)
from analysis.present import percent, plural, rate_text


def _theme_order(themes: pd.Series, book: Codebook) -> list[str]:
    """Codebook order first, then any theme the codebook does not know."""
    present = set(themes)
    known = [t for t in book.theme_ids if t in present]
    return known + sorted(present - set(known))


COUNTS_INPUT = ("row", "theme", "polarity", "application_id")  # what theme_counts reads


def theme_frequency_figure(context: pd.DataFrame, codebook: Codebook | None = None) -> go.Figure:
    """Mentions per theme, strength and improvement side by side."""
    title = "What your feedback keeps mentioning"
    book = codebook or load_codebook()
    counts = metrics.theme_counts(context[list(COUNTS_INPUT)])
    if counts.empty:
        return empty_figure(title)
    improvement_total = (
        counts[counts["polarity"] == "improvement"].set_index("theme")["mentions"]
    )
    themes = sorted(
        _theme_order(counts["theme"], book),
        key=lambda t: -int(improvement_total.get(t, 0)),
    )
    labels = {t: book.label(t) for t in themes}
    traces = []
    for polarity in ("improvement", "strength"):
        part = counts[counts["polarity"].astype(str) == polarity]
        if part.empty:
            continue
        name = POLARITY_LABELS[polarity]
        hover = [
            f"{labels[t]}<br>{name}: {plural(int(m), 'mention')} "
            f"in {plural(int(a), 'application')}"
            for t, m, a in zip(part["theme"], part["mentions"], part["applications"],
                               strict=True)
        ]
        traces.append({
            "type": "bar",
            "orientation": "h",
            "x": part["mentions"].to_numpy(),
            "y": [labels[t] for t in part["theme"]],
            "name": name,
            "legendgroup": name,
            "offsetgroup": name,
            "alignmentgroup": "True",
            "marker": {"color": POLARITY_COLORS[polarity]},
            "customdata": np.array(hover, dtype=object).reshape(-1, 1),
            "hovertemplate": "%{customdata[0]}<extra></extra>",
        })
    layout = {
        "template": TEMPLATE,
        "title": {"text": title},
        "barmode": "group",
        "legend": {"title": {"text": ""}, "tracegroupgap": 0},
        "margin": {"t": 60},
        "xaxis": {"title": {"text": "Mentions"},
                  "dtick": 1 if int(counts["mentions"].max()) <= 10 else None},
        # Horizontal bars draw the first category at the bottom: list the order reversed so
        # the theme to work on first is on top.
        "yaxis": {"title": {"text": "Theme"}, "categoryorder": "array",
                  "categoryarray": [labels[t] for t in reversed(themes)]},
    }
    return go.Figure(data=traces, layout=layout)


def theme_round_heatmap(context: pd.DataFrame, codebook: Codebook | None = None) -> go.Figure:
    """Improvement mentions per theme and interview round: which issues end which rounds."""
    title = "Issues raised, by interview round"
    book = codebook or load_codebook()
    grid = metrics.theme_by_round(context)
    if grid.empty:
        return empty_figure(title)
    # Rounds always show; "No interview" and "Practice" only when they have something.
    keep = [c for c in grid.columns if c.startswith("Round") or grid[c].sum() > 0]
    grid = grid[keep]
    labels = [book.label(t) for t in grid.index]
    hover = [
        [f"{label}, {bucket.lower() if not bucket.startswith('Round') else bucket}: "
         f"{plural(int(grid.iloc[i, j]), 'improvement mention')}"
         for j, bucket in enumerate(grid.columns)]
        for i, label in enumerate(labels)
    ]
    values = grid.to_numpy()
    # Empty cells are gaps (no fill, no text) and filled cells are opaque, so Plotly's
    # automatic black/white cell text stays readable on light and dark pages alike.
    cells = [[int(v) if v else None for v in row] for row in values]
    fig = go.Figure(
        go.Heatmap(
            z=cells,
            x=list(grid.columns),
            y=labels,
            colorscale=[[0.0, "#FBE3D3"], [1.0, POLARITY_COLORS["improvement"]]],
            zmin=0,
            zmax=max(int(values.max()), 1),
            text=[["" if v is None else str(v) for v in row] for row in cells],
            texttemplate="%{text}",
            hovertext=hover,
            hoverinfo="text",
            hoverongaps=True,
            colorbar={"title": {"text": "Mentions"},
                      "dtick": 1 if int(values.max()) <= 10 else None},
            xgap=2,
            ygap=2,
        )
    )
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(showgrid=False)
    return style_figure(fig, title, x_title="Interview round", y_title="Theme (to improve)")


FACET_COLUMNS = 3  # small charts per row in the theme trend
FACET_COL_SPACING, FACET_ROW_SPACING = 0.02, 0.12  # shares of the figure's width / height
TREND_INPUT = ("theme", "polarity", "event_date", "applied_date")  # what theme_trend reads


def _axis_name(axis: str, number: int) -> str:
    """Plotly's name for the ``number``-th x or y axis: 'x', 'x2', ... (layout: 'xaxis2')."""
    return axis if number == 1 else f"{axis}{number}"


def _facet_layout(labels: list[str], y_dtick: int | None) -> tuple[dict, list[tuple[str, str]]]:
    """Axes and titles of small charts, ``FACET_COLUMNS`` a row, filled from the top left.

    Axes are numbered from the bottom left (axis 1 carries the axis titles) and every chart
    shares axis 1's ranges; x tick labels show under the lowest chart of each column and y tick
    labels on the left column. Returns the layout entries and each chart's (xaxis, yaxis).
    """
    n = len(labels)
    ncols = min(n, FACET_COLUMNS)
    nrows = -(-n // ncols)
    width = (1 - (ncols - 1) * FACET_COL_SPACING) / ncols
    height = (1 - (nrows - 1) * FACET_ROW_SPACING) / nrows
    layout: dict = {"annotations": []}
    axes = []
    for k, label in enumerate(labels):
        row, col = nrows - 1 - k // ncols, k % ncols  # row 0 is the bottom one
        number = row * ncols + col + 1
        x0, y0 = col * (width + FACET_COL_SPACING), row * (height + FACET_ROW_SPACING)
        x_name, y_name = _axis_name("x", number), _axis_name("y", number)
        lowest_in_column = k + ncols >= n
        layout[f"xaxis{'' if number == 1 else number}"] = {
            "anchor": y_name,
            "domain": [x0, x0 + width],
            "tickformat": "%b<br>%Y",
            "dtick": "M1",
            "showticklabels": lowest_in_column,
            "title": {"text": "Month" if number == 1 else ""},
            **({} if number == 1 else {"matches": "x"}),
        }
        layout[f"yaxis{'' if number == 1 else number}"] = {
            "anchor": x_name,
            "domain": [y0, y0 + height],
            "rangemode": "tozero",
            "dtick": y_dtick,
            "showticklabels": col == 0,
            "title": {"text": "Mentions" if number == 1 else ""},
            **({} if number == 1 else {"matches": "y"}),
        }
        layout["annotations"].append({
            "text": label, "x": x0 + width / 2, "y": y0 + height, "xref": "paper",
            "yref": "paper", "xanchor": "center", "yanchor": "bottom", "showarrow": False,
        })
        axes.append((x_name, y_name))
    layout["height"] = max(320, 230 * nrows)
    return layout, axes


def theme_trend_figure(context: pd.DataFrame, codebook: Codebook | None = None) -> go.Figure:
    """Mentions per month for each theme (one small chart per theme), strength vs improvement.

    Built from graph objects in one go (plotly express' facets cost ~200 ms a call).
    """
    title = "Do issues fade over time?"
    book = codebook or load_codebook()
    # Only the columns the metric reads: grouping by month sorts every column it is given.
    trend = metrics.theme_trend(context[list(TREND_INPUT)])
    if trend.empty:
        return empty_figure(title)
    # Fill missing months with 0 so a line drops to zero instead of skipping a quiet month.
    periods = pd.date_range(trend["period"].min(), trend["period"].max(), freq="MS")
    themes = _theme_order(trend["theme"], book)
    polarities = ["improvement", "strength"]
    full = pd.MultiIndex.from_product(
        [themes, polarities, periods], names=["theme", "polarity", "period"]
    )
    counts = (
        trend.assign(polarity=trend["polarity"].astype(str), theme=trend["theme"].astype(str))
        .set_index(["theme", "polarity", "period"])["mentions"]
        .reindex(full, fill_value=0)
        .to_numpy()
        .reshape(len(themes), len(polarities), len(periods))
    )
    labels = [book.label(t) for t in themes]
    months = [f"{p:%B %Y}" for p in periods]
    layout, axes = _facet_layout(labels, 1 if int(counts.max()) <= 6 else None)
    traces = []
    for k, (label, (x_name, y_name)) in enumerate(zip(labels, axes, strict=True)):
        for j, polarity in enumerate(polarities):
            name = POLARITY_LABELS[polarity]
            hover = [f"{label}, {month}<br>{name}: {plural(int(m), 'mention')}"
                     for month, m in zip(months, counts[k, j], strict=True)]
            traces.append({
                "type": "scatter",
                "x": periods,
                "y": counts[k, j],
                "name": name,
                "legendgroup": name,
                "showlegend": k == 0,
                "mode": trend_mode(len(periods)),
                "line": {"color": POLARITY_COLORS[polarity]},
                "customdata": np.array(hover, dtype=object).reshape(-1, 1),
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "xaxis": x_name,
                "yaxis": y_name,
            })
    layout.update(
        template=TEMPLATE,
        title={"text": title},
        legend={"title": {"text": ""}, "tracegroupgap": 0},
        margin={"t": 60},
    )
    return go.Figure(data=traces, layout=layout)


def generic_share_figure(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook | None = None
) -> go.Figure:
    """Share of feedback notes that said nothing specific, per way of getting feedback."""
    title = "Which ways of asking get specific answers"
    share = metrics.generic_share_by_source(table, mentions, codebook)
    if share.empty:
        return empty_figure(title)
    hover = [
        f"{label}<br>{g} of {plural(int(n), 'note')} said nothing specific ({percent(s)})"
        for label, g, n, s in zip(share["source_label"], share["generic_rows"],
                                  share["feedback_rows"], share["generic_share"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=share["generic_share"].tolist(),
            y=share["source_label"].tolist(),
            orientation="h",
            marker={"color": OUTCOME_COLORS["ghosted"],
                    "opacity": np.where(share["feedback_rows"] < SMALL_N, 0.6, 1.0).tolist()},
            text=[rate_text(int(g), int(n), interval=False) for g, n in zip(
                share["generic_rows"], share["feedback_rows"], strict=True)],
            textposition="outside",
            cliponaxis=False,  # the label of a 100% bar stands in the margin, not past 100%
            hovertext=hover,
            hoverinfo="text",
            name="Generic feedback",
        )
    )
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    fig.update_layout(margin={"r": 70})
    fig.update_yaxes(autorange="reversed")
    return style_figure(fig, title, x_title="Share of notes that were generic (e.g. 'better fit')",
                  y_title="Feedback from")
