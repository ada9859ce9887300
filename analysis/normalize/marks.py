"""What kind of row each input row is: blank, totals, a repeated header, Excel errors."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.normalize.cells import (
    DATA,
    EMPTY,
    ERROR,
    HEAD,
    HEAD_WHO,
    NUMBER,
    TOTAL,
    Cells,
    no_notes,
)


def totals_rows(cells: Cells) -> pd.Series:
    """Rows saying "Total"/"Sum" (or holding only numbers) with numbers or nothing else."""
    kinds = cells.kinds
    word, number = kinds == TOTAL, kinds == NUMBER
    empty = (kinds == EMPTY) | (kinds == ERROR)
    all_numbers = (number | empty).all(axis=1) & number.any(axis=1)
    totals = (word.any(axis=1) & (word | number | empty).all(axis=1)) | all_numbers
    return pd.Series(totals, index=cells.values.index)


def blank_rows(cells: Cells) -> pd.Series:
    """Rows with nothing in them but placeholders (or Excel error values)."""
    kinds = cells.kinds
    return pd.Series(((kinds == EMPTY) | (kinds == ERROR)).all(axis=1), index=cells.values.index)


def header_rows(cells: Cells) -> np.ndarray:
    """Rows that repeat a header: header words in most cells, one of them naming who.

    At least two cells are header words, at least 40% of the filled cells are, one of them
    names the company, role or id column, and no cell holds a number or a date.
    """
    kinds = cells.kinds
    heads = ((kinds == HEAD) | (kinds == HEAD_WHO)).sum(axis=1)
    filled = ((kinds != EMPTY) & (kinds != ERROR)).sum(axis=1)
    values = ((kinds == NUMBER) | (kinds == DATA)).any(axis=1)
    who = (kinds == HEAD_WHO).any(axis=1)
    return (heads >= 2) & (heads >= 0.4 * filled) & who & ~values


def error_notes(cells: Cells) -> pd.Series:
    """Name the Excel error values ("#REF!") read as empty cells, row by row."""
    rows, columns = np.nonzero(cells.kinds == ERROR)
    notes = no_notes(cells.values.index)
    if not len(rows):
        return notes
    names = cells.values.columns
    by_row: dict[int, list[str]] = {}
    for r, c in zip(rows.tolist(), columns.tolist(), strict=True):
        by_row.setdefault(r, []).append(f"'{names[c]}'")
    notes.iloc[list(by_row)] = [
        f"Excel error value in {', '.join(cols)} read as empty (fix the formula in Excel)"
        for cols in by_row.values()
    ]
    return notes
