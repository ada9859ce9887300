"""How numbers reach people: one plural, one percent, one date format, honest small rates.

Every helper that words a count, a share or a date goes through here, so "1 interview",
"45%" and "14 Jan 2026" read the same on every page and in every export.
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from analysis.metrics.intervals import wilson_interval
from analysis.metrics.themes import is_recurring

SMALL_BASE = 10  # a rate over fewer cases is shown as a count ("4 of 7") with its interval


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """Return "1 interview", "2 interviews" ("1 company", "2 companies" with its plural).

    >>> plural(1, "row"), plural(3, "row"), plural(2, "company", "companies")
    ('1 row', '3 rows', '2 companies')
    """
    word = noun if n == 1 else (plural_form or f"{noun}s")
    return f"{n:,} {word}"


def percent(share: float | None, digits: int = 0) -> str:
    """Return a share as a percentage ("45%"); "n/a" when there is none.

    >>> percent(0.4512), percent(0.4512, 1), percent(None)
    ('45%', '45.1%', 'n/a')
    """
    if share is None or pd.isna(share):
        return "n/a"
    return f"{share * 100:.{digits}f}%"


def day(value: date | datetime | pd.Timestamp | str | None) -> str:
    """Return a date as "14 Jan 2026" ("" when there is none).

    >>> day(date(2026, 1, 4)), day(None)
    ('4 Jan 2026', '')
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    stamp = pd.Timestamp(value)
    return f"{stamp.day} {stamp.strftime('%b %Y')}"


def interval_text(low: float, high: float) -> str:
    """Return a 95% interval in words.

    >>> interval_text(0.184, 0.901)
    '95% range 18% to 90%'
    """
    return f"95% range {percent(low)} to {percent(high)}"


def rate_text(count: int, of: int, *, small: int = SMALL_BASE) -> str:
    """Return a rate as people should read it: a count under ``small`` cases, else a percent.

    Under ``small`` cases a bare percentage overstates what is known ("100%" from one
    application), so the count comes first, with its interval.

    >>> rate_text(4, 7), rate_text(9, 20), rate_text(0, 0)
    ('4 of 7 (95% range 25% to 84%)', '45% (9 of 20)', 'none yet')
    """
    if of == 0:
        return "none yet"
    if of < small:
        return f"{count} of {of} ({interval_text(*wilson_interval(count, of))})"
    return f"{percent(count / of)} ({count} of {of})"


def is_small(of: int, *, small: int = SMALL_BASE) -> bool:
    """Return True when a rate's base is too small to show as a bare percentage.

    >>> is_small(7), is_small(10)
    (True, False)
    """
    return of < small


def recurrence(applications: int) -> str:
    """Return "recurring" for a theme raised in two applications or more, else "mentioned once".

    >>> recurrence(1), recurrence(2)
    ('mentioned once', 'recurring')
    """
    return "recurring" if is_recurring(applications) else "mentioned once"
