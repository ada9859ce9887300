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
- *Got past round 1*: it had a round 2 or later, its round-1 outcome is ``advanced``, or it
  reached an offer. A *first-round drop-off* is an interviewed application that did not get
  past round 1 and whose final outcome is decided (rejected, ghosted or withdrew). An
  application whose only interview is still pending (or has no outcome recorded) is left out
  of both the count and its base: it has not dropped off, nor has it passed, yet.
- Rates are ``None`` (dicts) or NaN (frames) when their base is 0; intervals are 95% Wilson.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.schema import (
    CHANNEL_LABELS,
    CHANNELS,
    FEEDBACK_SOURCES,
    OUTCOMES,
    SOURCE_LABELS,
    STAGE_DTYPE,
    STAGE_LABELS,
    STAGES,
    application_rows,
    counted_rows,
)

DECIDED_OUTCOMES: tuple[str, ...] = ("rejected", "ghosted", "withdrew")
FINAL_OUTCOMES: tuple[str, ...] = ("rejected", "ghosted", "withdrew", "offer", "pending")
ROUND_BUCKETS: tuple[str, ...] = ("Round 1", "Round 2", "Round 3+", "No interview", "Practice")
_OFFER_CODE = STAGES.index("offer")
_FIRST_ROUND_CODE = STAGES.index("first_round")
_OUTCOME_CODE = {o: i for i, o in enumerate(OUTCOMES)}

# Context columns taken from the table for each mention (see tag_context).
CONTEXT_COLUMNS: tuple[str, ...] = (
    "application_id",
    "company",
    "role",
    "applied_date",
    "event_date",
    "stage",
    "round",
    "feedback_source",
    "feedback_channel",
    "feedback",
    "practice",
)


# ----------------------------------------------------------------------------- intervals


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a proportion; ``(0.0, 1.0)`` (know nothing) when trials == 0.

    >>> tuple(round(x, 4) for x in wilson_interval(1, 3))
    (0.0615, 0.7923)
    """
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    z2 = z * z
    denom = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denom
    # Clamp rounding noise so 0 of n starts at exactly 0 and n of n ends at exactly 1.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return (low, high)


def _wilson_frame(successes: pd.Series, trials: pd.Series) -> pd.DataFrame:
    """Rate and Wilson bounds for aligned count columns (NaN rate when the base is 0)."""
    bounds = [wilson_interval(int(s), int(t)) for s, t in zip(successes, trials, strict=True)]
    low = [b[0] for b in bounds]
    high = [b[1] for b in bounds]
    rate = successes.astype("float64") / trials.astype("float64").replace(0, np.nan)
    return pd.DataFrame(
        {"rate": rate.to_numpy(), "ci_low": low, "ci_high": high},
        index=successes.index,
        dtype="float64",
    )


def _rate(count: int, base: int) -> float | None:
    return count / base if base else None


# ----------------------------------------------------------------------------- applications


def _application_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Application rows (no practice, duplicates or skipped rows) that have an id."""
    rows = application_rows(table)
    return rows[rows["application_id"].notna()]


def _codes(values: pd.Series, categories: tuple[str, ...]) -> np.ndarray:
    """Category positions (-1 for missing or unknown values), whatever the column's dtype."""
    return pd.Categorical(values, categories=list(categories)).codes.astype("int64")


def _group_max(groups: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    out = np.full(n, np.iinfo("int64").min, dtype="int64")
    np.maximum.at(out, groups, values)
    return out


def _group_any(groups: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(groups[mask], minlength=n) > 0


def _last_ending(
    groups: np.ndarray, rnd: np.ndarray, events: pd.Series, outcome: np.ndarray, n: int
) -> np.ndarray:
    """Per application, the code of its last ending outcome (rejected, ghosted, withdrew), or -1.

    Rows are ordered by round, then date. An ending anywhere beats a later "advanced" or
    "pending": a tracker's application-level "Rejected" (round 0) is the final word even when
    the user's own sheet last says "moved forward".
    """
    ending_codes = [_OUTCOME_CODE[o] for o in DECIDED_OUTCOMES]
    recorded = np.flatnonzero(np.isin(outcome, ending_codes))
    # NaT is the smallest int64, so undated rows sort first within a round.
    when = events.to_numpy(dtype="datetime64[ns]").view("int64")
    order = recorded[np.lexsort((recorded, when[recorded], rnd[recorded], groups[recorded]))]
    sorted_groups = groups[order]
    is_last = np.r_[sorted_groups[1:] != sorted_groups[:-1], True] if len(order) else []
    out = np.full(n, -1, dtype="int64")
    out[sorted_groups[is_last]] = outcome[order[is_last]]
    return out


def applications_frame(table: pd.DataFrame) -> pd.DataFrame:
    """One row per application with every per-application fact the metrics use.

    Columns: application_id, company, role, applied_date, start_date (applied date, else first
    event date), last_date, furthest_stage, final_outcome, rounds, replied, passed_round1,
    dropped_round1, decided_round1, first_round_type ("screen" | "interview" | NA).
    Vectorised over integer application codes: it runs on every chart of every page.
    """
    rows = _application_rows(table)
    groups, ids = pd.factorize(rows["application_id"].astype("string"), sort=False)
    groups = np.asarray(groups, dtype="int64")
    n = len(ids)
    rnd = rows["round"].fillna(0).to_numpy(dtype="int64")
    stage = _codes(rows["stage"], STAGES)
    outcome = _codes(rows["outcome"], OUTCOMES)
    is_offer = (stage == _OFFER_CODE) | (outcome == _OUTCOME_CODE["offer"])
    stage = np.where(stage >= 0, stage, np.where(rnd >= 1, _FIRST_ROUND_CODE, 0))
    stage = np.where(is_offer, _OFFER_CODE, stage)
    heard = np.isin(outcome, [_OUTCOME_CODE[o] for o in ("advanced", "rejected", "offer")])

    by_app = pd.DataFrame(
        {
            "company": rows["company"].to_numpy(),
            "role": rows["role"].to_numpy(),
            "applied": rows["applied_date"].to_numpy(dtype="datetime64[ns]"),
            "event": rows["event_date"].to_numpy(dtype="datetime64[ns]"),
        }
    ).groupby(groups, sort=True)
    first_text = by_app[["company", "role"]].first().reindex(range(n))
    applied = by_app["applied"].min().reindex(range(n))
    first_event = by_app["event"].min().reindex(range(n))
    last_event = by_app["event"].max().reindex(range(n))

    rounds = np.maximum(_group_max(groups, rnd, n), 0)
    has_offer = _group_any(groups, is_offer, n)
    last_outcome = _last_ending(groups, rnd, rows["event_date"], outcome, n)
    ended = last_outcome >= 0
    final = np.where(has_offer, "offer", np.where(ended, np.asarray(OUTCOMES)[last_outcome],
                                                   "pending"))
    interviewed = rounds >= 1
    round1_advanced = _group_any(groups, (rnd == 1) & (outcome == _OUTCOME_CODE["advanced"]), n)
    passed = interviewed & ((rounds >= 2) | round1_advanced | has_offer)
    dropped = interviewed & ~passed & ~has_offer & ended
    screen_first = _group_any(groups, (rnd == 1) & (stage == STAGES.index("screen")), n)
    first_type = pd.array(np.where(screen_first, "screen", "interview"), dtype="string")
    first_type[~interviewed] = pd.NA

    out = pd.DataFrame(
        {
            "application_id": pd.array(np.asarray(ids, dtype=object), dtype="string"),
            "company": first_text["company"].astype("string").to_numpy(),
            "role": first_text["role"].astype("string").to_numpy(),
            "applied_date": applied.to_numpy(),
            "start_date": applied.fillna(first_event).to_numpy(),
            "last_date": pd.concat([applied, last_event], axis=1).max(axis=1).to_numpy(),
            "furthest_stage": pd.Categorical.from_codes(
                _group_max(groups, stage, n) if n else np.array([], dtype="int64"),
                dtype=STAGE_DTYPE,
            ),
            "final_outcome": pd.Categorical(final, categories=FINAL_OUTCOMES),
            "rounds": rounds,
            "replied": _group_any(groups, (rnd >= 1) | (stage > 0) | heard, n),
            "passed_round1": passed,
            "dropped_round1": dropped,
            "decided_round1": passed | dropped,
            "first_round_type": first_type,
        }
    ).astype(
        {
            "company": "string",
            "role": "string",
            "applied_date": "datetime64[ns]",
            "start_date": "datetime64[ns]",
            "last_date": "datetime64[ns]",
        }
    )
    return out.sort_values(["start_date", "application_id"], na_position="last").reset_index(
        drop=True
    )


def _as_date(value: object) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


# ----------------------------------------------------------------------------- headline


def headline_numbers(table: pd.DataFrame) -> dict[str, Any]:
    """The Overview numbers: applications, interviews, offers, response and first-round pass rate.

    Keys: applications, interviews, interviewed_applications, offers, responses, response_rate
    (applications that heard back: an interview, a rejection or an offer; ghosted, pending and
    unknown do not count), first_round_decided, first_round_passed, first_round_pass_rate,
    first_round_pass_ci ([low, high]), period_start, period_end (``datetime.date`` or None).
    """
    return _headline(table, applications_frame(table))


def _headline(table: pd.DataFrame, apps: pd.DataFrame) -> dict[str, Any]:
    rows = _application_rows(table)
    passed = int(apps["passed_round1"].sum())
    decided = int(apps["decided_round1"].sum())
    responses = int(apps["replied"].sum())
    dates = pd.concat([rows["applied_date"], rows["event_date"]]).dropna()
    return {
        "applications": len(apps),
        "interviews": int((rows["round"] >= 1).sum()),
        "interviewed_applications": int((apps["rounds"] >= 1).sum()),
        "offers": int((apps["final_outcome"] == "offer").sum()),
        "responses": responses,
        "response_rate": _rate(responses, len(apps)),
        "first_round_decided": decided,
        "first_round_passed": passed,
        "first_round_pass_rate": _rate(passed, decided),
        "first_round_pass_ci": list(wilson_interval(passed, decided)),
        "period_start": _as_date(dates.min()) if len(dates) else None,
        "period_end": _as_date(dates.max()) if len(dates) else None,
    }


# ----------------------------------------------------------------------------- funnel


def funnel_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Applications reaching each stage, cumulative (a skipped stage still counts as reached).

    Columns: stage, label, reached.
    """
    return _funnel(applications_frame(table))


def _funnel(apps: pd.DataFrame) -> pd.DataFrame:
    codes = apps["furthest_stage"].cat.codes.to_numpy()
    reached = [int((codes >= i).sum()) for i in range(len(STAGES))]
    return pd.DataFrame(
        {
            "stage": pd.Series(STAGES, dtype="string"),
            "label": pd.Series([STAGE_LABELS[s] for s in STAGES], dtype="string"),
            "reached": pd.Series(reached, dtype="int64"),
        }
    )


def stage_conversion(table: pd.DataFrame) -> pd.DataFrame:
    """Conversion between consecutive funnel stages with 95% Wilson intervals.

    Columns: from_stage, to_stage, entered, advanced, rate, ci_low, ci_high.
    """
    return _conversion(funnel_counts(table))


def _conversion(funnel: pd.DataFrame) -> pd.DataFrame:
    entered = funnel["reached"].iloc[:-1].reset_index(drop=True)
    advanced = funnel["reached"].iloc[1:].reset_index(drop=True)
    pairs = pd.DataFrame(
        {
            "from_stage": funnel["stage"].iloc[:-1].reset_index(drop=True),
            "to_stage": funnel["stage"].iloc[1:].reset_index(drop=True),
            "entered": entered,
            "advanced": advanced,
        }
    )
    return pd.concat([pairs, _wilson_frame(advanced, entered)], axis=1)


def round_counts(table: pd.DataFrame) -> dict[int, int]:
    """Applications that reached at least round k, for k = 1 .. the deepest round ({} if none)."""
    return _round_counts(applications_frame(table))


def _round_counts(apps: pd.DataFrame) -> dict[int, int]:
    rounds = apps["rounds"]
    deepest = int(rounds.max()) if len(rounds) else 0
    return {k: int((rounds >= k).sum()) for k in range(1, deepest + 1)}


def first_round_dropoff(table: pd.DataFrame) -> dict[str, Any]:
    """Of interviewed applications with a decided first round, those that never got past it.

    Returns {"count", "of", "rate" (None when of == 0), "ci95": [low, high]}.
    """
    return _dropoff(applications_frame(table))


def _dropoff(apps: pd.DataFrame) -> dict[str, Any]:
    count = int(apps["dropped_round1"].sum())
    of = int(apps["decided_round1"].sum())
    return {
        "count": count,
        "of": of,
        "rate": _rate(count, of),
        "ci95": list(wilson_interval(count, of)),
    }


def dropoff_by_month(table: pd.DataFrame) -> pd.DataFrame:
    """First-round drop-off by month of application, split by first-round type.

    Columns: month (first day), first_round_type ("screen" | "interview"), count, of, rate,
    ci_low, ci_high. Only months with a decided first round appear.
    """
    apps = applications_frame(table)
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
        [grouped, _wilson_frame(grouped["count"], grouped["of"])], axis=1
    ).reset_index(drop=True)


def application_outcomes(table: pd.DataFrame) -> pd.DataFrame:
    """One row per application: where it got to and how it ended.

    Columns: application_id, company, role, applied_date, furthest_stage, final_outcome
    (rejected | ghosted | withdrew | offer | pending), rounds.
    """
    return applications_frame(table)[
        ["application_id", "company", "role", "applied_date", "furthest_stage", "final_outcome",
         "rounds"]
    ]


def funnel_report(table: pd.DataFrame) -> dict[str, Any]:
    """Everything `debrief funnel --json` prints, as JSON-ready Python values."""
    apps = applications_frame(table)  # once: every part below is a view of it
    head = _headline(table, apps)
    funnel = _funnel(apps)
    conversion = _conversion(funnel)
    outcomes = apps["final_outcome"].value_counts()
    return {
        "applications": head["applications"],
        "interviews": head["interviews"],
        "interviewed_applications": head["interviewed_applications"],
        "offers": head["offers"],
        "response_rate": head["response_rate"],
        "rounds": {str(k): v for k, v in _round_counts(apps).items()},
        "first_round_dropoff": _dropoff(apps),
        "stages": [
            {"stage": s, "label": lab, "reached": int(n)}
            for s, lab, n in funnel[["stage", "label", "reached"]].itertuples(index=False)
        ],
        "conversion": [
            {
                "from_stage": r.from_stage,
                "to_stage": r.to_stage,
                "entered": int(r.entered),
                "advanced": int(r.advanced),
                "rate": None if pd.isna(r.rate) else float(r.rate),
                "ci95": [float(r.ci_low), float(r.ci_high)],
            }
            for r in conversion.itertuples(index=False)
        ],
        "outcomes": {o: int(outcomes.get(o, 0)) for o in FINAL_OUTCOMES},
        "period_start": None if head["period_start"] is None else head["period_start"].isoformat(),
        "period_end": None if head["period_end"] is None else head["period_end"].isoformat(),
    }


# ----------------------------------------------------------------------------- themes


def tag_context(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of counted rows that still have feedback, joined with their row's context.

    Columns: the mention columns (row, theme, polarity, evidence, cues) then CONTEXT_COLUMNS.
    Mentions of duplicate or skipped rows, of rows not in ``table`` (filtered out) or of rows
    whose feedback was blanked (filtered by source) are dropped.
    """
    counted = counted_rows(table)
    counted = counted[counted["feedback"].notna()]
    context = counted.reindex(columns=list(CONTEXT_COLUMNS))
    kept = mentions[mentions["row"].isin(context.index)]
    joined = kept.join(context, on="row")
    return joined.reset_index(drop=True)


def _mention_date(context: pd.DataFrame) -> pd.Series:
    return context["event_date"].fillna(context["applied_date"])


def theme_counts(context: pd.DataFrame) -> pd.DataFrame:
    """Mentions and distinct applications per theme and polarity, most mentioned first.

    Columns: theme, polarity, mentions, applications.
    """
    counts = (
        context.groupby(["theme", "polarity"], observed=True, sort=False)
        .agg(mentions=("row", "size"), applications=("application_id", "nunique"))
        .reset_index()
    )
    counts = counts.astype({"theme": "string", "mentions": "int64", "applications": "int64"})
    return counts.sort_values(
        ["mentions", "applications", "polarity", "theme"],
        ascending=[False, False, True, True],
    ).reset_index(drop=True)


def round_bucket(rounds: pd.Series, practice: pd.Series | None = None) -> pd.Series:
    """Label rounds "Round 1", "Round 2", "Round 3+", "No interview" (0 or missing), "Practice".

    >>> round_bucket(pd.Series([0, 1, 2, 5])).tolist()
    ['No interview', 'Round 1', 'Round 2', 'Round 3+']
    """
    r = pd.to_numeric(rounds, errors="coerce").fillna(0).to_numpy()
    is_practice = (
        np.zeros(len(r), dtype=bool)
        if practice is None
        else practice.fillna(False).astype(bool).to_numpy()
    )
    labels = np.select(
        [is_practice, r >= 3, r == 2, r == 1],
        [ROUND_BUCKETS[4], ROUND_BUCKETS[2], ROUND_BUCKETS[1], ROUND_BUCKETS[0]],
        ROUND_BUCKETS[3],
    )
    return pd.Series(
        pd.Categorical(labels, categories=ROUND_BUCKETS, ordered=True), index=rounds.index
    )


def theme_by_round(context: pd.DataFrame) -> pd.DataFrame:
    """Improvement mentions per theme (rows) and round bucket (columns: all ROUND_BUCKETS).

    Index: theme (most mentioned first); values: int counts. Mock interviews are "Practice".
    """
    improvements = context[context["polarity"] == "improvement"]
    buckets = round_bucket(improvements["round"], improvements.get("practice"))
    counts = (
        pd.DataFrame({"theme": improvements["theme"].astype("string"), "bucket": buckets})
        .groupby(["theme", "bucket"], observed=True)
        .size()
        .unstack("bucket")
        if len(improvements)
        else pd.DataFrame(columns=list(ROUND_BUCKETS))
    )
    counts = counts.reindex(columns=list(ROUND_BUCKETS)).fillna(0).astype("int64")
    counts.columns = pd.Index(list(ROUND_BUCKETS), name="round_bucket")
    counts.index = pd.Index(counts.index.astype("string"), name="theme")
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return counts.loc[order]


def theme_trend(context: pd.DataFrame, freq: str = "MS") -> pd.DataFrame:
    """Mentions per period (event date, else applied date) by theme and polarity.

    Columns: period (start of the period), theme, polarity, mentions. Periods with no
    mention of a theme are absent (not zero rows).
    """
    # Only the grouping columns: grouping by period sorts every column it carries.
    dated = context[["theme", "polarity"]].assign(date=_mention_date(context))
    dated = dated[dated["date"].notna()]
    counts = (
        dated.groupby(
            [pd.Grouper(key="date", freq=freq), "theme", "polarity"], observed=True
        )
        .size()
        .rename("mentions")
        .reset_index()
        .rename(columns={"date": "period"})
    )
    counts = counts[counts["mentions"] > 0]
    return counts.astype(
        {"theme": "string", "mentions": "int64", "period": "datetime64[ns]"}
    ).reset_index(drop=True)


# How notes are grouped for the generic-share tables: value order, labels, label column.
_NOTE_GROUPS: dict[str, tuple[tuple[str, ...], dict[str, str], str]] = {
    "feedback_source": (FEEDBACK_SOURCES, SOURCE_LABELS, "source_label"),
    "feedback_channel": (CHANNELS, CHANNEL_LABELS, "channel_label"),
}


def generic_share_by(
    table: pd.DataFrame,
    mentions: pd.DataFrame,
    column: str,
    codebook: Codebook | None = None,
) -> pd.DataFrame:
    """Per feedback source or channel: notes received, notes that said nothing specific, share.

    A note is generic when its mentions are all generic themes (``codebook.generic_themes``,
    i.e. fit) or it has no theme at all. Columns: ``column``, its label column
    (source_label / channel_label), feedback_rows, generic_rows, generic_share; values in
    schema order, only those with notes.
    """
    order, labels, label_column = _NOTE_GROUPS[column]
    generic_themes = (codebook or load_codebook()).generic_themes
    counted = counted_rows(table)
    notes = counted[counted["feedback"].fillna("").str.strip() != ""]
    specific_rows = mentions.loc[~mentions["theme"].isin(generic_themes), "row"]
    is_generic = ~notes.index.isin(specific_rows)
    key = notes[column].astype("string").fillna("unknown")
    counts = (
        pd.DataFrame({column: key, "generic": is_generic}, index=notes.index)
        .groupby(column, sort=False)
        .agg(feedback_rows=("generic", "size"), generic_rows=("generic", "sum"))
    )
    counts = counts.reindex([v for v in order if v in counts.index]).reset_index()
    return counts.assign(
        **{
            column: counts[column].astype("string"),
            label_column: pd.Series([labels.get(v, v) for v in counts[column]], dtype="string"),
        },
        feedback_rows=counts["feedback_rows"].astype("int64"),
        generic_rows=counts["generic_rows"].astype("int64"),
        generic_share=counts["generic_rows"] / counts["feedback_rows"],
    )[[column, label_column, "feedback_rows", "generic_rows", "generic_share"]]


def generic_share_by_source(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Generic share per feedback source: which ways of asking yield specific answers."""
    return generic_share_by(table, mentions, "feedback_source", codebook)


def generic_share_by_channel(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Generic share per channel (letter, email, phone, ...)."""
    return generic_share_by(table, mentions, "feedback_channel", codebook)


def evidence_for(
    context: pd.DataFrame, theme: str, polarity: str | None = None
) -> pd.DataFrame:
    """Every sentence behind a theme (optionally one polarity), oldest first.

    Columns: the context's columns plus ``date`` (event date, else applied date).
    """
    chosen = context[context["theme"] == theme]
    if polarity is not None:
        chosen = chosen[chosen["polarity"] == polarity]
    chosen = chosen.assign(date=_mention_date(chosen))
    return chosen.sort_values(["date", "row"], na_position="last", kind="stable").reset_index(
        drop=True
    )


def top_improvements(
    context: pd.DataFrame,
    n: int = 3,
    *,
    codebook: Codebook | None = None,
    include_generic: bool = False,
) -> pd.DataFrame:
    """The n most recurring improvement themes, each with its most recent evidence sentence.

    Generic themes (fit) are left out unless ``include_generic``: "better fit" is not a lesson.
    Ties go to the theme seen in more applications, then the more recent. Columns: theme,
    label, mentions, applications, evidence, company, role, date, feedback_source.
    """
    book = codebook or load_codebook()
    improvements = context[context["polarity"] == "improvement"]
    if not include_generic:
        improvements = improvements[~improvements["theme"].isin(book.generic_themes)]
    dated = improvements.assign(
        date=_mention_date(improvements),
        evidence_length=improvements["evidence"].fillna("").str.len(),
    )
    # Most recent first; on the same day the longer (more specific) sentence wins.
    latest = dated.sort_values(
        ["date", "evidence_length"], ascending=[False, False], na_position="last", kind="stable"
    ).drop_duplicates("theme")
    counts = dated.groupby("theme", sort=False).agg(
        mentions=("row", "size"), applications=("application_id", "nunique")
    )
    top = (
        latest.set_index("theme")
        .join(counts)
        .reset_index()
        .sort_values(
            ["mentions", "applications", "date"],
            ascending=[False, False, False],
            na_position="last",
            kind="stable",
        )
        .head(n)
    )
    return top.assign(
        theme=top["theme"].astype("string"),
        label=pd.Series([book.label(t) for t in top["theme"]], index=top.index, dtype="string"),
        mentions=top["mentions"].astype("int64"),
        applications=top["applications"].astype("int64"),
    )[
        ["theme", "label", "mentions", "applications", "evidence", "company", "role", "date",
         "feedback_source"]
    ].reset_index(drop=True)
