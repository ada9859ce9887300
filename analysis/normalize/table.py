"""The whole table: rounds, stages, outcomes and sources, once every file's rows are stacked."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.errors import DebriefError
from analysis.normalize.cells import append_note, classify, join_issues, read_cells
from analysis.normalize.ids import assign_application_ids, mark_cross_file_duplicates
from analysis.normalize.mapping import check_usable, guess_mapping, validate_mapping
from analysis.normalize.rows import build_rows, source_rows
from analysis.normalize.tables import Part, header_words, split_tables
from analysis.normalize.vocab import BY_ROUND, UNRECOGNISED, Vocabulary, load_vocabulary
from analysis.present import plural
from analysis.read import unique_names
from analysis.schema import (
    EVENT_DATE,
    FEEDBACK,
    FEEDBACK_CHANNEL,
    FEEDBACK_SOURCE,
    OUTCOME,
    PRACTICE,
    ROUND,
    ROW_ISSUE,
    ROW_STATUS,
    SOURCE_ROW,
    STAGE,
    STEP_STAGES,
    conform_table,
    is_counted,
    stage_for_round,
)

_FILE_ORDER = ["_file", "_pos", "_sub"]


def group_ranks(groups: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Return each row's 1-based place within its group, rows taken in ``order``.

    >>> group_ranks(np.array([7, 7, 5]), np.array([2, 1, 0])).tolist()
    [2, 1, 1]
    """
    ordered = groups[order]
    starts = np.r_[True, ordered[1:] != ordered[:-1]] if len(ordered) else np.zeros(0, bool)
    first = np.maximum.accumulate(np.where(starts, np.arange(len(order)), 0))
    ranks = np.empty(len(order), dtype="int64")
    ranks[order] = np.arange(len(order)) - first + 1
    return ranks


def number_rounds(rows: pd.DataFrame) -> pd.DataFrame:
    """Number each application's interviews 1, 2, ... by date (then file order); 0 otherwise."""
    counted = is_counted(rows) & rows["_is_interview"]
    keys = rows.loc[counted.to_numpy(), ["_app", EVENT_DATE, "_round_number", *_FILE_ORDER]]
    # An undated interview keeps its place in file order among its application's dated ones
    # (a stage ticked in a wide log, a final not yet dated): it borrows the next date, else the
    # previous one, and file order breaks the tie.
    keys = keys.sort_values(_FILE_ORDER, kind="stable")
    borrowed = keys.groupby("_app")[EVENT_DATE].bfill().groupby(keys["_app"]).ffill()
    when = np.where(borrowed.isna(), np.iinfo("int64").max,
                    borrowed.to_numpy(dtype="datetime64[ns]").view("int64"))
    app = keys["_app"].to_numpy(dtype="float64")
    order = np.lexsort((keys["_sub"].to_numpy(), keys["_pos"].to_numpy(), keys["_file"].to_numpy(),
                        keys["_round_number"].to_numpy(dtype="float64"), when, app))
    rounds = pd.Series(pd.NA, index=rows.index, dtype="Int64")
    rounds[keys.index] = group_ranks(app, order)
    rounds[is_counted(rows) & ~rows["_is_interview"]] = 0
    return rows.assign(**{ROUND: copy_duplicate_rounds(rows, rounds)})


def copy_duplicate_rounds(rows: pd.DataFrame, rounds: pd.Series) -> pd.Series:
    """Give a duplicate the round of the row it copies (else the round it was exported with)."""
    dup = rows[ROW_STATUS] == "duplicate"
    if not dup.any():
        return rounds
    key = zip(rows["_file"], rows[SOURCE_ROW], rows["_sub"], strict=True)
    by_row = dict(zip(key, rounds, strict=True))
    copied = [
        by_row.get((f, r, sub)) if pd.notna(r) else None
        for f, r, sub in zip(rows.loc[dup, "_file"], rows.loc[dup, "_duplicate_of"],
                             rows.loc[dup, "_sub"], strict=True)
    ]
    copied = pd.Series(copied, index=rows.index[dup], dtype="Int64")
    fallback = rows.loc[dup, "_round_number"].astype("Int64")
    fallback = fallback.where(rows.loc[dup, "_is_interview"], 0)
    rounds = rounds.copy()
    rounds[dup] = copied.fillna(fallback)
    return rounds


def finish_stages(rows: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Give rows whose text did not name a stage one from their round; note unknown text."""
    stage = rows["_stage"].copy()
    needs = stage.isin([BY_ROUND, UNRECOGNISED]) | (stage.isna() & rows["_is_interview"])
    from_round = pd.Series(
        stage_for_round(rows[ROUND].astype("Float64").fillna(1).to_numpy(dtype=float)),
        index=rows.index,
    )
    unknown = (rows["_stage"] == UNRECOGNISED) & rows[ROUND].notna()
    issue = rows["_issue"].copy()
    if unknown.any():
        issue[unknown] = [
            append_note(old, f"Stage '{shown}' not recognised: read as "
                             f"{name.replace('_', ' ')} from its round number ({int(n)})")
            for old, shown, name, n in zip(
                issue[unknown], rows.loc[unknown, "_stage_shown"], from_round[unknown],
                rows.loc[unknown, ROUND], strict=True,
            )
        ]
    kept = rows[ROW_STATUS] != "skipped"
    stage = stage.where(~needs, from_round).where(kept, None)
    stage = stage.where(rows["_is_interview"] | ~kept | stage.isin(STEP_STAGES), "applied")
    return rows.assign(**{STAGE: stage, "_issue": issue})


def derive_outcomes(rows: pd.DataFrame) -> pd.DataFrame:
    """Fill outcomes nobody wrote down: a round followed by a later one was passed."""
    outcome = rows["_outcome"].copy()
    last_round = rows.groupby("_app")[ROUND].transform("max")
    later = rows[ROUND].fillna(0) < last_round.fillna(0)
    outcome = outcome.where(outcome.notna() | ~later, "advanced")
    outcome = outcome.where(outcome.notna() | (rows[STAGE] != "offer"), "offer")
    outcome = outcome.fillna("unknown").where(rows[ROW_STATUS] != "skipped", None)
    return rows.assign(**{OUTCOME: outcome})


_PREFIX = re.compile(r"^\s*([^:\n]{2,40}):")


def note_prefix(note: object) -> str | None:
    """Return the short label before a colon that opens a note ("Mock interview: ..."), or None.

    >>> note_prefix("Mock interview: spoke fast"), note_prefix("No label here")
    ('Mock interview', None)
    """
    if not isinstance(note, str) or note.find(":", 0, 60) < 0:  # most notes: no regex at all
        return None
    found = _PREFIX.match(note)
    return found.group(1) if found else None


def read_sources(rows: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Fill feedback_source and feedback_channel from their columns, else a note's prefix."""
    prefix = pd.Series([note_prefix(v) for v in rows[FEEDBACK].to_numpy()], index=rows.index,
                       dtype=object)
    source = classify(rows["_source_text"], vocab.sources)
    source = source.fillna(classify(rows["_channel_text"], vocab.sources))
    source = source.fillna(classify(prefix, vocab.sources))
    channel = classify(rows["_channel_text"], vocab.channels)
    channel = channel.fillna(classify(rows["_source_text"], vocab.channels))
    channel = channel.fillna(classify(prefix, vocab.channels))
    practice = rows[PRACTICE].fillna(False).astype(bool)
    source = source.where(source.notna() | ~practice, "practice")
    return rows.assign(**{
        FEEDBACK_SOURCE: source.fillna("unknown"), FEEDBACK_CHANNEL: channel.fillna("unknown")
    })


def mark_interviews(rows: pd.DataFrame) -> pd.DataFrame:
    """Decide each row's stage text and whether it is an interview (a stage or a date).

    Applications and assessment steps (tests, assessment centres) are no interview.
    """
    stage = rows["_stage_fixed"].where(rows["_stage_fixed"].notna(), rows["_stage_read"])
    is_interview = (
        (stage.notna() & ~stage.isin(["applied", *STEP_STAGES]))
        | (stage.isna() & rows[EVENT_DATE].notna())
    )
    return rows.assign(_stage=stage, _is_interview=is_interview)


def finish_table(rows: pd.DataFrame, vocab: Vocabulary | None = None) -> pd.DataFrame:
    """Turn stacked per-file rows into the canonical table: ids, rounds, stages, outcomes."""
    vocab = vocab or load_vocabulary()
    rows = (
        rows.pipe(mark_interviews)
        .pipe(assign_application_ids)
        .pipe(mark_cross_file_duplicates)
        .pipe(number_rounds)
        .pipe(finish_stages, vocab)
        .pipe(derive_outcomes)
        .pipe(read_sources, vocab)
    )
    rows = rows.assign(**{
        ROW_ISSUE: join_issues(rows["_issue"], rows["_event_note"], rows["_date_note"])
    })
    order = np.lexsort([rows[c].to_numpy() for c in reversed(_FILE_ORDER)])
    if (order != np.arange(len(order))).any():  # wide logs: a stage's rows follow its row
        rows = rows.take(order)
    rows = rows.drop(columns=[c for c in rows.columns if c.startswith("_")])
    return conform_table(rows).reset_index(drop=True)


def prepare_raw(raw: pd.DataFrame) -> pd.DataFrame:
    """Give a raw frame unique column names and its file row numbers as its index."""
    raw = raw.set_axis(unique_names([str(c) for c in raw.columns]), axis=1)
    if not raw.index.is_unique:  # not a reader's row numbers: number the rows ourselves
        raw = raw.reset_index(drop=True)
    if len(raw.columns) == 0 or len(raw) == 0:
        raise DebriefError(
            "This log has no data rows: a log needs a header row and at least one row below it."
        )
    return raw.set_axis(pd.Index(source_rows(raw), name=SOURCE_ROW), axis=0)


def table_note(part: Part) -> str:
    """Say which row started a stacked table and how its columns were read."""
    row = int(part.raw.index[0])
    fields = ", ".join(f"{c} -> {f}" for c, f in part.mapping.items() if f)
    return (f"Row {row} starts another table with its own header row: "
            f"{plural(len(part.raw) - 1, 'row')} below it, read with its columns ({fields}).")


def build_one(
    raw: pd.DataFrame, mapping: dict[str, str] | None, source_file: str
) -> tuple[pd.DataFrame, list[str]]:
    """Check one file's raw frame and mapping, then read its rows (see ``rows.build_rows``)."""
    vocab = load_vocabulary()
    raw = prepare_raw(raw)
    mapping = guess_mapping(raw.columns) if mapping is None else validate_mapping(
        mapping, raw.columns
    )
    check_usable(mapping)
    cells = read_cells(raw, vocab, header_words(list(raw.columns), mapping, vocab))
    pieces, notes, offset = [], [], 0
    for part in split_tables(raw, cells, mapping):
        rows, part_notes = build_rows(part.raw, part.mapping, source_file, vocab, part.cells,
                                      part.header, part.table_header)
        pieces.append(rows.assign(_pos=rows["_pos"] + offset))
        offset += len(part.raw)
        notes.extend([table_note(part)] if part.table_header.any() else [])
        notes.extend(n for n in part_notes if n not in notes)
    return pd.concat(pieces, ignore_index=True), notes


def normalize_log(
    raw: pd.DataFrame, mapping: dict[str, str] | None = None, *, source_file: str = ""
) -> pd.DataFrame:
    """Turn one raw log frame into the canonical table (every input row accounted for).

    ``mapping`` (column -> field, "" for an extra column) defaults to :func:`guess_mapping`.

    >>> raw = pd.DataFrame({"Company": ["Acme"], "Date": ["2026-01-05"], "Stage": ["Final"]})
    >>> normalize_log(raw)[["application_id", "stage", "round"]].values.tolist()
    [['acme', 'final_round', 1]]
    """
    rows, _ = build_one(raw, mapping, source_file)
    return finish_table(rows.assign(_file=0))
