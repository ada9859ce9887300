"""analysis.read.zipguard: what a workbook's parts hold is known before any parser reads them."""

from __future__ import annotations

import io
import zipfile

from books import MAIN_NS, rewrite_zip, workbook

from analysis.read import read_raw
from analysis.read.zipguard import scan_part


def part_archive(xml: bytes) -> zipfile.ZipFile:
    """A zip holding one part, s.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("s.xml", xml)
    return zipfile.ZipFile(out)


def test_the_scan_finds_the_farthest_cell_even_across_chunks() -> None:
    """Tags cut by a chunk boundary are counted once, and the farthest reference is found."""
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 3001))
    xml = f'<worksheet><sheetData>{rows}<row r="4000"><c r="GR4000"/></row></sheetData>'
    scan = scan_part(part_archive((xml + "</worksheet>").encode()), "s.xml", chunk=997)
    assert scan.tags["row"] == 3001 and scan.tags["c"] == 3001
    assert (scan.last_row, scan.last_column) == (4000, 200)


def test_rows_and_cells_without_references_are_placed_and_read() -> None:
    """Some programs omit r="A1": the cells are read by position, and their reach still bounded."""
    cells = "".join(f'<c t="inlineStr"><is><t>{t}</t></is></c>' for t in ("Company", "Role"))
    values = "".join(f'<c t="inlineStr"><is><t>{t}</t></is></c>' for t in ("Acme", "Analyst"))
    sheet = (f'<worksheet xmlns="{MAIN_NS}"><sheetData><row>{cells}</row><row>{values}</row>'
             "</sheetData></worksheet>").encode()
    scan = scan_part(part_archive(sheet), "s.xml")
    assert scan.unnamed_cells and scan.reach_rows == 2 and scan.last_column == 2
    data = rewrite_zip(workbook({"Log": [["x"]]}), {"xl/worksheets/sheet1.xml": sheet})
    assert read_raw(data, "log.xlsx").frame.to_dict("index") == {
        2: {"Company": "Acme", "Role": "Analyst"}}
