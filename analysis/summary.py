"""The themed feedback summary: what keeps coming up, what to keep, what to change, whom to ask.

``build_summary`` reads the canonical table and the tagger's mentions and returns a frozen
:class:`Summary` that the Excel, HTML, Markdown and letter writers (and the app's Export page)
render. Numbers come from :mod:`analysis.metrics`; this module only chooses and words them.

Definitions (what a user sees, so keep them in sync with the report text):

- **count, share, trend, quotes**: see :mod:`analysis.findings`.
- **action plan**: the top three non-generic improvement themes are the things to change; the
  top three non-generic strength themes that are not already things to change are the things to
  keep. Ranking: notes, then applications, then most recent. When feedback names fewer than
  three things to change but ``PAD_MIN_FIRST_ROUND_STOPS`` or more applications stopped after
  their first interview, the list is filled from ``practice.toml``'s first-round priorities
  (presentation, attitude, communication, preparation), each marked as not from the feedback.
- **feedback quality**: a note is *specific* when it mentions at least one non-generic theme,
  otherwise *generic* (only "better fit"-type themes, or no theme at all). The candidate's own
  notes are not feedback: a rejection with only those came without feedback.
- **follow-ups**: rejections after at least one interview whose rejection note is missing or
  generic. The written request is due ``REQUEST_AFTER_DAYS`` (14) days after the rejection;
  it is overdue when that date is before ``today``, and *too late to ask* (never "overdue")
  once the rejection is more than ``TOO_LATE_DAYS`` (90) days old. Rejections before any
  interview have no interviewer to ask and are left out.
- **who said it**: ``voices`` says what employers, advisers and the candidate's own notes
  raised; ``unconfirmed`` lists the improvement themes no employer or recruiter has named (see
  :mod:`analysis.findings`); each follow-up's ``own_notes`` holds the themes to ask about.
- **first round**: :data:`analysis.present.FIRST_ROUND_DEFINITION`, stated in every export.
- **groups** (``by``, a cohort): per group, students, applications, offers, first-round pass
  rate and the top improvement themes as shares of the group's students; a group under
  ``metrics.ANONYMITY_FLOOR`` students shows only "fewer than 5" (``analysis.cohort``).
- **withheld columns**: in an export made for sharing (a cohort's log, or grouped with
  ``by``) the person's own columns whose header names a person or whose cells hold emails are
  left out, and the export says so (``analysis.cohort.personal_columns``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.cohort import CohortGroups, for_sharing, personal_columns, summarise_groups
from analysis.findings import (
    SELF,
    Quote,
    ThemeFinding,
    Voice,
    explain,
    feedback_notes,
    find_themes,
    find_voices,
    has_text,
    note_context,
    own_note_themes,
    ratio,
    source_groups,
    unconfirmed_themes,
)
from analysis.present import NO_FEEDBACK_YET, format_date
from analysis.schema import STAGE_LABELS, application_rows, counted_rows, interview_rows

__all__ = ["ActionItem", "ActionPlan", "CohortGroups", "FeedbackQuality", "Headline", "Quote",
           "Summary", "ThemeFinding", "Voice", "build_summary", "format_date", "plan_actions"]

REQUEST_AFTER_DAYS = 14
TOO_LATE_DAYS = 90  # after this long, asking for feedback about a rejection is too late
PLAN_SIZE = 3
PAD_MIN_FIRST_ROUND_STOPS = 2

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
    "too_late",
    "own_notes",  # tuple of theme ids the candidate's own notes on it raise and no employer did
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
    # "Showing 585 of 1,152 applications (filtered)." when a filter hides rows: every export
    # states it in its header (analysis.present.filter_note words it).
    filter_note: str | None = None
    # Set when the log holds no feedback text at all: the exports say so instead of tables.
    no_feedback: str | None = None
    # Who said it: one Voice per source group with notes; improvement theme ids only the
    # candidate's own notes or an adviser raised (letters ask employers about them).
    voices: tuple[Voice, ...] = ()
    unconfirmed: tuple[str, ...] = ()
    # A cohort by one group column (``by``), groups under the anonymity floor suppressed.
    groups: CohortGroups | None = None
    # The person's own columns left out of exports made for sharing (names, emails).
    withheld_columns: tuple[str, ...] = ()


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
    """'specific', 'generic' or NA (no feedback, or only the candidate's own notes) per row."""
    counted = counted_rows(table)
    specific_rows = set(context.loc[~context["theme"].isin(codebook.generic_themes), "row"])
    # The candidate's own notes are no feedback from anyone: a rejection they annotated still
    # came without feedback, and is still worth a request.
    own = source_groups(counted["feedback_source"]) == SELF
    written = has_text(counted["feedback"]) & ~own.to_numpy()
    kind = pd.Series(pd.NA, index=counted.index, dtype="string")
    kind = kind.mask(written, "generic")
    return kind.mask(written & counted.index.isin(list(specific_rows)), "specific")


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
        feedback_share=ratio(with_feedback, len(rejections)),
        generic_share=ratio(generic, with_feedback),
        by_source=metrics.generic_share_by_source(table, mentions, codebook),
        by_channel=metrics.generic_share_by_channel(table, mentions, codebook),
    )


def list_follow_ups(
    table: pd.DataFrame, context: pd.DataFrame, codebook: Codebook, *, today: dt.date
) -> pd.DataFrame:
    """Rejections after an interview without specific feedback, with request due dates."""
    kind = note_specificity(table, context, codebook)
    own = own_note_themes(context, codebook)
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
    too_late = ((today_ts - rejected_on).dt.days > TOO_LATE_DAYS).astype("boolean")
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
            "overdue": ((days < 0) & ~too_late.fillna(False)).astype("boolean"),
            "days_until_due": days,
            "too_late": too_late.fillna(False),
            "own_notes": pd.Series([own.get(str(a), ()) for a in rejected["application_id"]],
                                   index=rejected.index, dtype=object),
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
    filter_note: str | None = None,
    by: str | None = None,
    by_label: str | None = None,
) -> Summary:
    """Build the themed feedback summary of a canonical table and its mentions.

    ``filter_note`` is the sentence saying which rows a filter left (see
    ``analysis.present.filter_note``); every export states it in its header. ``by`` is a
    table column to group a cohort by (``by_label``: its name as the user gave it).
    """
    codebook = codebook or load_codebook()
    notes = len(feedback_notes(table))
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
        notes_with_feedback=notes,
        filter_note=filter_note,
        no_feedback=None if notes else NO_FEEDBACK_YET,
        voices=find_voices(table, context, codebook),
        unconfirmed=unconfirmed_themes(context, codebook),
        groups=None if by is None else summarise_groups(table, mentions, by, codebook,
                                                        label=by_label),
        withheld_columns=tuple(personal_columns(table)) if for_sharing(table, by) else (),
    )
