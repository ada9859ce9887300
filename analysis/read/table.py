"""The raw table a reader hands over, and the step from a positional grid of cells to it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import pandas as pd

from analysis.errors import DebriefError
from analysis.read.cellscan import ERROR_VALUES, column_letters, describe_errors, error_order
from analysis.read.header import find_header_row, name_columns
from analysis.read.limits import Limits, check_cell_sizes, check_shape
from analysis.read.sniff import LOG_NEEDS

EPOCH_1900 = datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system, as Excel counts
EPOCH_1904 = datetime(1904, 1, 1)  # day 0 of the 1904 system (Excel for Mac)


@dataclass(frozen=True, eq=False)  # a DataFrame has no single truth value to compare by
class RawTable:
    """A table as the file holds it: header texts as columns, cells as read, source_row index."""

    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    format: str = "csv"
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1
    candidate_sheets: list[str] = field(default_factory=list)  # sheets that could be the log
    serial_epoch: datetime = EPOCH_1900  # the day serial date 0 means (1904 system: 1904-01-01)


def frame_from_grid(
    grid: pd.DataFrame,
    limits: Limits,
    notes: Sequence[str],
    errors: Sequence[tuple[str, str]] = (),
) -> RawTable:
    """Find the header in a positional grid and return the rows below it as a RawTable.

    Excel error values are read as missing; ``errors`` are those a reader found already blank.
    """
    values, found = blank_errors(grid.to_numpy(dtype=object), grid.index)
    notes = [*notes, *describe_errors(sorted({**dict(errors), **dict(found)}.items(),
                                             key=error_order))]
    sizes = measure_cells(values.ravel()).reshape(values.shape)
    check_cell_sizes(sizes, grid.index, limits)
    filled = sizes >= 0
    kept = filled.any(axis=1)  # blank rows go; numbers stay in the index
    cells, filled, numbers = np.where(filled, values, None)[kept], filled[kept], grid.index[kept]
    if not len(cells):
        raise DebriefError(f"The file has no cells with text: {LOG_NEEDS}.")
    header_pos, header_note = find_header_row(cells[: limits.header_scan_rows].tolist())
    header_row = int(numbers[header_pos])
    body, body_filled = cells[header_pos + 1 :], filled[header_pos + 1 :]
    if not len(body):
        raise DebriefError(
            f"The file has a header row (row {header_row}) but no data rows below it: add "
            "one row per application or interview and try again."
        )
    check_shape(len(body), cells.shape[1], limits)
    names, keep = name_columns(cells[header_pos].tolist(), body_filled.any(axis=0))
    frame = pd.DataFrame(
        body[:, keep],
        index=pd.Index(numbers[header_pos + 1 :], name="source_row"),
        columns=names,
        dtype=object,
    )
    extra = [*notes, *header_note]
    if header_row > 1:
        extra.append(f"Header found on row {header_row}.")
    blank = int(frame.index[-1]) - header_row - len(frame)
    if blank > 0:
        extra.append(f"Skipped {blank} blank row(s) between the header and the last row.")
    return RawTable(frame=frame, notes=extra, header_row=header_row)


def blank_errors(
    values: np.ndarray, rows: pd.Index
) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """The grid with Excel error values (#REF!, #N/A, ...) made missing, and where they were.

    >>> blank_errors(np.array([["Acme", "#REF!"]], dtype=object), pd.Index([2]))
    (array([['Acme', None]], dtype=object), [('B2', '#REF!')])
    """
    flat = values.ravel()
    hits = np.fromiter(map(ERROR_VALUES.__contains__, flat), dtype=bool, count=flat.size)
    if not hits.any():
        return values, []
    where = [
        (f"{column_letters(int(c))}{rows[int(r)]}", str(values[r, c]))
        for r, c in zip(*np.nonzero(hits.reshape(values.shape)), strict=True)
    ]
    return np.where(hits.reshape(values.shape), None, values), where


def measure_cells(flat: np.ndarray) -> np.ndarray:
    """:func:`cell_size` of every cell, with a fast path when all cells are text (CSV).

    >>> measure_cells(np.array(["ab", " ", None], dtype=object)).tolist()
    [2, -1, -1]
    """
    try:
        sizes = np.fromiter(map(len, flat), dtype=np.int64, count=flat.size)
        spaces = np.fromiter(map(str.isspace, flat), dtype=bool, count=flat.size)
    except TypeError:  # numbers, dates or missing cells: measure one by one
        return np.fromiter(map(cell_size, flat), dtype=np.int64, count=flat.size)
    sizes[spaces | (sizes == 0)] = -1
    return sizes


def cell_size(value: object) -> int:
    """Characters in a text cell, 0 for any other filled cell, -1 for a blank one.

    >>> cell_size("Acme"), cell_size(3), cell_size("  ")
    (4, 0, -1)
    """
    if isinstance(value, str):
        return len(value) if value.strip() else -1
    return -1 if is_blank_cell(value) else 0


def is_blank_cell(value: object) -> bool:
    """True for None, NaN and text that is empty or only whitespace.

    >>> is_blank_cell(float("nan")), is_blank_cell(" "), is_blank_cell(0)
    (True, True, False)
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return value != value  # NaN
    return False
