"""Delimited text (CSV, TSV, semicolons, pipes) to a positional grid, then to a RawTable."""

from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import replace

import pandas as pd

from analysis.errors import DebriefError
from analysis.read.limits import Limits, check_width, too_many_rows
from analysis.read.table import RawTable, frame_from_grid
from analysis.read.text import (
    Decoded,
    decode_forced,
    decode_text,
    describe_encoding,
    refuse_binary_text,
)

DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes"}
_EXPECTED_FIELDS = re.compile(r"Expected \d+ fields in line \d+, saw (\d+)")


def read_csv_text(data: bytes, limits: Limits, encoding: str | None = None) -> RawTable:
    """Read a delimited text file into a RawTable, in ``encoding`` if the user chose one."""
    text = decode_forced(data, encoding) if encoding else decode_text(data)
    decoded = refuse_binary_text(text, limits)
    sample = decoded.text[: limits.sniff_chars]
    truncated = len(decoded.text) > len(sample)
    delimiter = excel_sep_hint(sample) or sniff_delimiter(sample, truncated)
    width = max((len(r) for r in sample_records(sample, delimiter, 200, truncated)), default=1)
    grid = parse_grid(decoded, delimiter, width, limits)
    how = [] if encoding else describe_encoding(decoded.encoding)
    notes = [*decoded.notes, *how, *describe_delimiter(delimiter)]
    table = frame_from_grid(grid, limits, notes)
    return replace(table, format="csv", encoding=decoded.encoding, delimiter=delimiter)


def describe_delimiter(delimiter: str) -> list[str]:
    """A note on the delimiter, when it is not a comma.

    >>> describe_delimiter(";"), describe_delimiter(",")
    (['Columns are separated by semicolons.'], [])
    """
    if delimiter == ",":
        return []
    name = DELIMITER_NAMES.get(delimiter, f"'{delimiter}'")
    return [f"Columns are separated by {name}."]


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
    """The first ``limit`` records of a text sample, split with ``delimiter``.

    >>> sample_records('a,"b,c"\\n1,2\\n', ",", 5)
    [['a', 'b,c'], ['1', '2']]
    """
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
            grid = read_cells(payload, delimiter, width, cap)
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


def read_cells(payload: bytes, delimiter: str, width: int, cap: int) -> pd.DataFrame:
    """Up to ``cap`` records of ``width`` text cells each, exactly as the file spells them."""
    return pd.read_csv(
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


def first_record_width(payload: bytes, delimiter: str) -> int:
    """How many cells pandas' C parser finds in the first record.

    >>> first_record_width(b"a,b,c\\n1\\n", ",")
    3
    """
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
    """The most cells in any of the first ``cap`` records.

    >>> count_width("a\\n1,2,3\\n", ",", 10)
    3
    """
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
