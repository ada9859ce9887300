"""Turn a raw log (any headers, any shape) into Debrief's canonical table, losing no row.

Pipeline: ``guess_mapping`` names what each column holds (the words live in
``data/headers.toml``, so people can add theirs), then ``normalize_log`` reads every input row
into canonical rows. Decisions worth knowing:

- Row accounting: each non-blank input row gives exactly one output row, except in the *wide*
  shape (one row per application, a column per stage) where an application's row gives one
  output row per stage it reached (or one ``applied`` row if none); those rows share its
  ``source_row``, so accounting counts distinct ``(source_file, source_row)`` pairs and every
  input row is still counted exactly once, with one ``row_status``.
- ``row_status``: ``ok``; ``duplicate`` (an exact copy of an earlier row, kept but not counted:
  "Same as row 7"); ``skipped`` (totals rows, Huntr wishlist entries, rows with no company,
  role or id, rows of placeholders only). ``ok`` rows may carry notes too (an unreadable date,
  an unknown stage word, a company taken from a merged cell above).
- Stages come from the stage text (then a round column, then a status column); a plain
  "Interview" or an unknown word takes its stage from the round number (1 first, 2 second,
  3+ final; unknown words get a note). A row is an interview when its stage is above
  ``applied`` or it has an interview date; ``round`` numbers an application's interviews by
  date, then file order; undated interviews keep their place in file order.
- Outcomes are read in context ("offer declined" is an offer, "I declined" withdrew, "no
  reply" ghosted); an interview followed by a later one, with no outcome written, advanced.
- Dates: day-first or month-first is decided per column from the whole column (then from the
  file's other date columns), never row by row.
- Application ids are the folded company and role ("acme/data-analyst"), the same in every
  file; the applied date is added only to tell re-applications apart.
- A re-imported canonical table keeps its ids, ``source_row``, ``row_status`` and ``row_issue``,
  so normalising an exported table again gives the same table.

Work is done once per distinct cell value (dates, stages, outcomes), not once per row: a
100,000-row log has a few thousand of them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from dateutil import parser as dateutil_parser

from analysis.errors import DebriefError
from analysis.schema import (
    CANONICAL_COLUMNS,
    STAGES,
    application_rows,
    conform_table,
    counted_rows,
    interview_rows,
)

HEADERS_PATH = Path(__file__).parent / "data" / "headers.toml"

# Fields a person can map a column to (plus "stage:<stage>" for a wide log's stage columns).
MAPPABLE_FIELDS: tuple[str, ...] = (
    "application_id",
    "company",
    "role",
    "applied_date",
    "event_date",
    "stage",
    "round",
    "outcome",
    "feedback",
    "feedback_source",
    "feedback_channel",
    "interviewer",
)
# Columns of an exported canonical table that say where a row came from; recognised by their
# exact canonical names only, so re-importing an export keeps its row accounting.
PROVENANCE_FIELDS: tuple[str, ...] = (
    "practice", "source_file", "source_row", "row_status", "row_issue"
)
STAGE_COLUMN = "stage:"
IGNORED = ""

_UNRECOGNISED = "?"  # stage text that matched no stage word
_BY_ROUND = "by_round"  # "Interview": a stage that depends on the round number
_MAX_ISSUES_SHOWN = 15


# ---------------------------------------------------------------------------------- words


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s\-_/\\.,;:!?()\[\]{}\"'`+*&|<>=~^]+")


def fold(text: object, *, camel: bool = False) -> str:
    """Fold text for matching: lower case, punctuation as spaces, spaces collapsed.

    >>> fold("Company_Name (2nd)"), fold("companyName", camel=True)
    ('company name 2nd', 'company name')
    """
    s = str(text)
    if camel:
        s = _CAMEL.sub(" ", s)
    s = s.casefold()
    if not s.isascii():  # "Rôle" -> "role", "Société" -> "societe"
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", s).strip()


class PhraseMatcher:
    """Find the longest known phrase (whole words) in folded text and return its label."""

    def __init__(self, table: dict[str, Iterable[str]]) -> None:
        self.labels: dict[str, str] = {}
        for label, phrases in table.items():
            for phrase in phrases:
                folded = fold(phrase)
                if folded:
                    self.labels.setdefault(folded, label)
        alternatives = sorted(self.labels, key=len, reverse=True)
        body = "|".join(map(re.escape, alternatives)) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def match(self, folded: str) -> str | None:
        """Return the label of the longest phrase found, or None.

        >>> PhraseMatcher({"offer": ["offer"], "rejected": ["no offer"]}).match("no offer")
        'rejected'
        """
        best, best_len = None, 0
        for found in self._pattern.finditer(folded):
            if len(found.group()) > best_len:
                best, best_len = self.labels[found.group()], len(found.group())
        return best


@dataclass(frozen=True)
class Vocabulary:
    """Header synonyms and value words from ``headers.toml``, compiled for matching."""

    exact: dict[str, tuple[str, ...]]
    keywords: tuple[tuple[str, PhraseMatcher], ...]
    never: PhraseMatcher
    stage_ordinal: PhraseMatcher
    stage_kind: PhraseMatcher
    outcomes: PhraseMatcher
    sources: PhraseMatcher
    channels: PhraseMatcher
    practice: PhraseMatcher
    ticks: frozenset[str]
    not_reached: frozenset[str]
    empty: frozenset[str]
    totals: frozenset[str]
    trackers: dict[str, dict[str, Any]]


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.strip().casefold() for w in words) | frozenset(fold(w) for w in words)


@lru_cache(maxsize=4)
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Load the header and value words (default ``analysis/data/headers.toml``)."""
    path = path or HEADERS_PATH
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        name = Path(path).name
        raise DebriefError(f"The header word list {name} could not be read: {exc}.") from exc
    exact = {f: tuple(fold(h) for h in spec.get("exact", ())) for f, spec in data["fields"].items()}
    keywords = tuple(
        (rule["field"], PhraseMatcher({rule["field"]: rule["phrases"]}))
        for rule in data.get("keywords", [])
    )
    return Vocabulary(
        exact=exact,
        keywords=keywords,
        never=PhraseMatcher({"never": data.get("header_rules", {}).get("never", [])}),
        stage_ordinal=PhraseMatcher(data["stages"]["ordinal"]),
        stage_kind=PhraseMatcher(data["stages"]["kind"]),
        outcomes=PhraseMatcher(data["outcomes"]),
        sources=PhraseMatcher(data["sources"]),
        channels=PhraseMatcher(data["channels"]),
        practice=PhraseMatcher({"practice": data.get("practice", {}).get("words", [])}),
        ticks=_folded_set(data["wide"]["ticks"]),
        not_reached=_folded_set(data["wide"]["not_reached"]),
        empty=_folded_set(data["cells"]["empty"]),
        totals=_folded_set(data["totals"]["words"]),
        trackers=data.get("trackers", {}),
    )


_ROUND_NUMBER = re.compile(
    r"(?<!\w)(?:round|interview|stage|r|int)\s*#?\s*(\d{1,2})(?!\d)"
    r"|(?<!\w)(\d{1,2})\s*(?:st|nd|rd|th)(?!\w)"
    r"|^(\d{1,2})$"
)


def stage_for_round(number: float) -> str:
    """Return the stage a numbered round stands for: 1 first, 2 second, 3+ final."""
    if number <= 1:
        return "first_round"
    return "second_round" if number == 2 else "final_round"


def stage_of_text(folded: str, vocab: Vocabulary) -> str | None:
    """Read a stage from folded text: a stage, "by_round", "?" (unrecognised) or None.

    >>> v = load_vocabulary()
    >>> [stage_of_text(fold(t), v) for t in ("Phone screen", "1st round technical", "Interview 2")]
    ['screen', 'first_round', 'second_round']
    """
    if not folded:
        return None
    label = vocab.stage_ordinal.match(folded)
    if label is not None:
        return label or None
    number = _ROUND_NUMBER.search(folded)
    if number:
        value = int(next(g for g in number.groups() if g))
        return stage_for_round(value) if value > 0 else None
    label = vocab.stage_kind.match(folded)
    if label is not None:
        return label
    return _UNRECOGNISED


# ----------------------------------------------------------------------------- mapping


def _header_candidates(header: str, vocab: Vocabulary) -> tuple[str, int]:
    """Return (field, score) for one header; lower scores are stronger claims."""
    folded = fold(header, camel=True)
    if header in CANONICAL_COLUMNS:
        return header, -1  # an exported canonical table maps onto itself
    for name, synonyms in vocab.exact.items():
        if folded in synonyms:
            return name, synonyms.index(folded)
    stage = _stage_column_stage(folded, vocab)
    if stage:
        return STAGE_COLUMN + stage, 500
    if folded and vocab.never.match(folded) is None:
        for rank, (name, matcher) in enumerate(vocab.keywords):
            if matcher.match(folded):
                return name, 1000 + rank
    return IGNORED, 10_000


def _stage_column_stage(folded: str, vocab: Vocabulary) -> str | None:
    """Return the stage a header names when it is nothing but a stage ("Phone screen date")."""
    bare = re.sub(r"(?:^|\s)(?:date|on|reached|done)$", "", folded).strip()
    if not bare:
        return None
    stage = stage_of_text(bare, vocab)
    if stage in (None, _UNRECOGNISED, _BY_ROUND, "applied"):
        return None
    known = bare in vocab.stage_ordinal.labels or bare in vocab.stage_kind.labels
    return stage if known or _ROUND_NUMBER.fullmatch(bare) else None


def guess_mapping(
    columns: Sequence[str], overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """Guess which canonical field each column holds ("" = kept as an extra column).

    Each field goes to at most one column (the strongest claim); a wide log's stage columns map
    to ``"stage:<stage>"`` when there are at least two of them. ``overrides`` wins.

    >>> guess_mapping(["Employer", "Job Title", "Interview date", "What they said", "Prep"])
    {'Employer': 'company', 'Job Title': 'role', 'Interview date': 'event_date', \
'What they said': 'feedback', 'Prep': ''}
    """
    vocab = load_vocabulary()
    columns = [str(c) for c in columns]
    claims = {c: _header_candidates(c, vocab) for c in columns}
    stage_columns = [c for c, (f, _) in claims.items() if f.startswith(STAGE_COLUMN)]
    mapping = {c: IGNORED for c in columns}
    if len(stage_columns) >= 2:
        mapping.update({c: claims[c][0] for c in stage_columns})
    best: dict[str, tuple[int, int, str]] = {}
    for position, column in enumerate(columns):
        name, score = claims[column]
        if name and not name.startswith(STAGE_COLUMN):
            if name not in best or (score, position) < best[name][:2]:
                best[name] = (score, position, column)
    mapping.update({column: name for name, (_, _, column) in best.items()})
    if overrides:
        mapping = apply_overrides(mapping, overrides)
    return mapping


def valid_fields() -> list[str]:
    """Return every field name a column can be mapped to (stage columns as stage:<stage>)."""
    return [*MAPPABLE_FIELDS, *(STAGE_COLUMN + s for s in STAGES if s != "applied")]


def _check_field(name: str) -> None:
    allowed = {*valid_fields(), *PROVENANCE_FIELDS, IGNORED}
    if name not in allowed:
        raise DebriefError(
            f"'{name}' is not a field Debrief knows; use one of: {', '.join(valid_fields())} "
            "(or nothing to ignore the column)."
        )


def apply_overrides(mapping: dict[str, str], overrides: dict[str, str]) -> dict[str, str]:
    """Return ``mapping`` with the person's choices applied; a field moved here leaves others.

    >>> apply_overrides({"A": "company", "B": ""}, {"B": "company"})
    {'A': '', 'B': 'company'}
    """
    out = dict(mapping)
    for column, name in overrides.items():
        if column not in out:
            raise DebriefError(
                f"There is no column '{column}' in this log; its columns are: "
                f"{', '.join(out)}."
            )
        name = (name or "").strip()
        _check_field(name)
        if name and not name.startswith(STAGE_COLUMN):
            out.update({c: IGNORED for c, f in out.items() if f == name})
        out[column] = name
    return out


def _validate_mapping(mapping: dict[str, str], columns: Sequence[str]) -> dict[str, str]:
    """Check a mapping handed in by a caller; unlisted columns are extras."""
    columns = [str(c) for c in columns]
    unknown = [c for c in mapping if c not in columns]
    if unknown:
        raise DebriefError(
            f"There is no column '{unknown[0]}' in this log; its columns are: {', '.join(columns)}."
        )
    for name in mapping.values():
        _check_field(name)
    taken = [f for f in mapping.values() if f and not f.startswith(STAGE_COLUMN)]
    twice = sorted({f for f in taken if taken.count(f) > 1})
    if twice:
        raise DebriefError(
            f"More than one column is mapped to '{twice[0]}'; map one and leave the others out."
        )
    return {c: mapping.get(c, IGNORED) for c in columns}


def _check_usable(mapping: dict[str, str]) -> None:
    fields = set(mapping.values())
    has_who = bool(fields & {"company", "role", "application_id"})
    has_when = bool(
        fields & {"applied_date", "event_date", "stage", "round", "outcome"}
        or any(f.startswith(STAGE_COLUMN) for f in fields)
    )
    if not (has_who and has_when):
        found = ", ".join(f"'{c}'" for c in mapping) or "none"
        raise DebriefError(
            "This table does not look like an interview log: a log needs a company or role "
            "column and at least one date, stage or status column, and the columns found were "
            f"{found}."
        )


# ------------------------------------------------------------------------------- cells


def _map_unique(values: pd.Series, fn: Callable[[Any], Any], dtype: object = object) -> pd.Series:
    """Apply ``fn`` once per distinct value (missing values give None), keeping the index."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    results = np.empty(len(uniques) + 1, dtype=object)
    results[:-1] = [fn(u) for u in uniques]
    results[-1] = None
    return pd.Series(results[codes], index=values.index, dtype=dtype)


def _cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value).strip() or None


def as_text(values: pd.Series) -> pd.Series:
    """Return cells as stripped text (object dtype: str or None), empty cells missing."""
    return _map_unique(values, _cell_text)  # object: cheaper than arrow strings for the middle


def clean_cells(raw: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Return the raw frame as object columns with placeholders ("-", "n/a") and blanks as None."""

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            return None if not text or text.casefold() in vocab.empty else text
        if isinstance(value, float) and value != value:
            return None
        return value

    return pd.DataFrame(
        {c: _map_unique(raw[c].astype(object), clean) for c in raw.columns}, index=raw.index
    )


_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
_EXCEL_EPOCH = datetime(1899, 12, 30)
_FIRST_YEAR, _LAST_YEAR = 1950, 2100


@dataclass
class ParsedDates:
    """Dates read from a column: values (NaT when missing or unreadable) and which failed."""

    values: pd.Series
    bad: pd.Series
    notes: list[str] = field(default_factory=list)


def _valid_date(year: int, month: int, day: int) -> datetime | None:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _from_serial(number: float) -> datetime | None:
    if 18_000 <= number <= 73_000:  # 1949..2099 as Excel day numbers
        return _EXCEL_EPOCH + timedelta(days=int(number))
    return None


_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?", re.I)


def _parse_written_date(text: str, dayfirst: bool) -> datetime | None:
    """Read "12 Feb 2026" or "Feb 3, 2026" (a four-digit year is required), else None."""
    if not _HAS_YEAR.search(text) or _HAS_YEAR.fullmatch(text.strip()):
        return None  # no year, or nothing but a year
    try:
        stamp = dateutil_parser.parse(text, dayfirst=dayfirst, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    return _valid_date(stamp.year, stamp.month, stamp.day)


def dayfirst_votes(values: pd.Series) -> tuple[int, int]:
    """Count d/m/y texts that can only be day-first and those that can only be month-first."""
    day = month = 0
    for value in pd.unique(values.dropna()):
        if isinstance(value, str) and (m := _DMY.match(value.strip())):
            a, sep, b = int(m[1]), m[2], int(m[3])
            day += a > 12 or sep == "."
            month += b > 12 and sep != "."
    return day, month


def parse_dates(
    values: pd.Series, vocab: Vocabulary, label: str = "", *, dayfirst_hint: bool | None = None
) -> ParsedDates:
    """Read a column of dates, deciding day-first or month-first once for the whole column.

    Any d/m/y value with a first number over 12, or written with dots, makes the column
    day-first; any with a second number over 12 makes it month-first; otherwise month-first
    (US style, as LinkedIn and Excel write it) with a note when some values could be either.
    ``dayfirst_hint`` (what the file's other date columns show) decides a column with no
    evidence of its own.

    >>> v = load_vocabulary()
    >>> parse_dates(pd.Series(["03/02/2026", "13/02/2026"]), v).values.dt.day.tolist()
    [3, 13]
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parsed: list[datetime | None] = [None] * len(uniques)
    failed = np.zeros(len(uniques) + 1, dtype=bool)
    numeric: list[tuple[int, int, str, int, int]] = []  # (i, a, sep, b, year)
    textual: list[int] = []
    for i, value in enumerate(uniques):
        if isinstance(value, datetime | date) and not isinstance(value, bool):
            stamp = pd.Timestamp(value)
            parsed[i] = _valid_date(stamp.year, stamp.month, stamp.day)
            failed[i] = parsed[i] is None
        elif isinstance(value, int | float) and not isinstance(value, bool):
            parsed[i] = _from_serial(float(value))
            failed[i] = parsed[i] is None
        elif isinstance(value, str):
            text = value.strip()
            if not text or text.casefold() in vocab.ticks or fold(text) in vocab.ticks:
                continue
            if m := _YMD.match(text):
                parsed[i] = _valid_date(int(m[1]), int(m[2]), int(m[3]))
                failed[i] = parsed[i] is None
            elif m := _DMY.match(text):
                numeric.append((i, int(m[1]), m[2], int(m[3]), int(m[4])))
            elif _SERIAL.match(text):
                parsed[i] = _from_serial(float(text))
                failed[i] = parsed[i] is None
            else:
                textual.append(i)
        else:
            failed[i] = True
    notes: list[str] = []
    day_votes = sum(1 for _, a, sep, _b, _ in numeric if a > 12 or sep == ".")
    month_votes = sum(1 for _, a, sep, b, _ in numeric if b > 12 and sep != ".")
    dayfirst = day_votes > month_votes
    where = f" in '{label}'" if label else ""
    if not (day_votes or month_votes) and dayfirst_hint is not None:
        dayfirst = dayfirst_hint
    elif day_votes and month_votes:
        notes.append(
            f"Dates{where} mix day-first and month-first writing; read them as "
            f"{'day/month' if dayfirst else 'month/day'}, as most of them are."
        )
    elif not day_votes and any(a != b for _, a, _s, b, _ in numeric):
        notes.append(
            f"Dates{where} such as 03/04/2026 could be read either way; read them as "
            "month/day (US style). Write one date with a day above 12 to make them day/month."
        )
    for i, a, _sep, b, year in numeric:
        year = year + (2000 if year < 70 else 1900) if year < 100 else year
        day, month = (a, b) if dayfirst else (b, a)
        parsed[i] = _valid_date(year, month, day)
        failed[i] = parsed[i] is None
    # Written dates ("12 Feb 2026 10:15") go through dateutil, the slow path: once per date
    # with the time of day removed, so a column of timestamps costs one parse per day.
    seen: dict[str, datetime | None] = {}
    for i in textual:
        text = _TIME_OF_DAY.sub(" ", str(uniques[i])).strip(" ,")
        if text not in seen:
            seen[text] = _parse_written_date(text, dayfirst)
        parsed[i] = seen[text]
        failed[i] = parsed[i] is None
    lookup = np.array([*parsed, None], dtype=object)
    dates = pd.to_datetime(pd.Series(lookup[codes], index=values.index), errors="coerce")
    return ParsedDates(
        values=dates.astype("datetime64[ns]"),
        bad=pd.Series(failed[codes], index=values.index),
        notes=notes,
    )


_NUMBER = re.compile(r"^-?\d{1,15}(?:[.,]\d+)?$")


def convert_numeric(values: pd.Series) -> pd.Series | None:
    """Return a consistently numeric column as numbers ("2,5" -> 2.5), else None.

    A comma followed by exactly three digits everywhere is a thousands separator ("1,500");
    otherwise commas are decimal commas. Text with leading zeros ("01234") stays text.

    >>> convert_numeric(pd.Series(["2,5", "3", None])).tolist()
    [2.5, 3.0, <NA>]
    """
    present = values.dropna().unique()
    if len(present) == 0:
        return None
    texts = []
    for value in present:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            continue
        if not isinstance(value, str) or not _NUMBER.match(value):
            return None
        if re.match(r"^-?0\d", value):
            return None
        texts.append(value)
    commas = [t for t in texts if "," in t]
    thousands = bool(commas) and all(re.search(r",\d{3}$", t) for t in commas)

    def to_number(value: Any) -> float:
        if isinstance(value, str):
            value = value.replace(",", "" if thousands else ".")
        return float(value)

    numbers = _map_unique(values, to_number).astype("Float64")
    whole = numbers.dropna()
    return numbers.astype("Int64") if (whole == whole.round()).all() else numbers


# ------------------------------------------------------------------------------ rows


def _source_rows(raw: pd.DataFrame) -> np.ndarray:
    """Return each row's 1-based file row number (the reader's index, else header on row 1)."""
    index = raw.index
    if pd.api.types.is_integer_dtype(index.dtype) and not isinstance(index, pd.RangeIndex):
        return index.to_numpy(dtype="int64")
    if isinstance(index, pd.RangeIndex) and index.name == "source_row":
        return index.to_numpy(dtype="int64")
    return np.arange(len(raw), dtype="int64") + 2


def _classify(values: pd.Series, matcher: PhraseMatcher) -> pd.Series:
    return _map_unique(values, lambda v: matcher.match(fold(v)) if isinstance(v, str) else None)


def _column(clean: pd.DataFrame, columns: dict[str, str], name: str) -> pd.Series:
    """The cleaned cells of the column mapped to ``name`` (all None when there is none)."""
    if name in columns:
        return clean[columns[name]]
    return pd.Series(None, index=clean.index, dtype=object)


def _is_number_cell(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(re.fullmatch(r"-?[\d.,\s%]+", value))


def _totals_rows(clean: pd.DataFrame, vocab: Vocabulary) -> pd.Series:
    """Rows saying "Total"/"Sum" (or holding only numbers) with numbers or nothing else."""
    initials = {w[:1] for w in vocab.totals}

    def is_total_word(value: Any) -> bool:
        # cheap tests first keep the many distinct notes away from the (slower) folding
        return (
            isinstance(value, str) and len(value) < 40 and value[:1].casefold() in initials
            and fold(value) in vocab.totals
        )

    word = pd.DataFrame({c: _map_unique(clean[c], is_total_word, bool) for c in clean.columns})
    number = pd.DataFrame({c: _map_unique(clean[c], _is_number_cell, bool) for c in clean.columns})
    filled = clean.notna()
    all_numbers = (number | ~filled).all(axis=1) & (filled & number).any(axis=1)
    return (word.any(axis=1) & (word | number | ~filled).all(axis=1)) | all_numbers


def _tracker(mapping: dict[str, str], vocab: Vocabulary) -> str:
    folded = {fold(c, camel=True) for c in mapping}
    for name, spec in vocab.trackers.items():
        if spec.get("requires") and set(map(fold, spec["requires"])) <= folded:
            return name
    return ""


def _join_issues(*parts: pd.Series) -> pd.Series:
    """Join per-row notes (missing = no note) with "; ", leaving out a note already there."""
    out = pd.Series(None, index=parts[0].index, dtype=object)
    for part in parts:
        part = part.astype(object).where(part.notna(), None)
        both = out.notna() & part.notna()
        if both.any():
            out[both] = [_append(a, b) for a, b in zip(out[both], part[both], strict=True)]
        out = out.where(out.notna(), part)
    return out


def _note_where(mask: pd.Series, text: pd.Series | str) -> pd.Series:
    out = pd.Series(None, index=mask.index, dtype=object)
    if mask.any():
        out[mask] = text[mask] if isinstance(text, pd.Series) else text
    return out


def _row_accounting(
    clean: pd.DataFrame, cols: dict[str, str], src: np.ndarray, text: dict[str, pd.Series],
    vocab: Vocabulary, tracker: str, practice: pd.Series, totals: pd.Series,
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Decide each input row's status and reason; return (status, issue, duplicate_of)."""
    index = clean.index
    rows = pd.Series(src, index=index)
    blank = clean.isna().all(axis=1)
    totals = totals & ~blank
    wishlist = pd.Series(False, index=index)
    if tracker == "huntr" and "stage" in cols:
        words = {fold(w) for w in vocab.trackers["huntr"].get("wishlist", [])}
        wishlist = _map_unique(text["stage"], lambda v: fold(v) in words if v else False, bool)
    nobody = (
        text["company"].isna() & text["role"].isna() & text["application_id"].isna() & ~practice
    )
    skipped_reason = pd.Series(None, index=index, dtype=object)
    reasons = [
        (blank, "Row {n} has nothing in it but placeholders"),
        (totals, "Row {n} looks like a totals row"),
        (wishlist, vocab.trackers.get("huntr", {}).get("wishlist_issue", "Not applied yet")),
        (nobody, "No company or role: cannot tell which application this is"),
    ]
    for mask, template in reversed(reasons):  # the first reason that applies wins
        if mask.any():
            skipped_reason[mask] = rows[mask].map(lambda n, t=template: t.format(n=n))
    skipped = skipped_reason.notna()
    # Rows filled down from a merged cell belong to different applications: hash who they are.
    who = text["application_id"].fillna("") + "\x1f" + text["company"].fillna("") + "\x1f" + (
        text["role"].fillna(""))
    hashes = pd.util.hash_pandas_object(clean.assign(_who=who.astype(object)), index=False)
    first_pos = pd.Series(np.arange(len(clean)), index=index).groupby(hashes.to_numpy()).transform(
        "first"
    )
    duplicate = (first_pos.to_numpy() != np.arange(len(clean))) & ~skipped.to_numpy()
    duplicate = pd.Series(duplicate, index=index)
    original = pd.Series(src[first_pos.to_numpy()], index=index)
    duplicate_of = original.where(duplicate)
    status = pd.Series("ok", index=index, dtype=object)
    status[duplicate] = "duplicate"
    status[skipped] = "skipped"
    issue = skipped_reason.copy()
    if duplicate.any():
        issue[duplicate] = original[duplicate].map(lambda n: f"Same as row {n}")
    return status, issue, duplicate_of


_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "x", "✓", "✔"})


def _practice_rows(text: dict[str, pd.Series], vocab: Vocabulary) -> pd.Series:
    """Mock interviews and recorded practice: a practice column, or practice words in the
    stage, round, role or company text."""
    given = text["practice"].fillna("").str.casefold().isin(_TRUE_WORDS).astype(bool)
    found = [
        _classify(text[name], vocab.practice).notna()
        for name in ("stage", "round", "role", "company")
    ]
    return given | np.logical_or.reduce(found)


def _fill_down(
    text: dict[str, pd.Series], src: np.ndarray, totals: pd.Series, practice: pd.Series
) -> pd.Series:
    """Give rows below a merged company/role cell the application of the row above.

    A row with an interview (a date or a stage) but no company, role or id, directly below a
    row that has them (or below other such rows), is that application's next interview: that
    is how merged cells read. ``text`` is updated in place; returns the per-row note.
    """
    who_cols = ("application_id", "company", "role")
    nobody = np.logical_and.reduce([text[c].isna().to_numpy() for c in who_cols])
    content = (text["stage"].notna() | text["_event_text"].notna()).to_numpy()
    candidate = pd.Series(nobody & content & ~practice.to_numpy(), index=totals.index)
    if not candidate.any():
        return pd.Series(None, index=totals.index, dtype=object)
    position = pd.Series(np.arange(len(candidate)), index=candidate.index, dtype="float64")
    head = position.where(~candidate).ffill()
    head_ok = (~pd.Series(nobody, index=candidate.index) & ~totals).where(~candidate).ffill()
    fill = candidate & head_ok.eq(True) & head.notna()
    heads = head[fill].astype(int).to_numpy()
    for column in who_cols:
        values = text[column].copy()
        values[fill] = text[column].to_numpy()[heads]
        text[column] = values
    note = pd.Series(None, index=totals.index, dtype=object)
    note[fill] = [f"Company and role taken from row {src[h]} above (a merged cell?)"
                  for h in heads]
    return note


def _wide_rows(
    base: pd.DataFrame, clean: pd.DataFrame, stage_cols: list[tuple[str, str]],
    vocab: Vocabulary, dayfirst_hint: bool | None,
) -> tuple[pd.DataFrame, list[str]]:
    """Melt a one-row-per-application log into one row per stage reached (see module doc)."""
    cells = pd.concat(
        {i: clean[c] for i, (c, _) in enumerate(stage_cols)}, names=["_col", "_idx"]
    )
    dates = parse_dates(cells, vocab, "the stage columns", dayfirst_hint=dayfirst_hint)
    text = as_text(cells)
    folded = _map_unique(text, lambda v: fold(v) if isinstance(v, str) else "").fillna("")
    reached = text.notna() & ~folded.isin(vocab.not_reached)
    outcome_in_cell = _classify(text, vocab.outcomes)
    melted = pd.DataFrame(
        {
            "_col": cells.index.get_level_values("_col"),
            "_idx": cells.index.get_level_values("_idx"),
            "event_date": dates.values.to_numpy(),
            "_cell_outcome": outcome_in_cell.to_numpy(),
            "_cell_note": np.where(
                dates.bad.to_numpy() & outcome_in_cell.isna().to_numpy()
                & ~folded.isin(vocab.ticks).to_numpy(),
                "Stage cell '" + text.fillna("").to_numpy() + "' is neither a date nor a tick; "
                "counted as reached",
                None,
            ),
        }
    )[reached.to_numpy()]
    melted["_stage_fixed"] = melted["_col"].map(lambda i: stage_cols[i][1])
    melted["_sub"] = melted["_col"] + 1
    positions = pd.Series(np.arange(len(base)), index=base.index)
    melted["_pos"] = positions.loc[melted["_idx"]].to_numpy()
    melted = melted.sort_values(["_pos", "_sub"], kind="stable")
    # The application's status and feedback belong to the last stage it reached.
    last = ~melted["_pos"].duplicated(keep="last")
    per_app = base.drop(columns=["event_date"]).reset_index(drop=True)
    expanded = per_app.iloc[melted["_pos"].to_numpy()].reset_index(drop=True)
    melted = melted.reset_index(drop=True)
    last = last.reset_index(drop=True)
    cell_outcome = melted["_cell_outcome"]
    expanded = expanded.assign(
        event_date=melted["event_date"].to_numpy(),
        _stage_fixed=melted["_stage_fixed"].to_numpy(),
        _sub=melted["_sub"].to_numpy(),
        _outcome=cell_outcome.where(cell_outcome.notna(), expanded["_outcome"].where(last)),
        feedback=expanded["feedback"].where(last, None),
        _date_note=melted["_cell_note"].to_numpy(),
    )
    untouched = base[~positions.isin(melted["_pos"]).to_numpy()].assign(_stage_fixed=None, _sub=0)
    out = pd.concat([expanded, untouched.reset_index(drop=True)], ignore_index=True)
    return out.sort_values(["_pos", "_sub"], kind="stable", ignore_index=True), dates.notes


def _resolve_stage_text(
    text: dict[str, pd.Series], vocab: Vocabulary, has_event: pd.Series
) -> pd.DataFrame:
    """Read each row's stage from its stage, round or (for status-only logs) outcome text."""
    candidates = [text["stage"], text["round"]]
    stage = pd.Series(None, index=text["stage"].index, dtype=object)
    shown = pd.Series(None, index=stage.index, dtype=object)
    for source in candidates:
        read = _map_unique(source, lambda v: stage_of_text(fold(v), vocab) if v else None)
        use = stage.isna() & read.notna()
        stage[use] = read[use]
        shown[use] = source[use]
    # A status column ("Phone screen", "Offer") tells the stage only where nothing else does.
    status_stage = _map_unique(text["outcome"], lambda v: stage_of_text(fold(v), vocab))
    # "Offer" as the result of a dated interview is that interview's outcome, not a stage.
    status_use = (
        stage.isna() & status_stage.notna() & (status_stage != _UNRECOGNISED)
        & ~(has_event & (status_stage == "offer"))
    )
    stage[status_use] = status_stage[status_use]
    # Text that is an outcome word ("Rejected" in a Huntr list) says nothing about the stage.
    outcome_word = _classify(shown, vocab.outcomes).notna()
    stage[(stage == _UNRECOGNISED) & outcome_word] = None
    return pd.DataFrame({"_stage_read": stage, "_stage_shown": shown})


def build_rows(
    raw: pd.DataFrame, mapping: dict[str, str], source_file: str, vocab: Vocabulary
) -> tuple[pd.DataFrame, list[str]]:
    """Read one file's raw frame into canonical-ish rows plus helper columns (``_``-prefixed)."""
    clean = clean_cells(raw, vocab)
    cols = {f: c for c, f in mapping.items() if f and not f.startswith(STAGE_COLUMN)}
    stage_cols = [(c, f[len(STAGE_COLUMN):]) for c, f in mapping.items()
                  if f.startswith(STAGE_COLUMN)]
    src = _source_rows(raw)
    tracker = _tracker(mapping, vocab)
    notes: list[str] = []
    if tracker:
        label = vocab.trackers[tracker].get("label", tracker)
        notes.append(f"Recognised a {label} export by its headers.")
    text = {
        name: as_text(_column(clean, cols, name))
        for name in ("application_id", "company", "role", "stage", "round", "outcome",
                     "feedback", "feedback_source", "feedback_channel", "interviewer",
                     "practice", "source_file", "source_row", "row_status", "row_issue")
    }
    text["_event_text"] = as_text(_column(clean, cols, "event_date"))
    practice = _practice_rows(text, vocab)
    totals = _totals_rows(clean, vocab)
    fill_note = (  # an exported canonical table has no merged cells to fill
        pd.Series(None, index=raw.index, dtype=object) if "row_status" in cols
        else _fill_down(text, src, totals, practice)
    )
    status, issue, duplicate_of = _row_accounting(
        clean, cols, src, text, vocab, tracker, practice, totals
    )
    date_notes = []
    parsed = {}
    votes = [dayfirst_votes(clean[c]) for c, f in mapping.items()
             if f in ("applied_date", "event_date") or f.startswith(STAGE_COLUMN)]
    day, month = (sum(v[0] for v in votes), sum(v[1] for v in votes))
    hint = (day > month) if (day or month) else None
    for name in ("applied_date", "event_date"):
        label = cols.get(name, "")
        parsed[name] = parse_dates(_column(clean, cols, name), vocab, label, dayfirst_hint=hint)
        notes.extend(parsed[name].notes)
        raw_text = as_text(_column(clean, cols, name))
        date_notes.append(_note_where(
            parsed[name].bad, "Could not read the date '" + raw_text.fillna("") + f"' in '{label}'"
        ))
    # Re-imported canonical tables keep their provenance.
    given_row = pd.to_numeric(text["source_row"], errors="coerce")
    given_status = text["row_status"].where(text["row_status"].isin(["ok", "duplicate",
                                                                     "skipped"]))
    keep_given = given_status.notna() & (given_status != "ok")
    final_status = status.where(~keep_given, given_status)
    prior_issue = text["row_issue"].astype(object)
    own_issue = issue.where(~keep_given, None)
    base = pd.DataFrame(
        {
            "application_id": text["application_id"].astype(object),
            "company": text["company"].astype(object),
            "role": text["role"].astype(object),
            "applied_date": parsed["applied_date"].values,
            "event_date": parsed["event_date"].values,
            "_outcome": _classify(text["outcome"], vocab.outcomes).fillna(
                _classify(text["stage"], vocab.outcomes).replace("pending", None)
            ),
            "feedback": text["feedback"].astype(object),
            "interviewer": text["interviewer"].astype(object),
            "practice": practice,
            "_source_text": text["feedback_source"],
            "_channel_text": text["feedback_channel"],
            "_round_number": pd.to_numeric(
                text["round"].str.extract(r"(\d+)", expand=False), errors="coerce"
            ),
            "source_file": text["source_file"].fillna(source_file).astype(object),
            "source_row": given_row.fillna(pd.Series(src, index=raw.index)).round()
            .astype("int64"),
            "row_status": final_status,
            "_issue": _join_issues(prior_issue, own_issue, fill_note, date_notes[0]),
            "_event_note": date_notes[1],
            "_duplicate_of": duplicate_of,
            "_pos": np.arange(len(raw)),
        },
        index=raw.index,
    ).join(_resolve_stage_text(text, vocab, parsed["event_date"].values.notna()))
    base = base.join(_extra_columns(clean, mapping))
    if stage_cols:
        rows, wide_notes = _wide_rows(
            base.assign(_date_note=None), clean, stage_cols, vocab, hint
        )
        notes.append(
            f"One row per application with a column per stage "
            f"({', '.join(c for c, _ in stage_cols)}): each stage reached became its own row."
        )
        notes.extend(wide_notes)
    else:
        rows = base.assign(_stage_fixed=None, _sub=0, _date_note=None).reset_index(drop=True)
    if tracker == "huntr":
        notes.append("Huntr's list names are read as stages; wishlist entries are skipped.")
    notes.extend(_unread_values(text, cols, vocab))
    return rows, notes


def _unread_values(
    text: dict[str, pd.Series], cols: dict[str, str], vocab: Vocabulary
) -> list[str]:
    """Say which words in the outcome, source and channel columns meant nothing to Debrief."""
    checks = (
        ("outcome", vocab.outcomes, "an outcome", "unknown"),
        ("feedback_source", vocab.sources, "a feedback source", "unknown"),
        ("feedback_channel", vocab.channels, "a channel", "unknown"),
    )
    notes = []
    for name, matcher, what, fallback in checks:
        if name not in cols:
            continue
        values = pd.Series(text[name].dropna().unique(), dtype=object)
        folded = values.map(fold)
        unread = values[
            folded.map(matcher.match).isna()
            & (folded != fallback)
            & ~folded.map(lambda f: stage_of_text(f, vocab) not in (None, _UNRECOGNISED))
        ]
        if len(unread):
            shown = ", ".join(f"'{v}'" for v in unread.head(3))
            more = f" and {len(unread) - 3} more" if len(unread) > 3 else ""
            notes.append(
                f"Some values in '{cols[name]}' are not {what} Debrief knows ({shown}{more}); "
                f"those rows read as {fallback}. Add the words to headers.toml, or map the "
                "column to nothing if it holds something else."
            )
    return notes


def _extra_columns(clean: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """The person's own columns, numbers turned into numbers where the column is all numbers."""
    extras = {}
    for column, name in mapping.items():
        if name:
            continue
        target = column if column not in CANONICAL_COLUMNS and not column.startswith("_") else (
            f"{column} (original)"
        )
        values = clean[column]
        numbers = convert_numeric(values)
        if numbers is not None:
            extras[target] = numbers
        elif all(isinstance(v, str) for v in values.dropna().unique()):
            extras[target] = values.astype("string")
        else:
            extras[target] = values
    return pd.DataFrame(extras, index=clean.index)


# ------------------------------------------------------------------------- whole table


_COMPANY_SUFFIX = re.compile(
    r"\s+(?:inc|ltd|llc|plc|gmbh|ag|sa|bv|co|corp|corporation|limited|company|group)$"
)


def _slug(values: pd.Series) -> pd.Series:
    def slug(value: Any) -> str:
        if not isinstance(value, str):
            return ""
        folded = _COMPANY_SUFFIX.sub("", fold(value))
        return re.sub(r"\s+", "-", folded)

    return _map_unique(values, slug).fillna("")


def assign_application_ids(rows: pd.DataFrame) -> pd.DataFrame:
    """Give every counted or duplicate row an application id; fill a missing applied date.

    Ids come from the folded company and role ("acme/data-analyst"), so the same application
    gets the same id in every file; the applied date is added only when one company and role
    has several applied dates (a re-application). A row without an applied date joins the
    latest application applied on or before its event (else the earliest).
    """
    rows = rows.copy()
    key = _slug(rows["company"]) + "/" + _slug(rows["role"])
    key = key.str.replace(r"^/|/$", "", regex=True)
    # Each practice session is its own "application" (no funnel counts it), named by its date.
    practice = rows["practice"].fillna(False).astype(bool)
    session = "practice/" + key.where(key != "", "mock") + "@" + rows["event_date"].dt.strftime(
        "%Y-%m-%d").fillna("undated")
    key = key.where(~practice, session)
    derive = rows["application_id"].isna() & (rows["row_status"] != "skipped")
    dates = rows["applied_date"].where(derive)
    distinct = dates.groupby(key).transform("nunique")
    several = derive & (distinct > 1)
    chosen = rows["applied_date"].copy()
    missing = several & chosen.isna()
    if missing.any():
        chosen[missing] = _application_applied_before(key, dates, rows["event_date"], missing)
    suffix = chosen.dt.strftime("%Y-%m-%d").fillna("")
    derived = key.where(~several, key + "@" + suffix)
    ids = rows["application_id"].where(~derive, derived)
    ids = ids.where(rows["row_status"] != "skipped", None)
    ids = ids.where(ids.fillna("") != "", None)
    rows["application_id"] = ids
    rows.loc[several & rows["applied_date"].isna(), "applied_date"] = chosen
    # An application whose rows agree on one applied date lends it to rows without one
    # (a LinkedIn export's date to your own interview rows).
    by_app = rows.groupby("application_id")["applied_date"]
    single = by_app.transform("nunique") == 1
    rows["applied_date"] = rows["applied_date"].fillna(
        by_app.transform("first").where(single)
    )
    return rows


def _application_applied_before(
    key: pd.Series, applied: pd.Series, events: pd.Series, rows: pd.Series
) -> pd.Series:
    """For ``rows``: the latest applied date of their key on or before their event, else the
    earliest applied date of their key."""
    options = (
        pd.DataFrame({"key": key, "applied": applied}).dropna().drop_duplicates()
        .sort_values("applied")
    )
    wanted = pd.DataFrame({"key": key[rows], "event": events[rows]})
    earliest = wanted["key"].map(options.groupby("key")["applied"].min())
    dated = wanted.dropna(subset=["event"]).reset_index(names="_i").sort_values("event")
    if len(dated):
        found = pd.merge_asof(
            dated, options, left_on="event", right_on="applied", by="key", direction="backward"
        ).set_index("_i")["applied"]
        earliest = found.reindex(earliest.index).fillna(earliest)
    return earliest


def mark_cross_file_duplicates(rows: pd.DataFrame) -> pd.DataFrame:
    """Mark application-only rows of one file as duplicates of another file's interview rows."""
    interview = (rows["row_status"] == "ok") & rows["_is_interview"]
    if rows["source_file"].nunique() < 2 or not interview.any():
        return rows
    where: dict[str, list[tuple[str, int]]] = {}
    for app, file, row in zip(
        rows.loc[interview, "application_id"], rows.loc[interview, "source_file"],
        rows.loc[interview, "source_row"], strict=True,
    ):
        where.setdefault(app, []).append((file, row))
    app_only = (rows["row_status"] == "ok") & ~rows["_is_interview"] & rows[
        "application_id"
    ].isin(list(where))
    rows = rows.copy()
    for i in rows.index[app_only]:
        elsewhere = [(f, r) for f, r in where[rows.at[i, "application_id"]]
                     if f != rows.at[i, "source_file"]]
        if not elsewhere:
            continue
        files = sorted({f for f, _ in elsewhere})
        numbers = ", ".join(str(r) for f, r in elsewhere if f == files[0])
        plural = "rows" if "," in numbers else "row"
        rows.at[i, "row_status"] = "duplicate"
        rows.at[i, "_issue"] = _append(
            rows.at[i, "_issue"],
            f"Same application as {plural} {numbers} in {files[0] or 'the other file'}",
        )
    return rows


def _append(existing: Any, note: str) -> str:
    if isinstance(existing, str) and existing:
        return existing if note in existing else f"{existing}; {note}"
    return note


def number_rounds(rows: pd.DataFrame) -> pd.DataFrame:
    """Number each application's interviews 1, 2, ... by date (then file order); 0 otherwise."""
    rows = rows.copy()
    counted = (rows["row_status"] == "ok") & rows["_is_interview"]
    # An undated interview keeps its place in file order among its application's dated ones
    # (a stage ticked in a wide log, a final not yet dated): it borrows the next date, else the
    # previous one, and file order breaks the tie.
    in_file_order = rows[counted].sort_values(["_file", "_pos", "_sub"], kind="stable")
    by_app = in_file_order.groupby("application_id")["event_date"]
    borrowed = by_app.bfill().groupby(in_file_order["application_id"]).ffill()
    rows["_sort_date"] = borrowed.reindex(rows.index)
    ordered = rows[counted].sort_values(
        ["application_id", "_sort_date", "_round_number", "_file", "_pos", "_sub"],
        na_position="last",
        kind="stable",
    )
    rounds = pd.Series(pd.NA, index=rows.index, dtype="Int64")
    rounds[ordered.index] = ordered.groupby("application_id").cumcount().to_numpy() + 1
    rounds[(rows["row_status"] == "ok") & ~rows["_is_interview"]] = 0
    # A duplicate has the round of the row it copies (else the round it was exported with).
    dup = rows["row_status"] == "duplicate"
    if dup.any():
        key = zip(rows["_file"], rows["source_row"], rows["_sub"], strict=True)
        by_row = dict(zip(key, rounds, strict=True))
        copied = [
            by_row.get((f, r, sub)) if pd.notna(r) else None
            for f, r, sub in zip(rows.loc[dup, "_file"], rows.loc[dup, "_duplicate_of"],
                                 rows.loc[dup, "_sub"], strict=True)
        ]
        copied = pd.Series(copied, index=rows.index[dup], dtype="Int64")
        fallback = rows.loc[dup, "_round_number"].astype("Int64")
        fallback = fallback.where(rows.loc[dup, "_is_interview"], 0)
        rounds[dup] = copied.fillna(fallback)
    rows["round"] = rounds
    return rows


def finish_stages(rows: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Give rows whose text did not name a stage one from their round; note unknown text."""
    stage = rows["_stage"].copy()
    needs = stage.isin([_BY_ROUND, _UNRECOGNISED]) | (stage.isna() & rows["_is_interview"])
    number = rows["round"].astype("Float64").fillna(1).to_numpy(dtype=float)
    from_round = pd.Series(
        np.select([number <= 1, number == 2], ["first_round", "second_round"], "final_round"),
        index=rows.index,
    )
    unknown = (rows["_stage"] == _UNRECOGNISED) & rows["round"].notna()
    issue = rows["_issue"].copy()
    if unknown.any():
        issue[unknown] = [
            _append(old, f"Stage '{shown}' not recognised: read as {name.replace('_', ' ')} "
                         f"from its round number ({int(n)})")
            for old, shown, name, n in zip(
                issue[unknown], rows.loc[unknown, "_stage_shown"], from_round[unknown],
                rows.loc[unknown, "round"], strict=True,
            )
        ]
    rows = rows.assign(
        stage=stage.where(~needs, from_round).where(rows["row_status"] != "skipped", None),
        _issue=issue,
    )
    rows.loc[~rows["_is_interview"] & (rows["row_status"] != "skipped"), "stage"] = "applied"
    return rows


def derive_outcomes(rows: pd.DataFrame) -> pd.DataFrame:
    """Fill outcomes nobody wrote down: a round followed by a later one was passed."""
    outcome = rows["_outcome"].copy()
    last_round = rows.groupby("application_id")["round"].transform("max")
    later = rows["round"].fillna(0) < last_round.fillna(0)
    outcome = outcome.where(outcome.notna() | ~later, "advanced")
    outcome = outcome.where(outcome.notna() | (rows["stage"] != "offer"), "offer")
    outcome = outcome.fillna("unknown").where(rows["row_status"] != "skipped", None)
    return rows.assign(outcome=outcome)


def read_sources(rows: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Fill feedback_source and feedback_channel from their columns, else a note's prefix."""
    prefix = rows["feedback"].astype("string").str.extract(r"^\s*([^:\n]{2,40}):", expand=False)
    source = _classify(rows["_source_text"], vocab.sources)
    source = source.fillna(_classify(rows["_channel_text"], vocab.sources))
    source = source.fillna(_classify(prefix, vocab.sources))
    channel = _classify(rows["_channel_text"], vocab.channels)
    channel = channel.fillna(_classify(rows["_source_text"], vocab.channels))
    channel = channel.fillna(_classify(prefix, vocab.channels))
    practice = rows["practice"].fillna(False).astype(bool)
    source = source.where(source.notna() | ~practice, "practice")
    return rows.assign(
        feedback_source=source.fillna("unknown"), feedback_channel=channel.fillna("unknown")
    )


def finish_table(rows: pd.DataFrame, vocab: Vocabulary | None = None) -> pd.DataFrame:
    """Turn stacked per-file rows into the canonical table: ids, rounds, stages, outcomes."""
    vocab = vocab or load_vocabulary()
    stage = rows["_stage_fixed"].where(rows["_stage_fixed"].notna(), rows["_stage_read"])
    is_interview = (
        (stage.notna() & (stage != "applied"))
        | (stage.isna() & rows["event_date"].notna())
    )
    rows = rows.assign(_stage=stage, _is_interview=is_interview)
    rows = (
        rows.pipe(assign_application_ids)
        .pipe(mark_cross_file_duplicates)
        .pipe(number_rounds)
        .pipe(finish_stages, vocab)
        .pipe(derive_outcomes)
        .pipe(read_sources, vocab)
    )
    rows = rows.assign(row_issue=_join_issues(rows["_issue"], rows["_event_note"],
                                              rows["_date_note"]))
    rows = rows.sort_values(["_file", "_pos", "_sub"], kind="stable", ignore_index=True)
    rows = rows.drop(columns=[c for c in rows.columns if c.startswith("_")])
    return conform_table(rows).reset_index(drop=True)


def normalize_log(
    raw: pd.DataFrame, mapping: dict[str, str] | None = None, *, source_file: str = ""
) -> pd.DataFrame:
    """Turn one raw log frame into the canonical table (every input row accounted for).

    ``mapping`` (column -> field, "" for an extra column) defaults to :func:`guess_mapping`.
    """
    rows, _ = _build_one(raw, mapping, source_file)
    return finish_table(rows.assign(_file=0))


def _unique_names(names: list[str]) -> list[str]:
    """Make repeated header texts unique: "Notes", "Notes (2)"."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _build_one(
    raw: pd.DataFrame, mapping: dict[str, str] | None, source_file: str
) -> tuple[pd.DataFrame, list[str]]:
    vocab = load_vocabulary()
    raw = raw.set_axis(_unique_names([str(c) for c in raw.columns]), axis=1)
    if not raw.index.is_unique:  # not a reader's row numbers: number the rows ourselves
        raw = raw.reset_index(drop=True)
    if len(raw.columns) == 0 or len(raw) == 0:
        raise DebriefError(
            "This log has no data rows: a log needs a header row and at least one row below it."
        )
    mapping = guess_mapping(raw.columns) if mapping is None else _validate_mapping(
        mapping, raw.columns
    )
    _check_usable(mapping)
    return build_rows(raw, mapping, source_file, vocab)


# ------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class FileImport:
    """What was read from one file and how its columns were understood."""

    source_file: str
    source_format: str
    mapping: dict[str, str]
    raw_columns: list[str]
    notes: list[str]
    sheet: str | None = None


@dataclass
class ImportResult:
    """The canonical table plus everything a person needs to trust it."""

    table: pd.DataFrame
    mapping: dict[str, str]
    raw_columns: list[str]
    notes: list[str]
    source_format: str
    files: list[FileImport] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Rows read (distinct input rows), applications, interviews, duplicates, skipped.

        Applications and interviews leave practice sessions out, as the funnel does.
        """
        t = self.table
        per_row = t.drop_duplicates(["source_file", "source_row"])
        return {
            "rows_read": len(per_row),
            "applications": int(application_rows(t)["application_id"].nunique()),
            "interviews": len(interview_rows(t)),
            "duplicates": int((per_row["row_status"] == "duplicate").sum()),
            "skipped": int((per_row["row_status"] == "skipped").sum()),
        }

    def practice_sessions(self) -> int:
        """Counted mock interviews and recorded practice sessions."""
        return int(counted_rows(self.table)["practice"].fillna(False).astype(bool).sum())

    def issues(self) -> pd.DataFrame:
        """One line per input row that has something to say (not ok, or a note)."""
        cols = ["source_file", "source_row", "row_status", "row_issue"]
        t = self.table
        return t.loc[t["row_issue"].notna(), cols].drop_duplicates(
            ["source_file", "source_row", "row_issue"]
        ).reset_index(drop=True)

    def format_report(self) -> str:
        """A short human report: counts, mapping used, and what was not counted and why."""
        c = self.counts()
        names = ", ".join(f.source_file or "the log" for f in self.files) or "the log"
        practice = self.practice_sessions()
        lines = [
            f"Read {_count(c['rows_read'], 'row')} from {names}: "
            f"{_count(c['applications'], 'application')}, "
            f"{_count(c['interviews'], 'interview')}"
            + (f", {_count(practice, 'practice session')}" if practice else "")
            + f", {_count(c['duplicates'], 'duplicate row')}, "
            f"{_count(c['skipped'], 'skipped row')}."
        ]
        for f in self.files:
            heading = "Columns" if len(self.files) == 1 else f"Columns of {f.source_file}"
            lines.append(f"{heading} (change with --map column=field):")
            for column, name in f.mapping.items():
                lines.append(f"  {column!r:30} -> {name or '(kept as an extra column)'}")
        lines.extend(f"Note: {n}" for n in self.notes)
        issues = self.issues()
        if len(issues):
            lines.append("Rows to check:")
            for row in issues.head(_MAX_ISSUES_SHOWN).itertuples(index=False):
                where = f"{row.source_file} row {row.source_row}" if len(self.files) > 1 else (
                    f"row {row.source_row}")
                lines.append(f"  {where} ({row.row_status}): {row.row_issue}")
            if len(issues) > _MAX_ISSUES_SHOWN:
                lines.append(f"  ... and {len(issues) - _MAX_ISSUES_SHOWN} more rows with notes.")
        return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    """ "1 interview", "2 interviews"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _read(data: bytes, filename: str, sheet: str | None) -> Any:
    from analysis.readers import read_raw  # imported late: readers is a sibling module

    return read_raw(data, filename=filename, sheet=sheet)


def import_logs(
    files: Sequence[tuple[str, bytes]],
    *,
    overrides_by_file: dict[str, dict[str, str]] | None = None,
    sheet: str | None = None,
) -> ImportResult:
    """Read several uploads (e.g. a LinkedIn export and your own sheet) into one table."""
    if not files:
        raise DebriefError("No file was given: choose at least one interview log.")
    stacked, imports = [], []
    for number, (filename, data) in enumerate(files):
        raw_table = _read(data, filename, sheet)
        raw = raw_table.frame.rename(columns=str)
        overrides = (overrides_by_file or {}).get(filename)
        try:
            mapping = guess_mapping(raw.columns, overrides)
            rows, notes = _build_one(raw, mapping, filename)
        except DebriefError as exc:
            if len(files) == 1:
                raise
            raise DebriefError(f"{filename}: {exc}") from None
        stacked.append(rows.assign(_file=number))
        imports.append(
            FileImport(
                source_file=filename,
                source_format=getattr(raw_table, "format", ""),
                mapping=mapping,
                raw_columns=list(raw.columns),
                notes=[*getattr(raw_table, "notes", []), *notes],
                sheet=getattr(raw_table, "sheet", None),
            )
        )
    table = finish_table(pd.concat(stacked, ignore_index=True))
    first = imports[0]
    return ImportResult(
        table=table,
        mapping=first.mapping,
        raw_columns=first.raw_columns,
        notes=[n if len(imports) == 1 else f"{f.source_file}: {n}"
               for f in imports for n in f.notes],
        source_format=first.source_format,
        files=imports,
    )


def import_log(
    data: bytes,
    filename: str,
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
) -> ImportResult:
    """Read one uploaded log (bytes) into the canonical table with its report."""
    return import_logs(
        [(filename, data)], overrides_by_file={filename: overrides or {}}, sheet=sheet
    )
