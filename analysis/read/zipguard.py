"""The workbook's zip, checked for damage and hostile content before any XML parser sees it."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator

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

ENTITIES_REFUSAL = (
    "The workbook's XML declares entities (an attack known as 'billion laughs' or "
    "XXE) and was not opened: export the log again from the program that made it."
)
STYLE_TAGS = ("xf", "dxf", "font", "fill", "border", "numFmt", "cellStyle")
_COUNTED_TAG = re.compile(
    rb"<(?:\w+:)?(row|c|f|si|sheet|definedName|" + "|".join(STYLE_TAGS).encode() + rb")[\s>/]"
)


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


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> dict[str, Counter[str]]:
    """Refuse zip bombs, XML with DTDs and over-counted parts before any XML parser sees them.

    Returns the tags counted in each XML part, for later checks (formulas, error cells).
    """
    members = archive.infolist()
    check_unzipped_total(sum(m.file_size for m in members), limits)
    for member in members:
        check_zip_ratio(member.filename, member.file_size, member.compress_size, limits)
        if member.filename.endswith((".xml", ".rels")) and has_dtd(
            archive, member, limits.dtd_probe_bytes
        ):
            raise DebriefError(ENTITIES_REFUSAL)
    counts = count_parts(archive, limits)
    check_counts(counts, limits)
    return counts


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


def count_parts(archive: zipfile.ZipFile, limits: Limits) -> dict[str, Counter[str]]:
    """The tags of every XML part, counted at C speed; a sheet far over the limits stops it.

    A parser reads 20-60k rows a second, and a styles part of millions of formats or a sheet of
    a million (even empty) rows would cost a minute before any limit is reached; counting tags
    takes a fraction of a second.
    """
    counts: dict[str, Counter[str]] = {}
    # Every XML part, not just xl/worksheets/: the workbook's rels may put a sheet anywhere.
    for member in archive.infolist():
        if member.filename.endswith(".xml"):
            found = counts[member.filename] = count_tags(archive, member.filename)
            check_stored_counts(found["row"], found["c"], limits)
    return counts


def check_counts(counts: dict[str, Counter[str]], limits: Limits) -> None:
    """Refuse parts holding more sheets, names, styles or shared texts than the limits."""
    cells = sum(found["c"] for found in counts.values())
    for found in counts.values():
        check_sheet_count(found["sheet"], limits)
        check_defined_names(found["definedName"], limits)
        check_styles(sum(found[tag] for tag in STYLE_TAGS), limits)
        check_shared_strings(found["si"], cells, limits)


def count_tags(archive: zipfile.ZipFile, path: str, chunk: int = 1 << 20) -> Counter[str]:
    """How many of each counted element an XML part holds (and error cells), in chunks."""
    counts: Counter[str] = Counter()
    tail = b""
    with archive.open(path) as stream:
        while block := stream.read(chunk):
            window = tail + block
            # Keep a short overlap so a tag cut between chunks is counted once, in the next.
            tail = window[-16:]
            counts.update(_tag_names(window))
            counts.subtract(_tag_names(tail))
            counts["error cell"] += window.count(b't="e"') - tail.count(b't="e"')
    counts.update(_tag_names(tail))
    counts["error cell"] += tail.count(b't="e"')
    return counts


def _tag_names(xml: bytes) -> Counter[str]:
    """Counted element names in a piece of XML.

    >>> dict(_tag_names(b'<row r="1"><c r="A1"><f>1+1</f></c><x:c/></row><cols/>'))
    {'row': 1, 'c': 2, 'f': 1}
    """
    return Counter(name.decode() for name in _COUNTED_TAG.findall(xml))
