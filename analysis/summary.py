"""The themed feedback summary: what keeps coming up, what to keep, what to change, whom to ask.

``build_summary`` reads the canonical table and the tagger's mentions and returns a frozen
:class:`Summary` that the Excel, HTML, Markdown and letter writers (and the app's Export page)
render. Numbers come from :mod:`analysis.metrics`; this module only chooses and words them.

Definitions (what a user sees, so keep them in sync with the report text):

- **count**: feedback notes (counted rows, mock interviews included) that mention the theme with
  that polarity; a note that mentions it twice counts once.
- **share**: of the applications that reached an interview, the share whose feedback mentions
  the theme (mock interviews are no applications, so they are not in the share).
- **trend**: the feedback period (first to last dated note; a note's date is its interview
  date, else its application date) is cut in half at its midpoint.
  In each half, the rate is notes mentioning the theme / notes with feedback. With at least
  ``MIN_TREND_NOTES`` mentioning notes and feedback in both halves, the theme is *rising* when
  the rate grew by ``TREND_MARGIN`` (15 percentage points) or more, *fading* when it fell by as
  much, else *steady*; with fewer it is *too few to tell*.
- **quotes**: up to three evidence sentences, at most one per application until every
  application has one; specific (``MIN_QUOTE_WORDS`` words or more) first, then most recent,
  then longest; the same sentence is never shown twice.
- **action plan**: the top three non-generic improvement themes are the things to change; the
  top three non-generic strength themes that are not already things to change are the things to
  keep. Ranking: notes, then applications, then most recent. When feedback names fewer than
  three things to change but ``PAD_MIN_FIRST_ROUND_STOPS`` or more applications stopped after
  their first interview, the list is filled from ``practice.toml``'s first-round priorities
  (presentation, attitude, communication, preparation), each marked as not from the feedback.
- **feedback quality**: a note is *specific* when it mentions at least one non-generic theme,
  otherwise *generic* (only "better fit"-type themes, or no theme at all).
- **follow-ups**: rejections after at least one interview whose rejection note is missing or
  generic. The written request is due ``REQUEST_AFTER_DAYS`` (14) days after the rejection;
  it is overdue when that date is before ``today``. Rejections before any interview have no
  interviewer to ask and are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.schema import (
    STAGE_LABELS,
    STAGES,
    application_rows,
    counted_rows,
    interview_rows,
)

REQUEST_AFTER_DAYS = 14
MIN_TREND_NOTES = 3
TREND_MARGIN = 0.15
MAX_QUOTES = 3
MIN_QUOTE_WORDS = 4
PLAN_SIZE = 3
PAD_MIN_FIRST_ROUND_STOPS = 2

RISING, FADING, STEADY, TOO_FEW = "rising", "fading", "steady", "too few to tell"

FOLLOW_UP_COLUMNS: tuple[str, ...] = (
    "application_id",
    "company",
    "role",
    "interviewer",
    "stage",
    "feedback_given",
    "rejected_on",
    "request_due",
    "overdue",
    "days_until_due",
)


@dataclass(frozen=True)
class Headline:
    """The numbers at the top of the summary."""

    period_start: dt.date | None
    period_end: dt.date | None
    applications: int
    interviews: int
    interviewed_applications: int
    offers: int
    response_rate: float | None
    first_round_pass_rate: float | None
    first_round_pass_ci: tuple[float, float] | None


@dataclass(frozen=True)
class Quote:
    """One piece of evidence, with where and when it was said."""

    text: str
    company: str
    date: dt.date | None
    stage: str
    source: str


@dataclass(frozen=True)
class ThemeFinding:
    """One theme as a strength or an improvement, with its numbers and best evidence."""

    theme: str
    label: str
    polarity: str
    count: int
    applications: int
    share: float | None
    stages: tuple[str, ...]
    rounds: tuple[int, ...]
    trend: str
    last_seen: dt.date | None
    generic: bool
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class ActionItem:
    """One line of the action plan: keep doing or change, why, and how to practise."""

    kind: str  # "keep" | "change"
    theme: str
    label: str
    why: str
    practice: str
    from_feedback: bool = True


@dataclass(frozen=True)
class ActionPlan:
    """Up to three things to keep doing and three to change."""

    keep: tuple[ActionItem, ...]
    change: tuple[ActionItem, ...]

    @property
    def items(self) -> tuple[ActionItem, ...]:
        """Keep items first, then change items."""
        return (*self.keep, *self.change)


@dataclass(frozen=True)
class FeedbackQuality:
    """How much feedback the user gets after rejections, and how specific it is."""

    rejections: int
    rejections_with_feedback: int
    rejections_generic: int
    feedback_share: float | None
    generic_share: float | None
    by_source: pd.DataFrame = field(compare=False)
    by_channel: pd.DataFrame = field(compare=False)


@dataclass(frozen=True)
class Summary:
    """Everything the exports show, computed once."""

    today: dt.date
    headline: Headline
    recurring: tuple[ThemeFinding, ...]
    strengths: tuple[ThemeFinding, ...]
    action_plan: ActionPlan
    feedback_quality: FeedbackQuality
    follow_ups: pd.DataFrame = field(compare=False)
    notes_with_feedback: int = 0


# ----------------------------------------------------------------------------- small helpers


def _as_date(value: Any) -> dt.date | None:
    """Turn a Timestamp/date/NaT into a date or None."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date()


def _ratio(part: float, whole: float) -> float | None:
    """part / whole, or None when whole is zero."""
    return float(part) / float(whole) if whole else None


def _has_text(values: pd.Series) -> pd.Series:
    """True where a text cell holds something other than whitespace."""
    return values.fillna("").astype("string").str.strip().ne("").fillna(False).astype(bool)


def format_date(value: dt.date | None) -> str:
    """Show a date the way people write it, e.g. '18 January 2026' ('' when unknown).

    >>> format_date(dt.date(2026, 1, 8))
    '8 January 2026'
    """
    return "" if value is None else f"{value.day} {value:%B %Y}"


# ----------------------------------------------------------------------------- building blocks


def summarise_headline(table: pd.DataFrame) -> Headline:
    """Wrap ``metrics.headline_numbers`` in the summary's own frozen record."""
    numbers = metrics.headline_numbers(table)
    rate = numbers["first_round_pass_rate"]
    low, high = numbers["first_round_pass_ci"]
    return Headline(
        period_start=numbers["period_start"],
        period_end=numbers["period_end"],
        applications=int(numbers["applications"]),
        interviews=int(numbers["interviews"]),
        interviewed_applications=int(numbers["interviewed_applications"]),
        offers=int(numbers["offers"]),
        response_rate=numbers["response_rate"],
        first_round_pass_rate=rate,
        # no decided first round: the (0, 1) interval says nothing, so show none
        first_round_pass_ci=None if rate is None else (float(low), float(high)),
    )


def note_context(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of counted rows with their context, one row per (note, theme, polarity).

    Keeps the first evidence of a theme within a note, so a note counts once per theme.
    """
    context = metrics.tag_context(table, mentions)
    extra = [c for c in ("practice", "interviewer", "outcome") if c not in context.columns]
    if extra:
        context = context.join(table[extra], on="row")
    return (
        context.assign(
            theme=context["theme"].astype("string"),
            polarity=context["polarity"].astype("string"),
            practice=context["practice"].fillna(False).astype(bool),
            date=feedback_date(context),
        )
        .drop_duplicates(["row", "theme", "polarity"])
        .reset_index(drop=True)
    )


def feedback_date(rows: pd.DataFrame) -> pd.Series:
    """When feedback was given: the interview date, else the application date (as metrics)."""
    return rows["event_date"].fillna(rows["applied_date"])


def feedback_notes(table: pd.DataFrame) -> pd.DataFrame:
    """Counted rows that carry feedback text, with their ``date``."""
    counted = counted_rows(table)
    notes = counted[_has_text(counted["feedback"])]
    return notes.assign(date=feedback_date(notes))


def period_halves(dates: pd.Series, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Label each date 'first' or 'second' half of [start, end] (NA when undated)."""
    midpoint = start + (end - start) / 2
    half = pd.Series(pd.NA, index=dates.index, dtype="string")
    half = half.mask(dates.notna() & (dates < midpoint), "first")
    return half.mask(dates.notna() & (dates >= midpoint), "second")


def classify_trend(first_hits: int, first_notes: int, second_hits: int, second_notes: int) -> str:
    """Rising, fading or steady from mention rates in two halves; 'too few to tell' if thin.

    >>> classify_trend(0, 4, 3, 4)
    'rising'
    >>> classify_trend(1, 4, 1, 4)
    'too few to tell'
    """
    if first_hits + second_hits < MIN_TREND_NOTES or not first_notes or not second_notes:
        return TOO_FEW
    change = second_hits / second_notes - first_hits / first_notes
    if change >= TREND_MARGIN - 1e-9:
        return RISING
    if change <= -TREND_MARGIN + 1e-9:
        return FADING
    return STEADY


def theme_trends(context: pd.DataFrame, notes: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Trend per (theme, polarity), comparing the two halves of the feedback period."""
    dates = notes["date"].dropna()
    if dates.empty:
        return {}
    note_half = period_halves(notes["date"], dates.min(), dates.max())
    notes_per_half = note_half.value_counts()
    hits = (
        context.assign(half=period_halves(context["date"], dates.min(), dates.max()))
        .dropna(subset=["half"])
        .groupby(["theme", "polarity", "half"])["row"]
        .nunique()
    )
    trends = {}
    for theme, polarity in context[["theme", "polarity"]].drop_duplicates().itertuples(index=False):
        trends[(theme, polarity)] = classify_trend(
            int(hits.get((theme, polarity, "first"), 0)),
            int(notes_per_half.get("first", 0)),
            int(hits.get((theme, polarity, "second"), 0)),
            int(notes_per_half.get("second", 0)),
        )
    return trends


def pick_quotes(context: pd.DataFrame, limit: int = MAX_QUOTES) -> pd.DataFrame:
    """The most telling evidence per (theme, polarity) of a note_context: see module docstring."""
    if context.empty:
        return context
    text = context["evidence"].fillna("").astype("string").str.strip()
    words = text.str.split().str.len().fillna(0).astype(int)
    ranked = (
        context.assign(
            _text=text,
            _key=text.str.casefold(),
            _words=words,
            _specific=words >= MIN_QUOTE_WORDS,
            # a note without an application id (mock interview) is its own "application"
            _app=context["application_id"]
            .astype("string")
            .fillna("row-" + context["row"].astype(str)),
        )
        .loc[lambda df: df["_text"] != ""]
        .sort_values(
            ["_specific", "date", "_words"],
            ascending=False,
            na_position="last",
            kind="stable",
        )
        .drop_duplicates(["theme", "polarity", "_key"])
    )
    one_per_app = ranked.drop_duplicates(["theme", "polarity", "_app"])
    ordered = pd.concat([one_per_app, ranked.drop(one_per_app.index)])
    return ordered.groupby(["theme", "polarity"], sort=False).head(limit)


def _stage_position(stage: str) -> int:
    """Funnel order of a stage id (unknown ones last)."""
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


def _stage_text(row: pd.Series) -> str:
    if row.get("practice"):
        return "Mock interview / practice"
    stage = row.get("stage")
    return "" if stage is None or pd.isna(stage) else STAGE_LABELS.get(str(stage), str(stage))


def _quote_from(row: pd.Series) -> Quote:
    company = row.get("company")
    source = row.get("feedback_source")
    return Quote(
        text=str(row["_text"]),
        company="" if company is None or pd.isna(company) else str(company),
        date=_as_date(row.get("date")),
        stage=_stage_text(row),
        source="" if source is None or pd.isna(source) else str(source),
    )


def find_themes(
    table: pd.DataFrame, context: pd.DataFrame, codebook: Codebook
) -> dict[str, tuple[ThemeFinding, ...]]:
    """Ranked findings per polarity ('strength', 'improvement')."""
    found: dict[str, tuple[ThemeFinding, ...]] = {"strength": (), "improvement": ()}
    if context.empty:
        return found
    interviewed_apps = set(interview_rows(table)["application_id"].dropna().astype(str))
    trends = theme_trends(context, feedback_notes(table))
    quotes = {
        key: tuple(_quote_from(q) for _, q in group.iterrows())
        for key, group in pick_quotes(context).groupby(["theme", "polarity"], sort=False)
    }
    # context holds one row per (note, theme, polarity), so "mentions" here counts notes
    counts = metrics.theme_counts(context).set_index(["theme", "polarity"])
    order = {theme: i for i, theme in enumerate(codebook.theme_ids)}
    for polarity in found:
        rows = context[context["polarity"] == polarity]
        findings = []
        for theme, group in rows.groupby("theme", sort=False):
            real = group[~group["practice"]]  # mock interviews have no real stage or round
            apps = real["application_id"].dropna().astype(str)
            rounds = real["round"].dropna().astype(int)
            stage_ids = sorted(set(real["stage"].dropna().astype(str)), key=_stage_position)
            stages = [STAGE_LABELS.get(s, s) for s in stage_ids]
            if group["practice"].any():
                stages.append("Mock interview / practice")
            findings.append(
                ThemeFinding(
                    theme=str(theme),
                    label=codebook.label(str(theme)),
                    polarity=polarity,
                    count=int(counts.loc[(theme, polarity), "mentions"]),
                    applications=int(counts.loc[(theme, polarity), "applications"]),
                    share=_ratio(len(set(apps) & interviewed_apps), len(interviewed_apps)),
                    stages=tuple(dict.fromkeys(stages)),
                    rounds=tuple(sorted(set(rounds[rounds >= 1].tolist()))),
                    trend=trends.get((theme, polarity), TOO_FEW),
                    last_seen=_as_date(group["date"].max()),
                    generic=str(theme) in codebook.generic_themes,
                    quotes=quotes.get((theme, polarity), ()),
                )
            )
        findings.sort(
            key=lambda f: (
                -f.count,
                -f.applications,
                -(f.last_seen.toordinal() if f.last_seen else 0),
                order.get(f.theme, len(order)),
            )
        )
        found[polarity] = tuple(findings)
    return found


def explain(finding: ThemeFinding) -> str:
    """One plain sentence of evidence for an action item (user text unescaped)."""
    notes = "note" if finding.count == 1 else "notes"
    where = f" ({', '.join(finding.stages)})" if finding.stages else ""
    kind = "a strength" if finding.polarity == "strength" else "something to improve"
    text = f"Named as {kind} in {finding.count} feedback {notes}{where}"
    if finding.trend in (RISING, FADING):
        text += f", {finding.trend}"
    text += "."
    if finding.quotes:
        quote = finding.quotes[0]
        said = ", ".join(part for part in (quote.company, format_date(quote.date)) if part)
        text += f" For example: \u201c{quote.text}\u201d" + (f" ({said})." if said else "")
    return text


def practice_step(codebook: Codebook, theme: str, kind: str) -> str:
    """The practice step (kind 'change') or keep phrase (kind 'keep') for a theme."""
    per_theme = codebook.practice.get("themes", {}).get(theme, {})
    default = codebook.practice.get("default", {})
    return str(per_theme.get(kind) or default.get(kind) or "")


def first_round_stops(table: pd.DataFrame) -> int:
    """Applications that stopped after their first interview (metrics.first_round_dropoff)."""
    return int(metrics.first_round_dropoff(table)["count"])


def plan_actions(
    recurring: tuple[ThemeFinding, ...],
    strengths: tuple[ThemeFinding, ...],
    codebook: Codebook,
    *,
    first_round_stops: int = 0,
) -> ActionPlan:
    """Choose three things to change and three to keep (see the module docstring)."""
    generic = codebook.generic_themes
    change_findings = [f for f in recurring if f.theme not in generic][:PLAN_SIZE]
    change_themes = {f.theme for f in change_findings}
    keep_findings = [
        f for f in strengths if f.theme not in generic and f.theme not in change_themes
    ][:PLAN_SIZE]
    change = [
        ActionItem(
            "change", f.theme, f.label, explain(f), practice_step(codebook, f.theme, "change")
        )
        for f in change_findings
    ]
    keep = [
        ActionItem("keep", f.theme, f.label, explain(f), practice_step(codebook, f.theme, "keep"))
        for f in keep_findings
    ]
    if len(change) < PLAN_SIZE and first_round_stops >= PAD_MIN_FIRST_ROUND_STOPS:
        priorities = codebook.practice.get("first_round_priorities", {})
        taken = change_themes | {f.theme for f in keep_findings}
        for theme in priorities.get("themes", []):
            if len(change) >= PLAN_SIZE:
                break
            if theme in taken or theme in generic:
                continue
            change.append(
                ActionItem(
                    "change",
                    theme,
                    codebook.label(theme),
                    str(priorities.get("why", "")),
                    practice_step(codebook, theme, "change"),
                    from_feedback=False,
                )
            )
    return ActionPlan(keep=tuple(keep), change=tuple(change))


def note_specificity(table: pd.DataFrame, context: pd.DataFrame, codebook: Codebook) -> pd.Series:
    """'specific', 'generic' or NA (no feedback) for every counted row."""
    counted = counted_rows(table)
    specific_rows = set(context.loc[~context["theme"].isin(codebook.generic_themes), "row"])
    has_text = _has_text(counted["feedback"])
    kind = pd.Series(pd.NA, index=counted.index, dtype="string")
    kind = kind.mask(has_text, "generic")
    return kind.mask(has_text & counted.index.isin(list(specific_rows)), "specific")


def assess_feedback(
    table: pd.DataFrame, mentions: pd.DataFrame, context: pd.DataFrame, codebook: Codebook
) -> FeedbackQuality:
    """How many rejections came with feedback, and how generic it is, by source and channel."""
    kind = note_specificity(table, context, codebook)
    rejections = application_rows(table).pipe(lambda df: df[df["outcome"] == "rejected"])
    rejection_kind = kind.reindex(rejections.index)
    with_feedback = int(rejection_kind.notna().sum())
    generic = int((rejection_kind == "generic").sum())
    return FeedbackQuality(
        rejections=len(rejections),
        rejections_with_feedback=with_feedback,
        rejections_generic=generic,
        feedback_share=_ratio(with_feedback, len(rejections)),
        generic_share=_ratio(generic, with_feedback),
        by_source=metrics.generic_share_by_source(table, mentions, codebook),
        by_channel=metrics.generic_share_by_channel(table, mentions, codebook),
    )


def list_follow_ups(
    table: pd.DataFrame, context: pd.DataFrame, codebook: Codebook, *, today: dt.date
) -> pd.DataFrame:
    """Rejections after an interview without specific feedback, with request due dates."""
    kind = note_specificity(table, context, codebook)
    apps = application_rows(table)
    interviewed = set(interview_rows(table)["application_id"].dropna())
    # Address the letter to the rejecting interview's interviewer, else the application's
    # most recently named one: someone who met the candidate is better than nobody.
    known = apps.dropna(subset=["interviewer"]).sort_values("event_date", na_position="first")
    last_interviewer = known.groupby("application_id")["interviewer"].last()
    rejected = (
        apps[(apps["outcome"] == "rejected") & apps["application_id"].isin(list(interviewed))]
        # reindex: assigning a Series to an EMPTY frame would adopt the Series' rows
        .assign(feedback_given=lambda df: kind.reindex(df.index).fillna("none"))
        .sort_values("event_date", na_position="first", kind="stable")
        .drop_duplicates("application_id", keep="last")
        .loc[lambda df: df["feedback_given"] != "specific"]
    )
    rejected_on = rejected["event_date"].dt.normalize()
    due = rejected_on + pd.Timedelta(days=REQUEST_AFTER_DAYS)
    today_ts = pd.Timestamp(today)
    days = (due - today_ts).dt.days.astype("Int64")
    out = pd.DataFrame(
        {
            "application_id": rejected["application_id"].astype("string"),
            "company": rejected["company"].astype("string"),
            "role": rejected["role"].astype("string"),
            "interviewer": rejected["interviewer"]
            .astype("string")
            .fillna(rejected["application_id"].map(last_interviewer).astype("string")),
            "stage": rejected["stage"]
            .astype("string")
            .map(lambda s: STAGE_LABELS.get(s, s), na_action="ignore")
            .astype("string"),
            "feedback_given": rejected["feedback_given"].astype("string"),
            "rejected_on": rejected_on,
            "request_due": due,
            "overdue": (days < 0).astype("boolean"),
            "days_until_due": days,
        },
        columns=list(FOLLOW_UP_COLUMNS),
    )
    return out.sort_values("request_due", na_position="last", kind="stable").reset_index(drop=True)


# ----------------------------------------------------------------------------- entry point


def build_summary(
    table: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    today: dt.date,
    codebook: Codebook | None = None,
) -> Summary:
    """Build the themed feedback summary of a canonical table and its mentions."""
    codebook = codebook or load_codebook()
    context = note_context(table, mentions)
    themes = find_themes(table, context, codebook)
    plan = plan_actions(
        themes["improvement"],
        themes["strength"],
        codebook,
        first_round_stops=first_round_stops(table),
    )
    return Summary(
        today=today,
        headline=summarise_headline(table),
        recurring=themes["improvement"],
        strengths=themes["strength"],
        action_plan=plan,
        feedback_quality=assess_feedback(table, mentions, context, codebook),
        follow_ups=list_follow_ups(table, context, codebook, today=today),
        notes_with_feedback=len(feedback_notes(table)),
    )


def findings_frame(findings: tuple[ThemeFinding, ...]) -> pd.DataFrame:
    """Findings as a table (one row per theme), e.g. for a preview or a spreadsheet."""
    return pd.DataFrame(
        {
            "theme": [f.theme for f in findings],
            "label": [f.label for f in findings],
            "polarity": [f.polarity for f in findings],
            "count": [f.count for f in findings],
            "applications": [f.applications for f in findings],
            "share": [f.share for f in findings],
            "stages": [", ".join(f.stages) for f in findings],
            "trend": [f.trend for f in findings],
            "last_seen": pd.to_datetime([f.last_seen for f in findings]),
            "generic": [f.generic for f in findings],
        }
    )
