"""How Debrief writes numbers, counts and dates for people: one way, everywhere.

Standard library only, so the command line can word its messages without loading pandas.
The sentences that define what a figure means live here too, so the summary, the exports and
the app say the same thing.
"""

from __future__ import annotations

import datetime as dt
import math

# What "first round" counts, wherever the figure is shown (issue: assessment steps and
# screens come before it and are not rounds).
FIRST_ROUND_DEFINITION = (
    "First round means the first interview after any screens and tests "
    "(online tests, assessment centres, recorded video interviews)."
)
FIRST_ROUND_WITH_SCREENS = (
    "First round means the first interview, a phone screen included; tests (online tests, "
    "assessment centres, recorded video interviews) are never a round."
)
NO_FEEDBACK_YET = (
    "There is no feedback in your log yet: add what interviewers said (a column such as "
    "'Feedback' or 'Notes') to see recurring issues, strengths and an action plan."
)
MISSING = "–"  # en dash: a figure with nothing to divide by


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 application', '1,152 applications' (``many`` for irregular plurals).

    >>> plural(1, "application"), plural(1152, "application"), plural(2, "reply", "replies")
    ('1 application', '1,152 applications', '2 replies')
    """
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def percent(rate: float | None, missing: str = MISSING) -> str:
    """A rate as a whole percentage; ``missing`` when there is nothing to divide by.

    >>> percent(0.875), percent(None), percent(float("nan"), missing="n/a")
    ('88%', '–', 'n/a')
    """
    if rate is None:
        return missing
    try:
        if math.isnan(rate):
            return missing
    except TypeError:  # pandas' NA cannot be compared or tested as a float
        return missing
    return f"{rate:.0%}"


def format_date(value: dt.date | None) -> str:
    """A date the way people write it, '8 January 2026' ('' when unknown).

    >>> format_date(dt.date(2026, 1, 8)), format_date(None)
    ('8 January 2026', '')
    """
    if value is None:
        return ""
    try:
        if value != value:  # NaT
            return ""
    except TypeError:
        return ""
    return f"{value.day} {value:%B %Y}"


def filter_note(shown: int, total: int, how: str | None = None,
                noun: str = "application") -> str | None:
    """What a page or an export shows when filters are on ("Showing 585 of 1,152 ..."), else None.

    ``how`` names the filters; without it a note is made only when some rows are hidden.

    >>> filter_note(585, 1152)
    'Showing 585 of 1,152 applications (filtered).'
    >>> filter_note(1, 5, 'role or company contains "gamma"')
    'Showing 1 of 5 applications (role or company contains "gamma").'
    >>> filter_note(9, 9) is None
    True
    """
    if shown >= total and not how:
        return None
    return f"Showing {shown:,} of {plural(total, noun)} ({how or 'filtered'})."


SMALL_BASE = 10  # a rate over fewer cases is shown as a count ("4 of 7"), never a bare percent


def interval_text(low: float, high: float) -> str:
    """A 95% interval in words.

    >>> interval_text(0.184, 0.901)
    '95% range 18% to 90%'
    """
    return f"95% range {percent(low)} to {percent(high)}"


def rate_text(count: int, of: int, *, interval: bool = True, small: int = SMALL_BASE) -> str:
    """A rate as people should read it: under ``small`` cases a count, else a percentage.

    Under ``small`` cases a bare percentage overstates what is known ("100%" from one
    application), so the count comes first, with its 95% Wilson interval unless ``interval``
    is off (a chart's bar label).

    >>> rate_text(4, 7), rate_text(9, 20), rate_text(0, 0), rate_text(4, 7, interval=False)
    ('4 of 7 (95% range 25% to 84%)', '45% (9 of 20)', 'none yet', '4 of 7')
    """
    if of == 0:
        return "none yet"
    if of < small:
        if not interval:
            return f"{count} of {of}"
        from analysis.metrics.intervals import wilson_interval  # pandas: only when needed

        return f"{count} of {of} ({interval_text(*wilson_interval(count, of))})"
    return f"{percent(count / of)} ({count} of {of})" if interval else percent(count / of)
