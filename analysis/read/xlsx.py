"""A workbook's log sheet (named, or found by its content) to a RawTable."""

from __future__ import annotations

import io
import threading
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from analysis.errors import DebriefError
from analysis.read.cellscan import CellFacts, describe_uncalculated, scan_cells
from analysis.read.header import count_header_words, header_candidates
from analysis.read.limits import (
    Limits,
    check_cells,
    check_width,
    too_many_rows,
    too_many_stored_rows,
)
from analysis.read.sniff import LOG_NEEDS
from analysis.read.table import RawTable, frame_from_grid, is_blank_cell
from analysis.read.workbook import Manifest, SheetEntry, read_manifest, relationships, rels_path
from analysis.read.zipguard import check_zip, open_zip, refuse_workbook


@dataclass
class OpenBook:
    """A workbook that passed the zip checks: its parts, their tag counts and what it lists."""

    archive: zipfile.ZipFile
    counts: dict[str, Counter[str]]
    manifest: Manifest
    book: Any = None  # the openpyxl workbook, once opened


def inspect_workbook(data: bytes, limits: Limits) -> OpenBook:
    """Check a workbook's zip for hostile content and read what it lists, parsing no sheet."""
    archive = open_zip(data)
    try:
        counts = check_zip(archive, limits)
        return OpenBook(archive, counts, read_manifest(archive, limits))
    except DebriefError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC, inflate, encryption or XML errors in a part
        raise refuse_workbook(exc) from None


@contextmanager
def open_workbook(data: bytes, limits: Limits) -> Iterator[OpenBook]:
    """Check a workbook, then open it read-only with openpyxl."""
    opened = inspect_workbook(data, limits)
    import openpyxl  # imported late: CSV-only use should not pay for it

    try:
        with dimensions_unread():
            opened.book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise refuse_workbook(exc) from None
    try:
        yield opened
    finally:
        opened.book.close()


_LOAD_LOCK = threading.Lock()


@contextmanager
def dimensions_unread() -> Iterator[None]:
    """Stop openpyxl from scanning each sheet for its <dimension> tag while a workbook loads.

    Readers ignore a sheet's claimed size anyway (see :func:`sheet_cells`), and when the tag
    is missing, as in files written by openpyxl or pandas, the scan parses the whole sheet: a
    third of the read time. The lock keeps concurrent loads (one per app session) from
    restoring each other's patch out of order.
    """
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    with _LOAD_LOCK:
        original = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = lambda self: None  # type: ignore[method-assign]
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original  # type: ignore[method-assign]


def read_xlsx(data: bytes, sheet: str | None, limits: Limits) -> RawTable:
    """Read the log sheet (named, or picked by content) of a workbook into a RawTable."""
    with open_workbook(data, limits) as opened:
        try:
            choice = choose_sheet(opened, sheet, limits)
            grid = read_sheet_grid(opened.book[choice.entry.name], limits)
            facts = scan_sheet(opened, choice.entry.path)
        except DebriefError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged or hostile sheet part
            raise refuse_workbook(exc) from None
    manifest = opened.manifest
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


def scan_sheet(opened: OpenBook, path: str) -> CellFacts:
    """Formula cells without a saved value and error cells of a sheet part, when it has any."""
    found = opened.counts.get(path)
    if not found or not (found["f"] or found["error cell"]):
        return CellFacts()
    return scan_cells(opened.archive, path)


@dataclass(frozen=True)
class SheetChoice:
    """The sheet to read, the sheets that could be the log, and notes on the choice."""

    entry: SheetEntry
    candidates: list[str]
    notes: list[str]


def choose_sheet(opened: OpenBook, sheet: str | None, limits: Limits) -> SheetChoice:
    """The worksheet named by the user (case-insensitive), else the one that holds the log.

    Visible sheets come first: a hidden sheet (drop-down lists, lookups) is read only when no
    visible sheet holds a table. Sheets are sampled in order, at most ``max_sheets_sampled``.
    """
    manifest = opened.manifest
    worksheets = manifest.worksheets
    charts = [s.name for s in manifest.sheets if s.kind == "chart"]
    pivots = pivot_sheets(opened.archive, worksheets, limits)
    samples, notes = sample_sheets(opened, [s for s in worksheets if s.name not in pivots], limits)
    candidates = [n for n, rows in samples.items() if header_candidates(rows)]
    if sheet is not None:
        return SheetChoice(find_named_sheet(worksheets, sheet, charts), candidates, notes)
    best = pick_sheet({n: samples[n] for n in candidates}) or pick_sheet(samples)
    if best is None and len(samples) < len(worksheets) - len(pivots):
        raise DebriefError(
            f"None of the {len(samples)} sheets Debrief looked at (its limit) holds a table, "
            f"and the workbook has {len(worksheets):,}: choose the sheet with the log by name."
        )
    if best is None:
        raise DebriefError(describe_no_table([s.name for s in worksheets], charts, pivots))
    entry = next(s for s in worksheets if s.name == best)
    return SheetChoice(entry, candidates, [*notes, *describe_choice(entry, worksheets,
                                                                     candidates)])


def sample_sheets(
    opened: OpenBook, sheets: list[SheetEntry], limits: Limits
) -> tuple[dict[str, list[list[object]]], list[str]]:
    """First rows of the visible sheets, or of the hidden ones if no visible sheet has a table."""
    visible = [s for s in sheets if s.visible]
    budget = limits.max_sheets_sampled
    samples = {s.name: sample_sheet(opened.book[s.name], limits) for s in visible[:budget]}
    if not any(header_candidates(rows) for rows in samples.values()):
        hidden = [s for s in sheets if not s.visible][: max(0, budget - len(samples))]
        samples.update({s.name: sample_sheet(opened.book[s.name], limits) for s in hidden})
    notes = []
    if len(visible) > budget:
        notes.append(
            f"Looked for the log in the first {budget} of the workbook's {len(visible):,} "
            "visible sheets (Debrief's limit); to read another, choose it by name."
        )
    return samples, notes


def describe_choice(
    entry: SheetEntry, worksheets: list[SheetEntry], candidates: list[str]
) -> list[str]:
    """Notes on the sheet picked: which of how many, hidden, or one of several candidates."""
    names = [s.name for s in worksheets]
    notes = []
    if len(names) > 1:
        listed = ", ".join(names[:10]) + (f" and {len(names) - 10:,} more" if len(names) > 10
                                          else "")
        notes.append(f"Read sheet '{entry.name}' (of {len(names)}: {listed}).")
    if not entry.visible:
        notes.append(f"Sheet '{entry.name}' is hidden; it was read because no visible sheet "
                     "holds a table.")
    if len(candidates) > 1:
        notes.append(
            f"{len(candidates)} sheets could be the log ({', '.join(candidates[:10])}); if "
            f"'{entry.name}' is not the one, choose another sheet."
        )
    return notes


def pivot_sheets(archive: zipfile.ZipFile, sheets: list[SheetEntry], limits: Limits) -> set[str]:
    """Names of worksheets that hold a pivot table (a summary, not the log itself)."""
    found = set()
    for entry in sheets:
        if entry.path and any(kind.endswith("/pivotTable") for kind, _, _ in relationships(
                archive, rels_path(entry.path), limits)):
            found.add(entry.name)
    return found


def find_named_sheet(sheets: list[SheetEntry], sheet: str, charts: list[str]) -> SheetEntry:
    """The worksheet whose name matches ``sheet`` ignoring case and surrounding spaces."""
    wanted = sheet.strip().casefold()
    for entry in sheets:
        if entry.name.strip().casefold() == wanted:
            return entry
    if any(c.strip().casefold() == wanted for c in charts):
        raise DebriefError(f"Sheet '{sheet}' is a chart, not a table: name a sheet with the log.")
    listed = ", ".join(f"'{s.name}'" for s in sheets) or "none"
    raise DebriefError(f"The workbook has no sheet named '{sheet}'; its sheets are: {listed}.")


def describe_no_table(names: list[str], charts: list[str], pivots: set[str]) -> str:
    """Why a workbook has nothing to import."""
    if pivots and not set(names) - pivots:
        return (
            "The workbook only holds a pivot table, a summary of a log rather than the log "
            "itself: import the sheet or file the pivot table was made from."
        )
    if charts and not names:
        return (
            "The workbook only holds a chart sheet, no table: import the sheet or file the "
            "chart was made from."
        )
    return f"The workbook has no data in any sheet: {LOG_NEEDS}."


def sample_sheet(ws: object, limits: Limits) -> list[list[object]]:
    """The first non-blank rows of a sheet (at most ``header_scan_rows`` + 10, within a scan)."""
    scan = limits.sample_scan_rows
    rows: list[list[object]] = []
    for stored, (number, cells) in enumerate(sheet_cells(ws, blank_rows=True), start=1):
        if number > scan or stored > scan:
            break
        if cells:
            rows.append([cells[c] for c in sorted(cells) if c <= limits.max_columns])
        if len(rows) >= limits.header_scan_rows + 10:
            break
    return rows


def pick_sheet(samples: dict[str, list[list[object]]]) -> str | None:
    """Name of the sheet that most looks like a log: header words first, then filled rows.

    >>> pick_sheet({"Summary": [["Total", 3]], "Log": [["Company", "Role"], ["Acme", "Analyst"]]})
    'Log'
    """
    scores = {
        name: (max((count_header_words(r) for r in rows[:20]), default=0) * 10 + len(rows))
        for name, rows in samples.items()
        if len(rows) >= 1
    }
    if not scores:
        return None
    return max(scores, key=lambda name: scores[name])  # first of equals wins


def read_sheet_grid(ws: object, limits: Limits) -> pd.DataFrame:
    """All non-blank rows of a sheet as an object grid indexed by the sheet's row numbers."""
    numbers: list[int] = []
    rows: list[tuple[object, ...]] = []
    cap = limits.max_rows + limits.header_scan_rows
    for stored, (number, cells) in enumerate(sheet_cells(ws, blank_rows=True), start=1):
        if number > limits.max_sheet_row_number:
            raise DebriefError(
                "The sheet has more rows than Excel allows, so the file is damaged: open it in "
                "Excel and save it again, or export the log as CSV."
            )
        if stored > cap + limits.stored_row_slack:
            # Formatted but empty rows still cost parsing time: bound them too.
            raise DebriefError(too_many_stored_rows(stored, len(rows), limits))
        if not cells:
            continue
        width = max(cells)
        check_width(width, limits)
        check_cells(len(rows) + 1, width, limits)
        numbers.append(number)
        rows.append(tuple(cells.get(c) for c in range(1, width + 1)))
        if len(rows) > cap:
            raise DebriefError(too_many_rows(limits))
    width = max((len(r) for r in rows), default=0)
    padded = [r + (None,) * (width - len(r)) for r in rows]
    grid = pd.DataFrame(padded, index=pd.Index(numbers, name="source_row"), dtype=object)
    return grid.set_axis(range(width), axis=1) if width else grid


def sheet_cells(ws: object, blank_rows: bool = False) -> Iterator[tuple[int, dict[int, object]]]:
    """Yield (row number, {column number: value}) for rows holding a non-blank cell.

    With ``blank_rows``, rows the XML stores without any text come too, with ``{}``.

    Reads the cells the sheet's XML actually stores, so time and memory follow the file's
    content, never the size it claims (openpyxl's iter_rows pads every row to the widest
    column: one stray cell in column XFD would cost 16,384 slots per row).
    """
    from openpyxl.worksheet._reader import WorkSheetParser  # stable in openpyxl 3.1

    book = ws.parent  # type: ignore[attr-defined]
    with ws._get_source() as source:  # type: ignore[attr-defined]
        parser = WorkSheetParser(
            source,
            ws._shared_strings,  # type: ignore[attr-defined]
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, row in parser.parse():
            cells = {c["column"]: c["value"] for c in row if not is_blank_cell(c["value"])}
            if cells or blank_rows:
                yield number, cells
