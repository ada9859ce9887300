"""What one run of the app works on: session-state keys, the import, the filters and the view.

Pages read a ``View`` (``current_view()``); ``app.py`` builds it once per run from the sidebar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PATH = ROOT / "sample_data" / "interview_log.csv"
SAMPLE_LABEL = "Sample data"

# Session-state keys (one place, so pages and tests agree on them).
KEY_UPLOAD = "upload"
KEY_OVERRIDES = "mapping_overrides"
KEY_GOOD_CHOICES = "_debrief_applied_choices"
KEY_OVERRIDES_FOR = "_debrief_overrides_for"
KEY_SHEETS = "sheet_choices"  # {file name: sheet name} the person picked
KEY_ENCODING = "csv_encoding"
KEY_LOADED = "_debrief_loaded"
KEY_REFUSED = "_debrief_refused"
KEY_DIGESTS = "_debrief_digests"
KEY_FILTERS_FOR = "_debrief_filters_for"
KEY_DATES = "filter_dates"
KEY_TEXT = "filter_text"
KEY_SOURCES = "filter_sources"
KEY_VIEW = "_debrief_view"
KEY_RUN_SECONDS = "_debrief_run_seconds"
# The workspace (ui.workspace): this session's open file, and which data the sidebar shows.
KEY_WORKSPACE = "_debrief_workspace"
KEY_WORKSPACE_ERROR = "_debrief_workspace_error"
KEY_WORKSPACE_LOADED = "_debrief_workspace_loaded"
KEY_SHOW = "workspace_show"  # "workspace" or "upload", when both are there
KEY_SHOW_FOR = "_debrief_show_for"  # the upload the choice was made for
KEY_NOTICE = "_debrief_workspace_notice"  # one sentence after a save or a delete


@dataclass(frozen=True)
class Filters:
    """The sidebar's filters; an unset filter is None, "" or ()."""

    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    sources: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        """Whether any filter narrows the data.

        >>> Filters().active, Filters(text="acme").active
        (False, True)
        """
        return bool(self.start or self.end or self.text or self.sources)

    def key(self) -> str:
        """A stable text naming every filter value (part of the export cache key).

        >>> Filters(text="a").key() == Filters(text="a").key() != Filters(text="b").key()
        True
        """
        return repr((str(self.start), str(self.end), self.text, tuple(sorted(self.sources))))


@dataclass
class Loaded:
    """What the sidebar's data source produced: one import, tagged on demand."""

    key: str  # digest of every byte and option the import was made from (the cache key)
    label: str
    is_sample: bool
    result: Any  # analysis.normalize.ImportResult
    files: tuple[str, ...] = ()
    error: str | None = None  # why an upload was refused (the sample is shown instead)
    warning: str | None = None  # a choice (column, sheet, encoding) that could not be applied
    totals: dict[str, Any] = field(default_factory=dict)  # metrics.headline_numbers, unfiltered
    tagged: pd.DataFrame | None = None  # the mentions, once a page asked for them
    date_bounds: tuple = (None, None)  # first and last day in the log, for the date filter
    sources_present: list[str] = field(default_factory=list)  # feedback sources in the log
    counts: dict[str, int] = field(default_factory=dict)  # ImportResult.counts()
    sheet_options: dict[str, list[str]] = field(default_factory=dict)  # per workbook
    # What changes the results without changing the rows (a workspace's corrections and
    # taught phrases): part of the view's cache key, but no reason to reset the filters.
    revision: str = ""

    @property
    def table(self) -> pd.DataFrame:
        """The canonical table of the whole import."""
        return self.result.table

    @property
    def mentions(self) -> pd.DataFrame:
        """Theme mentions of every note; tagged (with a progress bar) the first time it's asked.

        Lazy on purpose: the funnel and headline numbers need no tagging, so they show at
        once after an upload while a long log is still being tagged.
        """
        if self.tagged is None:
            from ui.tagging import tag_with_progress

            self.tagged = tag_with_progress(self.table)
        return self.tagged


@dataclass
class View:
    """The filtered table (and its mentions) every page reads, plus the filters that made it."""

    loaded: Loaded
    table: pd.DataFrame
    filters: Filters = field(default_factory=Filters)
    kept: pd.DataFrame | None = None

    @property
    def mentions(self) -> pd.DataFrame:
        """Mentions of the rows the filters keep (tagging the log first if need be)."""
        if self.kept is None:
            every = self.loaded.mentions
            unfiltered = self.table is self.loaded.table
            self.kept = every if unfiltered else every[every["row"].isin(self.table.index)]
        return self.kept

    @property
    def filtered(self) -> bool:
        """Whether any filter narrows the data."""
        return self.filters.active

    @property
    def key(self) -> str:
        """Everything this view was made from: the import's key and the filters."""
        return f"{self.loaded.key}{self.loaded.revision}|{self.filters.key()}"


def set_view(view: View) -> None:
    """Hand this run's view to the page about to run."""
    st.session_state[KEY_VIEW] = view


def current_view() -> View:
    """Return the filtered data the sidebar prepared for this run (pages call this first)."""
    return st.session_state[KEY_VIEW]
