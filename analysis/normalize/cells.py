"""Cell values: text, placeholders, numbers, and per-row notes. Work is done once per value."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from analysis.normalize.vocab import PhraseMatcher, Vocabulary, fold

_NUMBER = re.compile(r"^-?\d{1,15}(?:[.,]\d+)?$")
_LEADING_ZERO = re.compile(r"^-?0\d")
_THOUSANDS = re.compile(r",\d{3}$")


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


def clean_cells(raw: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Return the raw frame as object columns with placeholders ("-", "n/a") and blanks as None.

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> clean_cells(pd.DataFrame({"a": [" x ", "-", ""]}), load_vocabulary())["a"].tolist()
    ['x', None, None]
    """

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            return None if not text or text.casefold() in vocab.empty else text
        if isinstance(value, float) and value != value:
            return None
        return value

    return pd.DataFrame(
        {c: map_unique(raw[c].astype(object), clean) for c in raw.columns}, index=raw.index
    )


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

