"""A workbook's log sheet (named, or found by its content) to a RawTable."""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pandas as pd

from analysis.errors import DebriefError
from analysis.read.header import count_header_words
from analysis.read.limits import (
    Limits,
    check_cells,
    check_width,
    too_many_rows,
    too_many_stored_rows,
)
from analysis.read.sniff import LOG_NEEDS
from analysis.read.table import RawTable, frame_from_grid, is_blank_cell
from analysis.read.zipguard import check_zip, open_zip, refuse_workbook


@contextmanager
def open_workbook(data: bytes, limits: Limits) -> Iterator[object]:
    """Check a workbook's zip for hostile content, then open it read-only with openpyxl."""
    archive = open_zip(data)
    try:
        check_zip(archive, limits)
    except DebriefError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC, inflate or encryption errors in a part
        raise refuse_workbook(exc) from None
    import openpyxl  # imported late: CSV-only use should not pay for it

    try:
        with dimensions_unread():
            book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise refuse_workbook(exc) from None
    try:
        yield book
    finally:
        book.close()


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
    with open_workbook(data, limits) as book:
        names = [ws.title for ws in book.worksheets]
        charts = [cs.title for cs in getattr(book, "chartsheets", [])]
        try:
            pivots = pivot_sheets(data, book)
            ws = choose_sheet(book, sheet, names, charts, pivots, limits)
            grid = read_sheet_grid(ws, limits)
        except DebriefError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged or hostile sheet part
            raise refuse_workbook(exc) from None
    notes = (
        [f"Read sheet '{ws.title}' (of {len(names)}: {', '.join(names)})."]
        if len(names) > 1
        else []
    )
    table = frame_from_grid(grid, limits, notes)
    return replace(table, format="xlsx", sheet=ws.title, sheets=names)


def pivot_sheets(data: bytes, book: object) -> set[str]:
    """Names of worksheets that hold a pivot table (a summary, not the log itself)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    found = set()
    for ws in book.worksheets:  # type: ignore[attr-defined]
        path = str(getattr(ws, "_worksheet_path", ""))
        folder, _, base = path.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        if rels in names and archive.getinfo(rels).file_size < 1 << 20:
            if b"pivotTable" in archive.read(rels):
                found.add(ws.title)
    return found


def choose_sheet(
    book: object,
    sheet: str | None,
    names: list[str],
    charts: list[str],
    pivots: set[str],
    limits: Limits,
) -> object:
    """The worksheet named by the user (case-insensitive), else the one that holds the log."""
    if sheet is not None:
        return find_named_sheet(book, sheet, names, charts)
    samples = {
        ws.title: sample_sheet(ws, limits)
        for ws in book.worksheets  # type: ignore
        if ws.title not in pivots
    }
    best = pick_sheet(samples)
    if best is None:
        raise DebriefError(describe_no_table(names, charts, pivots))
    return book[best]  # type: ignore[index]


def find_named_sheet(book: object, sheet: str, names: list[str], charts: list[str]) -> object:
    """The worksheet whose name matches ``sheet`` ignoring case and surrounding spaces."""
    wanted = sheet.strip().casefold()
    for name in names:
        if name.strip().casefold() == wanted:
            return book[name]  # type: ignore[index]
    if any(c.strip().casefold() == wanted for c in charts):
        raise DebriefError(f"Sheet '{sheet}' is a chart, not a table: name a sheet with the log.")
    listed = ", ".join(f"'{n}'" for n in names) or "none"
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
