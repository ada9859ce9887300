"""Proportions with their 95% Wilson intervals: one rule for every rate Debrief shows."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a proportion; ``(0.0, 1.0)`` (know nothing) when trials == 0.

    >>> tuple(round(x, 4) for x in wilson_interval(1, 3))
    (0.0615, 0.7923)
    """
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    z2 = z * z
    denom = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denom
    # Clamp rounding noise so 0 of n starts at exactly 0 and n of n ends at exactly 1.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return (low, high)


def wilson_frame(successes: pd.Series, trials: pd.Series) -> pd.DataFrame:
    """Rate and Wilson bounds for aligned count columns (NaN rate when the base is 0).

    >>> wilson_frame(pd.Series([1]), pd.Series([3])).round(4).values.tolist()
    [[0.3333, 0.0615, 0.7923]]
    """
    bounds = [wilson_interval(int(s), int(t)) for s, t in zip(successes, trials, strict=True)]
    rate = successes.astype("float64") / trials.astype("float64").replace(0, np.nan)
    return pd.DataFrame(
        {"rate": rate.to_numpy(), "ci_low": [b[0] for b in bounds],
         "ci_high": [b[1] for b in bounds]},
        index=successes.index,
        dtype="float64",
    )


def rate(count: int, base: int) -> float | None:
    """Return count / base, or None when the base is 0.

    >>> rate(1, 4), rate(0, 0)
    (0.25, None)
    """
    return count / base if base else None


def proportion(count: int, of: int) -> dict[str, object]:
    """Return the JSON shape of one proportion: count, of, rate and its 95% interval.

    >>> proportion(1, 4)["ci95"][1] > 0.25
    True
    """
    return {"count": count, "of": of, "rate": rate(count, of),
            "ci95": list(wilson_interval(count, of))}
