"""Cells a sheet's XML stores that read as blank: formulas never calculated, and error values."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

# Excel's error values. A cell holding one has no value to import: it is read as missing.
ERROR_VALUES: frozenset[str] = frozenset(
    "#NULL! #DIV/0! #VALUE! #REF! #NAME? #NUM! #N/A #GETTING_DATA #SPILL! #CALC! #FIELD! "
    "#BLOCKED! #CONNECT! #BUSY! #UNKNOWN!".split()
)
_CELL_START = re.compile(rb"<(?:\w+:)?c[\s>/]")
_TAG_END = re.compile(rb"[^<>]*>")
_REF = re.compile(rb'\br="([A-Za-z]{1,3}[0-9]+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_ROW_END = re.compile(rb"</(?:\w+:)?row>")


@dataclass
class CellFacts:
    """Where a sheet holds formulas without a saved value, and error values (cell, value)."""

    uncalculated: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


def scan_cells(archive: zipfile.ZipFile, path: str) -> CellFacts:
    """Find a sheet part's formula cells with no cached value and its error cells."""
    facts = CellFacts()
    for chunk in row_chunks(archive, path):
        if b"<" not in chunk or (_FORMULA.search(chunk) is None and b't="e"' not in chunk):
            continue
        # Each cell runs to the next cell's start: linear, whatever the file's nesting.
        starts = [m.start() for m in _CELL_START.finditer(chunk)] + [len(chunk)]
        for start, end in zip(starts, starts[1:], strict=False):
            cell = chunk[start:end]
            head = _TAG_END.match(cell, 2)
            split = head.end() if head else len(cell)
            note_cell(cell[:split], cell[split:], facts)
    return facts


def note_cell(attributes: bytes, body: bytes, facts: CellFacts) -> None:
    """Record one cell if it is an uncalculated formula or an error value."""
    ref = _REF.search(attributes)
    where = ref.group(1).decode() if ref else "a cell"
    kind = _TYPE.search(attributes)
    value = _VALUE.search(body)
    text = value.group(1).strip() if value else b""
    if kind and kind.group(1) == b"e":
        facts.errors.append((where, text.decode(errors="replace") or "#error"))
    elif _FORMULA.search(body) and not text and not (kind and kind.group(1) == b"str" and value):
        # A formula whose result Excel saved as "" keeps an empty <v> with t="str"; a program
        # that wrote the formula without calculating it leaves <v> out or empty otherwise.
        facts.uncalculated.append(where)


def row_chunks(archive: zipfile.ZipFile, path: str, size: int = 1 << 20) -> Iterator[bytes]:
    """A sheet part in pieces that end at a row's end tag, so no cell is cut in two."""
    rest = b""
    with archive.open(path) as stream:
        while block := stream.read(size):
            window = rest + block
            ends = [m.end() for m in _ROW_END.finditer(window, max(0, len(window) - size))]
            cut = ends[-1] if ends else 0
            yield window[:cut]
            rest = window[cut:]
    yield rest


def name_cells(cells: Sequence[str], shown: int = 2) -> str:
    """A few cell names and how many more.

    >>> name_cells(["B3", "C3", "D3", "E3"])
    'B3, C3 and 2 more'
    >>> name_cells(["B3", "C3"]), name_cells(["B3"])
    ('B3 and C3', 'B3')
    """
    if len(cells) <= shown:
        return " and ".join(cells) if len(cells) == 2 else ", ".join(cells)
    return f"{', '.join(cells[:shown])} and {len(cells) - shown} more"


def describe_uncalculated(cells: Sequence[str]) -> list[str]:
    """The note for formula cells that have no saved value."""
    if not cells:
        return []
    return [
        f"{len(cells):,} formula cell(s) have no saved value ({name_cells(cells)}), so they "
        "read as empty: the file was written by a program and never calculated; open it in "
        "Excel, save it, and import it again."
    ]


def describe_errors(errors: Sequence[tuple[str, str]]) -> list[str]:
    """The note for cells holding Excel error values, read as missing.

    >>> describe_errors([("B3", "#REF!"), ("C4", "#N/A")])[0][:58]
    '2 cell(s) hold an Excel error value (#REF! in B3 and #N/A '
    """
    if not errors:
        return []
    shown = name_cells([f"{value} in {where}" for where, value in errors])
    return [
        f"{len(errors):,} cell(s) hold an Excel error value ({shown}) and were read as "
        "empty; fix the formulas in Excel if those values matter."
    ]


def column_letters(position: int) -> str:
    """The spreadsheet letters of a 0-based column position.

    >>> column_letters(0), column_letters(25), column_letters(26), column_letters(16383)
    ('A', 'Z', 'AA', 'XFD')
    """
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def error_order(cell: tuple[str, str]) -> tuple[int, int, str]:
    """Sort key for (cell name, value): row first, then column.

    >>> sorted([("B10", "x"), ("AA2", "y"), ("C2", "z")], key=error_order)
    [('C2', 'z'), ('AA2', 'y'), ('B10', 'x')]
    """
    match = re.fullmatch(r"([A-Za-z]+)([0-9]+)", cell[0])
    if not match:
        return (0, 0, cell[0])
    return (int(match.group(2)), len(match.group(1)), match.group(1).upper())
