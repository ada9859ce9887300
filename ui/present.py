"""How the app words numbers: percentages, counts with their noun, intervals."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def percent(rate: float | None) -> str:
    """Format a rate as a whole percentage; "n/a" when there is nothing to divide by.

    >>> percent(0.3333), percent(None)
    ('33%', 'n/a')
    """
    return "n/a" if rate is None or pd.isna(rate) else f"{rate:.0%}"


def plural(n: int, word: str) -> str:
    """'1 mention', '3 mentions', '1,152 applications'.

    >>> plural(1, "mention"), plural(1152, "application")
    ('1 mention', '1,152 applications')
    """
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


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
