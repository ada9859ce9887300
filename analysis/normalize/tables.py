"""Header rows inside a log: a repeated header is skipped, a stacked table keeps its columns.

Two exports pasted one under the other make one sheet with two header rows. A row that
repeats the columns' own headers is skipped (its rows read as before); a row that is the
header of another layout starts a *part* whose rows are read with that header's mapping.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.errors import DebriefError
from analysis.normalize.cells import Cells
from analysis.normalize.mapping import check_usable, guess_mapping
from analysis.normalize.marks import header_rows
from analysis.normalize.vocab import Vocabulary, fold
from analysis.read import unique_names

WHO = ("application_id", "company", "role")


@dataclass(frozen=True)
class Part:
    """One table of a file: its rows, their cells, its mapping and its header rows."""

    raw: pd.DataFrame
    cells: Cells
    mapping: dict[str, str]
    header: np.ndarray  # rows repeating this part's header
    table_header: np.ndarray  # the part's own header row (all False for the first part)


def header_words(
    columns: list[str], mapping: dict[str, str], vocab: Vocabulary
) -> dict[str, bool]:
    """Return folded header words -> whether they name who (company, role, id).

    Every field's exact header words count, and so do the file's own headers.

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> words = header_words(["Prep"], {"Prep": ""}, load_vocabulary())
    >>> words["employer"], words["interview date"], words["prep"]
    (True, False, False)
    """
    words: dict[str, bool] = {}
    for name, synonyms in vocab.exact.items():
        for word in synonyms:
            words[word] = words.get(word, False) or name in WHO
    for column in columns:
        word = fold(column, camel=True)
        words[word] = words.get(word, False) or mapping.get(column, "") in WHO
    return words


def repeats_header(row: pd.Series, columns: list[str]) -> bool:
    """Return True when every filled cell of ``row`` is its own column's header.

    >>> repeats_header(pd.Series(["Company", None]), ["company", "Date"])
    True
    """
    pairs = [(cell, column) for cell, column in zip(row, columns, strict=True)
             if isinstance(cell, str)]
    return all(fold(cell, camel=True) == fold(column, camel=True) for cell, column in pairs)


def part_columns(header: pd.Series, cells: Cells) -> tuple[list[str], list[int]]:
    """Return the column names a stacked table's header row gives, and which columns to keep.

    An unnamed column is kept (as "Column N") only when it holds something below the header.
    """
    filled = (cells.kinds[1:] != 0).any(axis=0) if len(cells.kinds) > 1 else np.zeros(0, bool)
    names, keep = [], []
    for i, cell in enumerate(header):
        name = cell.strip() if isinstance(cell, str) else ""
        if name or (i < len(filled) and filled[i]):
            names.append(name or f"Column {i + 1}")
            keep.append(i)
    return unique_names(names), keep


def starts_table(header: pd.Series, columns: list[str]) -> bool:
    """Return True when a header row names another log's columns (not the file's own).

    >>> starts_table(pd.Series(["Employer", "Interview date"]), ["Company", "Date"])
    True
    """
    if repeats_header(header, columns):
        return False
    names = [c.strip() if isinstance(c, str) and c.strip() else f"Column {i + 1}"
             for i, c in enumerate(header)]
    try:
        check_usable(guess_mapping(unique_names(names)))
    except DebriefError:
        return False
    return True


def stacked_part(raw: pd.DataFrame, cells: Cells, heads: np.ndarray) -> Part:
    """Read rows that start with another table's header row with that header's columns."""
    names, keep = part_columns(cells.text.iloc[0], cells)
    first = np.zeros(len(raw), dtype=bool)
    first[0] = True
    return Part(raw.iloc[:, keep].set_axis(names, axis=1), cells.columns(keep).renamed(names),
                guess_mapping(names), heads & ~first, first)


def split_tables(raw: pd.DataFrame, cells: Cells, mapping: dict[str, str]) -> list[Part]:
    """Split a file at the header rows of stacked tables (a repeated header splits nothing).

    Header-like rows that start no table of their own are marked as repeated headers.
    """
    columns = [str(c) for c in raw.columns]
    heads = header_rows(cells)
    starts = [int(i) for i in np.flatnonzero(heads)
              if starts_table(cells.text.iloc[int(i)], columns)]
    bounds = [0, *starts, len(raw)]
    parts = []
    for begin, end in zip(bounds[:-1], bounds[1:], strict=True):
        rows = slice(begin, end)
        if begin in starts:
            parts.append(stacked_part(raw.iloc[rows], cells.rows(rows), heads[rows]))
        else:
            parts.append(Part(raw.iloc[rows], cells.rows(rows), mapping, heads[rows],
                              np.zeros(end - begin, dtype=bool)))
    return [p for p in parts if len(p.raw)]
