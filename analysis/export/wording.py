"""Sentences every export words the same way: headline, period, feedback quality, due dates.

They hold numbers and dates only, never user text, so each format escapes the user text it
puts around them in its own way.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.cohort import CohortGroups
from analysis.findings import GROUP_LABELS, GROUP_SHORT, Voice
from analysis.present import FIRST_ROUND_DEFINITION, format_date, percent, plural
from analysis.schema import SOURCE_LABELS
from analysis.summary import Quote, Summary, ThemeFinding

TITLE = "Interview feedback summary"
# A report lists at most this many follow-ups (a cohort has thousands); the rest are counted and
# the Excel export's Follow-ups sheet has every one, so nothing is lost, only not repeated.
MAX_FOLLOW_UP_ROWS = 50
FOOTER = (
    "Made with Debrief on your own computer from your own interview log. "
    "Nothing in this report was sent anywhere."
)


def period_text(summary: Summary) -> str:
    """'1 January 2026 to 5 March 2026 · made on 10 March 2026'."""
    head = summary.headline
    made = f"made on {format_date(summary.today)}"
    if head.period_start is None:
        return f"No dated entries yet · {made}"
    return f"{format_date(head.period_start)} to {format_date(head.period_end)} · {made}"


def header_notes(summary: Summary) -> list[str]:
    """Lines every export states under its title: a filter, missing feedback, privacy."""
    notes = [summary.filter_note] if summary.filter_note else []
    if summary.no_feedback:
        notes.append(summary.no_feedback)
    if summary.withheld_columns:
        notes.append(withheld_note(summary.withheld_columns))
    return notes


def withheld_note(columns: tuple[str, ...]) -> str:
    """The sentence that says which of the person's own columns an export leaves out.

    Column names are the user's text: each format escapes this sentence as it does any.

    >>> withheld_note(("Tutor name",))
    "Left out to keep people private: the column 'Tutor name', which may hold names or emails."
    """
    named = ", ".join(f"'{c}'" for c in columns)
    noun = "column" if len(columns) == 1 else "columns"
    return (f"Left out to keep people private: the {noun} {named}, which may hold names or "
            "emails.")


def themes_text(themes: Sequence[tuple[str, float]]) -> str | None:
    """'Communication (60%); Preparation (20%)', or None when no theme was named.

    >>> themes_text([("Communication", 0.6), ("Preparation", 0.2)]), themes_text(())
    ('Communication (60%); Preparation (20%)', None)
    """
    return "; ".join(f"{label} ({share:.0%})" for label, share in themes) or None


def group_rows(groups: CohortGroups) -> list[list[object]]:
    """One row per group: a group under the floor shows "fewer than 5" and nothing else."""
    hidden = f"fewer than {groups.floor}"
    rows: list[list[object]] = []
    for r in groups.rows.itertuples(index=False):
        if r.suppressed:
            rows.append([r.group, hidden, None, None, None, None])
            continue
        rate = None if pd.isna(r.first_round_pass_rate) else float(r.first_round_pass_rate)
        rows.append([r.group, int(r.students), int(r.applications), int(r.offers), rate,
                     themes_text(r.top_themes)])
    return rows


def group_cells(groups: CohortGroups) -> list[list[str]]:
    """The Groups table as text cells (for HTML and Markdown), suppression applied."""
    def cell(value: object, kind: str) -> str:
        if value is None:
            return ""
        return percent(float(value)) if kind == "percent" else str(value)

    kinds = ("text", "int", "int", "int", "percent", "text")
    return [[cell(v, k) for v, k in zip(row, kinds, strict=True)] for row in group_rows(groups)]


def groups_intro(groups: CohortGroups) -> str:
    """'By Programme. Top improvement themes: the share of each group's students ...'"""
    return (f"By {groups.label}. Top improvement themes are the share of each group's students "
            f"whose feedback names the theme. {groups.suppressed_note}")


def headline_items(summary: Summary) -> list[tuple[str, str, str]]:
    """(label, value, note) for the headline, already formatted (no user text)."""
    head = summary.headline
    ci = head.first_round_pass_ci
    return [
        ("Applications", str(head.applications), ""),
        ("Interviews", str(head.interviews), f"in {head.interviewed_applications} applications"),
        ("Offers", str(head.offers), ""),
        ("Heard back", percent(head.response_rate), "of applications"),
        (
            "First-round pass rate",
            percent(head.first_round_pass_rate),
            "" if ci is None else f"95% interval {ci[0]:.0%}–{ci[1]:.0%}",
        ),
    ]


def first_round_note() -> str:
    """What the first-round figures count (one sentence, from :mod:`analysis.present`)."""
    return FIRST_ROUND_DEFINITION


def quote_parts(quote: Quote) -> tuple[str, str]:
    """A quote's text and who said it where and when ('Acme, 8 January 2026, Own notes')."""
    source = "" if quote.source in ("", "unknown") else SOURCE_LABELS.get(quote.source,
                                                                         quote.source)
    said = ", ".join(p for p in (quote.company, format_date(quote.date), source) if p)
    return quote.text, said


def source_text(finding: ThemeFinding) -> str:
    """Who raised a finding, in notes: 'employers 3, own notes 1'."""
    return ", ".join(f"{GROUP_SHORT[g]} {n:,}" for g, n in finding.sources)


def _themes(pairs: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{label.lower()} ({n:,})" for label, n in pairs)


def voice_sentence(voice: Voice) -> str:
    """'From your own notes (2 notes): to improve: preparation & examples (2).' (theme labels
    come from the codebook, so each format escapes the whole sentence)."""
    parts = []
    if voice.improvements:
        parts.append(f"to improve: {_themes(voice.improvements)}")
    if voice.strengths:
        parts.append(f"strengths: {_themes(voice.strengths)}")
    said = "; ".join(parts) if parts else "no theme found yet"
    return f"From {voice.label} ({plural(voice.notes, 'note')}): {said}."


def unconfirmed_sentence(summary: Summary) -> str:
    """The themes no employer has named yet, and that the letters ask about ('' if none)."""
    if not summary.unconfirmed:
        return ""
    labels = {f.theme: f.label for f in summary.recurring}
    names = ", ".join(labels.get(t, t).lower() for t in summary.unconfirmed)
    return (f"Raised only in {GROUP_LABELS['self']} or by an adviser, not yet by any employer "
            f"or recruiter: {names}. The feedback-request letters ask interviewers whether "
            "they saw it too.")


def who_said_it(summary: Summary) -> list[str]:
    """The 'Who said it' lines: one per source group, then the unconfirmed themes."""
    if not summary.voices:
        return []
    lines = [voice_sentence(v) for v in summary.voices]
    return lines + [line for line in [unconfirmed_sentence(summary)] if line]


def quality_sentence(summary: Summary) -> str:
    """One plain sentence on feedback after rejections (numbers only, no user text)."""
    q = summary.feedback_quality
    if not q.rejections:
        return "No rejections recorded yet."
    text = (
        f"{q.rejections_with_feedback} of {q.rejections} rejections came with feedback "
        f"({percent(q.feedback_share)})"
    )
    if q.rejections_with_feedback:
        text += (
            f"; {q.rejections_generic} of those said nothing specific "
            f"({percent(q.generic_share)} generic)"
        )
    return text + "."


def is_true(flag: object) -> bool:
    """True for a set flag; False for False and for missing (NA)."""
    return not pd.isna(flag) and bool(flag)


def due_text(due: object, overdue: object, days: object, too_late: object = False) -> str:
    """When to send a feedback request: '5 February 2026 (overdue by 33 days)'.

    >>> import datetime as dt
    >>> due_text(dt.date(2026, 2, 5), True, -33)
    '5 February 2026 (overdue by 33 days)'
    >>> due_text(None, None, None)
    'as soon as you can'
    """
    if is_true(too_late):
        return "too late to ask (rejected more than 90 days ago)"
    if due is None or pd.isna(due):
        return "as soon as you can"
    when = format_date(pd.Timestamp(due).date())
    if is_true(overdue):
        return f"{when} (overdue by {-int(days)} days)"
    return f"{when} (in {int(days)} days)" if int(days) else f"{when} (today)"


def follow_ups_to_show(frame: pd.DataFrame,
                       limit: int = MAX_FOLLOW_UP_ROWS) -> tuple[pd.DataFrame, int]:
    """The follow-ups a report lists (still to ask first, soonest due first) and how many more.

    >>> f = pd.DataFrame({"company": ["Old", "New", "Next"], "too_late": [True, False, False]})
    >>> shown, more = follow_ups_to_show(f, limit=2)
    >>> shown["company"].tolist(), more
    (['New', 'Next'], 1)
    """
    late = frame["too_late"].fillna(False).astype(bool).to_numpy()
    ordered = pd.concat([frame[~late], frame[late]])
    return ordered.head(limit), max(len(frame) - limit, 0)


def follow_up_counts(frame: pd.DataFrame) -> str:
    """'10,000 rejections to ask about: 3,000 overdue, 5,000 due later, 2,000 too late to ask.'

    >>> f = pd.DataFrame({"overdue": [True, False, False], "too_late": [False, False, True]})
    >>> follow_up_counts(f)
    '3 rejections to ask about: 1 overdue, 1 due later, 1 too late to ask.'
    """
    late = int(frame["too_late"].fillna(False).astype(bool).sum())
    overdue = int(frame["overdue"].fillna(False).astype(bool).sum())
    later = len(frame) - late - overdue
    return (f"{plural(len(frame), 'rejection')} to ask about: {overdue:,} overdue, "
            f"{later:,} due later, {late:,} too late to ask.")


def more_rows_text(more: int) -> str:
    """The line under a cut follow-up table (numbers only).

    >>> more_rows_text(9950)
    'And 9,950 more: the full list is in the Excel export (Follow-ups sheet).'
    """
    return f"And {more:,} more: the full list is in the Excel export (Follow-ups sheet)."


def theme_count_rows(summary: Summary) -> list[tuple[str, int, int]]:
    """Theme label, improvement notes, strength notes: the chart's data, most raised first."""
    counts: dict[str, list[int]] = {}
    for finding in summary.recurring:
        counts.setdefault(finding.label, [0, 0])[0] = finding.count
    for finding in summary.strengths:
        counts.setdefault(finding.label, [0, 0])[1] = finding.count
    ordered = sorted(counts.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
    return [(label, imp, strength) for label, (imp, strength) in ordered]
