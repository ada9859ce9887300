"""The one statistic every rate Debrief shows carries: the 95% Wilson interval.

Standard library only, so wording a rate (analysis.present) needs neither pandas nor metrics.
"""

from __future__ import annotations

import math


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
