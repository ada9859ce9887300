"""Plotly figure builders: pure functions from the canonical table (or tag context) to a Figure.

One look everywhere: transparent backgrounds and mid-grey text and grid lines, readable on
Streamlit's light and dark themes (the styling lives in the figure's template, so a host that
applies its own theme replaces it cleanly); colour-blind-safe Okabe-Ito colours, with strength
and improvement always ``POLARITY_COLORS``. Hover texts are sentences, not column names. A
figure with nothing to show says "No data yet" instead of failing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.schema import STAGE_LABELS, STAGES

# Okabe-Ito blue and vermillion: distinguishable with every common colour-vision deficiency
# and at least 3:1 contrast against both white and Streamlit's dark background.
POLARITY_COLORS: dict[str, str] = {"strength": "#0072B2", "improvement": "#D55E00"}
POLARITY_LABELS: dict[str, str] = {"strength": "Strength", "improvement": "Improvement"}
APPLICATION_COLOR = "#009E73"  # bluish green: counts of applications (funnel, conversion)
OUTCOME_COLORS: dict[str, str] = {
    "offer": "#009E73",
    "rejected": "#CC79A7",
    "ghosted": "#999999",
    "withdrew": "#56B4E9",
    "pending": "#E69F00",
}
OUTCOME_LABELS: dict[str, str] = {
    "offer": "Offer",
    "rejected": "Rejected",
    "ghosted": "Ghosted",
    "withdrew": "Withdrew",
    "pending": "Pending",
}
FIRST_ROUND_COLORS: dict[str, str] = {"screen": "#56B4E9", "interview": "#009E73"}
FIRST_ROUND_LABELS: dict[str, str] = {
    "screen": "First round was a screen",
    "interview": "First round was an interview",
}
SMALL_N = 10  # below this many applications a rate is shown lighter and labelled "n=..."
EMPTY_MESSAGE = "No data yet"

_GREY = "#808080"
TEMPLATE = go.layout.Template(
    layout=go.Layout(
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"color": _GREY, "size": 13},
        colorway=["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#999999"],
        xaxis={"gridcolor": "rgba(128,128,128,0.25)", "zerolinecolor": "rgba(128,128,128,0.4)",
               "automargin": True},
        yaxis={"gridcolor": "rgba(128,128,128,0.25)", "zerolinecolor": "rgba(128,128,128,0.4)",
               "automargin": True},
        hoverlabel={"align": "left"},
        legend={"bgcolor": "rgba(0,0,0,0)"},
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
    )
)


def _style(fig: go.Figure, title: str, x_title: str | None = None,
           y_title: str | None = None) -> go.Figure:
    """Apply the shared template, a title and axis titles."""
    fig.update_layout(template=TEMPLATE, title={"text": title})
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    return fig


def empty_figure(title: str, message: str = EMPTY_MESSAGE) -> go.Figure:
    """A figure with no traces that says ``message`` in its middle."""
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _style(fig, title)


def _pct(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:.0%}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# ----------------------------------------------------------------------------- funnel


def funnel_figure(table: pd.DataFrame) -> go.Figure:
    """Applications reaching each stage, from applied to offer."""
    title = "How far your applications got"
    funnel = metrics.funnel_counts(table)
    total = int(funnel["reached"].iloc[0])
    if total == 0:
        return empty_figure(title)
    share = funnel["reached"] / total
    hover = [
        f"{_plural(int(n), 'application')} reached {label.lower()} ({_pct(s)} of all)"
        for label, n, s in zip(funnel["label"], funnel["reached"], share, strict=True)
    ]
    fig = go.Figure(
        go.Funnel(
            y=funnel["label"].tolist(),
            x=funnel["reached"].tolist(),
            text=[f"{int(n)} ({_pct(s)})" for n, s in zip(funnel["reached"], share,
                                                          strict=True)],
            textinfo="text",
            hovertext=hover,
            hoverinfo="text",
            marker={"color": APPLICATION_COLOR},
            connector={"fillcolor": "rgba(0,158,115,0.15)"},
            name="Applications",
        )
    )
    return _style(fig, title, y_title="Stage")


def conversion_figure(table: pd.DataFrame) -> go.Figure:
    """Share of applications moving on between consecutive stages, with 95% Wilson ranges.

    Bars for fewer than ``SMALL_N`` applications are lighter, and every bar says its n.
    """
    title = "How many moved on at each step"
    conv = metrics.stage_conversion(table)
    if int(conv["entered"].max() if len(conv) else 0) == 0:
        return empty_figure(title)
    steps = [f"{STAGE_LABELS[a]} → {STAGE_LABELS[b]}"
             for a, b in zip(conv["from_stage"], conv["to_stage"], strict=True)]
    # n sits under each step (not on the bar, where the whisker would cross it).
    ticks = [f"{step.replace(' → ', ' →<br>')}<br><b>n={int(n)}</b>"
             for step, n in zip(steps, conv["entered"], strict=True)]
    rate = conv["rate"].fillna(0.0)
    small = conv["entered"] < SMALL_N
    hover = [
        (f"{step}<br>{adv} of {_plural(ent, 'application')} moved on ({_pct(r)})"
         f"<br>95% range: {_pct(lo)} to {_pct(hi)}"
         + ("<br>Few applications: the true rate could be anywhere in that range" if s else ""))
        if ent else f"{step}<br>No application reached this step yet"
        for step, adv, ent, r, lo, hi, s in zip(
            steps, conv["advanced"], conv["entered"], conv["rate"], conv["ci_low"],
            conv["ci_high"], small, strict=True,
        )
    ]
    fig = go.Figure(
        go.Bar(
            x=ticks,
            y=rate.tolist(),
            error_y={
                "type": "data",
                "symmetric": False,
                "array": np.where(conv["entered"] > 0, conv["ci_high"] - rate, 0).tolist(),
                "arrayminus": np.where(conv["entered"] > 0, rate - conv["ci_low"], 0).tolist(),
                "color": _GREY,
            },
            # Stripes over a pale fill mark small n on light and dark backgrounds alike.
            marker={
                "color": np.where(small, "rgba(0,158,115,0.3)", APPLICATION_COLOR).tolist(),
                "pattern": {"shape": np.where(small, "/", "").tolist(),
                            "fgcolor": APPLICATION_COLOR, "fgopacity": 1.0},
            },
            hovertext=hover,
            hoverinfo="text",
            name="Moved on",
        )
    )
    fig.update_yaxes(tickformat=".0%", range=[0, 1.05])
    fig = _style(fig, title, x_title="Step", y_title="Share that moved on")
    if small.any():
        fig.update_layout(title_subtitle_text=(
            f"Striped bars: fewer than {SMALL_N} applications, so the true rate "
            "could be anywhere along the whisker."
        ))
    return fig


def outcome_sankey(table: pd.DataFrame) -> go.Figure:
    """The whole search as flows: stages reached, then how each application ended."""
    title = "Where every application ended"
    apps = metrics.applications_frame(table)
    if apps.empty:
        return empty_figure(title)
    chain = [s for s in STAGES if s != "offer"]
    codes = apps["furthest_stage"].cat.codes.to_numpy()
    outcome_ids = list(metrics.FINAL_OUTCOMES)
    labels = [STAGE_LABELS[s] for s in chain] + [OUTCOME_LABELS[o] for o in outcome_ids]
    colors = [APPLICATION_COLOR] * len(chain) + [OUTCOME_COLORS[o] for o in outcome_ids]
    sources: list[int] = []
    targets: list[int] = []
    values: list[int] = []
    for i in range(len(chain) - 1):  # stage -> next stage (cumulative, like the funnel)
        moved = int((codes >= i + 1).sum())
        if moved:
            sources.append(i)
            targets.append(i + 1)
            values.append(moved)
    # Each application flows out of the furthest stage of the chain it reached (an offer
    # leaves from the final round).
    ended_at = np.minimum(codes, len(chain) - 1)
    outcomes = apps["final_outcome"].astype(str).to_numpy()
    for i in range(len(chain)):
        for j, outcome in enumerate(outcome_ids):
            n = int(((ended_at == i) & (outcomes == outcome)).sum())
            if n:
                sources.append(i)
                targets.append(len(chain) + j)
                values.append(n)
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            textfont={"shadow": "none"},
            node={
                "label": labels,
                "color": colors,
                "pad": 18,
                "thickness": 16,
                "hovertemplate": "%{label}: %{value} applications<extra></extra>",
            },
            link={
                "source": sources,
                "target": targets,
                "value": values,
                "color": ["rgba(128,128,128,0.25)"] * len(values),
                "hovertemplate": (
                    "%{source.label} → %{target.label}: %{value} applications<extra></extra>"
                ),
            },
        )
    )
    return _style(fig, title)


def dropoff_trend_figure(table: pd.DataFrame) -> go.Figure:
    """First-round drop-off by month of application, one line per first-round type."""
    title = "First-round drop-off by month you applied"
    by_month = metrics.dropoff_by_month(table)
    if by_month.empty:
        return empty_figure(title)
    fig = go.Figure()
    for kind in ("screen", "interview"):
        part = by_month[by_month["first_round_type"] == kind]
        if part.empty:
            continue
        hover = [
            f"Applied in {m:%B %Y}, {FIRST_ROUND_LABELS[kind].lower()}"
            f"<br>{c} of {_plural(int(o), 'application')} stopped after round 1 ({_pct(r)})"
            f"<br>95% range: {_pct(lo)} to {_pct(hi)}"
            for m, c, o, r, lo, hi in zip(part["month"], part["count"], part["of"],
                                          part["rate"], part["ci_low"], part["ci_high"],
                                          strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=part["month"].tolist(),
                y=part["rate"].tolist(),
                mode="lines+markers+text",
                name=FIRST_ROUND_LABELS[kind],
                line={"color": FIRST_ROUND_COLORS[kind]},
                marker={"size": 9},
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": (part["ci_high"] - part["rate"]).tolist(),
                    "arrayminus": (part["rate"] - part["ci_low"]).tolist(),
                    "thickness": 1,
                },
                text=[f"n={int(o)}" for o in part["of"]],
                textposition="top right",
                hovertext=hover,
                hoverinfo="text",
            )
        )
    fig.update_yaxes(tickformat=".0%", range=[-0.05, 1.1])
    fig.update_xaxes(dtick="M1", tickformat="%b %Y")
    return _style(fig, title, x_title="Month you applied",
                  y_title="Share that stopped after round 1")


# ----------------------------------------------------------------------------- themes


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
            f"{labels[t]}<br>{name}: {_plural(int(m), 'mention')} "
            f"in {_plural(int(a), 'application')}"
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
         f"{_plural(int(grid.iloc[i, j]), 'improvement mention')}"
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
    return _style(fig, title, x_title="Interview round", y_title="Theme (to improve)")


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
            hover = [f"{label}, {month}<br>{name}: {_plural(int(m), 'mention')}"
                     for month, m in zip(months, counts[k, j], strict=True)]
            traces.append({
                "type": "scatter",
                "x": periods,
                "y": counts[k, j],
                "name": name,
                "legendgroup": name,
                "showlegend": k == 0,
                "mode": "lines+markers",
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
        f"{label}<br>{g} of {_plural(int(n), 'note')} said nothing specific ({_pct(s)})"
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
            text=[f"{_pct(s)} (n={int(n)})"
                  for s, n in zip(share["generic_share"], share["feedback_rows"], strict=True)],
            textposition="outside",
            hovertext=hover,
            hoverinfo="text",
            name="Generic feedback",
        )
    )
    fig.update_xaxes(tickformat=".0%", range=[0, 1.25])
    fig.update_yaxes(autorange="reversed")
    return _style(fig, title, x_title="Share of notes that were generic (e.g. 'better fit')",
                  y_title="Feedback from")
