"""The summary as Markdown, for an email, a notes app or a chat with a coach.

User text is escaped (``safe.escape_markdown``) only where Markdown would read it as markup,
so ordinary punctuation stays as typed; text a spreadsheet would run as a formula gets an
apostrophe (``safe.neutralise_formula``), so a table pasted into a spreadsheet stays text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pandas as pd

from analysis.export import ExportInput
from analysis.export.safe import escape_markdown, neutralise_formula
from analysis.export.sheets import GROUP_COLUMNS
from analysis.export.wording import (
    FOOTER,
    TITLE,
    due_text,
    first_round_note,
    follow_up_counts,
    follow_ups_to_show,
    group_cells,
    groups_intro,
    header_notes,
    headline_items,
    is_true,
    more_rows_text,
    period_text,
    quality_sentence,
    quote_parts,
    source_text,
    who_said_it,
)
from analysis.present import format_date, percent
from analysis.summary import ActionItem, Summary, ThemeFinding


def _md(value: object) -> str:
    # Neutralised too: a pasted table must not run formulas in a spreadsheet. Pipes are
    # escaped everywhere, so the same text is safe in a table cell and in a line.
    return escape_markdown(neutralise_formula(value), table=True)


def _md_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A pipe table from cells that are ALREADY escaped Markdown."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _md_findings(findings: Sequence[ThemeFinding], empty: str) -> list[str]:
    if not findings:
        return [f"_{empty}_"]
    lines = _md_table(
        ["Theme", "Notes", "Share of interviewed applications", "Where", "Trend", "Who said it"],
        (
            [_md(f.label) + (" (generic)" if f.generic else ""), str(f.count), percent(f.share),
             _md(", ".join(f.stages)), _md(f.trend), _md(source_text(f))]
            for f in findings
        ),
    )
    for f in findings:
        if not f.quotes:
            continue
        lines += ["", f"**{_md(f.label)}**", ""]
        for quote in f.quotes:
            text, said = quote_parts(quote)
            lines.append(f"- \u201c{_md(text)}\u201d" + (f" ({_md(said)})" if said else ""))
    return lines


def _md_voices(summary: Summary) -> list[str]:
    lines = who_said_it(summary)
    if not lines:
        return ["_No feedback notes yet._"]
    return "\n\n".join(_md(line) for line in lines).split("\n")


def _md_plan(items: Sequence[ActionItem], empty: str) -> list[str]:
    if not items:
        return [f"_{empty}_"]
    lines = []
    for n, item in enumerate(items, start=1):
        flag = " (not from your feedback)" if not item.from_feedback else ""
        lines.append(f"{n}. **{_md(item.label)}**{flag}: {_md(item.practice)}")
        lines.append(f"   _Why:_ {_md(item.why)}")
    return lines


def _md_quality(summary: Summary) -> list[str]:
    q = summary.feedback_quality
    lines = [quality_sentence(summary)]
    for frame, key, title in (
        (q.by_source, "source_label", "Feedback from"),
        (q.by_channel, "channel_label", "Channel"),
    ):
        if frame.empty:
            continue
        lines.append("")
        lines += _md_table(
            [title, "Notes", "Generic", "Share generic"],
            (
                [_md(label), str(int(n)), str(int(g)), percent(share)]
                for label, n, g, share in zip(
                    frame[key], frame["feedback_rows"], frame["generic_rows"],
                    frame["generic_share"], strict=True,
                )
            ),
        )
    return lines


def _md_follow_ups(summary: Summary) -> list[str]:
    frame = summary.follow_ups
    if frame.empty:
        return ["_Nothing to follow up: every rejection after an interview came with specific "
                "feedback._"]
    given = {"none": "none", "generic": "generic only"}
    shown, more = follow_ups_to_show(frame)
    rows = []
    for f in shown.itertuples(index=False):
        when = due_text(f.request_due, f.overdue, f.days_until_due, f.too_late)
        rows.append([
            _md(f.company),
            _md(f.role),
            _md(f.interviewer) if not pd.isna(f.interviewer) else "unknown",
            given.get(str(f.feedback_given), _md(f.feedback_given)),
            format_date(None if pd.isna(f.rejected_on) else f.rejected_on.date()),
            f"**{when}**" if is_true(f.overdue) else when,
        ])
    table = _md_table(
        ["Company", "Role", "Interviewer", "Feedback so far", "Rejected", "Ask by"], rows
    )
    return [follow_up_counts(frame), "", *table, "", more_rows_text(more)] if more else table


def _md_groups(summary: Summary) -> list[str]:
    """The Groups table of an adviser's summary (suppression applied in ``group_cells``)."""
    groups = summary.groups
    if groups is None:
        return []
    rows = [[_md(c) for c in row] for row in group_cells(groups)]
    return [_md(groups_intro(groups)), "", *_md_table([c.header for c in GROUP_COLUMNS], rows)]


def summary_to_markdown(summary: Summary) -> str:
    """The summary as Markdown, fit for pasting into an email or a notes app."""
    plan = summary.action_plan
    sections: list[tuple[str, Callable[[], list[str]]]] = [
        *([("Groups", lambda: _md_groups(summary))] if summary.groups is not None else []),
        ("Action plan", lambda: [
            "### Keep doing", "", *_md_plan(plan.keep, "No strengths named yet."), "",
            "### Change", "", *_md_plan(plan.change, "Nothing specific yet."),
        ]),
        ("Who said it", lambda: _md_voices(summary)),
        ("Recurring issues",
         lambda: _md_findings(summary.recurring, "No issues named in your feedback yet.")),
        ("Strengths to keep",
         lambda: _md_findings(summary.strengths, "No strengths named in your feedback yet.")),
        ("Feedback quality", lambda: _md_quality(summary)),
        ("Feedback to ask for", lambda: _md_follow_ups(summary)),
    ]
    lines = [f"# {TITLE}", "", period_text(summary), ""]
    lines += [f"**{note}**\n" for note in header_notes(summary)]
    lines += [
        f"- **{label}:** {value}" + (f" ({note})" if note else "")
        for label, value, note in headline_items(summary)
    ]
    lines += ["", f"_{first_round_note()}_"]
    for title, render in sections:
        lines += ["", f"## {title}", "", *render()]
    lines += ["", f"_{FOOTER}_", ""]
    return "\n".join(lines)


def write(data: ExportInput) -> str:
    """The registry's entry point (see ``analysis.export.FORMATS``)."""
    return summary_to_markdown(data.summary)
