"""A workbook's log sheet to a RawTable: checked first, then read with calamine (Rust)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from analysis.errors import DebriefError
from analysis.read.cellscan import CellFacts, column_letters, describe_uncalculated, scan_cells
from analysis.read.limits import Limits, check_reach
from analysis.read.sheets import choose_sheet
from analysis.read.table import RawTable, frame_from_grid, is_blank_cell
from analysis.read.workbook import Manifest, SheetEntry, read_manifest
from analysis.read.zipguard import PartScan, check_zip, open_zip, refuse_workbook

_INTEGRAL = 2.0**53  # floats up to here that are whole read as int, as Excel meant them


@dataclass
class OpenBook:
    """A workbook that passed the zip checks: its parts, what they hold and what it lists."""

    archive: zipfile.ZipFile
    scans: dict[str, PartScan]
    manifest: Manifest
    book: Any = None  # the calamine workbook, once opened
    loaded: dict[str, Any] = field(default_factory=dict)  # calamine sheets read so far
    unread: list[DebriefError] = field(default_factory=list)  # why sheets could not be sampled


def inspect_workbook(data: bytes, limits: Limits) -> OpenBook:
    """Check a workbook's zip for hostile content and read what it lists, parsing no sheet."""
    archive = open_zip(data)
    try:
        scans = check_zip(archive, limits)
        return OpenBook(archive, scans, read_manifest(archive, limits))
    except DebriefError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC, inflate, encryption or XML errors in a part
        raise refuse_workbook(exc) from None


@contextmanager
def open_workbook(data: bytes, limits: Limits) -> Iterator[OpenBook]:
    """Check a workbook, then open it with calamine (which reads its strings and styles)."""
    opened = inspect_workbook(data, limits)
    from python_calamine import CalamineWorkbook  # imported late: CSV-only use skips it

    with engine_errors():
        opened.book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    try:
        yield opened
    finally:
        opened.loaded.clear()
        opened.book.close()


@contextmanager
def engine_errors() -> Iterator[None]:
    """Turn any failure of the parser (a Rust panic included) into one sentence."""
    try:
        yield
    except DebriefError:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - pyo3 panics derive from BaseException
        raise refuse_workbook(exc) from None


def read_xlsx(data: bytes, sheet: str | None, limits: Limits) -> RawTable:
    """Read the log sheet (named, or picked by content) of a workbook into a RawTable."""
    with open_workbook(data, limits) as opened, engine_errors():
        manifest = opened.manifest
        try:
            choice = choose_sheet(
                opened.archive, manifest, lambda entry: sample_rows(opened, entry, limits),
                sheet, limits,
            )
        except DebriefError:
            if opened.unread:  # nothing found, but a sheet too sprawling to look at: say so
                raise opened.unread[0] from None
            raise
        grid = sheet_grid(opened, choice.entry, limits)
        facts = scan_sheet(opened, choice.entry.path)
    notes = [*choice.notes, *describe_uncalculated(facts.uncalculated)]
    if manifest.date1904:
        notes.append(
            "The workbook counts dates from 1904 (the date system of Excel for Mac); its dates "
            "were read in that system."
        )
    table = frame_from_grid(grid, limits, notes, facts.errors)
    return replace(
        table,
        format="xlsx",
        sheet=choice.entry.name,
        sheets=[s.name for s in manifest.worksheets],
        candidate_sheets=choice.candidates,
        serial_epoch=manifest.epoch,
    )


def load_sheet(opened: OpenBook, entry: SheetEntry, limits: Limits) -> Any:
    """The calamine sheet, once its cells' reach is known to fit in memory."""
    if entry.name not in opened.loaded:
        scan = opened.scans.get(entry.path, PartScan())
        check_reach(scan.reach_rows, scan.last_column, column_letters(scan.last_column - 1),
                    limits)
        opened.loaded[entry.name] = opened.book.get_sheet_by_name(entry.name)
    return opened.loaded[entry.name]


def sample_rows(opened: OpenBook, entry: SheetEntry, limits: Limits) -> list[list[object]]:
    """The first non-blank rows of a sheet (filled cells only); none if it is unsafe to read."""
    try:
        sheet = load_sheet(opened, entry, limits)
    except DebriefError as exc:
        opened.unread.append(exc)
        return []  # too sprawling to sample: another sheet may hold the log
    rows = []
    for row in sheet.to_python(skip_empty_area=False, nrows=limits.sample_scan_rows):
        cells = [v for v in row[: limits.max_columns] if not is_blank_cell(v)]
        if cells:
            rows.append(cells)
        if len(rows) >= limits.header_scan_rows + 10:
            break
    return rows


def sheet_grid(opened: OpenBook, entry: SheetEntry, limits: Limits) -> pd.DataFrame:
    """Every cell of a sheet as an object grid: index = the sheet's row numbers, A = column 0."""
    sheet = load_sheet(opened, entry, limits)
    rows = sheet.to_python(skip_empty_area=True)
    first_row, first_column = sheet.start or (0, 0)
    opened.loaded.clear()  # the cells are in Python now: let the parser's copy go
    width = first_column + (len(rows[0]) if rows else 0)
    values = np.full((len(rows), width), None, dtype=object)
    if rows:
        values[:, first_column:] = typed_cells(rows)
    index = pd.RangeIndex(first_row + 1, first_row + 1 + len(rows), name="source_row")
    return pd.DataFrame(values, index=index, copy=False)


def typed_cells(rows: Sequence[Sequence[object]]) -> np.ndarray:
    """Cells as Excel meant them: whole numbers as int, dates as datetime, "" as missing.

    >>> typed_cells([["Acme", 2.0, 2.5, date(2026, 1, 5), ""]]).tolist()
    [['Acme', 2, 2.5, datetime.datetime(2026, 1, 5, 0, 0), None]]
    """
    return np.array([list(map(typed_cell, row)) for row in rows], dtype=object)


def typed_cell(value: object) -> object:
    """One cell as :func:`typed_cells` gives it."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is float:
        return int(value) if value.is_integer() and abs(value) < _INTEGRAL else value
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value


def scan_sheet(opened: OpenBook, path: str) -> CellFacts:
    """Formula cells without a saved value and error cells of a sheet part, when it has any."""
    found = opened.scans.get(path)
    if not found or not (found.tags["f"] or found.tags["error cell"]):
        return CellFacts()
    return scan_cells(opened.archive, path)
