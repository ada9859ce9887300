"""The workbook's zip, checked for damage and hostile content before any XML parser sees it."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from analysis.errors import DebriefError
from analysis.read.limits import (
    Limits,
    check_stored_counts,
    check_unzipped_total,
    check_zip_ratio,
)

ENTITIES_REFUSAL = (
    "The workbook's XML declares entities (an attack known as 'billion laughs' or "
    "XXE) and was not opened: export the log again from the program that made it."
)
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")


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
    check_unzipped_total(sum(m.file_size for m in members), limits)
    for member in members:
        check_zip_ratio(member.filename, member.file_size, member.compress_size, limits)
        if member.filename.endswith((".xml", ".rels")) and has_dtd(
            archive, member, limits.dtd_probe_bytes
        ):
            raise DebriefError(ENTITIES_REFUSAL)
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


def check_stored_rows(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Count each sheet's stored rows and cells at C speed; refuse sheets far over the limits.

    openpyxl parses ~20-60k rows a second, and already once while opening a sheet that lacks
    a <dimension> tag, so a sheet of a million (even empty) rows would cost a minute before
    any limit is reached; counting tags takes a fraction of a second.
    """
    # Every XML part, not just xl/worksheets/: the workbook's rels may put a sheet anywhere.
    for member in archive.infolist():
        if member.filename.endswith(".xml"):
            check_stored_counts(*count_stored(archive, member.filename), limits)


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
