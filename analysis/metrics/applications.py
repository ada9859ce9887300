"""One row per application with every per-application fact the other metrics read."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    COMPANY,
    EVENT_DATE,
    OUTCOME,
    OUTCOMES,
    PERSON_ID,
    ROLE,
    ROUND,
    STAGE,
    STAGE_DTYPE,
    STAGES,
    STEP_STAGES,
    application_rows,
    person_key,
)

DECIDED_OUTCOMES: tuple[str, ...] = ("rejected", "ghosted", "withdrew")
FINAL_OUTCOMES: tuple[str, ...] = ("rejected", "ghosted", "withdrew", "offer", "pending")
OFFER_CODE = STAGES.index("offer")
FIRST_ROUND_CODE = STAGES.index("first_round")
SCREEN_CODE = STAGES.index("screen")
OUTCOME_CODE = {o: i for i, o in enumerate(OUTCOMES)}


@dataclass(frozen=True)
class RowCodes:
    """The application rows as integer codes: application, round, stage and outcome."""

    groups: np.ndarray  # application position per row
    ids: pd.Index  # application ids, by position
    rnd: np.ndarray
    stage: np.ndarray  # stage code; missing: first_round for interviews, else applied
    outcome: np.ndarray  # outcome code, -1 when missing
    is_offer: np.ndarray

    @property
    def n(self) -> int:
        """Return the number of applications."""
        return len(self.ids)


def id_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Application rows (no practice, duplicates or skipped rows) that have an id."""
    rows = application_rows(table)
    return rows[rows[APPLICATION_ID].notna()]


def codes_of(values: pd.Series, categories: tuple[str, ...]) -> np.ndarray:
    """Category positions (-1 for missing or unknown values), whatever the column's dtype.

    >>> codes_of(pd.Series(["b", None, "z"]), ("a", "b")).tolist()
    [1, -1, -1]
    """
    plain = np.asarray(values.astype(object).where(values.notna(), None), dtype=object)
    return pd.Index(list(categories), dtype=object).get_indexer(plain).astype("int64")


def group_max(groups: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Return the largest value per group (int64 minimum for a group with no rows)."""
    out = np.full(n, np.iinfo("int64").min, dtype="int64")
    np.maximum.at(out, groups, values)
    return out


def group_min(groups: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Return the smallest value per group (int64 maximum for a group with no rows)."""
    out = np.full(n, np.iinfo("int64").max, dtype="int64")
    np.minimum.at(out, groups, values)
    return out


def group_any(groups: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    """Return True for groups with at least one row where ``mask`` holds."""
    return np.bincount(groups[mask], minlength=n) > 0


def row_codes(rows: pd.DataFrame) -> RowCodes:
    """Return the integer codes of ``id_rows`` that every per-application fact is built from."""
    groups, ids = pd.factorize(rows[APPLICATION_ID].astype("string"), sort=False)
    rnd = rows[ROUND].fillna(0).to_numpy(dtype="int64")
    stage = codes_of(rows[STAGE], STAGES)
    outcome = codes_of(rows[OUTCOME], OUTCOMES)
    is_offer = (stage == OFFER_CODE) | (outcome == OUTCOME_CODE["offer"])
    stage = np.where(stage >= 0, stage, np.where(rnd >= 1, FIRST_ROUND_CODE, 0))
    stage = np.where(is_offer, OFFER_CODE, stage)
    return RowCodes(np.asarray(groups, dtype="int64"), pd.Index(ids), rnd, stage, outcome,
                    is_offer)


def last_ending(codes: RowCodes, events: pd.Series) -> np.ndarray:
    """Per application, the code of its last ending outcome (rejected, ghosted, withdrew), or -1.

    Rows are ordered by round, then date. An ending anywhere beats a later "advanced" or
    "pending": a tracker's application-level "Rejected" (round 0) is the final word even when
    the user's own sheet last says "moved forward".
    """
    groups, outcome = codes.groups, codes.outcome
    recorded = np.flatnonzero(np.isin(outcome, [OUTCOME_CODE[o] for o in DECIDED_OUTCOMES]))
    # NaT is the smallest int64, so undated rows sort first within a round.
    when = events.to_numpy(dtype="datetime64[ns]").view("int64")
    order = recorded[np.lexsort((recorded, when[recorded], codes.rnd[recorded],
                                 groups[recorded]))]
    sorted_groups = groups[order]
    is_last = np.r_[sorted_groups[1:] != sorted_groups[:-1], True] if len(order) else []
    out = np.full(codes.n, -1, dtype="int64")
    out[sorted_groups[is_last]] = outcome[order[is_last]]
    return out


def application_dates(rows: pd.DataFrame, codes: RowCodes) -> pd.DataFrame:
    """Per application: first company and role, applied date, start and last date."""
    by_app = pd.DataFrame({
        COMPANY: rows[COMPANY].to_numpy(),
        ROLE: rows[ROLE].to_numpy(),
        "applied": rows[APPLIED_DATE].to_numpy(dtype="datetime64[ns]"),
        "event": rows[EVENT_DATE].to_numpy(dtype="datetime64[ns]"),
    }).groupby(codes.groups, sort=True)
    positions = range(codes.n)
    person = person_key(rows).groupby(codes.groups, sort=True).first().reindex(positions)
    first_text = by_app[[COMPANY, ROLE]].first().reindex(positions)
    applied = by_app["applied"].min().reindex(positions)
    first_event = by_app["event"].min().reindex(positions)
    last_event = by_app["event"].max().reindex(positions)
    return pd.DataFrame({
        PERSON_ID: person.astype("string").to_numpy(),
        COMPANY: first_text[COMPANY].astype("string").to_numpy(),
        ROLE: first_text[ROLE].astype("string").to_numpy(),
        APPLIED_DATE: applied.to_numpy(),
        "start_date": applied.fillna(first_event).to_numpy(),
        "last_date": pd.concat([applied, last_event], axis=1).max(axis=1).to_numpy(),
    })


def first_round_facts(
    codes: RowCodes, rounds: np.ndarray, has_offer: np.ndarray, ended: np.ndarray,
    screens_as_round: bool,
) -> dict[str, np.ndarray]:
    """Per application: did it have a first round, pass it, drop out after it?

    The first round is the first interview after any screens (``screens_as_round``: the
    first interview, a screen included); tests and assessment centres are never a round.
    It was passed when a later round followed, its outcome was "advanced", it is recorded
    as a later stage (a log with one row per application, giving the furthest stage), or an
    offer came.
    """
    g, n, rnd = codes.groups, codes.n, codes.rnd
    candidate = rnd >= 1
    if not screens_as_round:
        candidate &= codes.stage != SCREEN_CODE
    first = group_min(g, np.where(candidate, rnd, np.iinfo("int64").max), n)
    had = first < np.iinfo("int64").max
    at_first = candidate & (rnd == first[g])
    advanced = group_any(g, at_first & (codes.outcome == OUTCOME_CODE["advanced"]), n)
    beyond = group_any(g, at_first & (codes.stage > FIRST_ROUND_CODE), n)
    passed = had & ((rounds > first) | advanced | beyond | has_offer)
    dropped = had & ~passed & ~has_offer & ended
    return {"passed_round1": passed, "dropped_round1": dropped,
            "decided_round1": passed | dropped}


def outcome_facts(
    rows: pd.DataFrame, codes: RowCodes, screens_as_round: bool = False
) -> dict[str, object]:
    """Per application: furthest stage, final outcome, rounds and the first-round facts."""
    g, n, rnd, stage, outcome = codes.groups, codes.n, codes.rnd, codes.stage, codes.outcome
    rounds = np.maximum(group_max(g, rnd, n), 0)
    has_offer = group_any(g, codes.is_offer, n)
    last_outcome = last_ending(codes, rows[EVENT_DATE])
    ended = last_outcome >= 0
    final = np.where(has_offer, "offer",
                     np.where(ended, np.asarray(OUTCOMES)[last_outcome], "pending"))
    interviewed = rounds >= 1
    first_type = pd.array(np.where(group_any(g, (rnd == 1) & (stage == SCREEN_CODE), n),
                                   "screen", "interview"), dtype="string")
    first_type[~interviewed] = pd.NA
    heard = np.isin(outcome, [OUTCOME_CODE[o] for o in ("advanced", "rejected", "offer")])
    return {
        "furthest_stage": pd.Categorical.from_codes(
            group_max(g, stage, n) if n else np.array([], dtype="int64"), dtype=STAGE_DTYPE
        ),
        "final_outcome": pd.Categorical(final, categories=FINAL_OUTCOMES),
        "rounds": rounds,
        "replied": group_any(g, (rnd >= 1) | (stage > 0) | heard, n),
        **first_round_facts(codes, rounds, has_offer, ended, screens_as_round),
        "first_round_type": first_type,
        "assessed": group_any(g, np.isin(stage, [STAGES.index(s) for s in STEP_STAGES]), n),
    }


def applications_frame(table: pd.DataFrame, *, screens_as_round: bool = False) -> pd.DataFrame:
    """One row per application with every per-application fact the metrics use.

    Columns: application_id, person_id ("" in a personal log), company, role, applied_date,
    start_date (applied date, else first
    event date), last_date, furthest_stage, final_outcome, rounds, replied, passed_round1,
    dropped_round1, decided_round1 (the first round as ``present.FIRST_ROUND_DEFINITION``, or
    with ``screens_as_round`` a phone screen counted as the first round), first_round_type
    ("screen" | "interview" | NA: what round 1 was), assessed (had a test or assessment step).
    Vectorised over integer application codes: it runs on every chart of every page.

    >>> from analysis.schema import conform_table
    >>> t = conform_table(pd.DataFrame({"application_id": ["a", "a"], "round": [1, 2],
    ...     "stage": ["screen", "first_round"], "outcome": ["advanced", "rejected"],
    ...     "row_status": "ok"}))
    >>> applications_frame(t)[["furthest_stage", "final_outcome", "rounds"]].values.tolist()
    [['first_round', 'rejected', 2]]
    >>> applications_frame(t)["dropped_round1"].tolist()  # its first interview after the screen
    [True]
    >>> applications_frame(t, screens_as_round=True)["dropped_round1"].tolist()
    [False]
    """
    rows = id_rows(table)
    codes = row_codes(rows)
    ids = pd.array(np.asarray(codes.ids, dtype=object), dtype="string")
    out = pd.concat([pd.DataFrame({APPLICATION_ID: ids}), application_dates(rows, codes)],
                    axis=1).assign(**outcome_facts(rows, codes, screens_as_round))
    out = out.astype({PERSON_ID: "string", COMPANY: "string", ROLE: "string",
                      APPLIED_DATE: "datetime64[ns]",
                      "start_date": "datetime64[ns]", "last_date": "datetime64[ns]"})
    return out.sort_values(["start_date", APPLICATION_ID], na_position="last").reset_index(
        drop=True
    )
