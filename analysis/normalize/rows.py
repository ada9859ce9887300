"""One file's raw frame into canonical-ish rows: which rows count, and what each cell says.

Helper columns (``_``-prefixed) carry what the whole-table steps in ``table`` still need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.normalize.cells import (
    Cells,
    classify,
    convert_numeric,
    join_issues,
    map_unique,
    no_notes,
    note_where,
    read_cells,
)
from analysis.normalize.dates import ParsedDates, dayfirst_votes, parse_dates
from analysis.normalize.mapping import (
    STAGE_COLUMN,
    field_columns,
    stage_columns,
    tracker_of,
)
from analysis.normalize.marks import blank_rows, error_notes, totals_rows
from analysis.normalize.merged import WHO_FIELDS, fill_down, fill_person_down, nobody_mask
from analysis.normalize.people import person_ids
from analysis.normalize.vocab import UNRECOGNISED, Vocabulary, fold, stage_of_text
from analysis.normalize.wide import wide_rows
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    CANONICAL_COLUMNS,
    COMPANY,
    EVENT_DATE,
    FEEDBACK,
    FEEDBACK_CHANNEL,
    FEEDBACK_SOURCE,
    GROUP_FIELDS,
    INTERVIEWER,
    OUTCOME,
    PERSON_FIELDS,
    PERSON_ID,
    PRACTICE,
    PROVENANCE_FIELDS,
    ROLE,
    ROUND,
    ROW_ISSUE,
    ROW_STATUS,
    ROW_STATUSES,
    SOURCE_FILE,
    SOURCE_ROW,
    STAGE,
)

# Fields read as text, one column each (the dates are read by ``read_dates``).
TEXT_FIELDS: tuple[str, ...] = (
    APPLICATION_ID, COMPANY, ROLE, STAGE, ROUND, OUTCOME, FEEDBACK, FEEDBACK_SOURCE,
    FEEDBACK_CHANNEL, INTERVIEWER, *PROVENANCE_FIELDS, *PERSON_FIELDS, *GROUP_FIELDS,
)
_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "x", "✓", "✔"})
_NUMBER_CELL = re.compile(r"-?[\d.,\s%]+")


@dataclass
class Accounting:
    """Each input row's status, its reason, and the row it duplicates (NaN when none)."""

    status: pd.Series
    issue: pd.Series
    duplicate_of: pd.Series


@dataclass(frozen=True)
class RowShape:
    """What kind of row each input row is, before any field is read."""

    totals: pd.Series  # a totals row ("Total", numbers)
    header: np.ndarray  # the header row again (same columns)
    table_header: np.ndarray  # the header row of a second table stacked below the first
    filled: bool = False  # some rows took their company from a merged cell above


@dataclass(frozen=True)
class FileContext:
    """What every step of reading one file shares: words, row numbers, practice rows."""

    vocab: Vocabulary
    source_file: str
    src: np.ndarray  # each row's number in the file
    practice: pd.Series
    fill_note: pd.Series  # "Company and role taken from row 2 above"
    cols: dict[str, str]  # field -> column

@dataclass
class DateColumns:
    """The applied and event dates of one file, with notes and the file's day-first lean."""

    parsed: dict[str, ParsedDates]
    row_notes: dict[str, pd.Series]
    notes: list[str]
    hint: bool | None


def source_rows(raw: pd.DataFrame) -> np.ndarray:
    """Return each row's 1-based file row number (the reader's index, else header on row 1).

    >>> source_rows(pd.DataFrame({"a": [1, 2]})).tolist()
    [2, 3]
    """
    index = raw.index
    if pd.api.types.is_integer_dtype(index.dtype) and not isinstance(index, pd.RangeIndex):
        return index.to_numpy(dtype="int64")
    if isinstance(index, pd.RangeIndex) and index.name == SOURCE_ROW:
        return index.to_numpy(dtype="int64")
    return np.arange(len(raw), dtype="int64") + 2


def column_of(frame: pd.DataFrame, cols: dict[str, str], name: str) -> pd.Series:
    """Return the cells of the column mapped to ``name`` (all None when there is none)."""
    if name in cols:
        return frame[cols[name]]
    return pd.Series(None, index=frame.index, dtype=object)


def read_texts(cells: Cells, cols: dict[str, str]) -> dict[str, pd.Series]:
    """Return every text field's cells as stripped text (plus the event date as written)."""
    text = {name: column_of(cells.text, cols, name) for name in TEXT_FIELDS}
    text["_event_text"] = column_of(cells.text, cols, EVENT_DATE)
    return text


def practice_rows(text: dict[str, pd.Series], vocab: Vocabulary) -> pd.Series:
    """Mock interviews and recorded practice: a practice column, or practice words in the
    stage, round, role or company text."""
    given = text[PRACTICE].fillna("").str.casefold().isin(_TRUE_WORDS).astype(bool)
    found = [classify(text[name], vocab.practice).notna() for name in (STAGE, ROUND, ROLE, COMPANY)]
    return given | np.logical_or.reduce(found)


def skip_reasons(
    cells: Cells, src: np.ndarray, text: dict[str, pd.Series], vocab: Vocabulary,
    tracker: str, practice: pd.Series, shape: RowShape,
) -> pd.Series:
    """Return why each skipped row is skipped (None for rows that are kept)."""
    index = cells.values.index
    rows = pd.Series(src, index=index)
    blank = blank_rows(cells)
    totals = shape.totals
    wishlist = pd.Series(False, index=index)
    if tracker == "huntr":
        words = {fold(w) for w in vocab.trackers["huntr"].get("wishlist", [])}
        wishlist = map_unique(text[STAGE], lambda v: fold(v) in words if v else False, bool)
    nobody = pd.Series(nobody_mask(text), index=index) & ~practice
    reasons = [
        (blank, "Row {n} has nothing in it but placeholders"),
        (shape.header, "Row {n} repeats the header row: not an application"),
        (shape.table_header, "Row {n} is the header row of a second table pasted below the "
                             "first: its rows are read with their own columns"),
        (totals & ~blank, "Row {n} looks like a totals row"),
        (wishlist, vocab.trackers.get("huntr", {}).get("wishlist_issue", "Not applied yet")),
        (nobody, "No company or role: cannot tell which application this is"),
    ]
    reason = no_notes(index)
    for mask, template in reversed(reasons):  # the first reason that applies wins
        if mask.any():
            reason[mask] = rows[mask].map(lambda n, t=template: t.format(n=n))
    return reason


def first_of_equal_rows(cells: Cells, text: dict[str, pd.Series], filled: bool) -> np.ndarray:
    """Return, for each row, the position of the first row with exactly the same cells.

    Rows filled down from a merged cell belong to the application above them, so when any
    row was filled, who each row is (id, company, role) is compared too.
    """
    keys = [cells.codes[:, i] for i in range(cells.codes.shape[1])]
    if filled:
        keys += [pd.factorize(text[c], use_na_sentinel=True)[0]
                 for c in (*WHO_FIELDS, *PERSON_FIELDS)]
    frame = pd.DataFrame(dict(enumerate(keys)))
    return _first_positions(frame.groupby(list(frame.columns), sort=False).ngroup())


def _first_positions(group: pd.Series) -> np.ndarray:
    """Return the position of each group's first member, for every member."""
    codes = group.to_numpy()
    first = np.full(codes.max() + 1 if len(codes) else 0, len(codes), dtype="int64")
    np.minimum.at(first, codes, np.arange(len(codes)))
    return first[codes]


def row_accounting(
    cells: Cells, src: np.ndarray, text: dict[str, pd.Series], vocab: Vocabulary,
    tracker: str, practice: pd.Series, shape: RowShape,
) -> Accounting:
    """Decide each input row's status (ok, duplicate, skipped) and reason."""
    index = cells.values.index
    reason = skip_reasons(cells, src, text, vocab, tracker, practice, shape)
    skipped = reason.notna()
    first_pos = first_of_equal_rows(cells, text, shape.filled)
    duplicate = pd.Series((first_pos != np.arange(len(index))) & ~skipped.to_numpy(), index=index)
    original = pd.Series(src[first_pos], index=index)
    status = pd.Series("ok", index=index, dtype=object)
    status[duplicate] = "duplicate"
    status[skipped] = "skipped"
    issue = reason.copy()
    if duplicate.any():
        issue[duplicate] = original[duplicate].map(lambda n: f"Same as row {n}")
    return Accounting(status, issue, original.where(duplicate))


def read_dates(cells: Cells, mapping: dict[str, str], vocab: Vocabulary) -> DateColumns:
    """Read the applied and event dates, day-first decided from all the file's date columns."""
    cols = field_columns(mapping)
    votes = [dayfirst_votes(cells.values[c]) for c, f in mapping.items()
             if f in (APPLIED_DATE, EVENT_DATE) or f.startswith(STAGE_COLUMN)]
    day, month = (sum(v[0] for v in votes), sum(v[1] for v in votes))
    hint = (day > month) if (day or month) else None
    parsed, row_notes, notes = {}, {}, []
    for name in (APPLIED_DATE, EVENT_DATE):
        label = cols.get(name, "")
        parsed[name] = parse_dates(column_of(cells.values, cols, name), vocab, label,
                                   dayfirst_hint=hint)
        notes.extend(parsed[name].notes)
        bad = parsed[name].bad
        written = column_of(cells.text, cols, name)[bad].fillna("")
        row_notes[name] = note_where(
            bad, ("Could not read the date '" + written + f"' in '{label}'").reindex(bad.index)
        )
    return DateColumns(parsed, row_notes, notes, hint)


def resolve_stage_text(
    text: dict[str, pd.Series], vocab: Vocabulary, has_event: pd.Series
) -> pd.DataFrame:
    """Read each row's stage from its stage, round or (for status-only logs) outcome text."""
    stage = pd.Series(None, index=text[STAGE].index, dtype=object)
    shown = pd.Series(None, index=stage.index, dtype=object)
    for source in (text[STAGE], text[ROUND]):
        read = map_unique(source, lambda v: stage_of_text(fold(v), vocab) if v else None)
        use = stage.isna() & read.notna()
        stage[use] = read[use]
        shown[use] = source[use]
    # A status column ("Phone screen", "Offer") tells the stage only where nothing else does.
    status_stage = map_unique(text[OUTCOME], lambda v: stage_of_text(fold(v), vocab))
    # "Offer" as the result of a dated interview is that interview's outcome, not a stage.
    status_use = (
        stage.isna() & status_stage.notna() & (status_stage != UNRECOGNISED)
        & ~(has_event & (status_stage == "offer"))
    )
    stage[status_use] = status_stage[status_use]
    # Text that is an outcome word ("Rejected" in a Huntr list) says nothing about the stage.
    outcome_word = classify(shown, vocab.outcomes).notna()
    stage[(stage == UNRECOGNISED) & outcome_word] = None
    return pd.DataFrame({"_stage_read": stage, "_stage_shown": shown})


def provenance(
    text: dict[str, pd.Series], accounting: Accounting, src: np.ndarray, source_file: str
) -> pd.DataFrame:
    """Return source_file, source_row and row_status, keeping a re-imported table's own."""
    given_row = pd.to_numeric(text[SOURCE_ROW], errors="coerce")
    given_status = text[ROW_STATUS].where(text[ROW_STATUS].isin(list(ROW_STATUSES)))
    keep_given = given_status.notna() & (given_status != "ok")
    return pd.DataFrame({
        SOURCE_FILE: text[SOURCE_FILE].fillna(source_file).astype(object),
        SOURCE_ROW: given_row.fillna(pd.Series(src, index=given_row.index)).round()
        .astype("int64"),
        ROW_STATUS: accounting.status.where(~keep_given, given_status),
        "_own_issue": accounting.issue.where(~keep_given, None),
    })


def base_rows(
    text: dict[str, pd.Series], dates: DateColumns, accounting: Accounting,
    extras: pd.DataFrame, context: FileContext,
) -> pd.DataFrame:
    """Assemble one output row per input row from what was read (before the wide shape)."""
    vocab, practice = context.vocab, context.practice
    kept = provenance(text, accounting, context.src, context.source_file)
    outcome = classify(text[OUTCOME], vocab.outcomes).fillna(
        classify(text[STAGE], vocab.outcomes).replace("pending", None)
    )
    base = pd.DataFrame({
        **{name: text[name].astype(object) for name in (APPLICATION_ID, COMPANY, ROLE)},
        APPLIED_DATE: dates.parsed[APPLIED_DATE].values,
        EVENT_DATE: dates.parsed[EVENT_DATE].values,
        "_outcome": outcome,
        FEEDBACK: text[FEEDBACK].astype(object),
        INTERVIEWER: text[INTERVIEWER].astype(object),
        PRACTICE: practice,
        "_source_text": text[FEEDBACK_SOURCE],
        "_channel_text": text[FEEDBACK_CHANNEL],
        "_round_number": pd.to_numeric(
            text[ROUND].str.extract(r"(\d+)", expand=False), errors="coerce"
        ),
        **{name: kept[name] for name in (SOURCE_FILE, SOURCE_ROW, ROW_STATUS)},
        "_issue": join_issues(text[ROW_ISSUE].astype(object), kept["_own_issue"],
                              context.fill_note, dates.row_notes[APPLIED_DATE]),
        "_event_note": dates.row_notes[EVENT_DATE],
        "_duplicate_of": accounting.duplicate_of,
        "_pos": np.arange(len(practice)),
    }, index=practice.index)
    stages = resolve_stage_text(text, vocab, dates.parsed[EVENT_DATE].values.notna())
    return base.join(stages).join(people_columns(text, context.cols)).join(extras)


def people_columns(text: dict[str, pd.Series], cols: dict[str, str]) -> pd.DataFrame:
    """Return person_id and the group columns a cohort's log has (none for a personal log)."""
    out = {}
    person = person_ids(text, cols)
    if person is not None:
        out[PERSON_ID] = person
    out.update({g: text[g].astype(object) for g in GROUP_FIELDS if g in cols})
    return pd.DataFrame(out, index=text[COMPANY].index)


def unread_values(
    text: dict[str, pd.Series], cols: dict[str, str], vocab: Vocabulary
) -> list[str]:
    """Say which words in the outcome, source and channel columns meant nothing to Debrief."""
    checks = (
        (OUTCOME, vocab.outcomes, "an outcome"),
        (FEEDBACK_SOURCE, vocab.sources, "a feedback source"),
        (FEEDBACK_CHANNEL, vocab.channels, "a channel"),
    )
    notes = []
    for name, matcher, what in checks:
        if name not in cols:
            continue
        values = pd.Series(text[name].dropna().unique(), dtype=object)
        folded = values.map(fold)
        unread = values[
            folded.map(matcher.match).isna()
            & (folded != "unknown")
            & ~folded.map(lambda f: stage_of_text(f, vocab) not in (None, UNRECOGNISED))
        ]
        if len(unread):
            shown = ", ".join(f"'{v}'" for v in unread.head(3))
            more = f" and {len(unread) - 3} more" if len(unread) > 3 else ""
            notes.append(
                f"Some values in '{cols[name]}' are not {what} Debrief knows ({shown}{more}); "
                "those rows read as unknown. Add the words to headers.toml, or map the "
                "column to nothing if it holds something else."
            )
    return notes


def extra_columns(clean: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
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


def file_notes(tracker: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Return the notes a recognised tracker export gets before and after the others."""
    if not tracker:
        return [], []
    label = vocab.trackers[tracker].get("label", tracker)
    after = ["Huntr's list names are read as stages; wishlist entries are skipped."]
    return [f"Recognised a {label} export by its headers."], after if tracker == "huntr" else []


def build_rows(
    raw: pd.DataFrame, mapping: dict[str, str], source_file: str, vocab: Vocabulary,
    cells: Cells | None = None, header: np.ndarray | None = None,
    table_header: np.ndarray | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Read one file's raw frame into canonical-ish rows plus helper columns (``_``-prefixed).

    ``cells`` is the frame already read (see ``cells.read_cells``); ``header`` marks rows that
    repeat the header (the first row of a stacked table is marked as such by ``tables``).
    """
    cells = cells if cells is not None else read_cells(raw, vocab)
    cols = field_columns(mapping)
    src = source_rows(raw)
    tracker = tracker_of(mapping, vocab)
    text = read_texts(cells, cols)
    practice = practice_rows(text, vocab)
    totals = totals_rows(cells)
    no_header = np.zeros(len(raw), dtype=bool)
    header = no_header if header is None else header
    table_header = no_header if table_header is None else table_header
    not_a_head = totals | header | table_header  # no application continues below these
    fill_note = (  # an exported canonical table has no merged cells to fill
        no_notes(raw.index) if ROW_STATUS in cols else fill_down(text, src, not_a_head, practice)
    )
    if any(f in cols for f in PERSON_FIELDS) and ROW_STATUS not in cols:
        fill_note = join_issues(fill_note, fill_person_down(text, src, not_a_head))
    shape = RowShape(totals, header, table_header, bool(fill_note.notna().any()))
    accounting = row_accounting(cells, src, text, vocab, tracker, practice, shape)
    dates = read_dates(cells, mapping, vocab)
    headers = header | table_header  # a header's "Date" is no unreadable date
    dates.row_notes = {k: v.where(~headers, None) for k, v in dates.row_notes.items()}
    context = FileContext(vocab, source_file, src, practice,
                          join_issues(fill_note, error_notes(cells)), cols)
    base = base_rows(text, dates, accounting, extra_columns(cells.values, mapping), context)
    before, after = file_notes(tracker, vocab)
    notes = [*before, *dates.notes]
    wide = stage_columns(mapping)
    if wide:
        rows, wide_notes = wide_rows(base.assign(_date_note=None), cells.values, wide, vocab,
                                     dates.hint)
        notes.extend(wide_notes)
    else:
        rows = base.assign(_stage_fixed=None, _sub=0, _date_note=None).reset_index(drop=True)
    return rows, [*notes, *after, *unread_values(text, cols, vocab)]
