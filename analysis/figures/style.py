"""The one look every Debrief chart shares: template, colours, titles, the empty chart.

Transparent backgrounds and mid-grey text and grid lines, readable on Streamlit's light and dark
themes (the styling lives in the figure's template, so a host that applies its own theme
replaces it cleanly); colour-blind-safe Okabe-Ito colours, with strength and improvement always
``POLARITY_COLORS``. A figure with nothing to show says "No data yet" instead of failing.
"""

from __future__ import annotations

import plotly.graph_objects as go

from analysis.present import SMALL_BASE

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
SMALL_N = SMALL_BASE  # below this denominator a rate is a count ("4 of 7"), never a bare %
MIN_TREND_POINTS = 3  # fewer points than this are drawn as dots: no trend line through two
EMPTY_MESSAGE = "No data yet"

GREY = "#808080"
TEMPLATE = go.layout.Template(
    layout=go.Layout(
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"color": GREY, "size": 13},
        colorway=["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#999999"],
        xaxis={"gridcolor": "rgba(128,128,128,0.25)", "zerolinecolor": "rgba(128,128,128,0.4)",
               "automargin": True},
        yaxis={"gridcolor": "rgba(128,128,128,0.25)", "zerolinecolor": "rgba(128,128,128,0.4)",
               "automargin": True},
        hoverlabel={"align": "left"},
        # Legends below the plot: at the side they squeeze a chart to half its width at 800 px.
        legend={"bgcolor": "rgba(0,0,0,0)", "orientation": "h", "yanchor": "top", "y": -0.2},
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
    )
)


def style_figure(fig: go.Figure, title: str, x_title: str | None = None,
           y_title: str | None = None) -> go.Figure:
    """Apply the shared template, a title and axis titles."""
    # The title sits just above the plot (its margin grows to fit), so the always-shown
    # toolbar above it never covers a long title in a narrow window.
    fig.update_layout(template=TEMPLATE, title={"text": title, "yref": "paper", "y": 1,
                                                "yanchor": "bottom", "pad": {"b": 12},
                                                "automargin": True})
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
    return style_figure(fig, title)


def trend_mode(points: int, extra: str = "") -> str:
    """Plotly's scatter mode: a line only through ``MIN_TREND_POINTS`` points or more.

    >>> trend_mode(2), trend_mode(3, "+text")
    ('markers', 'lines+markers+text')
    """
    return ("lines+markers" if points >= MIN_TREND_POINTS else "markers") + extra
