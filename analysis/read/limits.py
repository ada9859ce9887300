"""Every bound the reader holds a file to, in one frozen dataclass, and the refusals that name them.

Each refusal is one sentence that states the limit and a way out, so that a user who meets a
limit knows both what happened and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.errors import DebriefError


@dataclass(frozen=True)
class Limits:
    """Bounds every input is held to; each refusal message states the bound and a workaround."""

    max_bytes: int = 100 * 1024 * 1024  # upload size; the app's upload limit should match
    max_rows: int = 1_000_000  # data rows below the header
    max_columns: int = 200
    max_cells: int = 6_000_000  # rows x columns, bounds memory (~1 GB worst case)
    max_cell_chars: int = 32_767  # Excel's own cell limit
    max_xlsx_uncompressed: int = 300 * 1024 * 1024  # sum of the workbook's unzipped parts
    max_zip_ratio: int = 200  # unzipped/zipped, for parts above zip_ratio_floor
    zip_ratio_floor: int = 10 * 1024 * 1024
    header_scan_rows: int = 20  # the header is looked for among the first non-blank rows
    sniff_chars: int = 64 * 1024  # text sample for delimiter and junk detection
    max_sheet_row_number: int = 1_048_576  # Excel's last row; beyond it a sheet is damaged
    stored_row_slack: int = 10_000  # empty but formatted rows tolerated below the table
    dtd_probe_bytes: int = 64 * 1024  # head of each XML part searched for a DTD
    sample_scan_rows: int = 200  # stored rows looked at when sampling a sheet for the log
    max_sheets: int = 1_000  # sheets listed in the workbook
    max_sheets_sampled: int = 50  # sheets looked at when finding the log (visible ones first)
    max_defined_names: int = 10_000  # named ranges (Formulas > Name Manager)
    max_styles: int = 200_000  # formats, fonts, fills and borders (Excel keeps to ~64,000 formats)
    shared_string_slack: int = 10_000  # shared texts beyond the cells that could use them
    max_meta_part_bytes: int = 16 * 1024 * 1024  # a part parsed whole: workbook, styles, rels
    max_sheet_area: int = 12_000_000  # rows x columns a sheet's cells span (read all at once)


LIMITS = Limits()


def too_big_file(size: int, limits: Limits) -> DebriefError:
    """The file-size refusal."""
    return DebriefError(
        f"The file is {size / 2**20:.1f} MB and Debrief reads files up to "
        f"{limits.max_bytes / 2**20:.0f} MB: split it into smaller files "
        "(for example one per year) and import them one at a time."
    )


def too_many_rows(limits: Limits) -> str:
    """The row-limit message."""
    return (
        f"The table has more than {limits.max_rows:,} rows, Debrief's limit: split the file "
        "into smaller ones (for example by year or by cohort) and import them one at a time."
    )


def too_many_stored_rows(stored: int, filled: int, limits: Limits) -> str:
    """The message for a sheet padded with empty but formatted rows."""
    return (
        f"The sheet stores more than {stored - 1:,} rows, only {filled:,} of them with text, "
        f"and Debrief reads up to {limits.max_rows:,}: delete the empty rows below your table "
        "in Excel (or save the log as CSV) and try again."
    )


def check_width(width: int, limits: Limits) -> None:
    """Refuse tables wider than the column limit."""
    if width > limits.max_columns:
        raise DebriefError(
            f"The table has {width:,} columns and Debrief reads up to {limits.max_columns}: "
            "an interview log needs a dozen or so, so delete the columns you don't need "
            "(or save a copy with only them) and try again."
        )


def check_cells(rows: int, columns: int, limits: Limits) -> None:
    """Refuse tables with more cells than the cell limit."""
    if rows * columns > limits.max_cells:
        raise DebriefError(
            f"The table has {rows:,} rows x {columns} columns, more than Debrief's "
            f"{limits.max_cells:,} cells: delete columns you don't need or split the rows "
            "into several files."
        )


def check_shape(rows: int, columns: int, limits: Limits) -> None:
    """Refuse tables over the row, column or cell limits."""
    check_width(columns, limits)
    if rows > limits.max_rows:
        raise DebriefError(too_many_rows(limits))
    check_cells(rows, columns, limits)


def check_cell_sizes(sizes: np.ndarray, rows: pd.Index, limits: Limits) -> None:
    """Refuse a cell longer than Excel's limit, saying where it is."""
    if sizes.size and sizes.max() > limits.max_cell_chars:
        row, column = np.unravel_index(int(sizes.argmax()), sizes.shape)
        raise DebriefError(
            f"The cell in row {rows[row]}, column {column + 1} holds {sizes.max():,} "
            f"characters and Debrief reads cells up to {limits.max_cell_chars:,} (Excel's own "
            "limit): shorten it or move that text to a separate document."
        )


def check_unzipped_total(total: int, limits: Limits) -> None:
    """Refuse a workbook whose parts unpack to more than the uncompressed limit."""
    if total > limits.max_xlsx_uncompressed:
        raise DebriefError(
            f"The workbook unpacks to {total / 2**20:,.0f} MB, over Debrief's "
            f"{limits.max_xlsx_uncompressed / 2**20:.0f} MB limit: save the log sheet alone "
            "as CSV (or split it into smaller workbooks) and try again."
        )


def check_zip_ratio(name: str, size: int, stored: int, limits: Limits) -> None:
    """Refuse a large part that unpacks far larger than it is stored (a zip bomb)."""
    ratio = size / max(stored, 1)
    if size > limits.zip_ratio_floor and ratio > limits.max_zip_ratio:
        raise DebriefError(
            f"The workbook part '{name}' unpacks {ratio:,.0f} times larger than "
            "it is stored, which real spreadsheets never do (a zip bomb?): it was not "
            "opened; export the log again from the program that made it."
        )


def check_stored_counts(rows: int, cells: int, limits: Limits) -> None:
    """Refuse a sheet part that stores far more rows or cells than the limits."""
    if rows > limits.max_rows + limits.header_scan_rows + limits.stored_row_slack:
        raise DebriefError(
            f"A sheet of the workbook stores {rows:,} rows and Debrief reads up to "
            f"{limits.max_rows:,}: delete any empty rows below your table, or split the "
            "log into smaller files, and try again."
        )
    if cells > limits.max_cells + limits.max_columns * limits.header_scan_rows:
        raise DebriefError(
            f"A sheet of the workbook stores {cells:,} cells and Debrief reads up to "
            f"{limits.max_cells:,}: delete the columns and rows you don't need, or split "
            "the log into smaller files, and try again."
        )


def check_sheet_count(sheets: int, limits: Limits) -> None:
    """Refuse a workbook that lists more sheets than the limit."""
    if sheets > limits.max_sheets:
        raise DebriefError(
            f"The workbook lists {sheets:,} sheets and Debrief reads workbooks of up to "
            f"{limits.max_sheets:,}: save the log sheet on its own (or as CSV) and try again."
        )


def check_defined_names(names: int, limits: Limits) -> None:
    """Refuse a workbook that defines more named ranges than the limit."""
    if names > limits.max_defined_names:
        raise DebriefError(
            f"The workbook defines {names:,} names (named ranges) and Debrief reads up to "
            f"{limits.max_defined_names:,}: save the log sheet on its own as CSV, or delete "
            "unused names in Excel (Formulas > Name Manager), and try again."
        )


def check_styles(styles: int, limits: Limits) -> None:
    """Refuse a workbook whose styles part holds more records than the limit."""
    if styles > limits.max_styles:
        raise DebriefError(
            f"The workbook defines {styles:,} cell formats, fonts, fills and borders and "
            f"Debrief reads up to {limits.max_styles:,} (Excel itself keeps to about 64,000 "
            "formats): save the log sheet as CSV and import that instead."
        )


def check_shared_strings(strings: int, cells: int, limits: Limits) -> None:
    """Refuse a shared-text table far larger than the cells that could use it."""
    if strings > cells + limits.shared_string_slack:
        raise DebriefError(
            f"The workbook's shared-text table holds {strings:,} texts for {cells:,} cells, "
            f"more than Debrief accepts (the cells plus {limits.shared_string_slack:,}): "
            "open it in Excel and save it again, or save the log sheet as CSV, and try again."
        )


def check_meta_part(name: str, size: int, limits: Limits) -> None:
    """Refuse a workbook part that is parsed whole (workbook, styles, rels) when it is too big."""
    if size > limits.max_meta_part_bytes:
        raise DebriefError(
            f"The workbook part '{name}' unpacks to {size / 2**20:,.0f} MB and Debrief reads "
            f"such parts up to {limits.max_meta_part_bytes / 2**20:.0f} MB: save the log sheet "
            "as CSV and import that instead."
        )


def check_reach(last_row: int, last_column: int, letters: str, limits: Limits) -> None:
    """Refuse a sheet whose farthest cell makes its grid too big to read at once."""
    if last_row > limits.max_sheet_row_number:
        raise DebriefError(
            "The sheet has more rows than Excel allows, so the file is damaged: open it in "
            "Excel and save it again, or export the log as CSV."
        )
    if last_row * last_column > limits.max_sheet_area:
        raise DebriefError(
            f"The sheet's cells reach row {last_row:,} and column {letters}, a grid of "
            f"{last_row * last_column:,} cells, more than the {limits.max_sheet_area:,} Debrief "
            "reads: delete stray cells far below or to the right of your table (Ctrl+End in "
            "Excel shows the last one), or save the log as CSV, and try again."
        )
