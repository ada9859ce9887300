"""The one place the app calls the importer and the summary, with the person's choices.

The choices (a sheet per workbook, a text encoding, column overrides, the filter note for
exports) are passed through as keyword arguments the analysis side takes. Where an analysis
function does not take one yet, the bridge below gives the same result another way, so the
app works on either side of that change; each bridge names the parameter that replaces it.
"""

from __future__ import annotations

import codecs
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.errors import DebriefError

# "" reads the file's own encoding (the importer detects it); the rest are the legacy
# encodings spreadsheets and old systems still write, by the regions that use them.
ENCODINGS: dict[str, str] = {
    "": "Automatic",
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252 (Western Europe)",
    "cp1250": "Windows-1250 (Central Europe)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1257": "Windows-1257 (Baltic)",
    "iso-8859-1": "ISO-8859-1 (Latin-1)",
    "iso-8859-2": "ISO-8859-2 (Latin-2)",
    "iso-8859-15": "ISO-8859-15 (Latin-9)",
    "koi8-r": "KOI8-R (Russian)",
    "mac-roman": "Mac OS Roman",
    "utf-16": "UTF-16",
    "shift_jis": "Shift JIS (Japanese)",
    "gb18030": "GB18030 (Chinese)",
    "big5": "Big5 (Traditional Chinese)",
    "euc-kr": "EUC-KR (Korean)",
}


@dataclass(frozen=True)
class Choices:
    """What the person chose about how their files are read (all optional)."""

    overrides: tuple = ()  # cache.freeze({file: {column: field}})
    sheets: tuple = ()  # cache.freeze({file: sheet})
    encoding: str = ""  # a key of ENCODINGS; "" = detect

    def overrides_by_file(self) -> dict[str, dict[str, str]]:
        """The column overrides as the importer takes them."""
        return {name: dict(mapping) for name, mapping in self.overrides}

    def sheets_by_file(self) -> dict[str, str]:
        """The chosen sheet of each workbook."""
        return dict(self.sheets)


@cache
def accepts(function: Callable[..., Any], parameter: str) -> bool:
    """Whether ``function`` takes a keyword ``parameter`` (analysis gains them one by one)."""
    return parameter in inspect.signature(function).parameters


def can_pick_sheets(n_files: int) -> bool:
    """Whether a sheet can be chosen per workbook for an upload of ``n_files`` files."""
    from analysis.normalize import import_logs

    return n_files == 1 or accepts(import_logs, "sheets_by_file")


def sheet_options(files: tuple[tuple[str, bytes], ...], result: Any) -> dict[str, list[str]]:
    """For each workbook, the sheets that could be its log (the picker's options).

    ``result`` is the import (None when it was refused). Until the reader says which sheets
    could be a log (``candidate_sheets``), every worksheet is an option.
    """
    read = {f.source_file: f for f in (result.files if result is not None else ())}
    options = {}
    for name, data in files:
        sheets = _sheets_of(name, data, read.get(name))
        if sheets is not None:
            options[name] = sheets
    return options


def _sheets_of(name: str, data: bytes, file_import: Any) -> list[str] | None:
    """A workbook's candidate sheets (from the import when it names them); None for a CSV."""
    from analysis.read import list_sheets
    from analysis.read.sniff import detect_format

    candidates = getattr(file_import, "candidate_sheets", None)  # once the reader has them
    if candidates is not None:
        return list(candidates)
    try:
        return list_sheets(data, name) if detect_format(data, name) == "xlsx" else None
    except DebriefError:  # a damaged workbook, or a format Debrief cannot read
        return None


def import_files(files: tuple[tuple[str, bytes], ...], choices: Choices) -> Any:
    """Import and merge the files the way the person chose; ``DebriefError`` if unusable."""
    from analysis.normalize import import_logs

    kwargs: dict[str, Any] = {"overrides_by_file": choices.overrides_by_file() or None}
    sheets = choices.sheets_by_file()
    if sheets and accepts(import_logs, "sheets_by_file"):
        kwargs["sheets_by_file"] = sheets
    elif sheets:  # bridge until import_logs(sheets_by_file=...): one workbook, one sheet
        kwargs["sheet"] = sheets.get(files[0][0]) if len(files) == 1 else None
    notes: list[str] = []
    if choices.encoding and accepts(import_logs, "encoding"):
        kwargs["encoding"] = choices.encoding
    elif choices.encoding:  # bridge until import_logs(encoding=...): hand it UTF-8
        files, notes = transcode_text_files(files, choices.encoding)
    result = import_logs(list(files), **kwargs)
    result.notes.extend(notes)
    return result


def transcode_text_files(
    files: tuple[tuple[str, bytes], ...], encoding: str
) -> tuple[tuple[tuple[str, bytes], ...], list[str]]:
    """Re-encode the text files among ``files`` from ``encoding`` to UTF-8 (workbooks as they are).

    >>> transcode_text_files((("a.csv", "Łódź".encode("cp1250")),), "cp1250")[0]
    (('a.csv', b'\\xef\\xbb\\xbf\\xc5\\x81\\xc3\\xb3d\\xc5\\xba'),)
    """
    from analysis.read.sniff import detect_format

    out, notes = [], []
    for name, data in files:
        if detect_format(data, name) != "csv":
            out.append((name, data))
            continue
        out.append((name, codecs.BOM_UTF8 + decode_as(data, name, encoding).encode("utf-8")))
        notes.append(f"Read {name} as {ENCODINGS.get(encoding, encoding)}, as you chose.")
    return tuple(out), notes


def decode_as(data: bytes, name: str, encoding: str) -> str:
    """Decode with the chosen encoding, or say in one sentence that the file is not in it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DebriefError(
            f"{name} is not {ENCODINGS.get(encoding, encoding)} text (byte "
            f"{exc.start + 1:,} does not fit it): choose another encoding, or Automatic."
        ) from None
