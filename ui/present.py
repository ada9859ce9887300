"""How the app words numbers beyond analysis.present's plural and percent: intervals, counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# A metric's width in pixels: "First-round pass rate" and its help icon fit on one line; in a
# metric_row, metrics wrap onto the next line in a narrow window instead of being cut off.
METRIC_WIDTH = 170


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
