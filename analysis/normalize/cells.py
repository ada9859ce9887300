"""Cell values: text, placeholders, numbers, and per-row notes. Work is done once per value."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from analysis.normalize.vocab import PhraseMatcher, Vocabulary, fold

_NUMBER = re.compile(r"^-?\d{1,15}(?:[.,]\d+)?$")
_LEADING_ZERO = re.compile(r"^-?0\d")
_THOUSANDS = re.compile(r",\d{3}$")
_NUMBER_CELL = re.compile(r"-?[\d.,\s%]+")
_SHORT = 40  # longer texts are notes, never a header word or a totals label

# What a cell is, for telling data rows from totals rows and repeated header rows.
EMPTY, ERROR, NUMBER, TOTAL, DATA, TEXT, HEAD, HEAD_WHO = range(8)


def map_unique(values: pd.Series, fn: Callable[[Any], Any], dtype: object = object) -> pd.Series:
    """Apply ``fn`` once per distinct value (missing values give None), keeping the index.

    >>> map_unique(pd.Series(["a", "b", "a", None]), str.upper).tolist()
    ['A', 'B', 'A', None]
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    results = np.empty(len(uniques) + 1, dtype=object)
    results[:-1] = [fn(u) for u in uniques]
    results[-1] = None
    return pd.Series(results[codes], index=values.index, dtype=dtype)


def cell_text(value: Any) -> str | None:
    """Return one cell as stripped text (whole floats without ".0", midnight as a date).

    >>> cell_text(" Acme "), cell_text(2.0), cell_text(True), cell_text(float("nan"))
    ('Acme', '2', 'yes', None)
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value).strip() or None


def as_text(values: pd.Series) -> pd.Series:
    """Return cells as stripped text (object dtype: str or None), empty cells missing.

    >>> as_text(pd.Series([" x ", 3.0, None])).tolist()
    ['x', '3', None]
    """
    return map_unique(values, cell_text)  # object: cheaper than arrow strings for the middle


@dataclass(frozen=True)
class Cells:
    """A raw frame read once per distinct value: cleaned cells, their text, their kind.

    ``values`` holds the cells with placeholders ("-", "n/a"), blanks and Excel error values
    as None; ``text`` the same cells as stripped text; ``kinds`` one code per cell (EMPTY,
    ERROR, NUMBER, TOTAL, DATA, TEXT, HEAD, HEAD_WHO); ``codes`` equal integers for equal
    cleaned cells (-1 for missing), so rows are compared without hashing text again.
    """

    values: pd.DataFrame
    text: pd.DataFrame
    kinds: np.ndarray  # int8, rows x columns
    codes: np.ndarray  # int64, rows x columns

    def rows(self, positions: slice | np.ndarray) -> Cells:
        """Return the cells of some rows only."""
        return Cells(self.values.iloc[positions], self.text.iloc[positions],
                     self.kinds[positions], self.codes[positions])

    def columns(self, keep: list[int]) -> Cells:
        """Return the cells of some columns only (by position)."""
        return Cells(self.values.iloc[:, keep], self.text.iloc[:, keep],
                     self.kinds[:, keep], self.codes[:, keep])

    def renamed(self, columns: list[str]) -> Cells:
        """Return the same cells under other column names."""
        return Cells(self.values.set_axis(columns, axis=1), self.text.set_axis(columns, axis=1),
                     self.kinds, self.codes)


@dataclass(frozen=True)
class CellWords:
    """The words a cell is compared with: placeholders, errors, totals and header words."""

    empty: frozenset[str]
    errors: frozenset[str]
    totals: frozenset[str]
    headers: dict[str, bool]  # folded header word -> names company, role or id

    @property
    def longest(self) -> int:
        """Return the length of the longest placeholder or error word."""
        return max(map(len, self.empty | self.errors), default=0)


def clean_value(value: Any, words: CellWords, longest: int = 8) -> tuple[Any, int]:
    """Return a cell's cleaned value (None for blanks, placeholders, errors) and its kind.

    >>> w = CellWords(frozenset({"-"}), frozenset({"#ref!"}), frozenset({"total"}), {})
    >>> [clean_value(v, w) for v in (" x ", "-", "#REF!", "Total", "1,5", 2.0)]
    [('x', 5), (None, 0), (None, 1), ('Total', 3), ('1,5', 2), (2.0, 2)]
    """
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None, EMPTY
        if len(text) <= longest:  # placeholders and errors are short: most notes skip this
            folded = text.casefold()
            if folded in words.empty:
                return None, EMPTY
            if folded in words.errors:
                return None, ERROR
        return text, text_kind(text, words)
    if value is None or (isinstance(value, float) and value != value):
        return None, EMPTY
    if isinstance(value, bool):
        return value, DATA
    return value, NUMBER if isinstance(value, int | float) else DATA


def text_kind(text: str, words: CellWords) -> int:
    """Return the kind of a non-empty text cell: NUMBER, TOTAL, HEAD, HEAD_WHO or TEXT."""
    if _NUMBER_CELL.fullmatch(text):
        return NUMBER
    if len(text) >= _SHORT:
        return TEXT
    folded = fold(text)
    if folded in words.totals:
        return TOTAL
    who = words.headers.get(folded)
    if who is None:
        return TEXT
    return HEAD_WHO if who else HEAD


def read_uniques(
    uniques: np.ndarray, words: CellWords
) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
    """Return the cleaned value, text and kind of each distinct cell, and whether any changed.

    Text cells (most of them, and all of a CSV's) take a short path: a long note is
    stripped and classified without folding.
    """
    n = len(uniques)
    cleaned = np.empty(n + 1, dtype=object)
    text = np.empty(n + 1, dtype=object)
    kinds = np.zeros(n + 1, dtype="int8")
    longest, changed = words.longest, False
    for i, value in enumerate(uniques):
        if type(value) is str and len(value) > longest:
            stripped = value.strip()
            changed = changed or stripped is not value
            if len(stripped) > longest:
                cleaned[i] = text[i] = stripped
                kinds[i] = text_kind(stripped, words)
                continue
        cleaned[i], kinds[i] = clean_value(value, words, longest)
        text[i] = cell_text(cleaned[i])
        changed = changed or cleaned[i] is not value
    return cleaned, text, kinds, changed


def read_column(values: pd.Series, words: CellWords) -> tuple[np.ndarray, ...]:
    """Return one column's cleaned values, text, kinds and codes, working once per value."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    cleaned, text, kinds, changed = read_uniques(uniques, words)
    same = codes.astype("int64")
    if changed:  # equal cleaned values share a code (" Acme" and "Acme" are the same cell)
        recoded, _ = pd.factorize(cleaned[:-1], use_na_sentinel=True)
        same = np.append(recoded, -1).astype("int64")[codes]
    return cleaned[codes], text[codes], kinds[codes], same


def read_cells(
    raw: pd.DataFrame, vocab: Vocabulary, header_words: dict[str, bool] | None = None
) -> Cells:
    """Read every cell of a raw frame once per distinct value (see :class:`Cells`).

    ``header_words`` (folded header word -> names company, role or id) marks the cells of a
    header row repeated below the first.

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> cells = read_cells(pd.DataFrame({"a": [" x ", "-", 3]}), load_vocabulary())
    >>> cells.values["a"].tolist(), cells.text["a"].tolist(), cells.kinds[:, 0].tolist()
    (['x', None, 3], ['x', None, '3'], [5, 0, 2])
    """
    words = CellWords(vocab.empty, vocab.errors, vocab.totals, header_words or {})
    columns = [read_column(raw[c], words) for c in raw.columns]
    pairs = list(zip(raw.columns, columns, strict=True))
    values = pd.DataFrame({c: pd.Series(col[0], index=raw.index, dtype=object) for c, col in pairs})
    text = pd.DataFrame({c: pd.Series(col[1], index=raw.index, dtype=object) for c, col in pairs})
    shape = (len(raw), len(columns))
    kinds = np.column_stack([col[2] for col in columns]) if columns else np.zeros(shape, "int8")
    codes = np.column_stack([col[3] for col in columns]) if columns else np.zeros(shape, "int64")
    return Cells(values, text, kinds, codes)


def clean_cells(raw: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Return the raw frame as object columns with placeholders ("-", "n/a") and blanks as None.

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> clean_cells(pd.DataFrame({"a": [" x ", "-", ""]}), load_vocabulary())["a"].tolist()
    ['x', None, None]
    """
    return read_cells(raw, vocab).values


def classify(values: pd.Series, matcher: PhraseMatcher) -> pd.Series:
    """Return the label of the longest known phrase in each text cell (None when none).

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> classify(pd.Series(["No reply", None]), load_vocabulary().outcomes).tolist()
    ['ghosted', None]
    """
    return map_unique(values, lambda v: matcher.match(fold(v)) if isinstance(v, str) else None)


def convert_numeric(values: pd.Series) -> pd.Series | None:
    """Return a consistently numeric column as numbers ("2,5" -> 2.5), else None.

    A comma followed by exactly three digits everywhere is a thousands separator ("1,500");
    otherwise commas are decimal commas. Text with leading zeros ("01234") stays text.

    >>> convert_numeric(pd.Series(["2,5", "3", None])).tolist()
    [2.5, 3.0, <NA>]
    """
    texts = numeric_texts(values.dropna().unique())
    if texts is None:
        return None
    commas = [t for t in texts if "," in t]
    thousands = bool(commas) and all(_THOUSANDS.search(t) for t in commas)

    def to_number(value: Any) -> float:
        if isinstance(value, str):
            value = value.replace(",", "" if thousands else ".")
        return float(value)

    numbers = map_unique(values, to_number).astype("Float64")
    whole = numbers.dropna()
    return numbers.astype("Int64") if (whole == whole.round()).all() else numbers


def numeric_texts(present: np.ndarray) -> list[str] | None:
    """Return the text values among distinct cells when every cell is a number, else None.

    >>> numeric_texts(np.array(["2,5", 3], dtype=object)), numeric_texts(np.array(["01"]))
    (['2,5'], None)
    """
    if len(present) == 0:
        return None
    texts = []
    for value in present:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            continue
        if not isinstance(value, str) or not _NUMBER.match(value) or _LEADING_ZERO.match(value):
            return None
        texts.append(value)
    return texts


def append_note(existing: Any, note: str) -> str:
    """Return ``existing`` with ``note`` added after "; " (once).

    >>> append_note("Same as row 4", "Same as row 4"), append_note(None, "x")
    ('Same as row 4', 'x')
    """
    if isinstance(existing, str) and existing:
        return existing if note in existing else f"{existing}; {note}"
    return note


def join_issues(*parts: pd.Series) -> pd.Series:
    """Join per-row notes (missing = no note) with "; ", leaving out a note already there.

    >>> join_issues(pd.Series(["a", None]), pd.Series(["b", "c"])).tolist()
    ['a; b', 'c']
    """
    out = pd.Series(None, index=parts[0].index, dtype=object)
    for part in parts:
        part = part.astype(object).where(part.notna(), None)
        both = out.notna() & part.notna()
        if both.any():
            out[both] = [append_note(a, b) for a, b in zip(out[both], part[both], strict=True)]
        out = out.where(out.notna(), part)
    return out


def note_where(mask: pd.Series, text: pd.Series | str) -> pd.Series:
    """Return ``text`` (one per row, or one for all) where ``mask`` holds, None elsewhere.

    >>> note_where(pd.Series([True, False]), "late").notna().tolist()
    [True, False]
    """
    out = pd.Series(None, index=mask.index, dtype=object)
    if mask.any():
        out[mask] = text[mask] if isinstance(text, pd.Series) else text
    return out


def no_notes(index: pd.Index) -> pd.Series:
    """Return an empty note (None) for every row of ``index``."""
    return pd.Series(None, index=index, dtype=object)

