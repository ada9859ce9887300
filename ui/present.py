"""How the app words numbers beyond analysis.present's plural and percent: intervals, counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# A metric as wide as its label or value: in a metric_row, metrics sit side by side and wrap
# onto the next line in a narrow window instead of being cut to "Respon…".
METRIC_WIDTH = "content"


def interval_help(count: int, of: int, ci: Sequence[float], base: str) -> str:
    """Explain a rate with its count, base and 95% interval (the numbers are small).

    >>> interval_help(2, 3, (0.21, 0.94), "first rounds")[:16]
    '2 of 3 first rou'
    """
    if not of:
        return f"No {base} yet."
    lo, hi = ci
    return (
        f"{count} of {of} {base}. With so few, the true rate is plausibly anywhere from "
        f"{lo:.0%} to {hi:.0%} (95% Wilson interval)."
    )


def metric_row() -> Any:
    """A row for metrics (``width=METRIC_WIDTH``) that wraps in a narrow window."""
    import streamlit as st

    return st.container(horizontal=True, wrap=True, gap="medium")
