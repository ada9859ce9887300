"""The Export page's four downloads, built once per view and day.

The cache key is the view's key (every byte and choice of the import, and the filters) and
the day: two sessions share a file only when both would have written the same one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from analysis.safe import escape_markdown
from ui import pipeline
from ui.cache import codebook_cached
from ui.filters import filter_note
from ui.state import View


@dataclass(frozen=True)
class Download:
    """One export the page offers."""

    label: str
    fmt: str  # "xlsx" | "html" | "md" | "letters"
    stem: str
    suffix: str
    mime: str


DOWNLOADS: tuple[Download, ...] = (
    Download("Excel workbook", "xlsx", "debrief-summary", ".xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    Download("Report (HTML, opens offline)", "html", "debrief-summary", ".html", "text/html"),
    Download("Summary (Markdown)", "md", "debrief-summary", ".md", "text/markdown"),
    Download("Feedback-request letters", "letters", "debrief-letters", ".md", "text/markdown"),
)


@st.cache_data(show_spinner="Building your summary...", max_entries=16)
def summary_cached(
    key: str, today: dt.date, _table: pd.DataFrame, _mentions: pd.DataFrame, _note: str
) -> Any:
    """The summary of a view; ``key`` is the view's key (``_note`` follows from it)."""
    return pipeline.build_summary(_table, _mentions, today, codebook_cached(), _note)


@st.cache_data(show_spinner="Writing the file...", max_entries=32)
def export_cached(
    key: str, today: dt.date, fmt: str, _table: pd.DataFrame, _mentions: pd.DataFrame,
    _note: str,
) -> bytes | str:
    """One export of a view's summary, keyed like ``summary_cached`` plus the format."""
    summary = summary_cached(key, today, _table, _mentions, _note)
    book = codebook_cached()
    if fmt == "xlsx":
        from analysis.export_excel import summary_to_xlsx

        return summary_to_xlsx(summary, _table, _mentions, codebook=book)
    if fmt == "html":
        from analysis.report import summary_to_html

        return summary_to_html(summary, _table, _mentions, codebook=book)
    if fmt == "md":
        from analysis.report import summary_to_markdown

        return with_note(summary_to_markdown(summary), _note)
    if fmt == "letters":
        from analysis.letters import draft_letters

        return with_note(draft_letters(summary, book), _note)
    raise ValueError(f"unknown export format {fmt!r}")


def with_note(markdown: str, note: str) -> str:
    """Markdown with the filter note under its title, unless the writer put it there itself.

    >>> with_note("# Title\\n\\nBody", "Showing 1 of 2 applications.")
    '# Title\\n\\n> Showing 1 of 2 applications\\\\.\\n\\nBody'
    """
    if not note or pipeline.summary_states_filters():
        return markdown
    title, _, rest = markdown.partition("\n")
    return f"{title}\n\n> {escape_markdown(note)}\n{rest}"


def export_view(view: View, today: dt.date, fmt: str) -> bytes | str:
    """One export of the view's summary: "xlsx" (bytes), "html", "md" or "letters" (text)."""
    return export_cached(view.key, today, fmt, view.table, view.mentions, filter_note(view))


def file_name(download: Download, today: dt.date) -> str:
    """'debrief-summary-2026-03-02.xlsx'."""
    return f"{download.stem}-{today:%Y-%m-%d}{download.suffix}"
