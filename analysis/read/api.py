"""The reader's two entry points: a file's bytes to a RawTable, and a workbook's sheet names."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from analysis.read.delimited import read_csv_text
from analysis.read.limits import LIMITS, Limits
from analysis.read.sniff import check_size, detect_format, note_extension
from analysis.read.table import RawTable
from analysis.read.text import codec_name
from analysis.read.xlsx import inspect_workbook, read_xlsx


def read_raw(
    data: bytes,
    filename: str = "",
    sheet: str | None = None,
    *,
    limits: Limits = LIMITS,
    encoding: str | None = None,
) -> RawTable:
    """Read a CSV or .xlsx file's bytes into a :class:`RawTable`, or raise ``DebriefError``.

    ``encoding`` (a CSV's text encoding, such as "cp1250") overrides the detected one.

    >>> read_raw(b"Company,Role\\nAcme,Analyst\\n").frame.to_dict("records")
    [{'Company': 'Acme', 'Role': 'Analyst'}]
    """
    data, filename = bytes(data or b""), str(filename or "")
    sheet = sheet if sheet and sheet.strip() else None  # a blank choice means "pick for me"
    encoding = codec_name(encoding) if encoding and encoding.strip() else None
    check_size(data, limits)
    kind = detect_format(data, filename)
    notes = note_extension(kind, filename)
    with warnings_as_notes() as warned:
        if kind == "xlsx":
            table = read_xlsx(data, sheet, limits)
            if encoding:
                notes.append("The file is an Excel workbook, which records its own text "
                             f"encoding: encoding '{encoding}' was ignored.")
        else:
            table = read_csv_text(data, limits, encoding)
            if sheet:
                notes.append(
                    f"The file is a CSV, which has no sheets: sheet '{sheet}' was ignored."
                )
    return replace(table, notes=notes + table.notes + warned)


@contextmanager
def warnings_as_notes(most: int = 5) -> Iterator[list[str]]:
    """Catch the warnings libraries raise while reading; they become import notes, never print.

    >>> with warnings_as_notes() as notes:
    ...     warnings.warn("Unknown extension is not supported and will be removed")
    >>> notes
    ['While reading the file: Unknown extension is not supported and will be removed.']
    """
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield notes
    seen = dict.fromkeys(" ".join(str(w.message).split()).rstrip(".") for w in caught)
    notes.extend(f"While reading the file: {text}." for text in list(seen)[:most] if text)


def list_sheets(data: bytes, filename: str = "") -> list[str]:
    """Names of a workbook's worksheets (chart sheets left out); ``[]`` for a CSV.

    >>> list_sheets(b"Company,Role\\nAcme,Analyst\\n", "log.csv")
    []
    """
    data, filename = bytes(data or b""), str(filename or "")
    check_size(data, LIMITS)
    if detect_format(data, filename) != "xlsx":
        return []
    return [s.name for s in inspect_workbook(data, LIMITS).manifest.worksheets]
