"""The Export page's downloads, built once per view and day from analysis.export.FORMATS.

The cache key is the view's key (every byte and choice of the import, and the filters) and
the day: two sessions share a file only when both would have written the same one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from analysis.export import FORMATS, ExportFormat, ExportInput
from analysis.pipeline import summarise
from ui.cache import codebook_cached
from ui.filters import filter_note
from ui.state import View

# What the page offers, in this order (the packet is the adviser packet: it says what it holds).
OFFERED: tuple[str, ...] = ("xlsx", "html", "md", "letters", "packet")
DOWNLOADS: tuple[ExportFormat, ...] = tuple(FORMATS[name] for name in OFFERED)
STEMS: dict[str, str] = {"letters": "debrief-letters", "packet": "debrief-adviser-packet"}


@st.cache_data(show_spinner="Building your summary...", max_entries=16)
def summary_cached(
    key: str, today: dt.date, _table: pd.DataFrame, _mentions: pd.DataFrame, _note: str
) -> Any:
    """The summary of a view; ``key`` is the view's key (``_note`` follows from it)."""
    return summarise(_table, _mentions, today=today, codebook=codebook_cached(),
                     filter_note=_note or None)


@st.cache_data(show_spinner="Writing the file...", max_entries=32)
def export_cached(
    key: str, today: dt.date, fmt: str, _table: pd.DataFrame, _mentions: pd.DataFrame,
    _note: str,
) -> bytes | str:
    """One export of a view's summary, keyed like ``summary_cached`` plus the format."""
    summary = summary_cached(key, today, _table, _mentions, _note)
    return FORMATS[fmt].write(ExportInput(summary, _table, _mentions, codebook_cached()))


def export_view(view: View, today: dt.date, fmt: str) -> bytes | str:
    """One export of the view's summary, by its FORMATS name ("xlsx" is bytes, others text)."""
    return export_cached(view.key, today, fmt, view.table, view.mentions, filter_note(view))


def file_name(export: ExportFormat, today: dt.date) -> str:
    """'debrief-summary-2026-03-02.xlsx'."""
    return export.file_name(f"{STEMS.get(export.name, 'debrief-summary')}-{today:%Y-%m-%d}")
