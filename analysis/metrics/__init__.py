"""Pure metrics over the canonical table (and the mentions frame): funnel, drop-off, themes.

Funnel and application metrics read ``schema.application_rows`` (no duplicates, no skipped rows,
no practice sessions) that have an ``application_id``; theme metrics read
``schema.counted_rows``, so feedback from mock interviews counts there. Conventions:

- An application's *furthest stage* is the highest ``stage`` among its rows; it is ``offer``
  when any row has stage ``offer`` or outcome ``offer``. A row without a stage counts as
  ``first_round`` when it is an interview (``round >= 1``), else as ``applied``.
- An application's *final outcome* is ``offer`` when it reached an offer, else its last
  ending outcome (rejected, ghosted or withdrew; rows ordered by round, then date), else
  ``pending`` (pending, advanced and waiting, or no outcome recorded).
- The *first round* is an application's first interview after any phone screens and tests
  (``present.FIRST_ROUND_DEFINITION``); with ``screens_as_round=True`` a phone screen counts as
  the first round. Tests and assessment centres (stage ``assessment``) are never a round.
- *Got past the first round*: a later round followed it, its outcome is ``advanced``, or the
  application reached an offer. A *first-round drop-off* is an application with a first round
  that did not get past it and whose final outcome is decided (rejected, ghosted or
  withdrew). An application whose first round is still pending (or has no outcome recorded)
  is left out of both the count and its base: it has not dropped off, nor passed, yet.
- The funnel shows the ``assessment`` stage only when some application had one.
- Rates are ``None`` (dicts) or NaN (frames) when their base is 0; intervals are 95% Wilson.

Modules: ``intervals`` (rates and Wilson intervals), ``applications`` (one row per
application), ``funnel`` (headline, stages, rounds, drop-off), ``themes`` (mentions in
context), ``groups`` (a cohort by group, with the anonymity floor), ``responses`` (response
times and ghosting) and ``report`` (the funnel report).
"""

from __future__ import annotations

from analysis.metrics.applications import (
    DECIDED_OUTCOMES,
    FINAL_OUTCOMES,
    applications_frame,
)
from analysis.metrics.funnel import (
    application_outcomes,
    dropoff_by_month,
    dropoff_definition,
    first_round_dropoff,
    funnel_counts,
    funnel_stages,
    headline_numbers,
    round_counts,
    stage_conversion,
)
from analysis.metrics.groups import (
    ANONYMITY_FLOOR,
    group_differences,
    group_frame,
    group_report,
    student_count,
    themes_by_group,
)
from analysis.metrics.intervals import wilson_interval
from analysis.metrics.report import funnel_report
from analysis.metrics.responses import (
    GHOST_AFTER_DAYS,
    response_frame,
    response_summary,
    responses_by,
)
from analysis.metrics.themes import (
    CONTEXT_COLUMNS,
    ROUND_BUCKETS,
    evidence_for,
    generic_share_by,
    generic_share_by_channel,
    generic_share_by_source,
    is_recurring,
    round_bucket,
    tag_context,
    theme_by_round,
    theme_counts,
    theme_trend,
    themes_by_end_stage,
    top_improvements,
)

__all__ = [
    "ANONYMITY_FLOOR",
    "CONTEXT_COLUMNS",
    "DECIDED_OUTCOMES",
    "FINAL_OUTCOMES",
    "GHOST_AFTER_DAYS",
    "ROUND_BUCKETS",
    "application_outcomes",
    "applications_frame",
    "dropoff_by_month",
    "dropoff_definition",
    "evidence_for",
    "first_round_dropoff",
    "funnel_counts",
    "funnel_report",
    "funnel_stages",
    "generic_share_by",
    "generic_share_by_channel",
    "generic_share_by_source",
    "group_differences",
    "group_frame",
    "group_report",
    "headline_numbers",
    "is_recurring",
    "response_frame",
    "response_summary",
    "responses_by",
    "round_bucket",
    "round_counts",
    "stage_conversion",
    "student_count",
    "tag_context",
    "theme_by_round",
    "theme_counts",
    "theme_trend",
    "themes_by_end_stage",
    "themes_by_group",
    "top_improvements",
    "wilson_interval",
]
