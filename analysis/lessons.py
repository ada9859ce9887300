"""Lessons first: the next steps on the first screen, and whether a theme is fading.

Built from the canonical table and a :class:`~analysis.summary.Summary`, so the first screen says
the same as every export. The rules, in words a user reads:

- **biggest drop**: the stage where the most decided applications ended (rejected, ghosted or
  withdrew), said as "11 of your 16 first interviews ended there".
- **issues to work on**: the top improvement themes that are not generic ("better fit"), each
  with its best evidence sentence, who said it and one practice drill. A theme is *recurring*
  only when it appears in at least ``RECURRING_MIN_APPLICATIONS`` applications; below that it
  is "mentioned once" and shown only when nothing recurs.
- **requests due**: feedback requests whose date has come, for rejections in the last
  ``ASK_WITHIN_DAYS`` days (older ones are too late to ask).
- **before and after**: once the user says when they started working on a theme, the share of
  their interviews with feedback that raise it, before and after that day, each with a 95%
  Wilson interval; with fewer than ``MIN_SIDE_INTERVIEWS`` interviews on either side it says
  there is not yet enough to tell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.present import plural
from analysis.schema import SOURCE_LABELS, STAGES, counted_rows
from analysis.summary import Quote, Summary, ThemeFinding, practice_step

RECURRING_MIN_APPLICATIONS = 2
ASK_WITHIN_DAYS = 90
MIN_SIDE_INTERVIEWS = 5
TOP_ISSUES = 3

# How each stage's endings read in a sentence: "<n> of your <m> <noun> ended there".
DROP_NOUNS: dict[str, str] = {
    "applied": "applications",
    "screen": "screens",
    "first_round": "first interviews",
    "second_round": "second interviews",
    "final_round": "final interviews",
}


@dataclass(frozen=True)
class Drop:
    """The stage where most applications ended, with its counts and the sentence to show."""

    stage: str
    ended: int
    reached: int
    sentence: str


@dataclass(frozen=True)
class IssueStep:
    """One issue to work on: the theme, how often, its evidence, who said it, one drill."""

    theme: str
    label: str
    applications: int
    recurring: bool
    evidence: Quote | None
    said_by: str
    drill: str


@dataclass(frozen=True)
class NextSteps:
    """What the first screen says to do next."""

    drop: Drop | None
    issues: tuple[IssueStep, ...]
    requests: pd.DataFrame  # summary.follow_ups rows due now and not too late


def biggest_drop(table: pd.DataFrame) -> Drop | None:
    """The stage where the most decided applications ended, or None when none has ended."""
    apps = metrics.applications_frame(table)
    decided = apps[apps["final_outcome"].isin(metrics.DECIDED_OUTCOMES)]
    if decided.empty:
        return None
    codes = apps["furthest_stage"].cat.codes
    ended = decided["furthest_stage"].astype(str).value_counts()
    stage = max(DROP_NOUNS, key=lambda s: (int(ended.get(s, 0)), -STAGES.index(s)))
    reached = int((codes >= STAGES.index(stage)).sum())
    count = int(ended.get(stage, 0))
    if stage == "applied":
        sentence = f"{count} of your {reached} applications ended before any interview."
    elif reached == 1:  # "1 of your 1 first interviews" reads like a machine
        sentence = f"Your only {DROP_NOUNS[stage][:-1]} so far ended there."
    else:
        sentence = f"{count} of your {reached} {DROP_NOUNS[stage]} ended there."
    return Drop(stage=stage, ended=count, reached=reached, sentence=sentence)


def is_recurring(finding: ThemeFinding) -> bool:
    """A theme recurs when it was raised in at least two applications."""
    return finding.applications >= RECURRING_MIN_APPLICATIONS


def issue_step(finding: ThemeFinding, codebook: Codebook) -> IssueStep:
    """One finding as an issue to work on, with its first quote and a practice drill."""
    quote = finding.quotes[0] if finding.quotes else None
    source = quote.source if quote else ""
    return IssueStep(
        theme=finding.theme,
        label=finding.label,
        applications=finding.applications,
        recurring=is_recurring(finding),
        evidence=quote,
        said_by=SOURCE_LABELS.get(source, source),
        drill=practice_step(codebook, finding.theme, "change"),
    )


def how_often(issue: IssueStep) -> str:
    """How often an issue came up, in words: "recurring" only from two applications on.

    >>> how_often(IssueStep("x", "X", 3, True, None, "", "")), how_often(
    ...     IssueStep("x", "X", 1, False, None, "", ""))
    ('Recurring: came up in 3 applications', 'Mentioned once so far')
    """
    if issue.recurring:
        return f"Recurring: came up in {issue.applications} applications"
    return "Mentioned once so far"


def issues_heading(issues: tuple[IssueStep, ...]) -> str:
    """The heading over the issues: a single mention is no thing to "work on first".

    >>> issues_heading(()), issues_heading((IssueStep("x", "X", 1, False, None, "", ""),))
    ('What to work on', 'One thing to watch (mentioned once)')
    """
    if issues and not any(i.recurring for i in issues):
        return "One thing to watch (mentioned once)"
    return "What to work on"


def first_thing_to_do(table: pd.DataFrame, summary: Summary) -> str | None:
    """What to do first when the log cannot show a lesson yet (None once it can)."""
    apps = metrics.applications_frame(table)
    if apps.empty:
        return ("Start by adding your applications to your log, one row each: company, role "
                "and the date you applied. Interviews, outcomes and feedback can follow.")
    if summary.no_feedback:
        return ("Next, add what interviewers, recruiters or mock interviews told you to a "
                "feedback column: that is what the lessons are drawn from.")
    return None


def top_issues(summary: Summary, codebook: Codebook, limit: int = TOP_ISSUES) -> tuple[
    IssueStep, ...
]:
    """The top recurring, specific improvement themes; a once-mentioned one only if none recur."""
    specific = [f for f in summary.recurring if not f.generic]
    recurring = [f for f in specific if is_recurring(f)]
    chosen = recurring[:limit] if recurring else specific[:1]
    return tuple(issue_step(f, codebook) for f in chosen)


def requests_due(summary: Summary, within_days: int = ASK_WITHIN_DAYS) -> pd.DataFrame:
    """Feedback requests whose date has come, for rejections recent enough to ask about."""
    follow = summary.follow_ups
    if follow.empty:
        return follow
    today = pd.Timestamp(summary.today)
    recent = follow["rejected_on"] >= today - pd.Timedelta(days=within_days)
    due = follow["request_due"] <= today
    return follow[(recent & due).fillna(False).astype(bool)].reset_index(drop=True)


def next_steps(
    table: pd.DataFrame, summary: Summary, codebook: Codebook | None = None
) -> NextSteps:
    """Everything the Next steps panel shows, from the table and its summary."""
    book = codebook or load_codebook()
    return NextSteps(
        drop=biggest_drop(table),
        issues=top_issues(summary, book),
        requests=requests_due(summary),
    )


@dataclass(frozen=True)
class Side:
    """One side of a before/after comparison: interviews with feedback and how many raised it."""

    hits: int
    interviews: int
    interval: tuple[float, float] | None

    @property
    def rate(self) -> float | None:
        """The share of interviews that raised the theme, or None without interviews."""
        return self.hits / self.interviews if self.interviews else None


@dataclass(frozen=True)
class BeforeAfter:
    """A theme's rate per interview before and after the user started working on it."""

    theme: str
    started_on: dt.date
    before: Side
    after: Side
    verdict: str
    undated: int = 0  # interviews with feedback but no date: on neither side, and said so


def _side(hits: pd.Series) -> Side:
    """Counts and the Wilson interval of one side (``hits``: one bool per interview)."""
    n, k = len(hits), int(hits.sum())
    return Side(hits=k, interviews=n, interval=metrics.wilson_interval(k, n) if n else None)


def judge_change(before: Side, after: Side, label: str) -> str:
    """Say plainly what the two sides show, or that there is not yet enough to tell.

    >>> judge_change(Side(1, 2, None), Side(0, 9, None), "Communication")
    'Not enough interviews yet to tell: 2 before and 9 since (5 on each side needed).'
    """
    if min(before.interviews, after.interviews) < MIN_SIDE_INTERVIEWS:
        return (
            f"Not enough interviews yet to tell: {before.interviews} before and "
            f"{after.interviews} since ({MIN_SIDE_INTERVIEWS} on each side needed)."
        )
    assert before.interval and after.interval
    counts = (f"{before.hits} of {before.interviews} interviews before, "
              f"{after.hits} of {after.interviews} since")
    if after.interval[1] < before.interval[0]:
        return f"{label} comes up less often since you started working on it ({counts})."
    if after.interval[0] > before.interval[1]:
        return f"{label} comes up more often since you started working on it ({counts})."
    return f"No clear change yet in how often {label.lower()} comes up ({counts})."


NO_DATES = (
    'None of your interviews has a date yet: add the day of each interview to your log (a '
    'column such as "Interview date") to see a before and after.'
)


def theme_before_after(
    table: pd.DataFrame,
    mentions: pd.DataFrame,
    theme: str,
    started_on: dt.date,
    codebook: Codebook | None = None,
) -> BeforeAfter:
    """How often ``theme`` was raised as an improvement per interview, before and after a day."""
    book = codebook or load_codebook()
    rows = counted_rows(table)
    has_text = rows["feedback"].astype("string").str.strip().fillna("").ne("")
    interviews = rows[has_text & ((rows["round"].fillna(0) >= 1) | rows["practice"].fillna(False))]
    dated = interviews["event_date"].notna()
    undated = int((~dated).sum())
    interviews = interviews[dated]
    raised_rows = set(
        mentions.loc[(mentions["theme"] == theme) & (mentions["polarity"] == "improvement"), "row"]
    )
    raised = pd.Series(interviews.index.isin(list(raised_rows)), index=interviews.index)
    after_mask = interviews["event_date"] >= pd.Timestamp(started_on)
    before, after = _side(raised[~after_mask]), _side(raised[after_mask])
    return BeforeAfter(
        theme=theme,
        started_on=started_on,
        before=before,
        after=after,
        verdict=NO_DATES if undated and interviews.empty
        else judge_change(before, after, book.label(theme)) + undated_note(undated),
        undated=undated,
    )


def undated_note(undated: int) -> str:
    """What the before-and-after leaves out: interviews the log gives no date for.

    >>> undated_note(0)
    ''
    >>> undated_note(2)
    ' 2 interviews without a date are left out.'
    """
    if not undated:
        return ""
    verb = "is" if undated == 1 else "are"
    return f" {plural(undated, 'interview')} without a date {verb} left out."


def request_when(due: object, today: object) -> str:
    """When a feedback request is due, in words ('due today', 'due since 3 Mar').

    >>> request_when(pd.Timestamp("2026-03-03"), dt.date(2026, 3, 3))
    'due today'
    >>> request_when(pd.Timestamp("2026-03-03"), dt.date(2026, 3, 5))
    'due since 3 Mar (2 days)'
    >>> request_when(pd.Timestamp("2026-03-09"), dt.date(2026, 3, 5))
    'send from 9 Mar'
    """
    if due is None or pd.isna(due):
        return "send it soon"
    days = (pd.Timestamp(today).normalize() - pd.Timestamp(due).normalize()).days
    when = f"{pd.Timestamp(due).day} {pd.Timestamp(due):%b}"
    if days == 0:
        return "due today"
    if days < 0:
        return f"send from {when}"
    return f"due since {when} ({plural(days, 'day')})"
