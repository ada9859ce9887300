"""The tables an export shows, as frames with headers a person reads (no field names).

Each table is a :class:`Sheet`: a title, its columns (header, kind, width) and a frame whose
columns are in the same order. The Excel writer (``analysis.export.xlsx``) writes them as they
are; the adviser packet reuses the evidence table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis import metrics
from analysis.codebook import Codebook
from analysis.cohort import CohortGroups
from analysis.export.wording import group_rows
from analysis.present import format_date
from analysis.schema import (
    ADVISER,
    CANONICAL_COLUMNS,
    CHANNEL_LABELS,
    COHORT,
    OPTIONAL_DTYPES,
    OUTCOMES,
    PERSON_ID,
    PROGRAMME,
    SCHOOL,
    SOURCE_LABELS,
    STAGE_LABELS,
)
from analysis.summary import Quote, Summary, ThemeFinding

MAX_WIDTH = 60  # characters: longer text wraps


@dataclass(frozen=True)
class Column:
    """How one column of a sheet is shown."""

    header: str
    kind: str = "text"  # text | int | percent | date | number | bool
    width: float | None = None  # None: fit the content (capped)
    wrap: bool = False


@dataclass(frozen=True, eq=False)
class Sheet:
    """One table of an export: its title, columns and rows (``frame``, columns by position)."""

    title: str
    columns: tuple[Column, ...]
    frame: pd.DataFrame


def yes_no(flags: pd.Series) -> pd.Series:
    """'Yes' / 'No' per flag, '' where it is missing.

    >>> yes_no(pd.Series([True, False, None], dtype="boolean")).tolist()
    ['Yes', 'No', '']
    """
    known = flags.astype("boolean")
    words = np.where(known.fillna(False).to_numpy(dtype=bool), "Yes", "No")
    return pd.Series(np.where(known.isna().to_numpy(), "", words), index=flags.index,
                     dtype=object)


def relabel(values: pd.Series, labels: dict[str, str]) -> pd.Series:
    """Replace ids by their labels; unknown values are kept, missing stay missing.

    >>> relabel(pd.Series(["screen", "other", None]), {"screen": "Screen"}).tolist()
    ['Screen', 'other', <NA>]
    """
    text = values.astype("string")
    return text.map(labels).fillna(text).astype("string")


def quote_text(quote: Quote) -> str:
    """A quote with who said it and when: '“Too long.” (Acme, 8 January 2026)'."""
    said = ", ".join(p for p in (quote.company, format_date(quote.date)) if p)
    return f"\u201c{quote.text}\u201d" + (f" ({said})" if said else "")


def rows_frame(rows: Sequence[Sequence[object]], columns: Sequence[Column]) -> pd.DataFrame:
    """A few Python rows as a frame (object columns keep ints as ints)."""
    return pd.DataFrame(list(rows), columns=range(len(columns)), dtype=object)


# ----------------------------------------------------------------------------- themes

THEME_COLUMNS = (
    Column("Kind"),
    Column("Rank", kind="int"),
    Column("Theme"),
    Column("Feedback notes", kind="int"),
    Column("Applications", kind="int"),
    Column("Share of interviewed applications", kind="percent", width=16),
    Column("Stages", wrap=True),
    Column("Trend"),
    Column("Last seen", kind="date"),
    Column("Generic", kind="bool"),
    Column("Evidence 1", wrap=True),
    Column("Evidence 2", wrap=True),
    Column("Evidence 3", wrap=True),
)


def _yes_no(flag: object) -> str:
    return "" if flag is None or pd.isna(flag) else ("Yes" if flag else "No")


def theme_rows(findings: Sequence[ThemeFinding], kind: str) -> list[list[object]]:
    """One row per finding, with up to three quotes."""
    rows = []
    for rank, f in enumerate(findings, start=1):
        quotes: list[object] = [quote_text(q) for q in f.quotes[:3]]
        quotes += [None] * (3 - len(quotes))
        rows.append(
            [kind, rank, f.label, f.count, f.applications, f.share, ", ".join(f.stages),
             f.trend, f.last_seen, _yes_no(f.generic), *quotes]
        )
    return rows


def themes_sheet(summary: Summary) -> Sheet:
    """Improvements, then strengths, each ranked."""
    rows = theme_rows(summary.recurring, "Improvement") + theme_rows(summary.strengths,
                                                                     "Strength")
    return Sheet("Themes", THEME_COLUMNS, rows_frame(rows, THEME_COLUMNS))


# ----------------------------------------------------------------------------- evidence

EVIDENCE_COLUMNS = (
    Column("Date", kind="date"),
    Column("Company"),
    Column("Role"),
    Column("Stage"),
    Column("Round", kind="int"),
    Column("Theme"),
    Column("Strength or improvement"),
    Column("Evidence", wrap=True, width=MAX_WIDTH),
    Column("Feedback from"),
    Column("Channel"),
    Column("Application"),
    Column("Mock interview", kind="bool"),
)


def _labels(themes: pd.Series, codebook: Codebook) -> pd.Series:
    """Theme ids as their codebook labels (each distinct id looked up once)."""
    text = themes.astype("string")
    return text.map({t: codebook.label(t) for t in text.dropna().unique()})


def evidence_frame(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Every tagged sentence of a counted row, oldest first (columns: ``EVIDENCE_COLUMNS``)."""
    context = metrics.tag_context(table, mentions)
    if context.empty:
        return rows_frame([], EVIDENCE_COLUMNS)
    context = context.assign(
        _date=context["event_date"].fillna(context["applied_date"])
    ).sort_values(["_date", "row"], na_position="last", kind="stable")
    frame = pd.DataFrame(
        {
            "date": context["_date"],
            "company": context["company"],
            "role": context["role"],
            "stage": relabel(context["stage"], STAGE_LABELS),
            "round": context["round"],
            "theme": _labels(context["theme"], codebook),
            "polarity": context["polarity"].astype("string").str.capitalize(),
            "evidence": context["evidence"],
            "source": relabel(context["feedback_source"], SOURCE_LABELS),
            "channel": relabel(context["feedback_channel"], CHANNEL_LABELS),
            "application": context["application_id"],
            "practice": yes_no(context["practice"]),
        }
    )
    return frame.reset_index(drop=True)


# ----------------------------------------------------------------------------- plan, follow-ups

PLAN_COLUMNS = (
    Column("Keep or change"),
    Column("Theme"),
    Column("Why", wrap=True, width=MAX_WIDTH),
    Column("Practice step", wrap=True, width=MAX_WIDTH),
    Column("From your feedback", kind="bool"),
)


def plan_rows(summary: Summary) -> list[list[object]]:
    """The action plan, things to keep first."""
    kinds = {"keep": "Keep doing", "change": "Change"}
    return [
        [kinds.get(i.kind, i.kind), i.label, i.why, i.practice, _yes_no(i.from_feedback)]
        for i in summary.action_plan.items
    ]


FOLLOW_UP_COLUMNS = (
    Column("Application"),
    Column("Company"),
    Column("Role"),
    Column("Interviewer"),
    Column("Stage"),
    Column("Feedback given"),
    Column("Rejected on", kind="date"),
    Column("Request due", kind="date"),
    Column("Overdue", kind="bool"),
    Column("Days until due", kind="int"),
)
GIVEN_LABELS = {"none": "None", "generic": "Generic only"}


def follow_up_frame(summary: Summary) -> pd.DataFrame:
    """Rejections to ask for feedback about, soonest due first (``FOLLOW_UP_COLUMNS``)."""
    frame = summary.follow_ups
    return pd.DataFrame(
        {
            "application": frame["application_id"],
            "company": frame["company"],
            "role": frame["role"],
            "interviewer": frame["interviewer"],
            "stage": frame["stage"],
            "given": relabel(frame["feedback_given"], GIVEN_LABELS),
            "rejected": frame["rejected_on"],
            "due": frame["request_due"],
            "overdue": yes_no(frame["overdue"]),
            "days": frame["days_until_due"],
        }
    ).reset_index(drop=True)


# ----------------------------------------------------------------------------- interviews


def tags_per_row(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Theme labels per table row, one column per polarity ('; '-joined, missing when none).

    Labels keep the order they were found in; each shows once per row and polarity.
    """
    tagged = mentions[mentions["row"].isin(table.index)]
    labelled = (
        pd.DataFrame(
            {
                "row": tagged["row"].to_numpy(),
                "polarity": tagged["polarity"].astype("string").to_numpy(dtype=object),
                "label": _labels(tagged["theme"], codebook).to_numpy(dtype=object),
            }
        )
        .dropna()
        .drop_duplicates(["row", "polarity", "label"])
        .sort_values(["row", "polarity"], kind="stable")
    )
    joined = pd.DataFrame(columns=["improvement", "strength"], dtype=object)
    if len(labelled):
        rows = labelled["row"].to_numpy()
        polarity = labelled["polarity"].to_numpy(dtype=object)
        first = np.r_[True, (rows[1:] != rows[:-1]) | (polarity[1:] != polarity[:-1])]
        labels = labelled["label"].to_numpy(dtype=object)
        # One C-level string sum per (row, polarity) group instead of a Python join per group.
        starts = np.flatnonzero(first)
        sums = np.add.reduceat(np.where(first, labels, "; " + labels), starts)
        joined = pd.Series(
            sums, index=pd.MultiIndex.from_arrays([rows[starts], polarity[starts]]), dtype=object
        ).unstack()
    return pd.DataFrame(
        {
            "improvements": joined.get("improvement", pd.Series(dtype=object)),
            "strengths": joined.get("strength", pd.Series(dtype=object)),
        }
    ).reindex(table.index)


def _kind_of(series: pd.Series) -> str:
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return "date"
    if pd.api.types.is_bool_dtype(series.dtype):
        return "bool"
    if pd.api.types.is_numeric_dtype(series.dtype):
        return "number"
    return "text"


# The Interviews sheet's header for each canonical column (the user's own columns keep theirs).
INTERVIEW_HEADERS: dict[str, str] = {
    "application_id": "Application",
    "company": "Company",
    "role": "Role",
    "applied_date": "Applied on",
    "event_date": "Interview date",
    "stage": "Stage",
    "round": "Round",
    "outcome": "Outcome",
    "feedback": "Feedback",
    "feedback_source": "Feedback from",
    "feedback_channel": "Channel",
    "interviewer": "Interviewer",
    "practice": "Mock interview",
    "source_file": "File",
    "source_row": "Row in file",
    "row_status": "Counted",
    "row_issue": "Import note",
}
# A cohort's person and group columns (present only in a cohort's table).
INTERVIEW_HEADERS.update({PERSON_ID: "Student", PROGRAMME: "Programme", COHORT: "Cohort",
                          SCHOOL: "School", ADVISER: "Adviser"})
# Checked at import, so a column renamed in schema.py fails here loudly, not in a user's file.
if set(INTERVIEW_HEADERS) != {*CANONICAL_COLUMNS, *OPTIONAL_DTYPES}:
    raise RuntimeError("export.sheets.INTERVIEW_HEADERS does not match the schema's columns")
OUTCOME_LABELS: dict[str, str] = {o: o.capitalize() for o in OUTCOMES}
STATUS_LABELS: dict[str, str] = {"ok": "Yes", "duplicate": "No: a duplicate",
                                 "skipped": "No: skipped"}
VALUE_LABELS: dict[str, dict[str, str]] = {
    "stage": STAGE_LABELS,
    "outcome": OUTCOME_LABELS,
    "feedback_source": SOURCE_LABELS,
    "feedback_channel": CHANNEL_LABELS,
    "row_status": STATUS_LABELS,
}
WIDE_COLUMNS = frozenset({"feedback", "row_issue", "Themes to improve", "Strengths"})


def readable_table(table: pd.DataFrame) -> pd.DataFrame:
    """The canonical table in words: labels for ids, Yes/No flags, human headers."""
    words = {name: relabel(table[name], labels) for name, labels in VALUE_LABELS.items()
             if name in table.columns}
    if "practice" in table.columns:
        words["practice"] = yes_no(table["practice"])
    return table.assign(**words)


def interviews_sheet(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> Sheet:
    """The canonical table (every column, the user's own included) with its tags, in words."""
    tags = tags_per_row(table, mentions, codebook)
    frame = readable_table(table).assign(
        **{"Themes to improve": tags["improvements"], "Strengths": tags["strengths"]}
    )
    columns = tuple(
        Column(INTERVIEW_HEADERS.get(str(name), str(name)), kind=_kind_of(frame[name]),
               wrap=name in WIDE_COLUMNS, width=MAX_WIDTH if name in WIDE_COLUMNS else None)
        for name in frame.columns
    )
    return Sheet("Interviews", columns, frame.set_axis(range(frame.shape[1]), axis=1))


# ----------------------------------------------------------------------------- groups

GROUP_COLUMNS = (
    Column("Group"),
    Column("Students", kind="int"),
    Column("Applications", kind="int"),
    Column("Offers", kind="int"),
    Column("First-round pass rate", kind="percent", width=14),
    Column("Top improvement themes", wrap=True, width=MAX_WIDTH),
)


def groups_sheet(groups: CohortGroups) -> Sheet:
    """The Groups sheet of an adviser's workbook (``GROUP_COLUMNS``)."""
    return Sheet("Groups", GROUP_COLUMNS, rows_frame(group_rows(groups), GROUP_COLUMNS))


ENDING_COLUMNS: tuple[Column, ...] = (
    Column("Theme to improve"),
    Column("Where applications ended"),
    Column("Applications that raised it", kind="int", width=14),
    Column("Applications that ended there", kind="int", width=14),
    Column("Share", kind="percent"),
)


def endings_frame(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Each theme to improve by where applications ended ("4 of 6 first-round exits")."""
    ended = metrics.themes_by_end_stage(table, mentions)
    frame = pd.DataFrame({
        0: _labels(ended["theme"], codebook).to_numpy(),
        1: relabel(ended["end_stage"], STAGE_LABELS).to_numpy(),
        2: ended["applications_with_theme"].to_numpy(),
        3: ended["applications_ended"].to_numpy(),
        4: ended["share"].to_numpy(),
    })
    return frame  # themes in order, each theme's stages in the funnel's order


def shared_table(summary: Summary, table: pd.DataFrame) -> pd.DataFrame:
    """The table an export shows: columns withheld for privacy (names, emails) left out."""
    return table.drop(columns=[c for c in summary.withheld_columns if c in table.columns])


def table_sheets(summary: Summary, table: pd.DataFrame, mentions: pd.DataFrame,
                 codebook: Codebook) -> list[Sheet]:
    """Every sheet after the Summary sheet, in workbook order (Groups only when grouped)."""
    return [
        *([groups_sheet(summary.groups)] if summary.groups is not None else []),
        themes_sheet(summary),
        Sheet("Where they ended", ENDING_COLUMNS, endings_frame(table, mentions, codebook)),
        Sheet("Evidence", EVIDENCE_COLUMNS, evidence_frame(table, mentions, codebook)),
        Sheet("Action plan", PLAN_COLUMNS, rows_frame(plan_rows(summary), PLAN_COLUMNS)),
        Sheet("Follow-ups", FOLLOW_UP_COLUMNS, follow_up_frame(summary)),
        interviews_sheet(shared_table(summary, table), mentions, codebook),
    ]
