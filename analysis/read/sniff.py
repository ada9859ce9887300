"""What kind of file the bytes are (by content, never by name), and whether it holds anything."""

from __future__ import annotations

from analysis.errors import DebriefError
from analysis.read.limits import Limits, too_big_file

# What every "nothing to read" refusal tells the user to provide.
LOG_NEEDS = (
    "save your log with a header row (such as Company, Role, Date, Stage, Outcome, Feedback) "
    "and one row per application or interview, then try again"
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
TEXT_EXTENSIONS = (".csv", ".tsv", ".txt", ".tab")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".xltx", ".xltm")


def check_size(data: bytes, limits: Limits) -> None:
    """Refuse empty and oversized files before looking inside them."""
    if is_blank_file(data):
        raise DebriefError(f"The file is empty: {LOG_NEEDS}.")
    if len(data) > limits.max_bytes:
        raise too_big_file(len(data), limits)


def is_blank_file(data: bytes, blank: bytes = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe") -> bool:
    """True when the file holds only whitespace, NULs and byte-order marks.

    >>> is_blank_file(b"\\xef\\xbb\\xbf \\r\\n"), is_blank_file(b"a")
    (True, False)
    """
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
    """Say so when the file name's extension disagrees with what the bytes turned out to be.

    >>> note_extension("csv", "log.csv")
    []
    """
    name = filename.lower()
    if kind == "xlsx" and name.endswith(TEXT_EXTENSIONS):
        return [f"'{filename}' is named like a text file but is an Excel workbook; read it as one."]
    if kind == "csv" and name.endswith(EXCEL_EXTENSIONS):
        return [f"'{filename}' is named like an Excel file but holds text; read it as CSV."]
    return []
