"""Plotly figure builders: pure functions from the canonical table (or tag context) to a Figure.

``style`` holds the shared look, ``funnel`` the charts of how far applications got, ``themes``
the charts of what the feedback says. Hover texts are sentences, not column names.
"""

from analysis.figures.funnel import (
    conversion_figure,
    dropoff_trend_figure,
    funnel_figure,
    outcome_sankey,
)
from analysis.figures.style import (
    APPLICATION_COLOR,
    EMPTY_MESSAGE,
    OUTCOME_COLORS,
    OUTCOME_LABELS,
    POLARITY_COLORS,
    POLARITY_LABELS,
    SMALL_N,
    TEMPLATE,
    empty_figure,
)
from analysis.figures.themes import (
    generic_share_figure,
    theme_frequency_figure,
    theme_round_heatmap,
    theme_trend_figure,
)

__all__ = [
    "APPLICATION_COLOR", "EMPTY_MESSAGE", "OUTCOME_COLORS", "OUTCOME_LABELS", "POLARITY_COLORS",
    "POLARITY_LABELS", "SMALL_N", "TEMPLATE", "conversion_figure", "dropoff_trend_figure",
    "empty_figure", "funnel_figure", "generic_share_figure", "outcome_sankey",
    "theme_frequency_figure", "theme_round_heatmap", "theme_trend_figure",
]
