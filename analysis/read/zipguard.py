"""The workbook's zip, checked for damage and hostile content before any XML parser sees it."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from analysis.errors import DebriefError
from analysis.read.limits import (
    Limits,
    check_defined_names,
    check_shared_strings,
    check_sheet_count,
    check_stored_counts,
    check_styles,
    check_unzipped_total,
    check_zip_ratio,
)
from analysis.read.workbook import check_whole_parts

ENTITIES_REFUSAL = (
    "The workbook's XML declares entities (an attack known as 'billion laughs' or "
    "XXE) and was not opened: export the log again from the program that made it."
)
NOT_UTF8 = (
    "The Excel file is damaged or not a real .xlsx workbook, so it could not be opened: "
    "open it in Excel and save it again, or export the log as CSV."
)
STYLE_TAGS = ("xf", "dxf", "font", "fill", "border", "numFmt", "cellStyle")
# One pass finds every counted tag and, for rows and cells, the reference they name.
_COUNTED = re.compile(
    rb"<(?:\w+:)?(row|c|f|si|sheet|definedName|" + "|".join(STYLE_TAGS).encode()
    # [^<>] keeps each attempt within one tag, so the scan stays linear on hostile input.
    + rb')[\s>/](?:[^<>]*?\br="([A-Za-z]{0,3})([0-9]+)")?'
)
_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL_START = re.compile(rb"<(?:\w+:)?c[\s>/]")


def open_zip(data: bytes) -> zipfile.ZipFile:
    """Open the zip container, refusing a damaged one and zips that are not workbooks."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except Exception:  # noqa: BLE001 - BadZipFile, NotImplementedError (zip version), ...
        raise DebriefError(
            "The Excel file is damaged or incomplete (perhaps the download was cut short): "
            "open it in Excel and save it again, or export the log as CSV."
        ) from None
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        if "mimetype" in names or "content.xml" in names:
            raise DebriefError(
                "This looks like an OpenDocument (LibreOffice/Numbers) file: save it as .xlsx "
                "or CSV and try again."
            )
        raise DebriefError(
            "This is a zip archive but not an Excel workbook: unzip it, or export your log as "
            "CSV or .xlsx, and try again."
        )
    return archive


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> dict[str, PartScan]:
    """Refuse zip bombs, XML with DTDs and over-counted parts before any XML parser sees them.

    Returns what was counted in each XML part, for later checks (reach, formulas, errors).
    """
    members = archive.infolist()
    check_unzipped_total(sum(m.file_size for m in members), limits)
    for member in members:
        check_zip_ratio(member.filename, member.file_size, member.compress_size, limits)
        if member.filename.endswith((".xml", ".rels")) and has_dtd(
            archive, member, limits.dtd_probe_bytes
        ):
            raise DebriefError(ENTITIES_REFUSAL)
    check_whole_parts(archive, limits)
    scans = count_parts(archive, limits)
    check_counts(scans, limits)
    return scans


def has_dtd(archive: zipfile.ZipFile, member: zipfile.ZipInfo, head: int = 64 * 1024) -> bool:
    """True when the first bytes of an XML part declare a DTD or entities (Excel never does)."""
    try:
        with archive.open(member) as stream:
            start = stream.read(head)
    except Exception:  # noqa: BLE001 - unreadable parts are reported when openpyxl reads them
        return False
    probe = start.replace(b"\x00", b"").upper()  # also catches UTF-16 encoded XML
    return b"<!DOCTYPE" in probe or b"<!ENTITY" in probe


def refuse_workbook(exc: BaseException) -> DebriefError:
    """One sentence for a workbook the parser could not read (defusedxml refusals included)."""
    if any(type(e).__module__.startswith("defusedxml") for e in exception_chain(exc)):
        return DebriefError(ENTITIES_REFUSAL)
    return DebriefError(
        "The Excel file is damaged or not a real .xlsx workbook, so it could not be opened: "
        "open it in Excel and save it again, or export the log as CSV."
    )


def exception_chain(exc: BaseException | None) -> Iterator[BaseException]:
    """An exception and the ones it was raised from (openpyxl wraps parser errors)."""
    seen = 0
    while exc is not None and seen < 20:
        yield exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1


@dataclass
class PartScan:
    """What one XML part holds, counted before parsing: tags, and the cells' farthest reach."""

    tags: Counter[str] = field(default_factory=Counter)
    last_row: int = 0  # the largest row number a row or cell names
    last_column: int = 0  # the largest column number a cell names (1 = A)
    unnamed_cells: bool = False  # cells without an r="B3" reference, placed by position
    unnamed_rows: int = 0  # rows without an r="3" number, placed after the one before

    @property
    def reach_rows(self) -> int:
        """The farthest row the part's cells can land on, however its rows are numbered."""
        return self.last_row + self.unnamed_rows

    def add(self, piece: bytes) -> None:
        """Count the tags of one piece of the part and extend its reach."""
        found = _COUNTED.findall(piece)
        self.tags.update(name.decode() for name, _, _ in found)
        self.tags["error cell"] += piece.count(b't="e"')
        self.tags["entity"] += piece.count(b"<!DOCTYPE") + piece.count(b"<!ENTITY")
        rows = {number for _, _, number in found if number}
        if rows:
            self.last_row = max(self.last_row, max(map(int, rows)))
        letters = {letters for name, letters, _ in found if letters}
        if letters:
            self.last_column = max(self.last_column, *map(column_number, letters))
        self.unnamed_cells |= any(name == b"c" and not number for name, _, number in found)
        self.unnamed_rows += sum(name == b"row" and not number for name, _, number in found)


def count_parts(archive: zipfile.ZipFile, limits: Limits) -> dict[str, PartScan]:
    """The tags of every XML part, counted at C speed; a sheet far over the limits stops it.

    A parser reads a sheet whole, and a styles part of millions of formats or a sheet of a
    million (even empty) rows would cost a minute before any limit is reached; counting tags
    takes a fraction of a second.
    """
    scans: dict[str, PartScan] = {}
    # Every XML part, not just xl/worksheets/: the workbook's rels may put a sheet anywhere.
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels")):
            scan = scans[member.filename] = scan_part(archive, member.filename)
            if scan.tags["entity"]:
                raise DebriefError(ENTITIES_REFUSAL)
            check_stored_counts(scan.tags["row"], scan.tags["c"], limits)
    return scans


def check_counts(scans: dict[str, PartScan], limits: Limits) -> None:
    """Refuse parts holding more sheets, names, styles or shared texts than the limits."""
    cells = sum(scan.tags["c"] for scan in scans.values())
    for scan in scans.values():
        check_sheet_count(scan.tags["sheet"], limits)
        check_defined_names(scan.tags["definedName"], limits)
        check_styles(sum(scan.tags[tag] for tag in STYLE_TAGS), limits)
        check_shared_strings(scan.tags["si"], cells, limits)


def scan_part(archive: zipfile.ZipFile, path: str, chunk: int = 1 << 20) -> PartScan:
    """Scan an XML part in chunks that end after a tag, so that no tag is cut in two."""
    scan = PartScan()
    rest = b""
    with archive.open(path) as stream:
        while block := stream.read(chunk):
            window = rest + block
            if window[:4096].count(b"\x00") > 16:  # UTF-16: tags would hide from the count
                raise DebriefError(NOT_UTF8)
            cut = window.rfind(b"<")  # the last tag may be incomplete: it goes with the next
            if cut <= 0 and len(window) > chunk:  # one tag or comment over a megabyte
                raise DebriefError(NOT_UTF8)
            scan.add(window[:cut])
            rest = window[cut:]
    scan.add(rest)
    if scan.unnamed_cells:
        scan.last_column = max(scan.last_column, widest_row(archive, path))
    return scan


def widest_row(archive: zipfile.ZipFile, path: str) -> int:
    """The most cells any row of a part holds (for cells placed by position, not by name)."""
    with archive.open(path) as stream:
        text = stream.read()  # only parts whose cells lack references: rare, and bounded
    # Each row runs to the next row's start: linear, whatever the file's nesting.
    starts = [m.start() for m in _ROW_START.finditer(text)] + [len(text)]
    return max((len(_CELL_START.findall(text, a, b)) for a, b in zip(starts, starts[1:],
                                                                      strict=False)), default=0)


def column_number(letters: bytes) -> int:
    """The 1-based number of a column's letters.

    >>> column_number(b"A"), column_number(b"Z"), column_number(b"AA"), column_number(b"XFD")
    (1, 26, 27, 16384)
    """
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number
