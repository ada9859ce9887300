"""Uploads (file bytes) to the canonical table, with the report a person needs to trust it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from analysis.errors import DebriefError
from analysis.normalize.checks import check_mapping
from analysis.normalize.dates import serials_to_dates
from analysis.normalize.mapping import STAGE_COLUMN, guess_mapping
from analysis.normalize.table import build_one, finish_table
from analysis.normalize.vocab import fold
from analysis.present import plural
from analysis.read import LIMITS, Limits, RawTable, read_raw
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    EVENT_DATE,
    GROUP_FIELDS,
    PRACTICE,
    ROW_ISSUE,
    ROW_STATUS,
    SOURCE_FILE,
    SOURCE_ROW,
    application_rows,
    counted_rows,
    extra_columns,
    interview_rows,
)

_MAX_ISSUES_SHOWN = 15


@dataclass(frozen=True)
class FileImport:
    """What was read from one file and how its columns were understood."""

    source_file: str
    source_format: str
    mapping: dict[str, str]
    raw_columns: list[str]
    notes: list[str]
    sheet: str | None = None
    candidate_sheets: list[str] = field(default_factory=list)  # sheets that could be the log


@dataclass
class ImportResult:
    """The canonical table plus everything a person needs to trust it."""

    table: pd.DataFrame
    mapping: dict[str, str]
    raw_columns: list[str]
    notes: list[str]
    source_format: str
    files: list[FileImport] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Rows read (distinct input rows), applications, interviews, duplicates, skipped.

        Applications and interviews leave practice sessions out, as the funnel does.
        """
        t = self.table
        per_row = t.drop_duplicates([SOURCE_FILE, SOURCE_ROW])
        return {
            "rows_read": len(per_row),
            "applications": int(application_rows(t)[APPLICATION_ID].nunique()),
            "interviews": len(interview_rows(t)),
            "duplicates": int((per_row[ROW_STATUS] == "duplicate").sum()),
            "skipped": int((per_row[ROW_STATUS] == "skipped").sum()),
        }

    def practice_sessions(self) -> int:
        """Counted mock interviews and recorded practice sessions."""
        return int(counted_rows(self.table)[PRACTICE].fillna(False).astype(bool).sum())

    def issues(self) -> pd.DataFrame:
        """One line per input row that has something to say (not ok, or a note)."""
        cols = [SOURCE_FILE, SOURCE_ROW, ROW_STATUS, ROW_ISSUE]
        t = self.table
        return t.loc[t[ROW_ISSUE].notna(), cols].drop_duplicates(
            [SOURCE_FILE, SOURCE_ROW, ROW_ISSUE]
        ).reset_index(drop=True)

    def by_column(self, name: str) -> str:
        """Return the table column a grouping name means (``--by``), or refuse in a sentence.

        ``name`` is a canonical group field ("programme"), a header as in the file
        ("Graduation year", mapped to a group field or kept as the person's own column),
        or an own column's name; case and spacing aside.
        """
        wanted = fold(name, camel=True)
        candidates = [c for c in self.table.columns if c in GROUP_FIELDS or c in
                      extra_columns(self.table)]
        for column in candidates:
            if fold(column, camel=True) == wanted:
                return column
        for f in self.files:
            for header, field_name in f.mapping.items():
                if fold(header, camel=True) == wanted and (field_name or header) in candidates:
                    return field_name or header
        shown = ", ".join(f"'{c}'" for c in candidates) or "none"
        raise DebriefError(
            f"There is no column '{name}' to group by; the log's group and own columns are: "
            f"{shown}."
        )

    def format_report(self) -> str:
        """A short human report: counts, mapping used, and what was not counted and why."""
        return "\n".join([self._count_line(), *self._mapping_lines(),
                          *(f"Note: {n}" for n in self.notes), *self._issue_lines()])

    def _count_line(self) -> str:
        c = self.counts()
        names = ", ".join(f.source_file or "the log" for f in self.files) or "the log"
        practice = self.practice_sessions()
        return (
            f"Read {plural(c['rows_read'], 'row')} from {names}: "
            f"{plural(c['applications'], 'application')}, "
            f"{plural(c['interviews'], 'interview')}"
            + (f", {plural(practice, 'practice session')}" if practice else "")
            + f", {plural(c['duplicates'], 'duplicate row')}, "
            f"{plural(c['skipped'], 'skipped row')}."
        )

    def _mapping_lines(self) -> list[str]:
        lines = []
        for f in self.files:
            heading = "Columns" if len(self.files) == 1 else f"Columns of {f.source_file}"
            lines.append(f"{heading} (change with --map column=field):")
            for column, name in f.mapping.items():
                lines.append(f"  {column!r:30} -> {name or '(kept as an extra column)'}")
        return lines

    def _issue_lines(self) -> list[str]:
        issues = self.issues()
        if not len(issues):
            return []
        lines = ["Rows to check:"]
        for row in issues.head(_MAX_ISSUES_SHOWN).itertuples(index=False):
            where = f"{row.source_file} row {row.source_row}" if len(self.files) > 1 else (
                f"row {row.source_row}")
            lines.append(f"  {where} ({row.row_status}): {row.row_issue}")
        if len(issues) > _MAX_ISSUES_SHOWN:
            lines.append(f"  ... and {len(issues) - _MAX_ISSUES_SHOWN} more rows with notes.")
        return lines


def read_workbook_serials(raw: pd.DataFrame, mapping: dict[str, str],
                          epoch: datetime) -> pd.DataFrame:
    """Day numbers in a workbook's date columns, read in that workbook's date system."""
    dated = [c for c, f in mapping.items()
             if f in (APPLIED_DATE, EVENT_DATE) or f.startswith(STAGE_COLUMN)]
    return raw.assign(**{c: serials_to_dates(raw[c], epoch) for c in dated}) if dated else raw


def read_file(
    filename: str, data: bytes, sheet: str | None, limits: Limits,
    encoding: str | None = None,
) -> RawTable:
    """Read one upload's bytes into its raw table (the reader's limits apply)."""
    return read_raw(data, filename=filename, sheet=sheet, limits=limits, encoding=encoding)


def understand_file(
    raw_table: RawTable, filename: str, overrides: dict[str, str] | None,
) -> tuple[pd.DataFrame, FileImport]:
    """One raw table's rows (before the whole-table steps) and what was understood of it."""
    raw = raw_table.frame.rename(columns=str)
    mapping = guess_mapping(raw.columns, overrides)
    if raw_table.format == "xlsx":
        raw = read_workbook_serials(raw, mapping, raw_table.serial_epoch)
    check_mapping(raw, mapping, [c for c in overrides or {} if mapping.get(c)])
    rows, notes = build_one(raw, mapping, filename)
    return rows, FileImport(
        source_file=filename,
        source_format=raw_table.format,
        mapping=mapping,
        raw_columns=list(raw.columns),
        notes=[*raw_table.notes, *notes],
        sheet=raw_table.sheet,
        candidate_sheets=list(raw_table.candidate_sheets),
    )


@contextmanager
def named_errors(filename: str, several: bool) -> Iterator[None]:
    """In a merged upload, say which file a refusal is about."""
    try:
        yield
    except DebriefError as exc:
        if not several:
            raise
        raise DebriefError(f"{filename}: {exc}") from None


def check_total_rows(total: int, read: int, files: int, limits: Limits) -> None:
    """Refuse uploads that together hold more rows than one file may (checked as they are read).

    >>> check_total_rows(6, 2, 3, Limits(max_rows=5))
    Traceback (most recent call last):
    ...
    analysis.errors.DebriefError: Together the first 2 of the 3 files hold 6 rows, more than \
Debrief's limit of 5 rows for one import: import fewer files at once, or split them.
    """
    if files > 1 and total > limits.max_rows:
        which = f"the {files} files" if read == files else f"the first {read} of the {files} files"
        raise DebriefError(
            f"Together {which} hold {total:,} rows, more than Debrief's limit of "
            f"{limits.max_rows:,} rows for one import: import fewer files at once, or split them."
        )


def import_logs(
    files: Sequence[tuple[str, bytes]],
    *,
    overrides_by_file: dict[str, dict[str, str]] | None = None,
    sheet: str | None = None,
    limits: Limits = LIMITS,
    sheets_by_file: dict[str, str] | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Read several uploads (e.g. a LinkedIn export and your own sheet) into one table.

    ``limits`` (the reader's) bounds each file, and its row limit bounds all files together.
    ``sheets_by_file`` names a workbook's sheet (else ``sheet``, else the reader's choice);
    ``encoding`` is the text encoding of CSV files (None: detected).
    """
    if not files:
        raise DebriefError("No file was given: choose at least one interview log.")
    stacked, imports, total = [], [], 0
    for number, (filename, data) in enumerate(files):
        several = len(files) > 1
        with named_errors(filename, several):
            raw_table = read_file(filename, data, (sheets_by_file or {}).get(filename, sheet),
                                  limits, encoding)
        # Checked before this file's rows are normalised, so a merge over the limit is cheap.
        total += len(raw_table.frame)
        check_total_rows(total, number + 1, len(files), limits)
        with named_errors(filename, several):
            rows, imported = understand_file(
                raw_table, filename, (overrides_by_file or {}).get(filename))
        stacked.append(rows.assign(_file=number))
        imports.append(imported)
    first = imports[0]
    return ImportResult(
        table=finish_table(pd.concat(stacked, ignore_index=True)),
        mapping=first.mapping,
        raw_columns=first.raw_columns,
        notes=[n if len(imports) == 1 else f"{f.source_file}: {n}"
               for f in imports for n in f.notes],
        source_format=first.source_format,
        files=imports,
    )


def import_log(
    data: bytes,
    filename: str,
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    limits: Limits = LIMITS,
    encoding: str | None = None,
) -> ImportResult:
    """Read one uploaded log (bytes) into the canonical table with its report.

    >>> result = import_log(b"Company,Date\\nAcme,2026-01-05\\n", "log.csv")
    >>> result.counts()["applications"], result.mapping
    (1, {'Company': 'company', 'Date': 'event_date'})
    """
    return import_logs(
        [(filename, data)], overrides_by_file={filename: overrides or {}}, sheet=sheet,
        limits=limits, encoding=encoding,
    )
