"""The one path from files to lessons: import -> tag -> summarise, for the CLI and the app.

- :func:`import_files` reads paths (bounded, see :mod:`analysis.files`) or ``(name, bytes)``
  uploads, imports one log or merges several, and turns library warnings into import notes
  (nothing is printed before the report).
- :func:`tag_table` tags the feedback; a log without any feedback text gets no mentions
  without running the tagger (so such a log can never crash the summary or the letters).
- :func:`summarise` builds the :class:`~analysis.summary.Summary` every export renders.
- :func:`load_sample` imports the bundled sample with its dates moved to end near today.

Heavy modules (pandas, the importer, NLTK) load on the first call, not on import.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.files import read_input_file

if TYPE_CHECKING:
    import pandas as pd

    from analysis.codebook import Codebook
    from analysis.normalize import ImportResult
    from analysis.summary import Summary

FileLike = str | Path | tuple[str, bytes]
SAMPLE_PATH = Path(__file__).resolve().parent.parent / "sample_data" / "interview_log.csv"
SAMPLE_LEAD_DAYS = 3  # the sample's latest entry is this many days before today
DATE_COLUMNS: tuple[str, ...] = ("applied_date", "event_date")


def _max_bytes() -> int:
    from analysis.read import LIMITS

    return LIMITS.max_bytes


def read_files(files: Sequence[FileLike]) -> list[tuple[str, bytes]]:
    """(name, bytes) per file: paths are read (and bounded) here, uploads pass through."""
    limit = _max_bytes()
    return [f if isinstance(f, tuple) else (Path(f).name, read_input_file(f, max_bytes=limit))
            for f in files]


def import_files(
    files: Sequence[FileLike],
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    encoding: str | None = None,
    overrides_by_file: dict[str, dict[str, str]] | None = None,
    sheets_by_file: dict[str, str] | None = None,
) -> ImportResult:
    """Import one log, or merge several, the way the person chose to read them.

    ``overrides`` (column -> field) apply to every file, ``overrides_by_file`` to one file
    each (the app's column choices); ``sheets_by_file`` picks a workbook's sheet, else
    ``sheet``; ``encoding`` is the text files' encoding (None: detected).
    """
    from analysis.normalize import import_logs  # heavy: only when a command runs

    pairs = read_files(files)
    by_file = {name: {**(overrides or {}), **(overrides_by_file or {}).get(name, {})}
               for name, _ in pairs}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = import_logs(pairs, overrides_by_file=by_file, sheet=sheet,
                             sheets_by_file=sheets_by_file, encoding=encoding)
    return with_warning_notes(result, [str(w.message) for w in caught])


def with_warning_notes(result: ImportResult, messages: Sequence[str]) -> ImportResult:
    """``result`` with each distinct library warning added to its notes, in words."""
    for message in dict.fromkeys(m.strip() for m in messages if m.strip()):
        note = f"A library reading the file warned: {message}"
        if note not in result.notes:
            result.notes.append(note)
    return result


def has_feedback(table: pd.DataFrame, text_column: str = "feedback") -> bool:
    """True when at least one row holds feedback text (not only blanks)."""
    if text_column not in table.columns:
        return False
    texts = table[text_column].astype("string").str.strip()
    return bool(texts.fillna("").ne("").any())


def tag_table(table: pd.DataFrame, tagger: Any = None, *, codebook: Codebook | None = None,
              **opts: Any) -> pd.DataFrame:
    """The mentions of a table's feedback (``opts`` go to ``tagger.tag_feedback``)."""
    from analysis.schema import empty_mentions

    if not has_feedback(table, opts.get("text_column", "feedback")):
        return empty_mentions()
    from analysis.tagger import build_tagger, tag_feedback

    return tag_feedback(table, tagger or build_tagger(codebook), **opts)


def summarise(table: pd.DataFrame, mentions: pd.DataFrame, *, today: dt.date,
              codebook: Codebook | None = None, filter_note: str | None = None,
              by: str | None = None, by_label: str | None = None) -> Summary:
    """The themed summary every export renders (``filter_note``: see analysis.present).

    ``by`` is the table column to group a cohort by (``ImportResult.by_column`` finds it;
    ``by_label`` is how the user named it): the summary's ``groups``.
    """
    from analysis.summary import build_summary

    return build_summary(table, mentions, today=today, codebook=codebook,
                         filter_note=filter_note, by=by, by_label=by_label)


def shift_dates(table: pd.DataFrame, today: dt.date,
                lead_days: int = SAMPLE_LEAD_DAYS) -> pd.DataFrame:
    """Move every date by whole weeks so the latest is 0-6 days before ``today - lead_days``.

    Whole weeks keep weekdays (an interview stays on a weekday) and the gaps between
    entries; an undated table is unchanged.
    """
    import pandas as pd

    latest = table[list(DATE_COLUMNS)].max().max()
    if pd.isna(latest):
        return table
    days = (pd.Timestamp(today) - pd.Timedelta(days=lead_days) - latest.normalize()).days
    shift = pd.Timedelta(days=days - days % 7)
    return table.assign(**{c: table[c] + shift for c in DATE_COLUMNS})


def load_sample(today: dt.date, path: Path = SAMPLE_PATH) -> ImportResult:
    """The bundled sample log, its dates moved with ``today`` so it always looks current."""
    import dataclasses

    result = import_files([path])
    return dataclasses.replace(result, table=shift_dates(result.table, today))
