"""Charts of how far applications got: the funnel, step conversion, outcomes, drop-off."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis import metrics
from analysis.figures.style import (
    APPLICATION_COLOR,
    FIRST_ROUND_COLORS,
    FIRST_ROUND_LABELS,
    GREY,
    OUTCOME_COLORS,
    OUTCOME_LABELS,
    SMALL_N,
    empty_figure,
    style_figure,
    trend_mode,
)
from analysis.present import percent, plural, rate_text
from analysis.schema import STAGE_LABELS, STAGES


def funnel_figure(table: pd.DataFrame) -> go.Figure:
    """Applications reaching each stage, from applied to offer."""
    title = "How far your applications got"
    funnel = metrics.funnel_counts(table)
    total = int(funnel["reached"].iloc[0])
    if total == 0:
        return empty_figure(title)
    share = funnel["reached"] / total
    hover = [
        f"{plural(int(n), 'application')} reached {label.lower()} ({percent(s)} of all)"
        for label, n, s in zip(funnel["label"], funnel["reached"], share, strict=True)
    ]
    fig = go.Figure(
        go.Funnel(
            y=funnel["label"].tolist(),
            x=funnel["reached"].tolist(),
            # Under SMALL_N applications the label is a count ("3 of 7"), not "3 (100%)";
            # the hover keeps the count beside its share.
            text=[f"{int(n)} ({percent(s)})" if total >= SMALL_N else f"{int(n)} of {total}"
                  for n, s in zip(funnel["reached"], share, strict=True)],
            textinfo="text",
            hovertext=hover,
            hoverinfo="text",
            marker={"color": APPLICATION_COLOR},
            connector={"fillcolor": "rgba(0,158,115,0.15)"},
            name="Applications",
        )
    )
    return style_figure(fig, title, y_title="Stage")


def conversion_hover(conv: pd.DataFrame, steps: list[str], small: pd.Series) -> list[str]:
    """The hover sentence of each conversion step: counts, rate and its 95% range."""
    return [
        (f"{step}<br>{adv} of {plural(ent, 'application')} moved on ({percent(r)})"
         f"<br>95% range: {percent(lo)} to {percent(hi)}"
         + ("<br>Few applications: the true rate could be anywhere in that range" if s else ""))
        if ent else f"{step}<br>No application reached this step yet"
        for step, adv, ent, r, lo, hi, s in zip(
            steps, conv["advanced"], conv["entered"], conv["rate"], conv["ci_low"],
            conv["ci_high"], small, strict=True,
        )
    ]


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
    hover = conversion_hover(conv, steps, small)
    fig = go.Figure(
        go.Bar(
            x=ticks,
            y=rate.tolist(),
            error_y={
                "type": "data",
                "symmetric": False,
                "array": np.where(conv["entered"] > 0, conv["ci_high"] - rate, 0).tolist(),
                "arrayminus": np.where(conv["entered"] > 0, rate - conv["ci_low"], 0).tolist(),
                "color": GREY,
            },
            # Stripes over a pale fill mark small n on light and dark backgrounds alike.
            marker={
                "color": np.where(small, "rgba(0,158,115,0.3)", APPLICATION_COLOR).tolist(),
                "pattern": {"shape": np.where(small, "/", "").tolist(),
                            "fgcolor": APPLICATION_COLOR, "fgopacity": 1.0},
            },
            text=[rate_text(int(a), int(e), interval=False) if e else "" for a, e in zip(
                conv["advanced"], conv["entered"], strict=True)],
            textposition="inside",
            insidetextanchor="end",
            hovertext=hover,
            hoverinfo="text",
            name="Moved on",
        )
    )
    fig.update_yaxes(tickformat=".0%", range=[0, 1])
    fig = style_figure(fig, title, x_title="Step", y_title="Share that moved on")
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
    shown = metrics.funnel_stages(apps)  # optional stages (assessment) only when present
    chain = [s for s in shown if s != "offer"]
    # Each stage's place in the chain (a stage not shown never is anyone's furthest stage).
    place = np.array([shown.index(s) if s in shown else 0 for s in STAGES])
    codes = place[apps["furthest_stage"].cat.codes.to_numpy()]
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
    return style_figure(fig, title)


def dropoff_trend_figure(table: pd.DataFrame, *, screens_as_round: bool = False) -> go.Figure:
    """First-round drop-off by month of application, one line per first-round type."""
    title = "First-round drop-off by month you applied"
    by_month = metrics.dropoff_by_month(table, screens_as_round=screens_as_round)
    if by_month.empty:
        return empty_figure(title)
    fig = go.Figure()
    for kind in ("screen", "interview"):
        part = by_month[by_month["first_round_type"] == kind]
        if part.empty:
            continue
        hover = [
            f"Applied in {m:%B %Y}, {FIRST_ROUND_LABELS[kind].lower()}"
            f"<br>{c} of {plural(int(o), 'application')} stopped after round 1 ({percent(r)})"
            f"<br>95% range: {percent(lo)} to {percent(hi)}"
            for m, c, o, r, lo, hi in zip(part["month"], part["count"], part["of"],
                                          part["rate"], part["ci_low"], part["ci_high"],
                                          strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=part["month"].tolist(),
                y=part["rate"].tolist(),
                mode=trend_mode(len(part), "+text"),
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
                text=[rate_text(int(c), int(o), interval=False) if o < SMALL_N else f"n={int(o)}"
                      for c, o in zip(part["count"], part["of"], strict=True)],
                textposition="top center",  # "top right" runs off the last month
                hovertext=hover,
                hoverinfo="text",
            )
        )
    fig.update_yaxes(tickformat=".0%", range=[0, 1])
    fig.update_xaxes(dtick="M1", tickformat="%b %Y")
    return style_figure(fig, title, x_title="Month you applied",
                  y_title="Share that stopped after round 1")


