"""Bytes to text: byte-order marks, UTF-16 without one, UTF-8, Windows-1252, or a mix by line."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from analysis.errors import DebriefError
from analysis.read.limits import Limits
from analysis.read.sniff import LOG_NEEDS

# Control characters that never appear in a real text table (tab, CR, LF and NUL excluded;
# NULs are counted separately because damaged downloads are often padded with them).
_JUNK_CHARS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32": "UTF-32",
}


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
    for bom, codec in BOMS:
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
    """Spot UTF-16 without a BOM by its zero bytes: ASCII text puts them on one side of a pair.

    >>> guess_bomless_utf16("Company,Role".encode("utf-16-le"))
    'utf-16-le'
    """
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
    """Decode one line as UTF-8, falling back to Windows-1252 (then Latin-1).

    >>> decode_line("Crédit".encode("cp1252")), decode_line("Crédit".encode())
    ('Crédit', 'Crédit')
    """
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


def describe_encoding(encoding: str) -> list[str]:
    """A note on the encoding, when it is not plain UTF-8.

    >>> describe_encoding("cp1252"), describe_encoding("utf-8")
    (['Read the text as Windows-1252.'], [])
    """
    if encoding in ENCODING_NAMES:
        return [f"Read the text as {ENCODING_NAMES[encoding]}."]
    return []
