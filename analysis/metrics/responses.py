"""How long employers take, and who never answers: response times and ghosting.

- *Days to a response*: from an application's applied date to its first response, the first
  dated row that shows one (an interview, a test, or a dated rejection or offer).
- *Days to a decision*: from an interview to the application's next dated step (a later
  round, a test, an offer, a dated rejection); interviews with no later step are not measured.
- *Ghosted*: no response at all, and either marked ghosted or still waiting more than
  ``GHOST_AFTER_DAYS`` (30, configurable) after it started, counted to ``today`` (by default
  the log's last date, so the same log always gives the same answer).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from analysis.metrics.applications import applications_frame, id_rows
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    EVENT_DATE,
    OUTCOME,
    ROUND,
    STAGE,
    group_values,
)

GHOST_AFTER_DAYS = 30
RESPONSE_OUTCOMES: tuple[str, ...] = ("advanced", "rejected", "offer")


def response_rows(rows: pd.DataFrame) -> pd.Series:
    """Return True for dated rows that show the employer answered."""
    answered = (
        (rows[ROUND].fillna(0) >= 1)
        | (rows[STAGE].astype("string").fillna("applied") != "applied")
        | rows[OUTCOME].astype("string").isin(RESPONSE_OUTCOMES).fillna(False)
    )
    return answered.astype(bool) & rows[EVENT_DATE].notna()


def decision_days(rows: pd.DataFrame) -> pd.Series:
    """Return, per dated interview, the days until its application's next dated step."""
    dated = rows[rows[EVENT_DATE].notna()].sort_values([APPLICATION_ID, EVENT_DATE])
    following = dated.groupby(APPLICATION_ID)[EVENT_DATE].shift(-1)
    days = (following - dated[EVENT_DATE]).dt.days
    interview = dated[ROUND].fillna(0) >= 1
    return days[interview & days.notna() & (days >= 0)].astype("int64")


def _today(table: pd.DataFrame, today: date | None) -> pd.Timestamp:
    if today is not None:
        return pd.Timestamp(today)
    dates = pd.concat([table[APPLIED_DATE], table[EVENT_DATE]]).dropna()
    return dates.max() if len(dates) else pd.Timestamp("1970-01-01")


def response_frame(
    table: pd.DataFrame, *, today: date | None = None, ghost_after: int = GHOST_AFTER_DAYS
) -> pd.DataFrame:
    """One row per application: application_id, applied_date, first_response,
    response_days (NA without both dates), replied and ghosted."""
    rows = id_rows(table)
    apps = applications_frame(table)
    first = rows[response_rows(rows)].groupby(APPLICATION_ID)[EVENT_DATE].min()
    out = apps[[APPLICATION_ID, APPLIED_DATE, "start_date", "final_outcome", "replied"]].copy()
    first = first.astype("datetime64[ns]").reindex(out[APPLICATION_ID].to_numpy())
    out["first_response"] = first.to_numpy()
    days = (out["first_response"] - out[APPLIED_DATE]).dt.days
    out["response_days"] = days.where(days >= 0).astype("Int64")
    waiting = (out["final_outcome"] == "pending") & (
        out["start_date"] < _today(table, today) - pd.Timedelta(days=ghost_after))
    out["ghosted"] = ~out["replied"] & ((out["final_outcome"] == "ghosted") | waiting)
    return out.drop(columns=["start_date", "final_outcome"])


def _median(values: pd.Series) -> dict[str, Any]:
    values = values.dropna()
    return {"median": float(np.median(values)) if len(values) else None, "n": int(len(values))}


def response_summary(
    table: pd.DataFrame, *, today: date | None = None, ghost_after: int = GHOST_AFTER_DAYS
) -> dict[str, Any]:
    """Return response_days and decision_days ({"median", "n"}), ghosted and its threshold."""
    frame = response_frame(table, today=today, ghost_after=ghost_after)
    return {
        "response_days": _median(frame["response_days"].astype("float64")),
        "decision_days": _median(decision_days(id_rows(table)).astype("float64")),
        "ghosted": int(frame["ghosted"].sum()),
        "ghost_after_days": ghost_after,
    }


def responses_by(
    table: pd.DataFrame, by: str, *, today: date | None = None,
    ghost_after: int = GHOST_AFTER_DAYS,
) -> pd.DataFrame:
    """Response times and ghosting per value of ``by`` (feedback_source, feedback_channel, ...).

    An application takes the first value its rows give. Columns: group, applications,
    responded, median_response_days, ghosted, ghosted_share.
    """
    rows = id_rows(table)
    per_app = group_values(rows, by).groupby(rows[APPLICATION_ID].astype("string")).first()
    frame = response_frame(table, today=today, ghost_after=ghost_after)
    frame["group"] = frame[APPLICATION_ID].map(per_app).astype("string")
    out = frame.groupby("group", sort=True).agg(
        applications=(APPLICATION_ID, "size"), responded=("replied", "sum"),
        median_response_days=("response_days", lambda d: d.dropna().median()),
        ghosted=("ghosted", "sum"),
    ).reset_index()
    out["ghosted_share"] = out["ghosted"] / out["applications"]
    return out.astype({"applications": "int64", "responded": "int64", "ghosted": "int64",
                       "median_response_days": "float64"})
