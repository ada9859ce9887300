"""What a workbook says about itself: its sheets (kind, visibility, part), date system, parts."""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from datetime import datetime

from defusedxml import ElementTree

from analysis.read.limits import Limits, check_meta_part
from analysis.read.table import EPOCH_1900, EPOCH_1904

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_KINDS = {"worksheet": "worksheet", "chartsheet": "chart", "dialogsheet": "dialog",
               "xlMacrosheet": "macro", "xlIntlMacrosheet": "macro"}


@dataclass(frozen=True)
class SheetEntry:
    """One sheet as the workbook lists it."""

    name: str
    kind: str = "worksheet"  # worksheet, chart, dialog, macro
    state: str = "visible"  # visible, hidden, veryHidden
    path: str = ""  # its part in the zip

    @property
    def visible(self) -> bool:
        """True unless the sheet is hidden or very hidden."""
        return self.state not in ("hidden", "veryHidden")


@dataclass(frozen=True)
class Manifest:
    """The workbook's sheets in order, its date system and the parts that describe it."""

    sheets: list[SheetEntry] = field(default_factory=list)
    date1904: bool = False
    parts: dict[str, str] = field(default_factory=dict)  # relationship type -> part path

    @property
    def worksheets(self) -> list[SheetEntry]:
        """The sheets that can hold a table (chart, dialog and macro sheets left out)."""
        return [s for s in self.sheets if s.kind == "worksheet"]

    @property
    def epoch(self) -> datetime:
        """The day that serial date 0 stands for in this workbook."""
        return EPOCH_1904 if self.date1904 else EPOCH_1900


def read_manifest(archive: zipfile.ZipFile, limits: Limits) -> Manifest:
    """Read the workbook part and its relationships (each bounded in size, entities refused)."""
    book_path, rels = workbook_parts(archive, limits)
    by_id = {rid: (kind, path) for kind, path, rid in rels}
    book = parse_part(archive, book_path, limits)
    parts = {kind.rsplit("/", 1)[-1]: path for kind, path in by_id.values()}
    return Manifest(
        sheets=list_sheet_entries(book, by_id),
        date1904=is_1904(book),
        parts=parts,
    )


def workbook_parts(
    archive: zipfile.ZipFile, limits: Limits
) -> tuple[str, list[tuple[str, str, str]]]:
    """The workbook part's path and its relationships (type, target part, id)."""
    root_rels = relationships(archive, "_rels/.rels", limits)
    book_path = next(
        (p for t, p, _ in root_rels if t.endswith("/officeDocument")), "xl/workbook.xml"
    )
    if book_path not in archive.NameToInfo:
        book_path = next(n for n in archive.namelist() if n.endswith("workbook.xml"))
    return book_path, relationships(archive, rels_path(book_path), limits)


def check_whole_parts(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Bound the size of the parts a parser reads whole: the workbook, its styles and theme."""
    book_path, rels = workbook_parts(archive, limits)
    wholes = [book_path, *(p for kind, p, _ in rels if kind.endswith(("/styles", "/theme")))]
    for path in wholes:
        if path in archive.NameToInfo:
            check_meta_part(path, archive.getinfo(path).file_size, limits)


def list_sheet_entries(
    book: ElementTree.Element, by_id: dict[str, tuple[str, str]]
) -> list[SheetEntry]:
    """The workbook's <sheet> elements as entries, in order."""
    entries = []
    for element in book.iter():
        if local(element.tag) != "sheet":
            continue
        kind, path = by_id.get(element.get(f"{{{REL_NS}}}id", ""), ("worksheet", ""))
        entries.append(
            SheetEntry(
                name=element.get("name", ""),
                kind=SHEET_KINDS.get(kind.rsplit("/", 1)[-1], "worksheet"),
                state=element.get("state", "visible"),
                path=path,
            )
        )
    return entries


def is_1904(book: ElementTree.Element) -> bool:
    """True when the workbook counts dates from 1904 (workbookPr date1904)."""
    for element in book.iter():
        if local(element.tag) == "workbookPr":
            return element.get("date1904", "0").strip().lower() in ("1", "true")
    return False


def relationships(
    archive: zipfile.ZipFile, path: str, limits: Limits
) -> list[tuple[str, str, str]]:
    """(type, target part, id) of each relationship in a .rels part; none when it is missing."""
    if path not in archive.NameToInfo:
        return []
    base = posixpath.dirname(posixpath.dirname(path))  # folder of the part the rels describe
    found = []
    for element in parse_part(archive, path, limits).iter():
        if local(element.tag) == "Relationship" and element.get("TargetMode") != "External":
            target = element.get("Target", "")
            resolved = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(base, target)))
            found.append((element.get("Type", ""), resolved, element.get("Id", "")))
    return found


def rels_path(part: str) -> str:
    """The .rels part that describes ``part``.

    >>> rels_path("xl/worksheets/sheet1.xml")
    'xl/worksheets/_rels/sheet1.xml.rels'
    """
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def parse_part(archive: zipfile.ZipFile, path: str, limits: Limits) -> ElementTree.Element:
    """Parse one small XML part whole, after checking its size (defusedxml refuses entities)."""
    check_meta_part(path, archive.getinfo(path).file_size, limits)
    return ElementTree.fromstring(archive.read(path))


def local(tag: object) -> str:
    """An element's name without its namespace.

    >>> local("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet")
    'sheet'
    """
    return str(tag).rpartition("}")[2]
