"""Headline numbers, the stage funnel, rounds reached and first-round drop-off."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from analysis.metrics.applications import applications_frame, id_rows
from analysis.metrics.intervals import proportion, rate, wilson_frame, wilson_interval
from analysis.present import FIRST_ROUND_DEFINITION, FIRST_ROUND_WITH_SCREENS
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    COMPANY,
    EVENT_DATE,
    OPTIONAL_STAGES,
    ROLE,
    ROUND,
    STAGE,
    STAGE_LABELS,
    STAGES,
)


def _as_date(value: object) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def headline_numbers(table: pd.DataFrame, *, screens_as_round: bool = False) -> dict[str, Any]:
    """The Overview numbers: applications, interviews, offers, response and first-round pass rate.

    Keys: applications, interviews, interviewed_applications, offers, responses, response_rate
    (applications that heard back: an interview, a rejection or an offer; ghosted, pending and
    unknown do not count), first_round_decided, first_round_passed, first_round_pass_rate,
    first_round_pass_ci ([low, high]), period_start, period_end (``datetime.date`` or None).
    The first round is ``present.FIRST_ROUND_DEFINITION`` (``screens_as_round``: a phone
    screen counts as the first round).
    """
    return headline(table, applications_frame(table, screens_as_round=screens_as_round))


def headline(table: pd.DataFrame, apps: pd.DataFrame) -> dict[str, Any]:
    """Return ``headline_numbers`` from an ``applications_frame`` already built."""
    rows = id_rows(table)
    passed = int(apps["passed_round1"].sum())
    decided = int(apps["decided_round1"].sum())
    responses = int(apps["replied"].sum())
    dates = pd.concat([rows[APPLIED_DATE], rows[EVENT_DATE]]).dropna()
    return {
        "applications": len(apps),
        "interviews": int((rows[ROUND] >= 1).sum()),
        "interviewed_applications": int((apps["rounds"] >= 1).sum()),
        "offers": int((apps["final_outcome"] == "offer").sum()),
        "responses": responses,
        "response_rate": rate(responses, len(apps)),
        "first_round_decided": decided,
        "first_round_passed": passed,
        "first_round_pass_rate": rate(passed, decided),
        "first_round_pass_ci": list(wilson_interval(passed, decided)),
        "period_start": _as_date(dates.min()) if len(dates) else None,
        "period_end": _as_date(dates.max()) if len(dates) else None,
    }


def funnel_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Applications reaching each stage, cumulative (a skipped stage still counts as reached).

    Columns: stage, label, reached. The assessment stage (tests, assessment centres) is
    shown only when some application had one.
    """
    return funnel_of(applications_frame(table))


def funnel_stages(apps: pd.DataFrame) -> list[str]:
    """Return the stages a funnel shows: every stage, optional ones only when the log has them.

    >>> funnel_stages(pd.DataFrame({"assessed": [False]}))[:3]
    ['applied', 'screen', 'first_round']
    """
    assessed = bool(apps["assessed"].any()) if "assessed" in apps else False
    return [s for s in STAGES if s not in OPTIONAL_STAGES or assessed]


def funnel_of(apps: pd.DataFrame) -> pd.DataFrame:
    """Return ``funnel_counts`` from an ``applications_frame``."""
    codes = apps["furthest_stage"].cat.codes.to_numpy()
    stages = funnel_stages(apps)
    reached = [int((codes >= STAGES.index(s)).sum()) for s in stages]
    return pd.DataFrame({
        STAGE: pd.Series(stages, dtype="string"),
        "label": pd.Series([STAGE_LABELS[s] for s in stages], dtype="string"),
        "reached": pd.Series(reached, dtype="int64"),
    })


def stage_conversion(table: pd.DataFrame) -> pd.DataFrame:
    """Conversion between consecutive funnel stages with 95% Wilson intervals.

    Columns: from_stage, to_stage, entered, advanced, rate, ci_low, ci_high.
    """
    return conversion_of(funnel_counts(table))


def conversion_of(funnel: pd.DataFrame) -> pd.DataFrame:
    """Return ``stage_conversion`` from a funnel frame."""
    entered = funnel["reached"].iloc[:-1].reset_index(drop=True)
    advanced = funnel["reached"].iloc[1:].reset_index(drop=True)
    pairs = pd.DataFrame({
        "from_stage": funnel[STAGE].iloc[:-1].reset_index(drop=True),
        "to_stage": funnel[STAGE].iloc[1:].reset_index(drop=True),
        "entered": entered,
        "advanced": advanced,
    })
    return pd.concat([pairs, wilson_frame(advanced, entered)], axis=1)


def round_counts(table: pd.DataFrame) -> dict[int, int]:
    """Applications that reached at least round k, for k = 1 .. the deepest round ({} if none)."""
    return rounds_of(applications_frame(table))


def rounds_of(apps: pd.DataFrame) -> dict[int, int]:
    """Return ``round_counts`` from an ``applications_frame``."""
    rounds = apps["rounds"]
    deepest = int(rounds.max()) if len(rounds) else 0
    return {k: int((rounds >= k).sum()) for k in range(1, deepest + 1)}


def first_round_dropoff(table: pd.DataFrame, *, screens_as_round: bool = False) -> dict[str, Any]:
    """Of applications with a decided first round, those that never got past it.

    The first round is ``present.FIRST_ROUND_DEFINITION``; ``screens_as_round`` counts a
    phone screen as the first round. Returns {"count", "of", "rate" (None when of == 0),
    "ci95": [low, high]}.
    """
    return dropoff_of(applications_frame(table, screens_as_round=screens_as_round))


def dropoff_of(apps: pd.DataFrame) -> dict[str, Any]:
    """Return ``first_round_dropoff`` from an ``applications_frame``."""
    return proportion(int(apps["dropped_round1"].sum()), int(apps["decided_round1"].sum()))


def dropoff_by_month(table: pd.DataFrame, *, screens_as_round: bool = False) -> pd.DataFrame:
    """First-round drop-off by month of application, split by what round 1 was.

    Columns: month (first day), first_round_type ("screen" | "interview"), count, of, rate,
    ci_low, ci_high. Only months with a decided first round appear.
    """
    apps = applications_frame(table, screens_as_round=screens_as_round)
    decided = apps[apps["decided_round1"] & apps["start_date"].notna()]
    grouped = (
        decided.assign(month=decided["start_date"].dt.to_period("M").dt.start_time)
        .groupby(["month", "first_round_type"], sort=True)
        .agg(count=("dropped_round1", "sum"), of=("decided_round1", "sum"))
        .reset_index()
    )
    grouped = grouped.astype({"count": "int64", "of": "int64", "first_round_type": "string"})
    grouped["month"] = grouped["month"].astype("datetime64[ns]")
    return pd.concat(
        [grouped, wilson_frame(grouped["count"], grouped["of"])], axis=1
    ).reset_index(drop=True)


def application_outcomes(table: pd.DataFrame) -> pd.DataFrame:
    """One row per application: where it got to and how it ended.

    Columns: application_id, company, role, applied_date, furthest_stage, final_outcome
    (rejected | ghosted | withdrew | offer | pending), rounds.
    """
    return applications_frame(table)[
        [APPLICATION_ID, COMPANY, ROLE, APPLIED_DATE, "furthest_stage", "final_outcome", "rounds"]
    ]


def dropoff_definition(screens_as_round: bool = False) -> str:
    """Return the sentence that says what "first round" means in a drop-off figure."""
    return FIRST_ROUND_WITH_SCREENS if screens_as_round else FIRST_ROUND_DEFINITION
