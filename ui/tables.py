"""Tables of user text: safe to show, to sort and to download from the table's toolbar."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.schema import SOURCE_LABELS

MAX_ROWS_SHOWN = 1_000  # a cohort's 100k-row log stays responsive; the exports have every row


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Prepare user text for st.dataframe, whose toolbar can download it as CSV.

    Cells a spreadsheet would run as a formula get a leading apostrophe (analysis.export.safe).
    st.dataframe shows text as text (no Markdown), so nothing else needs escaping.
    """
    from analysis.export.safe import neutralise_frame

    return neutralise_frame(frame)


def evidence_table(evidence: pd.DataFrame) -> pd.DataFrame:
    """The evidence explorer's columns, in words a person reads: date, company, source, sentence."""
    source = evidence["feedback_source"].astype("string").map(SOURCE_LABELS, na_action="ignore")
    shown = pd.DataFrame(
        {
            "Date": evidence["date"].dt.date,
            "Company": evidence["company"],
            "Source": source,
            "Sentence": evidence["evidence"],
            "Kind": evidence["polarity"].astype("string").str.capitalize(),
            "Round": evidence["round"],
            "Role": evidence["role"],
        }
    )
    return safe_frame(shown)


EVIDENCE_COLUMNS = {
    "Sentence": st.column_config.TextColumn("Sentence", width="large"),
    "Kind": st.column_config.TextColumn("Kind", help="Strength to keep or improvement to make"),
}


def show_rows(frame: pd.DataFrame, total: int) -> None:
    """Show a table of (at most MAX_ROWS_SHOWN) rows, saying when there are more."""
    st.dataframe(frame, hide_index=True, width="stretch")
    if total > len(frame):
        st.caption(
            f"Showing the first {len(frame):,} of {total:,} rows; the Excel export on the "
            "Export page has every row."
        )


def issues_table(issues: pd.DataFrame) -> pd.DataFrame:
    """Rows to check, with headers a person reads."""
    status = {"ok": "Counted", "duplicate": "Duplicate (counted once)", "skipped": "Skipped"}
    return safe_frame(
        pd.DataFrame(
            {
                "File": issues["source_file"],
                "Row": issues["source_row"],
                "What happened": issues["row_status"].astype("string").map(status),
                "Why": issues["row_issue"],
            }
        )
    )


def practice_sessions(table: pd.DataFrame) -> int:
    """Counted rows that are mock interviews or recorded practice."""
    from analysis.schema import counted_rows

    return int(counted_rows(table)["practice"].fillna(False).astype(bool).sum())


def feedback_notes(table: pd.DataFrame) -> int:
    """Counted rows with a feedback note (what the tagger reads)."""
    from analysis.schema import counted_rows

    return int((counted_rows(table)["feedback"].fillna("").str.strip() != "").sum())
