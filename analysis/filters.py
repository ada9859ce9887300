"""The dashboard's shared filters, as pure functions over the canonical table.

Filters keep or drop whole applications, never single interviews, so round numbers and the
funnel stay consistent: an application is in the date range when any of its dates (applied
or an interview/event) is. Rows without an ``application_id`` (practice sessions, skipped
rows) are each treated as their own application.

In a cohort's log the group filter (programme, cohort, ... or any own column) and the person
filter keep whole applications of the chosen groups or students.

The feedback-source filter narrows *feedback*, not applications: rows from other sources keep
their place in the funnel but lose their ``feedback`` text, so theme metrics built with
``metrics.tag_context`` leave their mentions out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

import pandas as pd

from analysis.errors import DebriefError
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    COMPANY,
    EVENT_DATE,
    FEEDBACK,
    FEEDBACK_SOURCE,
    ROLE,
    counted_rows,
    group_values,
    person_key,
)

DateLike = date | datetime | pd.Timestamp | str | None


def _application_key(table: pd.DataFrame) -> pd.Series:
    """Group key: the application id, or a per-row key for rows that have none."""
    own = pd.Series([f"\x00row{i}" for i in range(len(table))], index=table.index, dtype="string")
    return table[APPLICATION_ID].astype("string").fillna(own)


def _to_timestamp(value: DateLike, name: str) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    stamp = pd.to_datetime(value, errors="coerce")
    if pd.isna(stamp):
        raise DebriefError(f"The {name} date {value!r} is not a date; use YYYY-MM-DD.")
    return pd.Timestamp(stamp).normalize()


def _whole_applications(row_match: pd.Series, key: pd.Series) -> pd.Series:
    """Spread a row-level match to every row of the application it belongs to."""
    return row_match.fillna(False).astype(bool).groupby(key, sort=False).transform("any")


def _in_date_range(table: pd.DataFrame, low: pd.Timestamp | None,
                   high: pd.Timestamp | None) -> pd.Series:
    """Rows with an applied or event date inside [low, high] (whole days)."""
    in_range = pd.Series(False, index=table.index)
    for column in (APPLIED_DATE, EVENT_DATE):
        dates = table[column]
        hit = dates.notna()
        if low is not None:
            hit &= dates >= low
        if high is not None:
            hit &= dates < high + pd.Timedelta(days=1)
        in_range |= hit.fillna(False)
    return in_range


def _in_groups(table: pd.DataFrame, groups: Mapping[str, Sequence[str]]) -> pd.Series:
    """Rows whose group, under every column named, is one of the values chosen for it."""
    keep = pd.Series(True, index=table.index)
    for column, values in groups.items():
        if values:
            if column not in table.columns:
                raise DebriefError(f"The log has no column '{column}' to filter by.")
            keep &= group_values(table, column).isin([str(v) for v in values])
    return keep


def filter_table(
    table: pd.DataFrame,
    *,
    start: DateLike = None,
    end: DateLike = None,
    text: str | None = "",
    sources: Sequence[str] | None = None,
    groups: Mapping[str, Sequence[str]] | None = None,
    people: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Keep whole applications with a date in [start, end] whose company or role has ``text``.

    ``sources`` (feedback_source ids) blanks the feedback of rows from other sources; None or
    empty means every source (an empty multiselect reads as "no filter"). Both date bounds
    are inclusive days; text matching ignores case and takes regex characters literally.
    ``groups`` ({column: values}, e.g. {"programme": ["Law"]}) keeps applications in those
    groups and ``people`` (person ids) those of these students; empty means no filter.
    """
    low, high = _to_timestamp(start, "start"), _to_timestamp(end, "end")
    key = _application_key(table)
    keep = pd.Series(True, index=table.index)
    if low is not None or high is not None:
        keep &= _whole_applications(_in_date_range(table, low, high), key)
    needle = (text or "").strip()
    if needle:
        words = table[COMPANY].fillna("") + "\n" + table[ROLE].fillna("")
        keep &= _whole_applications(words.str.contains(needle, case=False, regex=False), key)
    if groups and any(groups.values()):
        keep &= _whole_applications(_in_groups(table, groups), key)
    if people:
        keep &= _whole_applications(person_key(table).isin([str(p) for p in people]), key)
    out = table[keep.to_numpy()]
    if sources:
        chosen = out[FEEDBACK_SOURCE].astype("string").isin(list(sources)).fillna(False)
        out = out.assign(**{FEEDBACK: out[FEEDBACK].where(chosen.to_numpy())})
    return out


def group_options(table: pd.DataFrame, by: str) -> list[str]:
    """Return the groups a filter can offer under column ``by``, sorted.

    >>> group_options(pd.DataFrame({"application_id": ["a", "b"], "cohort": ["2027", None],
    ...                             "row_status": ["ok", "ok"]}), "cohort")
    ['2027', 'Not recorded']
    """
    return sorted(set(group_values(counted_rows(table), by)))


def people_options(table: pd.DataFrame) -> list[str]:
    """Return the person ids a filter can offer (none for a personal log), sorted."""
    ids = person_key(counted_rows(table))
    return sorted(set(ids[ids != ""]))


def date_bounds(table: pd.DataFrame) -> tuple[date | None, date | None]:
    """The first and last day of counted rows (applied or event dates), or (None, None)."""
    rows = counted_rows(table)
    dates = pd.concat([rows[APPLIED_DATE], rows[EVENT_DATE]]).dropna()
    if dates.empty:
        return (None, None)
    return (dates.min().date(), dates.max().date())
