"""The corpus of broken and hostile files, each built here, and what a user gets for each.

Every item is either imported (rows accounted for, a note saying what was repaired) or refused
with one sentence; ``benchmarks/bench_bad_files.py`` times the same corpus.
"""

from __future__ import annotations

import io
import re
import struct
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import openpyxl
import pytest
from openpyxl.chart import BarChart
from read.books import rewrite_zip

from analysis.errors import DebriefError
from analysis.read import LIMITS, Limits, list_sheets, read_raw

# --------------------------------------------------------------------------- file builders

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PIVOT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable"


def workbook_bytes(rows: list[list[object]], title: str = "Log") -> bytes:
    """An ordinary one-sheet workbook written by openpyxl."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_sheet_xml(sheet_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A workbook whose only sheet's XML is ``sheet_xml`` (plus any extra parts)."""
    return rewrite_zip(workbook_bytes([["x"]]), {"xl/worksheets/sheet1.xml": sheet_xml,
                                                 **(extra or {})})


def sheet_xml(body: str, prolog: str = "", dimension: str = "") -> bytes:
    """Worksheet XML around ``body`` (rows of cells), with an optional DTD prolog."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN_NS}">{dim}'
        f"<sheetData>{body}</sheetData></worksheet>"
    ).encode()


def text_cell(ref: str, text: str) -> str:
    """An inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


# The classic "billion laughs" DTD: each entity is ten of the one before, so &lol9; is 10^9.
LAUGHS = (
    '<!DOCTYPE worksheet [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)


def billion_laughs() -> bytes:
    """A sheet whose one cell expands to 10^9 'lol's if entities were resolved."""
    body = (f'<row r="1">{text_cell("A1", "Company")}</row>'
            f'<row r="2">{text_cell("A2", "&lol9;")}</row>')
    return with_sheet_xml(sheet_xml(body, LAUGHS))


@cache
def billion_laughs_deep() -> bytes:
    """The same attack hidden behind a 70 KB comment, past readers' own 64 KB DTD probe."""
    body = f'<row r="1">{text_cell("A1", "&lol9;")}</row>'
    return with_sheet_xml(sheet_xml(body, "<!--" + "x" * 70_000 + "-->" + LAUGHS))


@cache
def zip_bomb() -> bytes:
    """A 70 KB workbook whose sheet unpacks to 24 MB of identical rows."""
    row = f"<row>{text_cell('A1', 'lol')}</row>"
    return with_sheet_xml(sheet_xml(row * (24 * 2**20 // len(row))))


def patch_sheet_size(data: bytes, size: int) -> bytes:
    """Rewrite the unpacked size the zip directory records for the sheet part."""
    patched = bytearray(data)
    entry = patched.find(b"PK\x01\x02")  # central directory entries: size at +24, name at +46
    while entry != -1:
        name_len = struct.unpack_from("<H", patched, entry + 28)[0]
        if patched[entry + 46 : entry + 46 + name_len] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", patched, entry + 24, size)
        entry = patched.find(b"PK\x01\x02", entry + 4)
    return bytes(patched)


def lying_zip_sizes() -> bytes:
    """A small workbook whose zip directory claims its sheet unpacks to 4 GB."""
    return patch_sheet_size(workbook_bytes([["Company"], ["Acme"]]), 0xFFFFFFF0)


def understated_zip_sizes() -> bytes:
    """A 24 MB sheet whose zip directory claims it unpacks to 100 bytes (so no ratio alarm)."""
    return patch_sheet_size(zip_bomb(), 100)


def chart_only() -> bytes:
    """A workbook whose only sheet is a chart sheet."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    book.create_chartsheet("Chart1").add_chart(BarChart())
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pivot_only() -> bytes:
    """A workbook whose only sheet shows a pivot table (its relationship says so)."""
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{PIVOT_REL}" Target="../pivotTables/pivotTable1.xml"/>'
        "</Relationships>"
    ).encode()
    rows = [["Row Labels", "Count of Company"], ["Acme", 2], ["Beta", 1], ["Grand Total", 3]]
    return rewrite_zip(
        workbook_bytes(rows, "Pivot"),
        {"xl/worksheets/_rels/sheet1.xml.rels": rels,
         "xl/pivotTables/pivotTable1.xml": f'<pivotTableDefinition xmlns="{MAIN_NS}"/>'.encode()},
    )


def lying_dimension() -> bytes:
    """Three real rows in a sheet that claims to span A1:XFD1048576."""
    body = "".join(
        f'<row r="{r}">{text_cell(f"A{r}", a)}{text_cell(f"B{r}", b)}</row>'
        for r, (a, b) in enumerate([("Company", "Role"), ("Acme", "Analyst"), ("Beta", "BI")], 1)
    )
    return with_sheet_xml(sheet_xml(body, dimension="A1:XFD1048576"))


@cache
def million_formatted_rows() -> bytes:
    """Two rows of text, then a million rows that only hold an empty, formatted cell."""
    body = (f'<row r="1">{text_cell("A1", "Company")}</row>'
            f'<row r="2">{text_cell("A2", "Acme")}</row>'
            + "".join(f'<row r="{r}"><c r="XFD{r}" s="0"/></row>' for r in range(3, 1_048_577)))
    return with_sheet_xml(sheet_xml(body))


def sprawling_cells() -> bytes:
    """A two-row log with one stray value at GR1048576: a grid of 200 million cells if read."""
    body = (f'<row r="1">{text_cell("A1", "Company")}</row>'
            f'<row r="2">{text_cell("A2", "Acme")}</row>'
            f'<row r="1048576">{text_cell("GR1048576", "oops")}</row>')
    return with_sheet_xml(sheet_xml(body))


def far_column() -> bytes:
    """A sheet with one stray value in Excel's last column (XFD = 16,384)."""
    body = (f'<row r="1">{text_cell("A1", "Company")}</row>'
            f'<row r="2">{text_cell("A2", "Acme")}{text_cell("XFD2", "oops")}</row>')
    return with_sheet_xml(sheet_xml(body))


def empty_workbook() -> bytes:
    """A workbook with one empty sheet."""
    return workbook_bytes([])


def docx_like() -> bytes:
    """A zip that is not a workbook (a Word document's shape)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<document/>")
    return out.getvalue()


def ods_like() -> bytes:
    """The shape of a LibreOffice spreadsheet: a zip with a mimetype and content.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def random_bytes(size: int = 20_000, seed: int = 7) -> bytes:
    """Reproducible random bytes."""
    import random

    return random.Random(seed).randbytes(size)


def mixed_encodings() -> bytes:
    """A log edited on two machines: a UTF-8 line and a Windows-1252 line."""
    return (
        b"Company,Role,Feedback\n"
        + "Société Générale,Analyst,“Great” answers\n".encode()
        + "Crédit Agricole,Analyst,Be more concise\n".encode("cp1252")
    )


def nul_bytes() -> bytes:
    """A log with stray NULs inside and a NUL-padded tail, as a broken download leaves it."""
    return b"Company,Role\nAc\x00me,Analyst\nBeta,BI\x00\n" + b"\x00" * 4096


@cache
def million_rows() -> bytes:
    """A narrow CSV with one data row more than the row limit (a million)."""
    return b"Company,Role\n" + b"Acme,Analyst\n" * (LIMITS.max_rows + 1)


def thousand_columns() -> bytes:
    """A CSV 1,000 columns wide."""
    header = ",".join(f"Field {i}" for i in range(1, 1001))
    return (header + "\n" + ",".join("x" * 1000) + "\n").encode()


@cache
def huge_cell() -> bytes:
    """A CSV whose second row has a single 5 MB cell."""
    return b"Company,Feedback\nAcme," + b"x" * 5_000_000 + b"\n"


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def small_log() -> bytes:
    """The two-row log the part bombs below are hidden in."""
    return workbook_bytes([["Company", "Role"], ["Acme", "Analyst"]])


@cache
def styles_bomb() -> bytes:
    """A small log whose styles.xml lists a million cell formats (5 MB unzipped)."""
    styles = (f'<styleSheet xmlns="{MAIN_NS}"><cellXfs count="1000000">' + "<xf/>" * 1_000_000
              + "</cellXfs></styleSheet>")
    return rewrite_zip(small_log(), {"xl/styles.xml": styles.encode()})


@cache
def oversized_styles() -> bytes:
    """A small log whose styles.xml is padded to 17 MB of incompressible comment."""
    import random

    padding = random.Random(7).randbytes(17 * 2**20 // 2).hex()
    styles = f'<styleSheet xmlns="{MAIN_NS}"><!--{padding}--></styleSheet>'
    return rewrite_zip(small_log(), {"xl/styles.xml": styles.encode()})


@cache
def defined_names_bomb() -> bytes:
    """A small log whose workbook defines 200,000 names."""
    data = small_log()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = archive.read("xl/workbook.xml").decode()
    names = "".join(f'<definedName name="n{i}">Log!$A$1</definedName>' for i in range(200_000))
    book = re.sub(r"<definedNames\s*/>|<definedNames>.*?</definedNames>", "", book)
    book = book.replace("</sheets>", f"</sheets><definedNames>{names}</definedNames>")
    return rewrite_zip(data, {"xl/workbook.xml": book.encode()})


@cache
def shared_strings_bomb() -> bytes:
    """A small log with a shared-text table of a million strings that no cell uses."""
    data = small_log()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    rels = rels.replace("</Relationships>", f'<Relationship Id="rId99" Type="{REL}/sharedStrings"'
                        ' Target="sharedStrings.xml"/></Relationships>')
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="'
                          f'{CONTENT}.sharedStrings+xml"/></Types>')
    strings = "".join(f"<si><t>s{i}</t></si>" for i in range(1_000_000))
    sst = f'<sst xmlns="{MAIN_NS}" count="1000000" uniqueCount="1000000">{strings}</sst>'
    return rewrite_zip(data, {"xl/_rels/workbook.xml.rels": rels.encode(),
                              "[Content_Types].xml": types.encode(),
                              "xl/sharedStrings.xml": sst.encode()})


@cache
def many_sheets(count: int = 20_000) -> bytes:
    """A small log followed by ``count`` - 1 one-cell sheets, every one listed."""
    data = small_log()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    extra = range(2, count + 1)
    book = book.replace("</sheets>", "".join(
        f'<sheet name="S{i}" sheetId="{i}" r:id="rIdS{i}"/>' for i in extra) + "</sheets>")
    rels = rels.replace("</Relationships>", "".join(
        f'<Relationship Id="rIdS{i}" Type="{REL}/worksheet" Target="worksheets/s{i}.xml"/>'
        for i in extra) + "</Relationships>")
    types = types.replace("</Types>", "".join(
        f'<Override PartName="/xl/worksheets/s{i}.xml" ContentType="{CONTENT}.worksheet+xml"/>'
        for i in extra) + "</Types>")
    one_cell = sheet_xml(f'<row r="1">{text_cell("A1", "x")}</row>')
    parts = {f"xl/worksheets/s{i}.xml": one_cell for i in extra}
    return rewrite_zip(data, {"xl/workbook.xml": book.encode(),
                              "xl/_rels/workbook.xml.rels": rels.encode(),
                              "[Content_Types].xml": types.encode(), **parts})


# --------------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class BadFile:
    """A broken or hostile input and what the user must get for it."""

    name: str
    filename: str
    build: Callable[[], bytes]
    refusal: str = ""  # key words of the refusal; empty when the file is imported
    rows: int | None = None  # rows imported (when not refused)
    note: str = ""  # key words of a note the import must carry


CORPUS: list[BadFile] = [
    BadFile("empty file", "log.csv", lambda: b"", "The file is empty"),
    BadFile("only blank lines", "log.csv", lambda: b"\r\n  \r\n\r\n", "The file is empty"),
    BadFile("header only", "log.csv", lambda: b"Company,Role,Date\n",
            "has a header row (row 1) but no data rows below it"),
    BadFile("no needed columns", "pets.csv", lambda: b"Name,Species\nRex,dog\nTom,cat\n",
            rows=2),
    BadFile("random bytes named .csv", "log.csv", random_bytes, "it holds binary data"),
    BadFile("PDF named .csv", "log.csv", lambda: b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "is a PDF"),
    BadFile("HTML table named .xls", "export.xls",
            lambda: b"<html><body><table><tr><td>Company</td></tr></table></body></html>",
            "web page (HTML) saved under a spreadsheet name"),
    BadFile("Excel 2003 XML", "log.xml",
            lambda: b'<?xml version="1.0"?><Workbook '
                    b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
            "Excel 2003 XML spreadsheet"),
    BadFile("OpenDocument .ods", "log.ods", ods_like, "OpenDocument"),
    BadFile("truncated .xlsx", "log.xlsx",
            lambda: workbook_bytes([["Company"], ["Acme"]])[:3000], "damaged or incomplete"),
    BadFile("zip that is not a workbook", "log.xlsx", docx_like, "not an Excel workbook"),
    BadFile("billion laughs .xlsx", "log.xlsx", billion_laughs, "declares entities"),
    BadFile("billion laughs behind 70 KB comment", "log.xlsx", billion_laughs_deep,
            "declares entities"),
    BadFile("zip bomb .xlsx (24 MB sheet in 70 KB)", "log.xlsx", zip_bomb,
            "unpacks 3"),
    BadFile("zip directory claims 4 GB", "log.xlsx", lying_zip_sizes,
            "unpacks to 4,096 MB, over Debrief's 300 MB limit"),
    BadFile("zip directory understates a 24 MB sheet as 100 bytes", "log.xlsx",
            understated_zip_sizes, "damaged"),
    BadFile("sheet claims A1:XFD1048576", "log.xlsx", lying_dimension, rows=2),
    BadFile("xlsx with a million empty formatted rows", "log.xlsx", million_formatted_rows,
            f"stores 1,048,576 rows and Debrief reads up to {LIMITS.max_rows:,}: delete any "
            "empty rows"),
    BadFile("stray cell at GR1048576 (a 200-million-cell grid)", "log.xlsx", sprawling_cells,
            "cells reach row 1,048,576 and column GR, a grid of 209,715,200 cells, more than "
            "the 12,000,000 Debrief reads: delete stray cells"),
    BadFile("stray cell in column XFD", "log.xlsx", far_column,
            "16,384 columns and Debrief reads up to 200"),
    BadFile("legacy .xls / password-protected", "log.xls",
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048,
            "looks like an old .xls workbook or a password-protected file"),
    BadFile("chart sheet only", "log.xlsx", chart_only, "only holds a chart sheet"),
    BadFile("pivot table only", "log.xlsx", pivot_only, "only holds a pivot table"),
    BadFile("empty workbook", "log.xlsx", empty_workbook, "no data in any sheet"),
    BadFile("CSV with a 5 MB cell", "log.csv", huge_cell,
            "row 2, column 2 holds 5,000,000 characters"),
    BadFile("CSV with 1,000 columns", "log.csv", thousand_columns,
            "1,000 columns and Debrief reads up to 200"),
    BadFile("CSV with a million and one rows", "log.csv", million_rows,
            f"more than {LIMITS.max_rows:,} rows, Debrief's limit: split the file"),
    BadFile("mixed encodings", "log.csv", mixed_encodings, rows=2, note="mixes encodings"),
    BadFile("NUL bytes", "log.csv", nul_bytes, rows=2, note="NUL byte"),
    BadFile("styles.xml with a million cell formats (5 MB)", "log.xlsx", styles_bomb,
            "defines 1,000,000 cell formats, fonts, fills and borders and Debrief reads up to "
            "200,000"),
    BadFile("styles.xml padded to 17 MB", "log.xlsx", oversized_styles,
            "'xl/styles.xml' unpacks to 17 MB and Debrief reads such parts up to 16 MB"),
    BadFile("200,000 defined names", "log.xlsx", defined_names_bomb,
            "defines 200,000 names (named ranges) and Debrief reads up to 10,000"),
    BadFile("a million shared strings", "log.xlsx", shared_strings_bomb,
            "shared-text table holds 1,000,000 texts for 4 cells"),
    BadFile("20,000 sheets", "log.xlsx", many_sheets,
            "lists 20,000 sheets and Debrief reads workbooks of up to 1,000"),
    BadFile("unclosed quote", "log.csv", lambda: b'Company,Notes\nAcme,"said hi\nBeta,x\n',
            "quotation mark (\") that is never closed"),
]


def outcome(item: BadFile) -> tuple[str, object]:
    """("refused", message) or ("imported", RawTable) for a corpus item."""
    try:
        return "imported", read_raw(item.build(), item.filename)
    except DebriefError as exc:
        return "refused", str(exc)


# ---------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("item", CORPUS, ids=[i.name for i in CORPUS])
def test_corpus_item_gets_the_promised_outcome(item: BadFile) -> None:
    """Refusals are one sentence with the key words; imports keep every data row."""
    kind, result = outcome(item)
    if item.refusal:
        assert kind == "refused", f"expected a refusal, got {result}"
        assert item.refusal in result
        assert result.endswith(".") and "\n" not in result and "Traceback" not in result
    else:
        assert kind == "imported", result
        assert len(result.frame) == item.rows
        assert not item.note or any(item.note in n for n in result.notes), result.notes


def test_refusals_are_single_sentences_naming_a_way_out() -> None:
    """Every refusal says what to do: save, export, split, delete, add, import or fix."""
    actions = re.compile(r"\b(save|export|split|delete|add|import|open|shorten|fix|unzip)\b", re.I)
    for item in CORPUS:
        kind, result = outcome(item)
        if kind == "refused":
            assert actions.search(result), (item.name, result)


def test_mixed_encodings_decode_each_line_in_its_own_encoding() -> None:
    """Both accented company names survive, whichever encoding their line used."""
    frame = read_raw(mixed_encodings(), "log.csv").frame
    assert frame["Company"].tolist() == ["Société Générale", "Crédit Agricole"]
    assert frame["Feedback"].tolist() == ["“Great” answers", "Be more concise"]


def test_nul_bytes_are_removed_and_rows_keep_their_numbers() -> None:
    """NULs inside cells and padding at the end disappear; source rows are unchanged."""
    table = read_raw(nul_bytes(), "log.csv")
    assert table.frame.to_dict("index") == {
        2: {"Company": "Acme", "Role": "Analyst"},
        3: {"Company": "Beta", "Role": "BI"},
    }
    assert any("Removed 4098 NUL byte(s)" in n for n in table.notes)


def test_openpyxl_parses_with_defusedxml() -> None:
    """The second line of defence is armed: openpyxl refuses entities by itself."""
    from defusedxml import EntitiesForbidden

    assert openpyxl.DEFUSEDXML is True
    started = time.perf_counter()
    with pytest.raises(ValueError, match="invalid XML") as caught:
        openpyxl.load_workbook(io.BytesIO(billion_laughs()), read_only=True)
    assert isinstance(caught.value.__cause__, EntitiesForbidden)
    assert time.perf_counter() - started < 1.0  # refused, not expanded


def test_lying_dimension_is_not_padded_to_sixteen_thousand_columns() -> None:
    """The sheet's claimed size is ignored: only the two real columns come back."""
    table = read_raw(lying_dimension(), "log.xlsx")
    assert list(table.frame.columns) == ["Company", "Role"]
    assert table.frame.index.tolist() == [2, 3]


def test_row_limit_is_a_parameter_and_its_boundary_is_exact() -> None:
    """A file with exactly max_rows data rows is read; one more is refused."""
    limits = Limits(max_rows=100)
    at_limit = b"Company,Role\n" + b"Acme,Analyst\n" * 100
    assert len(read_raw(at_limit, "a.csv", limits=limits).frame) == 100
    with pytest.raises(DebriefError, match="more than 100 rows"):
        read_raw(at_limit + b"Beta,BI\n" * 30, "a.csv", limits=limits)


def test_row_limit_applies_to_workbooks() -> None:
    """The same limit, and message, for a sheet that is too long."""
    data = workbook_bytes([["Company", "Role"], *[["Acme", "Analyst"]] * 60])
    with pytest.raises(DebriefError, match="more than 50 rows, Debrief's limit: split"):
        read_raw(data, "a.xlsx", limits=Limits(max_rows=50))


def test_workbook_row_limit_boundary_counts_data_rows_only() -> None:
    """A title, a header and exactly max_rows data rows are read."""
    data = workbook_bytes([["My log"], ["Company", "Role"], *[["Acme", "Analyst"]] * 50])
    assert len(read_raw(data, "a.xlsx", limits=Limits(max_rows=50)).frame) == 50


def test_size_limit_names_both_sizes_and_the_workaround() -> None:
    """A file over max_bytes is refused before it is decoded."""
    data = b"Company,Role\n" + b"Acme,Analyst\n" * 200_000
    with pytest.raises(DebriefError, match=r"is 2.5 MB and Debrief reads files up to 1 MB: split"):
        read_raw(data, "a.csv", limits=Limits(max_bytes=2**20))


def test_cell_limit_bounds_rows_times_columns() -> None:
    """Wide and long together: the cell count is the limit the message names."""
    data = b"a,b,c,d\n" + b"1,2,3,4\n" * 30
    with pytest.raises(DebriefError, match="30 rows x 4 columns, more than Debrief's 100 cells"):
        read_raw(data, "a.csv", limits=Limits(max_cells=100))


def test_a_cell_at_the_limit_is_read_whole() -> None:
    """32,767 characters (Excel's limit) pass untouched: nothing is truncated."""
    text = "y" * LIMITS.max_cell_chars
    frame = read_raw(f"Company,Feedback\nAcme,{text}\n".encode(), "a.csv").frame
    assert frame.loc[2, "Feedback"] == text


def test_list_sheets_refuses_hostile_workbooks_too() -> None:
    """The sheet picker in the app goes through the same checks."""
    with pytest.raises(DebriefError, match="declares entities"):
        list_sheets(billion_laughs(), "log.xlsx")
    with pytest.raises(DebriefError, match="zip bomb"):
        list_sheets(zip_bomb(), "log.xlsx")
    assert list_sheets(chart_only(), "log.xlsx") == []
