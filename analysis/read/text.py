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

UNICODE_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}
ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1257": "Windows-1257 (Baltic)",
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
    guess = guess_legacy(data)
    return Decoded(data.decode(guess.codec), guess.codec, [describe_guess(guess)])


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


def refuse_binary_text(decoded: Decoded, limits: Limits) -> Decoded:
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


# Single-byte encodings a spreadsheet is saved in, in the order ties go (Excel's Western default
# first; Latin-1 reads the 5 bytes Windows-1252 leaves undefined).
LEGACY_CODECS = ("cp1252", "latin-1", "cp1250", "cp1251", "cp1254", "cp1257", "cp1253")
_TOKEN = re.compile(r'[^\s,;|"]*[^\x00-\x7f][^\s,;|"]*')
_INNER_MARKS = frozenset("’‘'-·")


@dataclass(frozen=True)
class Guess:
    """The legacy encoding chosen for a file, how sure the choice is, and the language seen."""

    codec: str
    confidence: str  # "sure", "fairly sure" or "unsure"
    language: str = ""


def guess_legacy(data: bytes, sample_bytes: int = 64 * 1024) -> Guess:
    """Pick the single-byte encoding whose reading of the file looks most like real text.

    charset-normalizer ranks candidates by how coherent a language they give; on a short log
    (a few accented names) it often cannot tell, so words that only mojibake produces (a
    symbol inside a word, "ódŸ", mixed alphabets) decide first.

    >>> guess_legacy("Łódź Logistyka,Analyst".encode("cp1250")).codec
    'cp1250'
    """
    sample = b"\n".join(line for line in data[: sample_bytes * 4].split(b"\n")
                        if not line.isascii())[:sample_bytes]
    readings: dict[str, str] = {}
    for codec in LEGACY_CODECS:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if text not in readings.values():  # the same reading keeps the codec that ties win
            readings[codec] = text
    coherence, language = detector_opinion(sample, list(readings))
    ranked = sorted(
        readings,
        key=lambda c: (implausibility(readings[c]), -coherence.get(c, 0.0),
                       LEGACY_CODECS.index(c)),
    )
    best = ranked[0]
    return Guess(best, confidence_of(ranked, readings, coherence), language.get(best, ""))


def detector_opinion(
    sample: bytes, codecs_: list[str]
) -> tuple[dict[str, float], dict[str, str]]:
    """charset-normalizer's coherence (0-1) and language for each candidate encoding."""
    from charset_normalizer import from_bytes  # imported late: only legacy text needs it

    coherence: dict[str, float] = {}
    language: dict[str, str] = {}
    for match in from_bytes(sample, cp_isolation=codecs_, explain=False):
        codec = codecs.lookup(match.encoding).name.replace("iso8859-1", "latin-1")
        coherence[codec] = max(coherence.get(codec, 0.0), match.coherence)
        if match.language and match.language != "Unknown":
            language.setdefault(codec, match.language)
    return coherence, language


def confidence_of(
    ranked: list[str], readings: dict[str, str], coherence: dict[str, float]
) -> str:
    """How sure the first-ranked reading is, from its lead over the next one."""
    if len(ranked) == 1:
        return "sure"
    first, second = ranked[0], ranked[1]
    lead = implausibility(readings[second]) - implausibility(readings[first])
    if lead >= 2:
        return "sure"
    if lead >= 1 or coherence.get(first, 0.0) - coherence.get(second, 0.0) >= 0.05:
        return "fairly sure"
    return "unsure"


def implausibility(text: str) -> int:
    """How many signs of mojibake the non-ASCII words of a text show (0 for clean text).

    >>> implausibility("Łódź Logistyka"), implausibility("£ódŸ Logistyka")
    (0, 1)
    >>> implausibility("Москва Банк"), implausibility("Ìîñêâà Áàíê")
    (0, 2)
    """
    return sum(word_oddity(token) for token in _TOKEN.findall(text))


def word_oddity(token: str) -> int:
    """Signs of mojibake in one word: controls, symbols inside it, odd case, mixed alphabets."""
    odd = 2 * sum(0x80 <= ord(c) <= 0x9F for c in token)
    for before, char, after in zip(token, token[1:], token[2:], strict=False):
        if not char.isascii() and not char.isalpha() and char not in _INNER_MARKS:
            odd += 2 * (before.isalpha() and after.isalpha())
    for before, char in zip(token, token[1:], strict=False):
        odd += before.islower() and char.isupper() and not (before + char).isascii()
    letters = [c for c in token if c.isalpha()]
    scripts = {script_of(c) for c in letters}
    odd += 2 * (len(scripts) > 1)
    if scripts == {"latin"} and len(letters) >= 3:
        odd += not any(c.isascii() for c in letters)  # Cyrillic or Greek read as accents
    return odd


def script_of(char: str) -> str:
    """The alphabet a letter belongs to, coarsely.

    >>> script_of("é"), script_of("ж"), script_of("λ")
    ('latin', 'cyrillic', 'greek')
    """
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0x370 <= code < 0x400:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    return "other"


def describe_guess(guess: Guess) -> str:
    """The note that says a guessed encoding was used, how sure it is, and the way out."""
    seen = f", which reads as {guess.language}" if guess.language else ""
    return (
        f"The text encoding was detected as {ENCODING_NAMES.get(guess.codec, guess.codec)}"
        f"{seen} ({guess.confidence}); if letters look wrong, choose the file's encoding."
    )


def decode_forced(data: bytes, encoding: str) -> Decoded:
    """Decode with the encoding the user chose (a BOM, if any, is dropped), or refuse.

    A choice the bytes do not fit is refused in one sentence rather than read with
    replacement characters: the person chose it, so they should know it was wrong.

    >>> try:
    ...     decode_forced("Łódź".encode("cp1250"), "utf-8")
    ... except DebriefError as exc:
    ...     print(exc)
    The file is not UTF-8 text (byte 1 does not fit it): choose another encoding, or Automatic.
    """
    codec = codec_name(encoding)
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    label = UNICODE_NAMES.get(codec) or ENCODING_NAMES.get(codec, codec)
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DebriefError(
            f"The file is not {label} text (byte {exc.start + 1:,} does not fit it): choose "
            "another encoding, or Automatic."
        ) from None
    decoded = decode_with(data, codec)
    return Decoded(decoded.text, codec, [*decoded.notes, f"Read the text as {label}, as chosen."])


def codec_name(encoding: str) -> str:
    """Python's name for a text encoding the user named, or one sentence saying it is unknown.

    >>> codec_name("Windows-1250"), codec_name("latin1")
    ('cp1250', 'latin-1')
    """
    try:
        info = codecs.lookup(encoding.strip())
    except (LookupError, ValueError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise DebriefError(
            f"'{encoding}' is not a text encoding Debrief knows: choose one such as utf-8, "
            "cp1252 (Western European), cp1250 (Central European) or cp1251 (Cyrillic)."
        )
    return {"iso8859-1": "latin-1"}.get(info.name, info.name)
