"""How numbers reach people: one plural, one percent, one date format, honest small rates.

Every helper that words a count, a share or a date goes through here, so "1 interview",
"45%" and "14 Jan 2026" read the same on every page and in every export.
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

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
