"""Turn the bytes of an uploaded log (CSV or .xlsx) into a raw table, or refuse in one sentence.

This is the byte-level edge of the importer: it finds the format (by content, never by the file
name), the text encoding, the delimiter, the sheet and the header row, and hands
``analysis.normalize`` a :class:`RawTable` whose cells are exactly what the file holds. It knows
nothing about what the columns mean beyond a few header words used to spot the header row and
the sheet that holds the log.

What it reads:

- CSV/TSV/TXT with commas, semicolons, tabs or pipes (sniffed from the first records, or named
  by Excel's ``sep=;`` line); UTF-8 with or without BOM, UTF-16/32 with BOM (Excel's "Unicode
  Text"), UTF-16 without BOM, Windows-1252 (Latin-1 for its 5 undefined bytes), and files that
  mix UTF-8 and Windows-1252 lines (each line decoded on its own, with a note). NUL bytes are
  removed with a note. Cells are ``str``; blank cells (empty or whitespace) are ``None``.
- .xlsx/.xlsm (whatever the name says) via openpyxl read-only with cached formula values; the
  sheet is the one named (case-insensitive) or the one whose first rows look most like a log;
  cells keep their types (str, int, float, bool, datetime). Pivot and chart sheets are never
  picked on their own.
- The header is the first of the first 20 non-blank rows that is mostly short text with data
  below it (the one with most log words, such as Company or Stage, if several qualify); titles
  and notes above it, and blank rows anywhere, are skipped; totals rows are kept (normalize
  marks them). Header texts are stripped (inner whitespace and line breaks collapsed), made
  unique ("Notes (2)") and non-empty ("Column 4" for the 4th column, kept only if it has data).
  ``source_row`` is the row number a spreadsheet shows (a CSV record with a quoted line break
  is one row).

Limits (:class:`Limits`, ``LIMITS``) keep every file, however broken or hostile, within bounded
time and memory; going over one gives a :class:`~analysis.errors.DebriefError` that names the
limit and a workaround. Decisions worth knowing:

- Files up to 100 MB (the app's upload limit should match).
- Up to ``max_rows`` data rows (250,000: a 100k-row cohort fits twice over). Above that the file
  is refused with "split the file"; a CSV is never parsed beyond ``max_rows`` + a few records,
  and a workbook's ``<row>`` tags are counted before openpyxl parses anything.
- Up to ``max_columns`` columns (200): a log has a dozen or two, so a 1,000-column table is not
  a log (or one laid out sideways) and is refused with "delete the columns you don't need";
  and up to 6 million cells in all.
- A cell longer than Excel's own limit (32,767 characters) is refused, not truncated, so no
  feedback is ever silently cut short.
- Workbooks: the zip is checked before any XML parser runs (total unzipped size <= 300 MB,
  compression ratio <= 200 for parts over 10 MB, no DTD or entity declarations, row and cell
  counts), and openpyxl parses with defusedxml as a second line of defence against entity
  expansion. A sheet's claimed dimensions are ignored: only the cells it stores are read.
- Refused by content with a way out: legacy .xls and password-protected workbooks (both OLE
  files), PDFs, HTML "Excel exports", Excel 2003 XML, OpenDocument files, other zips, binary
  junk, damaged zips, unclosed quotes.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import threading
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

import numpy as np
import pandas as pd

from analysis.errors import DebriefError

# ------------------------------------------------------------------------------------ limits


@dataclass(frozen=True)
class Limits:
    """Bounds every input is held to; each refusal message states the bound and a workaround."""

    max_bytes: int = 100 * 1024 * 1024  # upload size; the app's upload limit should match
    max_rows: int = 250_000  # data rows below the header
    max_columns: int = 200
    max_cells: int = 6_000_000  # rows x columns, bounds memory (~1 GB worst case)
    max_cell_chars: int = 32_767  # Excel's own cell limit
    max_xlsx_uncompressed: int = 300 * 1024 * 1024  # sum of the workbook's unzipped parts
    max_zip_ratio: int = 200  # unzipped/zipped, for parts above zip_ratio_floor
    zip_ratio_floor: int = 10 * 1024 * 1024
    header_scan_rows: int = 20  # the header is looked for among the first non-blank rows
    sniff_chars: int = 64 * 1024  # text sample for delimiter and junk detection
    max_sheet_row_number: int = 1_048_576  # Excel's last row; beyond it a sheet is damaged


LIMITS = Limits()

# ----------------------------------------------------------------------------- raw table


@dataclass(frozen=True, eq=False)  # a DataFrame has no single truth value to compare by
class RawTable:
    """A table as the file holds it: header texts as columns, cells as read, source_row index."""

    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    format: str = "csv"
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1


# Words that show up in the header of an interview log (lower case, whole words). Used only to
# tell a header from a title or data row and the log sheet from a summary sheet.
HEADER_WORDS: frozenset[str] = frozenset(
    """
    company employer organisation organization firm business client role position job title
    vacancy date applied application interview interviews stage round status outcome result
    feedback notes note comments comment interviewer recruiter source contact salary location
    next step steps response reply decision type format channel link url listname
    """.split()
)

# What every "nothing to read" refusal tells the user to provide.
LOG_NEEDS = (
    "save your log with a header row (such as Company, Role, Date, Stage, Outcome, Feedback) "
    "and one row per application or interview, then try again"
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes"}
TEXT_EXTENSIONS = (".csv", ".tsv", ".txt", ".tab")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".xltx", ".xltm")

# Control characters that never appear in a real text table (tab, CR, LF and NUL excluded;
# NULs are counted separately because damaged downloads are often padded with them).
_JUNK_CHARS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_EXPECTED_FIELDS = re.compile(r"Expected \d+ fields in line \d+, saw (\d+)")

# ------------------------------------------------------------------------------ public API


def read_raw(
    data: bytes, filename: str = "", sheet: str | None = None, *, limits: Limits = LIMITS
) -> RawTable:
    """Read a CSV or .xlsx file's bytes into a :class:`RawTable`, or raise ``DebriefError``.

    >>> read_raw(b"Company,Role\\nAcme,Analyst\\n").frame.to_dict("records")
    [{'Company': 'Acme', 'Role': 'Analyst'}]
    """
    data, filename = bytes(data or b""), str(filename or "")
    sheet = sheet if sheet and sheet.strip() else None  # a blank choice means "pick for me"
    check_size(data, limits)
    kind = detect_format(data, filename)
    notes = note_extension(kind, filename)
    if kind == "xlsx":
        table = read_xlsx(data, sheet, limits)
    else:
        table = read_csv_text(data, limits)
        if sheet:
            notes.append(f"The file is a CSV, which has no sheets: sheet '{sheet}' was ignored.")
    return replace(table, notes=notes + table.notes)


def list_sheets(data: bytes, filename: str = "") -> list[str]:
    """Names of a workbook's worksheets (chart sheets left out); ``[]`` for a CSV."""
    data, filename = bytes(data or b""), str(filename or "")
    check_size(data, LIMITS)
    if detect_format(data, filename) != "xlsx":
        return []
    with open_workbook(data, LIMITS) as book:
        return [ws.title for ws in book.worksheets]


# -------------------------------------------------------------------------------- format


def check_size(data: bytes, limits: Limits) -> None:
    """Refuse empty and oversized files before looking inside them."""
    if is_blank_file(data):
        raise DebriefError(f"The file is empty: {LOG_NEEDS}.")
    if len(data) > limits.max_bytes:
        raise DebriefError(
            f"The file is {len(data) / 2**20:.1f} MB and Debrief reads files up to "
            f"{limits.max_bytes / 2**20:.0f} MB: split it into smaller files "
            "(for example one per year) and import them one at a time."
        )


def is_blank_file(data: bytes, blank: bytes = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe") -> bool:
    """True when the file holds only whitespace, NULs and byte-order marks."""
    # Look at the head first: stripping a 100 MB file would copy it.
    return not data[:65536].strip(blank) and not data.strip(blank)


def detect_format(data: bytes, filename: str = "") -> str:
    """Say "xlsx" or "csv" from the bytes themselves; refuse formats Debrief cannot read.

    >>> detect_format(b"PK\\x03\\x04rest", "log.csv")
    'xlsx'
    >>> detect_format(b"a,b\\n1,2\\n", "log.xlsx")
    'csv'
    """
    if data.startswith(OLE_MAGIC):
        raise DebriefError(
            "This looks like an old .xls workbook or a password-protected file; open it in "
            "Excel and save as .xlsx or CSV (without a password), then try again."
        )
    if data.startswith(ZIP_MAGICS):
        return "xlsx"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and any(tag in head for tag in (b"<html", b"<table", b"<!doctype")):
        raise DebriefError(
            "This is a web page (HTML) saved under a spreadsheet name, as some sites' 'export "
            "to Excel' does: open it in Excel and save it as .xlsx or CSV, then try again."
        )
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise DebriefError(
            "This is an Excel 2003 XML spreadsheet: open it in Excel and save it as .xlsx or "
            "CSV, then try again."
        )
    if data.startswith(b"%PDF"):
        raise DebriefError(
            "This is a PDF, not a spreadsheet: export your log from your spreadsheet program "
            "as CSV or .xlsx and try again."
        )
    return "csv"


def note_extension(kind: str, filename: str) -> list[str]:
    """Say so when the file name's extension disagrees with what the bytes turned out to be."""
    name = filename.lower()
    if kind == "xlsx" and name.endswith(TEXT_EXTENSIONS):
        return [f"'{filename}' is named like a text file but is an Excel workbook; read it as one."]
    if kind == "csv" and name.endswith(EXCEL_EXTENSIONS):
        return [f"'{filename}' is named like an Excel file but holds text; read it as CSV."]
    return []


# ---------------------------------------------------------------------------------- text


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used and anything worth telling the user."""

    text: str
    encoding: str
    notes: list[str]


def decode_text(data: bytes) -> Decoded:
    """Decode a text file: BOM, UTF-16 without BOM, UTF-8, Windows-1252, or a mix line by line.

    >>> decode_text("Société".encode("cp1252")).encoding
    'cp1252'
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return decode_with(data, codec)
    utf16 = guess_bomless_utf16(data)
    if utf16:
        return decode_with(data, utf16)
    if is_utf8(data):
        return Decoded(data.decode("utf-8"), "utf-8", [])
    return decode_legacy(data)


def decode_with(data: bytes, codec: str) -> Decoded:
    """Decode with a known codec, replacing (and reporting) bytes that do not fit it."""
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if not bad:
        return Decoded(text, codec, [])
    return Decoded(text, codec, [f"{bad} character(s) could not be decoded as {codec}."])


def guess_bomless_utf16(data: bytes) -> str | None:
    """Spot UTF-16 without a BOM by its zero bytes: ASCII text puts them on one side of a pair."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    evens, odds = sample[0::2], sample[1::2]
    if odds.count(0) > 0.4 * len(odds) and evens.count(0) < 0.05 * len(evens):
        return "utf-16-le"
    if evens.count(0) > 0.4 * len(evens) and odds.count(0) < 0.05 * len(odds):
        return "utf-16-be"
    return None


def is_utf8(data: bytes, chunk: int = 1 << 20) -> bool:
    """True when the bytes are valid UTF-8; checked in chunks so big files are not copied."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(data[start : start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def decode_legacy(data: bytes) -> Decoded:
    """Decode non-UTF-8 bytes as Windows-1252, or line by line if some lines are UTF-8."""
    lines = data.split(b"\n")
    utf8_lines = sum(1 for line in lines if not line.isascii() and is_utf8(line))
    if utf8_lines:
        text = "\n".join(map(decode_line, lines))
        return Decoded(
            text,
            "utf-8+cp1252",
            [
                f"The file mixes encodings: {utf8_lines} line(s) are UTF-8 and the others "
                "Windows-1252; each line was read in its own encoding, so check accented "
                "letters."
            ],
        )
    try:
        return Decoded(data.decode("cp1252"), "cp1252", [])
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", [])


def decode_line(line: bytes) -> str:
    """Decode one line as UTF-8, falling back to Windows-1252 (then Latin-1)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return line.decode("cp1252")
        except UnicodeDecodeError:
            return line.decode("latin-1")


def clean_text(decoded: Decoded, limits: Limits) -> Decoded:
    """Refuse binary junk and drop NUL bytes (with a note) from decoded text."""
    text = decoded.text.rstrip("\x00")
    padding = len(decoded.text) - len(text)
    sample = text[: limits.sniff_chars]
    if not sample.strip():
        raise DebriefError(f"The file is empty: {LOG_NEEDS}.")
    junk = len(_JUNK_CHARS.findall(sample)) + sample.count("\x00") / 4
    if junk > max(8, 0.05 * len(sample)):
        raise DebriefError(
            "This file does not look like a text table (CSV) or an Excel workbook: it holds "
            "binary data; export your log from your spreadsheet program as CSV or .xlsx."
        )
    # A BOM inside the text (files joined with `cat`) is invisible but breaks header matching.
    text = text.replace("\ufeff", "")
    nuls = text.count("\x00")
    notes = list(decoded.notes)
    if nuls or padding:
        text = text.replace("\x00", "")
        notes.append(
            f"Removed {nuls + padding} NUL byte(s), a sign of a damaged or padded file; "
            "check the rows look complete."
        )
    return Decoded(text, decoded.encoding, notes)


def sniff_delimiter(sample: str, truncated: bool = False) -> str:
    """Pick the delimiter that splits the sample's first records most consistently.

    >>> sniff_delimiter("Company;Role;Date\\nAcme, Inc;Analyst;2026-01-05\\n")
    ';'
    """
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        records = sample_records(sample, delimiter, 30, truncated)
        counts = [len(r) for r in records if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def excel_sep_hint(sample: str) -> str | None:
    """The delimiter named by Excel's optional first line ``sep=;``, if there is one.

    >>> excel_sep_hint("sep=;\\nCompany;Role\\n")
    ';'
    """
    match = re.match(r"sep=([^\"\r\n])\r?\n", sample)
    return match.group(1) if match else None


def sample_records(
    sample: str, delimiter: str, limit: int, truncated: bool = False
) -> list[list[str]]:
    """The first ``limit`` records of a text sample, split with ``delimiter``."""
    text = sample
    if truncated:  # the sample was cut at an arbitrary character: drop the partial line
        text = sample[: sample.rfind("\n") + 1] or sample
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) >= limit:
                break
    except csv.Error:
        pass  # a malformed sample still tells us something about the records before it
    return records


# ------------------------------------------------------------------------------------ CSV


def read_csv_text(data: bytes, limits: Limits) -> RawTable:
    """Read a delimited text file into a RawTable."""
    decoded = clean_text(decode_text(data), limits)
    sample = decoded.text[: limits.sniff_chars]
    truncated = len(decoded.text) > len(sample)
    delimiter = excel_sep_hint(sample) or sniff_delimiter(sample, truncated)
    width = max((len(r) for r in sample_records(sample, delimiter, 200, truncated)), default=1)
    grid = parse_grid(decoded, delimiter, width, limits)
    notes = [*decoded.notes, *describe_text(decoded.encoding, delimiter)]
    table = frame_from_grid(grid, limits, notes)
    return replace(table, format="csv", encoding=decoded.encoding, delimiter=delimiter)


def describe_text(encoding: str, delimiter: str) -> list[str]:
    """Notes on how the text was read, when it is not plain comma-separated UTF-8."""
    notes = []
    names = {
        "cp1252": "Windows-1252",
        "latin-1": "Latin-1",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16",
        "utf-16-be": "UTF-16",
        "utf-32": "UTF-32",
    }
    if encoding in names:
        notes.append(f"Read the text as {names[encoding]}.")
    if delimiter != ",":
        name = DELIMITER_NAMES.get(delimiter, f"'{delimiter}'")
        notes.append(f"Columns are separated by {name}.")
    return notes


def parse_grid(decoded: Decoded, delimiter: str, width: int, limits: Limits) -> pd.DataFrame:
    """Parse the text with pandas' C engine into a positional grid (index = 1-based row)."""
    payload = decoded.text.encode("utf-8")  # pandas parses bytes about twice as fast as str
    # Records beyond header + max_rows are never parsed: one over the cap proves the file is
    # too long, without reading a million rows into memory.
    cap = limits.max_rows + limits.header_scan_rows + 2
    # pandas silently drops cells of a *first* record longer than the names it is given
    # (later long records raise, handled below), so ask it how wide that record is.
    width = max(width, first_record_width(payload, delimiter))
    for attempt in range(4):
        check_width(width, limits)
        try:
            grid = pd.read_csv(
                io.BytesIO(payload),
                sep=delimiter,
                header=None,
                names=range(width),
                dtype=object,  # Python str straight from the C parser: no Arrow round trip
                keep_default_na=False,
                skip_blank_lines=False,
                index_col=False,
                engine="c",
                nrows=cap,
                quotechar='"',
                encoding="utf-8",
            )
        except pd.errors.ParserError as exc:
            wider = _EXPECTED_FIELDS.search(str(exc))
            if not wider:
                raise refuse_csv(str(exc)) from None
            # A later row is wider than the sample: measure the widest record once.
            width = int(wider.group(1))
            if attempt == 0:
                width = max(width, count_width(decoded.text, delimiter, cap))
            continue
        except (ValueError, OverflowError, MemoryError, csv.Error) as exc:
            raise refuse_csv(str(exc)) from None
        if len(grid) >= cap:
            raise DebriefError(too_many_rows(limits))
        return grid.set_axis(pd.RangeIndex(1, len(grid) + 1, name="source_row"))
    raise DebriefError(f"The rows have very different numbers of cells; {fix_csv_hint()}")


def first_record_width(payload: bytes, delimiter: str) -> int:
    """How many cells pandas' C parser finds in the first record."""
    try:
        first = pd.read_csv(
            io.BytesIO(payload),
            sep=delimiter,
            header=None,
            nrows=1,
            dtype=object,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
            encoding="utf-8",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return 1
    return first.shape[1]


def count_width(text: str, delimiter: str, cap: int) -> int:
    """The most cells in any of the first ``cap`` records."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        return max((len(r) for r in itertools.islice(reader, cap)), default=1)
    except csv.Error:
        return 1


def refuse_csv(message: str) -> DebriefError:
    """Turn a parser failure into one sentence the user can act on."""
    if "EOF inside string" in message:
        return DebriefError(
            'The CSV has a quotation mark (") that is never closed, so the rest of the file '
            f"cannot be split into cells; {fix_csv_hint()}"
        )
    return DebriefError(f"The file could not be read as a table; {fix_csv_hint()}")


def fix_csv_hint() -> str:
    """The usual way out of a malformed CSV."""
    return "open it in your spreadsheet program and save it again as CSV or .xlsx."


def too_many_rows(limits: Limits) -> str:
    """The row-limit message."""
    return (
        f"The table has more than {limits.max_rows:,} rows, Debrief's limit: split the file "
        "into smaller ones (for example by year or by cohort) and import them one at a time."
    )


def check_width(width: int, limits: Limits) -> None:
    """Refuse tables wider than the column limit."""
    if width > limits.max_columns:
        raise DebriefError(
            f"The table has {width:,} columns and Debrief reads up to {limits.max_columns}: "
            "an interview log needs a dozen or so, so delete the columns you don't need "
            "(or save a copy with only them) and try again."
        )


# ------------------------------------------------------------------------------ the table


def frame_from_grid(grid: pd.DataFrame, limits: Limits, notes: Sequence[str]) -> RawTable:
    """Find the header in a positional grid and return the rows below it as a RawTable."""
    values = grid.to_numpy(dtype=object)
    sizes = measure_cells(values.ravel()).reshape(values.shape)
    check_cell_sizes(sizes, grid.index, limits)
    filled = sizes >= 0
    kept = filled.any(axis=1)  # blank rows go; numbers stay in the index
    cells, filled, numbers = np.where(filled, values, None)[kept], filled[kept], grid.index[kept]
    if not len(cells):
        raise DebriefError(f"The file has no cells with text: {LOG_NEEDS}.")
    header_pos, header_note = find_header_row(cells[: limits.header_scan_rows].tolist())
    header_row = int(numbers[header_pos])
    body, body_filled = cells[header_pos + 1 :], filled[header_pos + 1 :]
    if not len(body):
        raise DebriefError(
            f"The file has a header row (row {header_row}) but no data rows below it: add "
            "one row per application or interview and try again."
        )
    check_shape(len(body), cells.shape[1], limits)
    names, keep = name_columns(cells[header_pos].tolist(), body_filled.any(axis=0))
    frame = pd.DataFrame(
        body[:, keep],
        index=pd.Index(numbers[header_pos + 1 :], name="source_row"),
        columns=names,
        dtype=object,
    )
    extra = [*notes, *header_note]
    if header_row > 1:
        extra.append(f"Header found on row {header_row}.")
    blank = int(frame.index[-1]) - header_row - len(frame)
    if blank > 0:
        extra.append(f"Skipped {blank} blank row(s) between the header and the last row.")
    return RawTable(frame=frame, notes=extra, header_row=header_row)


def check_cell_sizes(sizes: np.ndarray, rows: pd.Index, limits: Limits) -> None:
    """Refuse a cell longer than Excel's limit, saying where it is."""
    if sizes.size and sizes.max() > limits.max_cell_chars:
        row, column = np.unravel_index(int(sizes.argmax()), sizes.shape)
        raise DebriefError(
            f"The cell in row {rows[row]}, column {column + 1} holds {sizes.max():,} "
            f"characters and Debrief reads cells up to {limits.max_cell_chars:,} (Excel's own "
            "limit): shorten it or move that text to a separate document."
        )


def measure_cells(flat: np.ndarray) -> np.ndarray:
    """:func:`cell_size` of every cell, with a fast path when all cells are text (CSV)."""
    try:
        sizes = np.fromiter(map(len, flat), dtype=np.int64, count=flat.size)
        spaces = np.fromiter(map(str.isspace, flat), dtype=bool, count=flat.size)
    except TypeError:  # numbers, dates or missing cells: measure one by one
        return np.fromiter(map(cell_size, flat), dtype=np.int64, count=flat.size)
    sizes[spaces | (sizes == 0)] = -1
    return sizes


def cell_size(value: object) -> int:
    """Characters in a text cell, 0 for any other filled cell, -1 for a blank one."""
    if isinstance(value, str):
        return len(value) if value.strip() else -1
    return -1 if is_blank_cell(value) else 0


def is_blank_cell(value: object) -> bool:
    """True for None, NaN and text that is empty or only whitespace."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return value != value  # NaN
    return False


def check_shape(rows: int, columns: int, limits: Limits) -> None:
    """Refuse tables over the row, column or cell limits."""
    check_width(columns, limits)
    if rows > limits.max_rows:
        raise DebriefError(too_many_rows(limits))
    check_cells(rows, columns, limits)


def check_cells(rows: int, columns: int, limits: Limits) -> None:
    """Refuse tables with more cells than the cell limit."""
    if rows * columns > limits.max_cells:
        raise DebriefError(
            f"The table has {rows:,} rows x {columns} columns, more than Debrief's "
            f"{limits.max_cells:,} cells: delete columns you don't need or split the rows "
            "into several files."
        )


def find_header_row(rows: Sequence[Sequence[object]]) -> tuple[int, list[str]]:
    """Position (0-based) of the header among non-blank rows: short text, then data below.

    Returns the position and notes. Among header-like rows the one with the most recognised
    header words wins (ties: the first); with none, the first row is used and a note says so.

    >>> find_header_row([["My log", None], ["Company", "Role"], ["Acme", "Analyst"]])
    (1, [])
    """
    values = [[v for v in row if v is not None] for row in rows]
    width = max(len(v) for v in values)
    candidates = [
        i
        for i, cells in enumerate(values[:-1])
        if looks_like_header(cells, width) and not is_sep_line(cells)
    ]
    if not candidates:
        return 0, ["No clear header row found; the first row was used as the header."]
    # The first header-like row wins unless a later one is clearly more header-like: one
    # stray header word in a data row ("Position filled internally") must not beat a plain
    # "id,text,labels" header, while a title or contact line above the log still loses.
    best = candidates[0]
    best_hits = count_header_words(values[best])
    for i in candidates[1:]:
        hits = count_header_words(values[i])
        if hits >= best_hits + 2:
            best, best_hits = i, hits
    return best, []


def is_sep_line(cells: Sequence[object]) -> bool:
    """True for Excel's ``sep=;`` hint line, which is never the header (whatever it names)."""
    return len(cells) == 1 and bool(re.fullmatch(r"sep=.?", str(cells[0]).strip()))


def looks_like_header(cells: Sequence[object], width: int) -> bool:
    """True when most of the table's width is filled with short, non-numeric text."""
    if len(cells) < min(2, width) or len(cells) < 0.5 * width:
        return False
    texty = sum(isinstance(c, str) and len(c.strip()) <= 60 and not is_number(c) for c in cells)
    return texty >= 0.75 * len(cells)


def is_number(text: str) -> bool:
    """True for text that reads as a number (a header is rarely one)."""
    try:
        float(text.strip().replace(",", "."))
    except ValueError:
        return False
    return True


def count_header_words(cells: Iterable[object]) -> int:
    """How many cells contain a word typical of an interview log's header."""
    return sum(
        bool(HEADER_WORDS.intersection(re.findall(r"[a-z]+", str(c).lower()))) for c in cells
    )


def name_columns(header: Sequence[object], has_data: np.ndarray) -> tuple[list[str], list[bool]]:
    """Unique, non-empty names from the header, and which columns to keep.

    An unnamed column is kept (as "Column N", N its 1-based position) only if it holds data.

    >>> name_columns([" Notes ", None, "Notes", None], np.array([True, True, True, False]))
    (['Notes', 'Column 2', 'Notes (2)'], [True, True, True, False])
    """
    texts = [header_text(v) for v in header]
    keep = [bool(t) or bool(d) for t, d in zip(texts, has_data, strict=True)]
    names = [t or f"Column {i}" for i, (t, k) in enumerate(zip(texts, keep, strict=True), 1) if k]
    return unique_names(names), keep


def header_text(value: object) -> str:
    """A header cell as stripped text (dates as ISO dates, whole floats without '.0')."""
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def unique_names(names: Sequence[str]) -> list[str]:
    """Make names unique by suffixing repeats with (2), (3), ...

    >>> unique_names(["Notes", "Date", "Notes"])
    ['Notes', 'Date', 'Notes (2)']
    """
    seen: dict[str, int] = {}
    taken = set(names)
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        candidate, n = name, seen[name]
        while n > 1 and (candidate := f"{name} ({n})") in taken:
            n += 1
        taken.add(candidate)
        out.append(candidate)
    return out


# ----------------------------------------------------------------------------------- xlsx


@contextmanager
def open_workbook(data: bytes, limits: Limits) -> Iterator[object]:
    """Check a workbook's zip for hostile content, then open it read-only with openpyxl."""
    archive = open_zip(data)
    try:
        check_zip(archive, limits)
    except DebriefError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC, inflate or encryption errors in a part
        raise refuse_workbook(exc) from None
    import openpyxl  # imported late: CSV-only use should not pay for it

    try:
        with dimensions_unread():
            book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise refuse_workbook(exc) from None
    try:
        yield book
    finally:
        book.close()


_LOAD_LOCK = threading.Lock()


@contextmanager
def dimensions_unread() -> Iterator[None]:
    """Stop openpyxl from scanning each sheet for its <dimension> tag while a workbook loads.

    Readers ignore a sheet's claimed size anyway (see :func:`sheet_cells`), and when the tag
    is missing, as in files written by openpyxl or pandas, the scan parses the whole sheet: a
    third of the read time. The lock keeps concurrent loads (one per app session) from
    restoring each other's patch out of order.
    """
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    with _LOAD_LOCK:
        original = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = lambda self: None  # type: ignore[method-assign]
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original  # type: ignore[method-assign]


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


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse zip bombs and XML with DTDs before any XML parser sees the parts."""
    members = archive.infolist()
    total = sum(m.file_size for m in members)
    if total > limits.max_xlsx_uncompressed:
        raise DebriefError(
            f"The workbook unpacks to {total / 2**20:,.0f} MB, over Debrief's "
            f"{limits.max_xlsx_uncompressed / 2**20:.0f} MB limit: save the log sheet alone "
            "as CSV (or split it into smaller workbooks) and try again."
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limits.zip_ratio_floor and ratio > limits.max_zip_ratio:
            raise DebriefError(
                f"The workbook part '{member.filename}' unpacks {ratio:,.0f} times larger than "
                "it is stored, which real spreadsheets never do (a zip bomb?): it was not "
                "opened; export the log again from the program that made it."
            )
        if member.filename.endswith((".xml", ".rels")) and has_dtd(archive, member):
            raise DebriefError(
                "The workbook's XML declares entities (an attack known as 'billion laughs' or "
                "XXE) and was not opened: export the log again from the program that made it."
            )
    check_stored_rows(archive, limits)


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
    """One sentence for a workbook openpyxl could not parse (defusedxml refusals included)."""
    if any(type(e).__module__.startswith("defusedxml") for e in exception_chain(exc)):
        return DebriefError(
            "The workbook's XML declares entities (an attack known as 'billion laughs' or "
            "XXE) and was not opened: export the log again from the program that made it."
        )
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


def read_xlsx(data: bytes, sheet: str | None, limits: Limits) -> RawTable:
    """Read the log sheet (named, or picked by content) of a workbook into a RawTable."""
    with open_workbook(data, limits) as book:
        names = [ws.title for ws in book.worksheets]
        charts = [cs.title for cs in getattr(book, "chartsheets", [])]
        try:
            pivots = pivot_sheets(data, book)
            ws = choose_sheet(book, sheet, names, charts, pivots, limits)
            grid = read_sheet_grid(ws, limits)
        except DebriefError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged or hostile sheet part
            raise refuse_workbook(exc) from None
    notes = (
        [f"Read sheet '{ws.title}' (of {len(names)}: {', '.join(names)})."]
        if len(names) > 1
        else []
    )
    table = frame_from_grid(grid, limits, notes)
    return replace(table, format="xlsx", sheet=ws.title, sheets=names)


def pivot_sheets(data: bytes, book: object) -> set[str]:
    """Names of worksheets that hold a pivot table (a summary, not the log itself)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    found = set()
    for ws in book.worksheets:  # type: ignore[attr-defined]
        path = str(getattr(ws, "_worksheet_path", ""))
        folder, _, base = path.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        if rels in names and archive.getinfo(rels).file_size < 1 << 20:
            if b"pivotTable" in archive.read(rels):
                found.add(ws.title)
    return found


def choose_sheet(
    book: object,
    sheet: str | None,
    names: list[str],
    charts: list[str],
    pivots: set[str],
    limits: Limits,
) -> object:
    """The worksheet named by the user (case-insensitive), else the one that holds the log."""
    if sheet is not None:
        return find_named_sheet(book, sheet, names, charts)
    samples = {
        ws.title: sample_sheet(ws, limits)
        for ws in book.worksheets  # type: ignore
        if ws.title not in pivots
    }
    best = pick_sheet(samples)
    if best is None:
        raise DebriefError(describe_no_table(names, charts, pivots))
    return book[best]  # type: ignore[index]


def find_named_sheet(book: object, sheet: str, names: list[str], charts: list[str]) -> object:
    """The worksheet whose name matches ``sheet`` ignoring case and surrounding spaces."""
    wanted = sheet.strip().casefold()
    for name in names:
        if name.strip().casefold() == wanted:
            return book[name]  # type: ignore[index]
    if any(c.strip().casefold() == wanted for c in charts):
        raise DebriefError(f"Sheet '{sheet}' is a chart, not a table: name a sheet with the log.")
    listed = ", ".join(f"'{n}'" for n in names) or "none"
    raise DebriefError(f"The workbook has no sheet named '{sheet}'; its sheets are: {listed}.")


def describe_no_table(names: list[str], charts: list[str], pivots: set[str]) -> str:
    """Why a workbook has nothing to import."""
    if pivots and not set(names) - pivots:
        return (
            "The workbook only holds a pivot table, a summary of a log rather than the log "
            "itself: import the sheet or file the pivot table was made from."
        )
    if charts and not names:
        return (
            "The workbook only holds a chart sheet, no table: import the sheet or file the "
            "chart was made from."
        )
    return f"The workbook has no data in any sheet: {LOG_NEEDS}."


def sample_sheet(ws: object, limits: Limits, scan: int = 200) -> list[list[object]]:
    """The first non-blank rows of a sheet (at most ``header_scan_rows`` + 10, within ``scan``)."""
    rows: list[list[object]] = []
    for stored, (number, cells) in enumerate(sheet_cells(ws, blank_rows=True), start=1):
        if number > scan or stored > scan:
            break
        if cells:
            rows.append([cells[c] for c in sorted(cells) if c <= limits.max_columns])
        if len(rows) >= limits.header_scan_rows + 10:
            break
    return rows


def pick_sheet(samples: dict[str, list[list[object]]]) -> str | None:
    """Name of the sheet that most looks like a log: header words first, then filled rows.

    >>> pick_sheet({"Summary": [["Total", 3]], "Log": [["Company", "Role"], ["Acme", "Analyst"]]})
    'Log'
    """
    scores = {
        name: (max((count_header_words(r) for r in rows[:20]), default=0) * 10 + len(rows))
        for name, rows in samples.items()
        if len(rows) >= 1
    }
    if not scores:
        return None
    return max(scores, key=lambda name: scores[name])  # first of equals wins


def read_sheet_grid(ws: object, limits: Limits) -> pd.DataFrame:
    """All non-blank rows of a sheet as an object grid indexed by the sheet's row numbers."""
    numbers: list[int] = []
    rows: list[tuple[object, ...]] = []
    cap = limits.max_rows + limits.header_scan_rows
    for stored, (number, cells) in enumerate(sheet_cells(ws, blank_rows=True), start=1):
        if number > limits.max_sheet_row_number:
            raise DebriefError(
                "The sheet has more rows than Excel allows, so the file is damaged: open it in "
                "Excel and save it again, or export the log as CSV."
            )
        if stored > cap + 10_000:
            # Formatted but empty rows still cost parsing time: bound them too.
            raise DebriefError(too_many_stored_rows(stored, len(rows), limits))
        if not cells:
            continue
        width = max(cells)
        check_width(width, limits)
        check_cells(len(rows) + 1, width, limits)
        numbers.append(number)
        rows.append(tuple(cells.get(c) for c in range(1, width + 1)))
        if len(rows) > cap:
            raise DebriefError(too_many_rows(limits))
    width = max((len(r) for r in rows), default=0)
    padded = [r + (None,) * (width - len(r)) for r in rows]
    grid = pd.DataFrame(padded, index=pd.Index(numbers, name="source_row"), dtype=object)
    return grid.set_axis(range(width), axis=1) if width else grid


def too_many_stored_rows(stored: int, filled: int, limits: Limits) -> str:
    """The message for a sheet padded with empty but formatted rows."""
    return (
        f"The sheet stores more than {stored - 1:,} rows, only {filled:,} of them with text, "
        f"and Debrief reads up to {limits.max_rows:,}: delete the empty rows below your table "
        "in Excel (or save the log as CSV) and try again."
    )


_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")


def check_stored_rows(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Count each sheet's stored rows and cells at C speed; refuse sheets far over the limits.

    openpyxl parses ~20-60k rows a second, and already once while opening a sheet that lacks
    a <dimension> tag, so a sheet of a million (even empty) rows would cost a minute before
    any limit is reached; counting tags takes a fraction of a second.
    """
    # Every XML part, not just xl/worksheets/: the workbook's rels may put a sheet anywhere.
    for member in archive.infolist():
        if not member.filename.endswith(".xml"):
            continue
        rows, cells = count_stored(archive, member.filename)
        if rows > limits.max_rows + limits.header_scan_rows + 10_000:
            raise DebriefError(
                f"A sheet of the workbook stores {rows:,} rows and Debrief reads up to "
                f"{limits.max_rows:,}: delete any empty rows below your table, or split the "
                "log into smaller files, and try again."
            )
        if cells > limits.max_cells:
            raise DebriefError(
                f"A sheet of the workbook stores {cells:,} cells and Debrief reads up to "
                f"{limits.max_cells:,}: delete the columns and rows you don't need, or split "
                "the log into smaller files, and try again."
            )


def count_stored(archive: zipfile.ZipFile, path: str, chunk: int = 1 << 20) -> tuple[int, int]:
    """How many row and cell elements a sheet part holds, streamed in chunks."""
    counts = [0, 0]
    tail = b""
    with archive.open(path) as stream:
        while block := stream.read(chunk):
            window = tail + block
            # Keep a short overlap so a tag cut between chunks is counted once, in the next.
            tail = window[-16:]
            for k, tag in enumerate((_ROW_TAG, _CELL_TAG)):
                counts[k] += len(tag.findall(window)) - len(tag.findall(tail))
    for k, tag in enumerate((_ROW_TAG, _CELL_TAG)):
        counts[k] += len(tag.findall(tail))
    return counts[0], counts[1]


def sheet_cells(ws: object, blank_rows: bool = False) -> Iterator[tuple[int, dict[int, object]]]:
    """Yield (row number, {column number: value}) for rows holding a non-blank cell.

    With ``blank_rows``, rows the XML stores without any text come too, with ``{}``.

    Reads the cells the sheet's XML actually stores, so time and memory follow the file's
    content, never the size it claims (openpyxl's iter_rows pads every row to the widest
    column: one stray cell in column XFD would cost 16,384 slots per row).
    """
    from openpyxl.worksheet._reader import WorkSheetParser  # stable in openpyxl 3.1

    book = ws.parent  # type: ignore[attr-defined]
    with ws._get_source() as source:  # type: ignore[attr-defined]
        parser = WorkSheetParser(
            source,
            ws._shared_strings,  # type: ignore[attr-defined]
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, row in parser.parse():
            cells = {c["column"]: c["value"] for c in row if not is_blank_cell(c["value"])}
            if cells or blank_rows:
                yield number, cells
