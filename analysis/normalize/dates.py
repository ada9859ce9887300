"""Dates in any written form, day-first or month-first decided once per column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd
from dateutil import parser as dateutil_parser

from analysis.normalize.vocab import Vocabulary, fold

_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?", re.I)
_EXCEL_EPOCH = datetime(1899, 12, 30)
_FIRST_YEAR, _LAST_YEAR = 1950, 2100

Numeric = tuple[int, int, str, int, int]  # (unique's position, first, separator, second, year)


@dataclass
class ParsedDates:
    """Dates read from a column: values (NaT when missing or unreadable) and which failed."""

    values: pd.Series
    bad: pd.Series
    notes: list[str] = field(default_factory=list)


@dataclass
class _Pending:
    """Distinct values of a column, sorted into read, d/m/y-ambiguous and written forms."""

    parsed: list[datetime | None]
    failed: np.ndarray
    numeric: list[Numeric]
    textual: list[int]


def valid_date(year: int, month: int, day: int) -> datetime | None:
    """Return the date when it exists and lies in 1950..2100, else None.

    >>> valid_date(2026, 2, 30), valid_date(2026, 2, 3)
    (None, datetime.datetime(2026, 2, 3, 0, 0))
    """
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def from_serial(number: float, epoch: datetime = _EXCEL_EPOCH) -> datetime | None:
    """Return the date an Excel day number stands for (1949..2099), else None.

    ``epoch`` is day 0 of the workbook's date system (1904-01-01 for Excel for Mac's).

    >>> from_serial(46056), from_serial(44574, datetime(1904, 1, 1))
    (datetime.datetime(2026, 2, 3, 0, 0), datetime.datetime(2026, 1, 14, 0, 0))
    """
    if 18_000 <= number <= 73_000:
        return epoch + timedelta(days=int(number))
    return None


def serials_to_dates(values: pd.Series, epoch: datetime) -> pd.Series:
    """A workbook date column with its plain day numbers read in the workbook's own epoch.

    Text and real dates stay as they are, so ``parse_dates`` reads them as usual.

    >>> serials_to_dates(pd.Series([44574, "3 Feb 2026"], dtype=object),
    ...                  datetime(1904, 1, 1)).tolist()
    [datetime.datetime(2026, 1, 14, 0, 0), '3 Feb 2026']
    """
    def convert(value: object) -> object:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return from_serial(value, epoch) or value
        return value

    return values.map(convert)


def parse_written_date(text: str, dayfirst: bool) -> datetime | None:
    """Read "12 Feb 2026" or "Feb 3, 2026" (a four-digit year is required), else None.

    >>> parse_written_date("Feb 3, 2026", False), parse_written_date("Feb 3", False)
    (datetime.datetime(2026, 2, 3, 0, 0), None)
    """
    if not _HAS_YEAR.search(text) or _HAS_YEAR.fullmatch(text.strip()):
        return None  # no year, or nothing but a year
    try:
        stamp = dateutil_parser.parse(text, dayfirst=dayfirst, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    return valid_date(stamp.year, stamp.month, stamp.day)


def _is_day_first(a: int, sep: str) -> bool:
    return a > 12 or sep == "."


def _is_month_first(b: int, sep: str) -> bool:
    return b > 12 and sep != "."


def dayfirst_votes(values: pd.Series) -> tuple[int, int]:
    """Count d/m/y texts that can only be day-first and those that can only be month-first.

    >>> dayfirst_votes(pd.Series(["25/02/2026", "02/25/2026", "03.02.2026", None]))
    (2, 1)
    """
    day = month = 0
    for value in pd.unique(values.dropna()):
        if isinstance(value, str) and (m := _DMY.match(value.strip())):
            a, sep, b = int(m[1]), m[2], int(m[3])
            day += _is_day_first(a, sep)
            month += _is_month_first(b, sep)
    return day, month


def _sort_value(i: int, value: object, vocab: Vocabulary, pending: _Pending) -> None:
    """Read one distinct value now when its form is unambiguous, else queue it."""
    if isinstance(value, datetime | date) and not isinstance(value, bool):
        stamp = pd.Timestamp(value)
        pending.parsed[i] = valid_date(stamp.year, stamp.month, stamp.day)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        pending.parsed[i] = from_serial(float(value))
    elif isinstance(value, str):
        text = value.strip()
        if not text or text.casefold() in vocab.ticks or fold(text) in vocab.ticks:
            return
        if m := _YMD.match(text):
            pending.parsed[i] = valid_date(int(m[1]), int(m[2]), int(m[3]))
        elif m := _DMY.match(text):
            pending.numeric.append((i, int(m[1]), m[2], int(m[3]), int(m[4])))
            return
        elif _SERIAL.match(text):
            pending.parsed[i] = from_serial(float(text))
        else:
            pending.textual.append(i)
            return
    pending.failed[i] = pending.parsed[i] is None


def choose_dayfirst(
    numeric: list[Numeric], label: str, hint: bool | None
) -> tuple[bool, list[str]]:
    """Decide day-first for a column from its d/m/y values (else the hint); say when unsure.

    >>> choose_dayfirst([(0, 3, "/", 4, 2026)], "Date", None)[0]
    False
    """
    day_votes = sum(1 for _, a, sep, _b, _ in numeric if _is_day_first(a, sep))
    month_votes = sum(1 for _, _a, sep, b, _ in numeric if _is_month_first(b, sep))
    dayfirst = day_votes > month_votes
    where = f" in '{label}'" if label else ""
    if not (day_votes or month_votes) and hint is not None:
        return hint, []
    if day_votes and month_votes:
        return dayfirst, [
            f"Dates{where} mix day-first and month-first writing; read them as "
            f"{'day/month' if dayfirst else 'month/day'}, as most of them are."
        ]
    if not day_votes and any(a != b for _, a, _s, b, _ in numeric):
        return dayfirst, [
            f"Dates{where} such as 03/04/2026 could be read either way; read them as "
            "month/day (US style). Write one date with a day above 12 to make them day/month."
        ]
    return dayfirst, []


def _read_queued(uniques: np.ndarray, pending: _Pending, dayfirst: bool) -> None:
    """Read the d/m/y values and the written dates once the column's order is known."""
    for i, a, _sep, b, year in pending.numeric:
        year = year + (2000 if year < 70 else 1900) if year < 100 else year
        day, month = (a, b) if dayfirst else (b, a)
        pending.parsed[i] = valid_date(year, month, day)
        pending.failed[i] = pending.parsed[i] is None
    # Written dates ("12 Feb 2026 10:15") go through dateutil, the slow path: once per date
    # with the time of day removed, so a column of timestamps costs one parse per day.
    seen: dict[str, datetime | None] = {}
    for i in pending.textual:
        text = _TIME_OF_DAY.sub(" ", str(uniques[i])).strip(" ,")
        if text not in seen:
            seen[text] = parse_written_date(text, dayfirst)
        pending.parsed[i] = seen[text]
        pending.failed[i] = pending.parsed[i] is None


def parse_dates(
    values: pd.Series, vocab: Vocabulary, label: str = "", *, dayfirst_hint: bool | None = None
) -> ParsedDates:
    """Read a column of dates, deciding day-first or month-first once for the whole column.

    Any d/m/y value with a first number over 12, or written with dots, makes the column
    day-first; any with a second number over 12 makes it month-first; otherwise month-first
    (US style, as LinkedIn and Excel write it) with a note when some values could be either.
    ``dayfirst_hint`` (what the file's other date columns show) decides a column with no
    evidence of its own.

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> parse_dates(pd.Series(["03/02/2026", "13/02/2026"]), v).values.dt.day.tolist()
    [3, 13]
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    pending = _Pending([None] * len(uniques), np.zeros(len(uniques) + 1, dtype=bool), [], [])
    for i, value in enumerate(uniques):
        _sort_value(i, value, vocab, pending)
    dayfirst, notes = choose_dayfirst(pending.numeric, label, dayfirst_hint)
    _read_queued(uniques, pending, dayfirst)
    lookup = np.array([*pending.parsed, None], dtype=object)
    dates = pd.to_datetime(pd.Series(lookup[codes], index=values.index), errors="coerce")
    return ParsedDates(
        values=dates.astype("datetime64[ns]"),
        bad=pd.Series(pending.failed[codes], index=values.index),
        notes=notes,
    )
