"""What a stored row *is*: stable keys for events and notes, and rows as stored text.

A row is identified by what it describes, never by where it sat in a file, so adding a file
again (or a later version of it) finds the same keys:

- application: the person (when the log has one), the application id without the suffix a
  single file adds to tell re-applications apart ("acme/analyst@2026-01-05" -> "acme/analyst"),
  and the applied date;
- event: its application, stage and interview date (undated: applied date and round), plus
  an occurrence number when one file holds several such rows;
- note: the person, application, the date of the event and the feedback text with case and
  spacing folded. The applied date is left out on purpose: people fill it in later, and a
  note's identity must not change when they do.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable

import pandas as pd

from analysis.schema import CANONICAL_DTYPES, conform_table

PERSON = "person_id"  # the cohort issue's person column; used when a table has it
PROVENANCE: tuple[str, ...] = ("source_file", "source_row")
_SUFFIX = re.compile(r"@\d{4}-\d{2}-\d{2}$")
_SEP = "\x1f"  # joins key parts; no text a person types holds it
_SPACE = re.compile(r"\s+")


def digest(*parts: str, size: int = 16) -> str:
    """A short stable hex digest of text parts (the same in every process and on every machine).

    >>> digest("acme", "2026-01-05") == digest("acme", "2026-01-05"), len(digest("x"))
    (True, 16)
    """
    return hashlib.sha256(_SEP.join(parts).encode("utf-8")).hexdigest()[:size]


def fold_note(text: object) -> str:
    """A note's text as its identity sees it: case and runs of spacing folded.

    >>> fold_note("  Great   SQL.\\n")
    'great sql.'
    """
    if not isinstance(text, str):
        return ""
    return _SPACE.sub(" ", text).strip().casefold()


def _text(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("").astype(object)


def _day(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce").dt.strftime("%Y-%m-%d").fillna("")


def _hash_rows(columns: Iterable[pd.Series]) -> pd.Series:
    frame = pd.concat(list(columns), axis=1)
    return pd.Series(
        [digest(*parts) for parts in frame.itertuples(index=False, name=None)],
        index=frame.index,
        dtype=object,
    )


def identity_parts(table: pd.DataFrame) -> dict[str, pd.Series]:
    """The text parts of each row's identity (person, application, dates, stage, round)."""
    person = _text(table[PERSON]) if PERSON in table.columns else pd.Series(
        "", index=table.index, dtype=object
    )
    application = _text(table["application_id"]).str.replace(_SUFFIX, "", regex=True)
    return {
        "person": person,
        "application": application,
        "applied": _day(table["applied_date"]),
        "event": _day(table["event_date"]),
        "stage": _text(table["stage"]),
        "round": _text(table["round"]),
    }


def event_keys(table: pd.DataFrame) -> pd.Series:
    """One key per row that stays the same when the row is read again from any file.

    >>> t = conform_table(pd.DataFrame({"application_id": ["a@2026-01-02", "a"],
    ...     "event_date": ["2026-01-09", "2026-01-09"], "stage": ["screen", "screen"]}))
    >>> keys = event_keys(t)
    >>> keys[0] != keys[1], len(keys[0])
    (True, 16)
    """
    p = identity_parts(table)
    dated = p["event"] != ""
    when = p["event"].where(dated, "undated" + _SEP + p["applied"] + _SEP + p["round"])
    base = _hash_rows([p["person"], p["application"], p["stage"], when])
    # Rows of one file that are the same event by all of the above (two interviewers' notes
    # from one panel) are told apart by their order among themselves.
    occurrence = base.groupby(base).cumcount()
    return base.where(occurrence == 0, base + "#" + occurrence.astype(str))


def note_ids(table: pd.DataFrame) -> pd.Series:
    """The stable id of each row's feedback note (None where there is no feedback).

    >>> t = conform_table(pd.DataFrame({"application_id": ["acme/analyst"] * 2,
    ...     "event_date": ["2026-01-09"] * 2, "feedback": ["Great  SQL.", "great sql."]}))
    >>> ids = note_ids(t)
    >>> ids[0] == ids[1]
    True
    """
    p = identity_parts(table)
    # A plain loop: map() over an all-empty pyarrow string column fails (ArrowInvalid).
    text = pd.Series([fold_note(v) for v in table["feedback"].tolist()], index=table.index,
                     dtype=object)
    when = p["event"].where(p["event"] != "", p["applied"])
    ids = _hash_rows([p["person"], p["application"], when, text])
    return ids.where(text != "", None)


def text_hashes(texts: pd.Series) -> pd.Series:
    """The tag cache's key for each exact note text."""
    hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest()[:32] for t in texts]
    return pd.Series(hashes, index=texts.index, dtype=object)


def rows_as_json(table: pd.DataFrame) -> list[str]:
    """Each row as one JSON object (dates as ISO text, missing values as null)."""
    if table.empty:
        return []
    text = table.to_json(
        orient="records", lines=True, date_format="iso", force_ascii=False,
        default_handler=str,
    )
    return text.rstrip("\n").split("\n")


def content_hashes(table: pd.DataFrame) -> list[str]:
    """A hash of what each row says, leaving out where it was read from (file and row)."""
    content = table.drop(columns=[c for c in PROVENANCE if c in table.columns])
    return [digest(row, size=32) for row in rows_as_json(content)]


def extra_dtypes(table: pd.DataFrame) -> dict[str, str]:
    """The dtypes of the user's own columns, so stored rows come back as they were read."""
    return {c: str(t) for c, t in table.dtypes.items() if c not in CANONICAL_DTYPES}


def rows_from_json(rows: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    """Stored rows back into a canonical table (extra columns at their recorded dtypes)."""
    records = [json.loads(row) for row in rows]
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    table = conform_table(frame)
    for column, dtype in dtypes.items():
        if column in table.columns:
            table[column] = _as_dtype(table[column], dtype)
    return table


def _as_dtype(values: pd.Series, dtype: str) -> pd.Series:
    try:
        if dtype.startswith("datetime64"):
            return pd.to_datetime(values, errors="coerce")
        return values.astype(dtype)
    except (TypeError, ValueError):
        return values  # mixed files disagree on a column's type: keep what JSON gave
