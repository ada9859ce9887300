"""Which row is the header, and the unique, non-empty column names it gives."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

import numpy as np

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
# A header cell is a name, not a sentence: longer cells are data.
HEADER_CELL_CHARS = 60


def find_header_row(rows: Sequence[Sequence[object]]) -> tuple[int, list[str]]:
    """Position (0-based) of the header among non-blank rows: short text, then data below.

    Returns the position and notes. Among header-like rows the one with the most recognised
    header words wins (ties: the first); with none, the first row is used and a note says so.

    >>> find_header_row([["My log", None], ["Company", "Role"], ["Acme", "Analyst"]])
    (1, [])
    """
    values = [[v for v in row if v is not None] for row in rows]
    candidates = header_candidates(values)
    if not candidates:
        return 0, ["No clear header row found; the first row was used as the header."]
    # The first header-like row wins unless a later one is clearly more header-like: one
    # stray header word in a data row ("Position filled internally") must not beat a plain
    # "id,text,labels" header, while a title or contact line above the log still loses.
    best = candidates[0]
    best_hits = count_header_words(values[best])
    for i in candidates[1:]:
        hits = count_header_words(values[i])
        if hits >= best_hits + 2 and not recurs_below(rows, i):
            best, best_hits = i, hits
    return best, []


def recurs_below(rows: Sequence[Sequence[object]], i: int) -> bool:
    """True when a cell of row ``i`` recurs in its column further down (a data row's category,
    such as a status or a style), other than in a repeat of the whole row; a header's names
    do not recur below it.

    >>> recurs_below([["id", "style"], ["n1", "recruiter"], ["n2", "recruiter"]], 1)
    True
    >>> recurs_below([["Company", "Role"], ["Acme", "Analyst"], ["Company", "Role"]], 0)
    False
    """
    row = list(rows[i])
    for other in rows[i + 1 :]:
        if list(other) == row:
            continue
        if any(
            a is not None and str(a).strip() and a == b
            for a, b in zip(row, other, strict=False)
        ):
            return True
    return False


def header_candidates(values: Sequence[Sequence[object]]) -> list[int]:
    """Positions of the rows (filled cells only) that could be the header: data follows them.

    >>> header_candidates([["Company", "Role"], ["Acme", "Analyst"]])
    [0]
    """
    if not values:
        return []
    width = max(len(v) for v in values)
    return [
        i
        for i, cells in enumerate(values[:-1])
        if looks_like_header(cells, width) and not is_sep_line(cells)
    ]


def is_sep_line(cells: Sequence[object]) -> bool:
    """True for Excel's ``sep=;`` hint line, which is never the header (whatever it names).

    >>> is_sep_line(["sep=;"])
    True
    """
    return len(cells) == 1 and bool(re.fullmatch(r"sep=.?", str(cells[0]).strip()))


def looks_like_header(cells: Sequence[object], width: int) -> bool:
    """True when most of the table's width is filled with short, non-numeric text.

    >>> looks_like_header(["Company", "Role"], 2), looks_like_header(["Acme", 3], 2)
    (True, False)
    """
    if len(cells) < min(2, width) or len(cells) < 0.5 * width:
        return False
    texty = sum(
        isinstance(c, str) and len(c.strip()) <= HEADER_CELL_CHARS and not is_number(c)
        for c in cells
    )
    return texty >= 0.75 * len(cells)


def is_number(text: str) -> bool:
    """True for text that reads as a number (a header is rarely one).

    >>> is_number(" 2,5 "), is_number("Round")
    (True, False)
    """
    try:
        float(text.strip().replace(",", "."))
    except ValueError:
        return False
    return True


def count_header_words(cells: Iterable[object]) -> int:
    """How many short cells contain a word typical of an interview log's header (a long
    cell is a note, whatever words it uses).

    >>> count_header_words(["Company name", "Jane", "Interview date", "x" * 61 + " role"])
    2
    """
    return sum(
        len(str(c).strip()) <= HEADER_CELL_CHARS
        and bool(HEADER_WORDS.intersection(re.findall(r"[a-z]+", str(c).lower())))
        for c in cells
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
    """A header cell as stripped text (dates as ISO dates, whole floats without '.0').

    >>> header_text(datetime(2026, 1, 5)), header_text(2026.0), header_text(" Due\\n date ")
    ('2026-01-05', '2026', 'Due date')
    """
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
    """Make names unique by suffixing repeats with (2), (3), ..., never taking an existing name.

    >>> unique_names(["Notes", "Date", "Notes"])
    ['Notes', 'Date', 'Notes (2)']
    >>> unique_names(["Notes", "Notes (2)", "Notes"])
    ['Notes', 'Notes (2)', 'Notes (3)']
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
