"""What `debrief funnel --json` prints: the funnel, drop-off, and per group for a cohort."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from analysis.metrics.applications import FINAL_OUTCOMES, applications_frame
from analysis.metrics.funnel import (
    conversion_of,
    dropoff_definition,
    dropoff_of,
    funnel_of,
    headline,
    rounds_of,
)
from analysis.metrics.groups import ANONYMITY_FLOOR, group_report, student_count
from analysis.metrics.responses import GHOST_AFTER_DAYS, response_summary
from analysis.schema import STAGE


def _conversion_json(conversion: pd.DataFrame) -> list[dict[str, Any]]:
    return [
        {
            "from_stage": r.from_stage,
            "to_stage": r.to_stage,
            "entered": int(r.entered),
            "advanced": int(r.advanced),
            "rate": None if pd.isna(r.rate) else float(r.rate),
            "ci95": [float(r.ci_low), float(r.ci_high)],
        }
        for r in conversion.itertuples(index=False)
    ]


def funnel_report(
    table: pd.DataFrame, by: str | None = None, *, screens_as_round: bool = False,
    floor: int = ANONYMITY_FLOOR, today: date | None = None,
    ghost_after: int = GHOST_AFTER_DAYS,
) -> dict[str, Any]:
    """Everything `debrief funnel --json` prints, as JSON-ready Python values.

    ``first_round_dropoff`` carries its ``definition`` (a sentence) and ``students`` counts
    the people in the log; ``response_days`` ({"median", "n"}) and ``ghosted`` are as
    ``metrics.responses`` defines them (``today`` defaults to the log's last date); with
    ``by`` (a group or own column) ``groups`` holds ``metrics.groups.group_report`` (groups
    under ``floor`` students suppressed).
    """
    responses = response_summary(table, today=today, ghost_after=ghost_after)
    apps = applications_frame(table, screens_as_round=screens_as_round)  # once: all views
    head = headline(table, apps)
    funnel = funnel_of(apps)
    outcomes = apps["final_outcome"].value_counts()
    return {
        **{k: head[k] for k in ("applications", "interviews", "interviewed_applications",
                                "offers", "response_rate")},
        "rounds": {str(k): v for k, v in rounds_of(apps).items()},
        "first_round_dropoff": {**dropoff_of(apps),
                                "definition": dropoff_definition(screens_as_round)},
        "stages": [
            {STAGE: s, "label": lab, "reached": int(n)}
            for s, lab, n in funnel[[STAGE, "label", "reached"]].itertuples(index=False)
        ],
        "conversion": _conversion_json(conversion_of(funnel)),
        "outcomes": {o: int(outcomes.get(o, 0)) for o in FINAL_OUTCOMES},
        "period_start": None if head["period_start"] is None else head["period_start"].isoformat(),
        "period_end": None if head["period_end"] is None else head["period_end"].isoformat(),
        "students": student_count(table),
        "response_days": responses["response_days"],
        "ghosted": responses["ghosted"],
        **({"groups": group_report(table, by, floor=floor, screens_as_round=screens_as_round)}
           if by else {}),
    }

