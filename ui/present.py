"""How the app words numbers beyond analysis.present's plural and percent: intervals."""

from __future__ import annotations

from collections.abc import Sequence


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
