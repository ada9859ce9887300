"""The filters every page shares, and the line every page shows while one is active.

Filter widgets are keyed, so the browser remembers their values across reruns, whatever
their bounds. A new data source therefore *sets* each filter to that source's own span
(dates from its first to its last day, no text, every source) before the widgets are drawn:
dropping the old values would leave the browser showing, and then sending back, the
previous source's dates.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analysis import present
from analysis.schema import SOURCE_LABELS
from ui import state
from ui.escape import md
from ui.state import Filters, Loaded, View


def full_span(loaded: Loaded) -> dict[str, object]:
    """Filter widget values that leave every row of ``loaded`` in."""
    values: dict[str, object] = {state.KEY_TEXT: "", state.KEY_SOURCES: [],
                                 state.KEY_GROUPS: [], state.KEY_PEOPLE: []}
    lo, hi = loaded.date_bounds
    if lo is not None and hi is not None:
        values[state.KEY_DATES] = (pd.Timestamp(lo).date(), pd.Timestamp(hi).date())
    return values


def clear_filters(values: dict[str, object]) -> None:
    """Set every filter widget to ``values`` (a callback, or before the widgets are drawn)."""
    for key in (state.KEY_DATES, state.KEY_TEXT, state.KEY_SOURCES, state.KEY_GROUP_BY,
                state.KEY_GROUPS, state.KEY_PEOPLE):
        if key in values:
            st.session_state[key] = values[key]
        else:
            st.session_state.pop(key, None)


def reset_filters_for(loaded: Loaded) -> None:
    """A new data source (an upload, a remapped column, the sample): filters to its span."""
    if st.session_state.get(state.KEY_FILTERS_FOR) != loaded.key:
        clear_filters(full_span(loaded))
        st.session_state[state.KEY_FILTERS_FOR] = loaded.key


def _picked_dates(loaded: Loaded) -> tuple[dt.date | None, dt.date | None]:
    """The date range picked, None at either end that is the log's own first or last day."""
    lo, hi = (pd.Timestamp(d).date() for d in loaded.date_bounds)
    picked = st.date_input(
        "Dates", min_value=lo, max_value=hi, key=state.KEY_DATES,
        help="Whole applications with any date (applied or interview) in this range.",
    )
    picked = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
    start = picked[0] if picked else None
    end = picked[1] if len(picked) > 1 else None
    return (None if start in (None, lo) else start, None if end in (None, hi) else end)


def sidebar_filters(loaded: Loaded) -> Filters:
    """Render the filters shared by every page and return their values."""
    reset_filters_for(loaded)
    start = end = None
    with st.sidebar:
        st.header("Filters")
        if loaded.date_bounds[0] is not None and loaded.date_bounds[1] is not None:
            start, end = _picked_dates(loaded)
        text = st.text_input(
            "Role or company contains", key=state.KEY_TEXT, placeholder="e.g. analyst"
        ).strip()
        chosen = st.multiselect(
            "Feedback source", loaded.sources_present, key=state.KEY_SOURCES,
            format_func=SOURCE_LABELS.get, placeholder="All sources",
        )
        cohort = cohort_filters(loaded)
    return Filters(start=start, end=end, text=text, sources=tuple(chosen), **cohort)


def _forget_groups() -> None:
    """Another group field was chosen: the values picked for the last one no longer apply."""
    st.session_state[state.KEY_GROUPS] = []


def cohort_filters(loaded: Loaded) -> dict[str, object]:
    """A cohort's group filter (a field, then its values) and person filter; {} otherwise."""
    from ui.cohort import field_label

    info = loaded.cohort
    if info is None or not info.is_cohort:
        return {}
    by, groups = "", []
    if info.groups:
        by = st.selectbox("Group", list(info.groups), key=state.KEY_GROUP_BY,
                          format_func=field_label, on_change=_forget_groups,
                          help="Which of the log's groups the next filter chooses from.")
        groups = st.multiselect(f"{field_label(by)} is", info.groups[by],
                                key=state.KEY_GROUPS, placeholder="All groups")
    people = st.multiselect("Student", info.people, key=state.KEY_PEOPLE,
                            placeholder="All students",
                            help="One student is that student's own view of every page.")
    return {"group_by": by, "groups": tuple(groups), "people": tuple(people)}


def apply_filters(loaded: Loaded, filters: Filters) -> View:
    """Filter the table with ``analysis.filters`` and keep the mentions of the rows left."""
    from analysis.filters import filter_table

    if not filters.active:
        return View(loaded, loaded.table, filters)
    table = filter_table(
        loaded.table,
        start=None if filters.start is None else pd.Timestamp(filters.start),
        end=None if filters.end is None else pd.Timestamp(filters.end),
        text=filters.text or None,
        sources=list(filters.sources) or None,
        groups={filters.group_by: list(filters.groups)} if filters.groups else None,
        people=list(filters.people) or None,
    )
    return View(loaded, table, filters)


def count_applications(table: pd.DataFrame) -> int:
    """Applications in a canonical table, counted as the Overview counts them."""
    from analysis.schema import application_rows

    return int(application_rows(table)["application_id"].nunique())


def day(date: dt.date) -> str:
    """'2 Mar 2026'.

    >>> day(dt.date(2026, 3, 2))
    '2 Mar 2026'
    """
    return f"{date.day} {date:%b %Y}"


def describe_filters(filters: Filters) -> str:
    """The active filters in words (plain text; escape it before Markdown).

    >>> describe_filters(Filters(start=dt.date(2026, 3, 2), text="zeta", sources=("recruiter",)))
    'dates from 2 Mar 2026, role or company contains "zeta", feedback from Recruiter / third party'
    >>> describe_filters(Filters(group_by="programme", groups=("Law",), people=("S1",)))
    'programme / course is "Law", student "S1"'
    """
    parts = []
    if filters.start and filters.end:
        parts.append(f"dates {day(filters.start)} to {day(filters.end)}")
    elif filters.start:
        parts.append(f"dates from {day(filters.start)}")
    elif filters.end:
        parts.append(f"dates up to {day(filters.end)}")
    if filters.text:
        parts.append(f'role or company contains "{filters.text}"')
    if filters.sources:
        names = " or ".join(SOURCE_LABELS.get(s, s) for s in filters.sources)
        parts.append(f"feedback from {names}")
    if filters.groups:
        from ui.cohort import field_label

        named = " or ".join(f'"{g}"' for g in filters.groups)
        parts.append(f"{field_label(filters.group_by).lower()} is {named}")
    if filters.people:
        parts.append("student " + " or ".join(f'"{p}"' for p in filters.people))
    return ", ".join(parts)


def filter_note(view: View) -> str:
    """'Showing 585 of 1,152 applications (dates ...)': what the filters keep; "" if none."""
    if not view.filtered:
        return ""
    shown = count_applications(view.table)
    total = int(view.loaded.totals.get("applications", 0))
    return present.filter_note(shown, total, describe_filters(view.filters)) or ""


def show_filter_note(view: View) -> None:
    """On every page: what the active filters keep, and a button that clears them."""
    note = filter_note(view)
    if not note:
        return
    # A row that wraps: on a narrow window the button goes under the sentence, whole.
    with st.container(horizontal=True, vertical_alignment="center"):
        st.info(md(note), icon=":material/filter_alt:")
        st.button(
            "Clear filters", key="clear_filters", icon=":material/filter_alt_off:",
            on_click=clear_filters, args=(full_span(view.loaded),),
        )
