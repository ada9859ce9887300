"""The one place the app calls the importer and the summary, with the person's choices.

The choices (a sheet per workbook, a text encoding, column overrides) are passed to
``analysis.pipeline.import_files``, the one import path the command line uses too.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def sheet_options(files: tuple[tuple[str, bytes], ...], result: Any) -> dict[str, list[str]]:
    """For each workbook, the sheets that could be its log (the picker's options).

    ``result`` is the import (None when it was refused): its files name their candidate sheets;
    a refused workbook offers every worksheet, so the person can pick the right one.
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

    if file_import is not None:
        return list(file_import.candidate_sheets) if file_import.source_format == "xlsx" else None
    try:
        return list_sheets(data, name) if detect_format(data, name) == "xlsx" else None
    except DebriefError:  # a damaged workbook, or a format Debrief cannot read
        return None


def import_files(files: tuple[tuple[str, bytes], ...], choices: Choices) -> Any:
    """Import and merge the files the way the person chose; ``DebriefError`` if unusable."""
    from analysis.pipeline import import_files as import_chosen

    return import_chosen(
        list(files), overrides_by_file=choices.overrides_by_file() or None,
        sheets_by_file=choices.sheets_by_file() or None, encoding=choices.encoding or None,
    )
