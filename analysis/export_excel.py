"""Write the themed summary as an Excel workbook people can filter, sort, chart and share.

Sheets: Summary (headline, feedback quality, theme counts and a native bar chart), Themes,
Evidence, Action plan, Follow-ups, Interviews (the canonical table with its tags).

Every text cell is written as a string cell (``data_type = "s"``) with Excel's quote prefix when
it starts with a formula trigger, so a note like ``=HYPERLINK(...)`` or ``@SUM(1)`` is shown as
typed and never runs, even after the cell is edited. Characters XML cannot hold are removed and
text longer than an Excel cell allows is cut with a visible marker.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.figures import POLARITY_COLORS
from analysis.safe import FORMULA_TRIGGERS
from analysis.schema import SOURCE_LABELS, STAGE_LABELS
from analysis.summary import CHANNEL_LABELS, Quote, Summary, ThemeFinding, format_date

SHEETS: tuple[str, ...] = (
    "Summary",
    "Themes",
    "Evidence",
    "Action plan",
    "Follow-ups",
    "Interviews",
)
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0%"
MAX_CELL_CHARS = 32_767  # Excel's limit per cell
TRUNCATED = " [cut: too long for one Excel cell]"
MIN_WIDTH, MAX_WIDTH = 8, 60
WIDTH_SAMPLE_ROWS = 2_000
# The same strength / improvement colours as every other chart.
STRENGTH_COLOR = POLARITY_COLORS["strength"].lstrip("#")
IMPROVEMENT_COLOR = POLARITY_COLORS["improvement"].lstrip("#")

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8ECF1")
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    """How one column of a sheet is shown."""

    header: str
    kind: str = "text"  # text | int | percent | date | number | bool
    width: float | None = None  # None: fit the content (capped)
    wrap: bool = False


# ----------------------------------------------------------------------------- cells


def clean_text(value: object) -> str:
    """Text safe for an xlsx cell: no XML-illegal characters, within Excel's length limit.

    >>> clean_text("a\\x00b")
    'ab'
    """
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATED)] + TRUNCATED
    return text


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return False


def text_cell(ws: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    """A string cell that a spreadsheet shows as typed and never evaluates."""
    text = clean_text(value)
    cell = WriteOnlyCell(ws, value=text)
    # openpyxl marks "=..." as a formula (and "#N/A" as an error) on assignment: force text.
    cell.data_type = "s"
    if text.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True
    return cell


def value_cell(ws: WriteOnlyWorksheet, value: object, column: Column) -> object:
    """What to append for one value: a plain value where that is safe, else a styled cell.

    Plain values keep big sheets fast; every string a spreadsheet could read as a formula or
    an error code, and every wrapped or percent cell, becomes a cell object.
    """
    if _is_missing(value):
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date | np.datetime64):
        return pd.Timestamp(value).date()  # openpyxl stores a date with a yyyy-mm-dd format
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        if column.kind != "percent":
            return float(value)
        cell = WriteOnlyCell(ws, value=float(value))
        cell.number_format = PERCENT_FORMAT
        return cell
    text = clean_text(value)
    if not (column.wrap or text.startswith(FORMULA_TRIGGERS) or text in ERROR_CODES):
        return text
    cell = text_cell(ws, text)
    if column.wrap:
        cell.alignment = _WRAP
    return cell


def _display_length(value: object) -> int:
    if _is_missing(value):
        return 0
    if isinstance(value, pd.Timestamp | dt.date | np.datetime64):
        return 10
    if isinstance(value, float | np.floating):
        return 8
    return max((len(line) for line in str(value).splitlines()), default=0)


def fit_width(header: str, values: Iterable[object], column: Column) -> float:
    """A column width that fits its content, capped so long notes wrap instead."""
    if column.width is not None:
        return column.width
    longest = max([len(header), *(_display_length(v) for v in values)])
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


# ----------------------------------------------------------------------------- sheets


def write_sheet(
    wb: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    *,
    filter_table: bool = True,
) -> WriteOnlyWorksheet:
    """Add a sheet with a frozen, filterable header row and fitted, wrapped columns."""
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for i, column in enumerate(columns):
        letter = get_column_letter(i + 1)
        # the first rows are enough to size a column, and cheap on a cohort's 100k rows
        ws.column_dimensions[letter].width = fit_width(
            column.header, (row[i] for row in rows[:WIDTH_SAMPLE_ROWS]), column
        )
    if filter_table and columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    header = []
    for column in columns:
        cell = text_cell(ws, column.header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([value_cell(ws, v, c) for v, c in zip(row, columns, strict=True)])
    return ws


def _yes_no(flag: object) -> str:
    return "" if _is_missing(flag) else ("Yes" if flag else "No")


def _quote_text(quote: Quote) -> str:
    said = ", ".join(p for p in (quote.company, format_date(quote.date)) if p)
    return f"\u201c{quote.text}\u201d" + (f" ({said})" if said else "")


def summary_rows(summary: Summary) -> list[tuple[object, object]]:
    """Item / value pairs for the Summary sheet."""
    head, quality = summary.headline, summary.feedback_quality
    ci = head.first_round_pass_ci
    return [
        ("Summary made on", summary.today),
        ("Period from", head.period_start),
        ("Period to", head.period_end),
        ("Applications", head.applications),
        ("Interviews", head.interviews),
        ("Applications with an interview", head.interviewed_applications),
        ("Offers", head.offers),
        ("Response rate", head.response_rate),
        ("First-round pass rate", head.first_round_pass_rate),
        ("First-round pass rate, 95% interval from", None if ci is None else ci[0]),
        ("First-round pass rate, 95% interval to", None if ci is None else ci[1]),
        ("Feedback notes", summary.notes_with_feedback),
        ("Rejections", quality.rejections),
        ("Rejections with any feedback", quality.rejections_with_feedback),
        ("Share of rejections with feedback", quality.feedback_share),
        ("Share of that feedback that was generic", quality.generic_share),
        ("Feedback requests to send", len(summary.follow_ups)),
        ("Feedback requests overdue", int(summary.follow_ups["overdue"].fillna(False).sum())),
    ]


def theme_count_rows(summary: Summary) -> list[tuple[str, int, int]]:
    """Theme label, improvement notes, strength notes: the chart's data, most raised first."""
    counts: dict[str, list[int]] = {}
    for finding in summary.recurring:
        counts.setdefault(finding.label, [0, 0])[0] = finding.count
    for finding in summary.strengths:
        counts.setdefault(finding.label, [0, 0])[1] = finding.count
    ordered = sorted(counts.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
    return [(label, imp, strength) for label, (imp, strength) in ordered]


def add_summary_sheet(wb: Workbook, summary: Summary) -> None:
    """Headline and feedback quality on the left, theme counts and their bar chart beside."""
    items = summary_rows(summary)
    counts = theme_count_rows(summary)
    percent_items = {"Response rate", "Share of rejections with feedback",
                     "Share of that feedback that was generic"}
    columns = [
        Column("Item", width=42),
        Column("Value", kind="number", width=14),
        Column("", width=3),
        Column("Theme", width=32),
        Column("Improvement notes", kind="int", width=14),
        Column("Strength notes", kind="int", width=14),
    ]
    height = max(len(items), len(counts))
    rows: list[list[object]] = []
    for i in range(height):
        item, value = items[i] if i < len(items) else (None, None)
        theme = counts[i] if i < len(counts) else (None, None, None)
        rows.append([item, value, None, *theme])
    ws = wb.create_sheet("Summary")
    ws.freeze_panes = "A2"
    for i, column in enumerate(columns):
        ws.column_dimensions[get_column_letter(i + 1)].width = column.width
    ws.auto_filter.ref = f"A1:B{len(items) + 1}"
    header = []
    for column in columns:
        cell = text_cell(ws, column.header) if column.header else WriteOnlyCell(ws, value=None)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        header.append(cell)
    ws.append(header)
    as_percent = Column("Value", kind="percent")
    for row in rows:
        kinds = list(columns)
        if row[0] in percent_items or str(row[0]).startswith("First-round pass rate"):
            kinds[1] = as_percent
        ws.append([value_cell(ws, v, c) for v, c in zip(row, kinds, strict=True)])
    if counts:
        ws.add_chart(theme_chart(ws, len(counts)), "H2")


def theme_chart(ws: WriteOnlyWorksheet, n_themes: int) -> BarChart:
    """A native clustered bar chart of improvement vs strength notes per theme."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = "Feedback themes: strengths and things to improve"
    chart.y_axis.title = "Feedback notes"
    chart.x_axis.title = None
    chart.height, chart.width = max(7.5, 1.1 * n_themes + 3), 18
    data = Reference(ws, min_col=5, max_col=6, min_row=1, max_row=n_themes + 1)
    categories = Reference(ws, min_col=4, min_row=2, max_row=n_themes + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    for series, color in zip(chart.series, (IMPROVEMENT_COLOR, STRENGTH_COLOR), strict=True):
        series.graphicalProperties.solidFill = color
        series.graphicalProperties.line.solidFill = color
    chart.x_axis.scaling.orientation = "maxMin"  # most raised theme at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


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


def theme_rows(findings: Sequence[ThemeFinding], kind: str) -> list[list[object]]:
    """One row per finding, with up to three quotes."""
    rows = []
    for rank, f in enumerate(findings, start=1):
        quotes = [_quote_text(q) for q in f.quotes[:3]]
        quotes += [None] * (3 - len(quotes))
        rows.append(
            [kind, rank, f.label, f.count, f.applications, f.share, ", ".join(f.stages),
             f.trend, f.last_seen, _yes_no(f.generic), *quotes]
        )
    return rows


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


def evidence_rows(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook
) -> list[list[object]]:
    """Every tagged sentence of a counted row, oldest first."""
    context = metrics.tag_context(table, mentions)
    if context.empty:
        return []
    context = context.assign(
        _date=context["event_date"].fillna(context["applied_date"])
    ).sort_values(["_date", "row"], na_position="last", kind="stable")
    practice = (
        context["practice"] if "practice" in context else pd.Series(False, index=context.index)
    )
    return [
        [
            date,
            company,
            role,
            STAGE_LABELS.get(str(stage), stage) if not _is_missing(stage) else None,
            rnd,
            codebook.label(str(theme)),
            str(polarity).capitalize() if not _is_missing(polarity) else None,
            evidence,
            SOURCE_LABELS.get(str(source), source) if not _is_missing(source) else None,
            CHANNEL_LABELS.get(str(channel), channel) if not _is_missing(channel) else None,
            app,
            _yes_no(is_practice),
        ]
        for date, company, role, stage, rnd, theme, polarity, evidence, source, channel, app,
        is_practice in zip(
            context["_date"], context["company"], context["role"], context["stage"],
            context["round"], context["theme"], context["polarity"], context["evidence"],
            context["feedback_source"], context["feedback_channel"],
            context["application_id"], practice, strict=True,
        )
    ]


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


def follow_up_rows(summary: Summary) -> list[list[object]]:
    """Rejections to ask for feedback about, soonest due first."""
    frame = summary.follow_ups
    return [
        [app, company, role, interviewer, stage, GIVEN_LABELS.get(str(given), given), rejected,
         due, _yes_no(overdue), days]
        for app, company, role, interviewer, stage, given, rejected, due, overdue, days in zip(
            frame["application_id"], frame["company"], frame["role"], frame["interviewer"],
            frame["stage"], frame["feedback_given"], frame["rejected_on"],
            frame["request_due"], frame["overdue"], frame["days_until_due"], strict=True,
        )
    ]


def tags_per_row(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Theme labels per table row, one column per polarity ('; '-joined, '' when none)."""
    tagged = mentions[mentions["row"].isin(table.index)]
    labelled = tagged.assign(
        label=tagged["theme"].astype("string").map(codebook.label),
        polarity=tagged["polarity"].astype("string"),
    ).drop_duplicates(["row", "polarity", "label"])
    joined = labelled.groupby(["row", "polarity"])["label"].agg("; ".join).unstack("polarity")
    return pd.DataFrame(
        {
            "improvements": joined.get("improvement", pd.Series(dtype="string")),
            "strengths": joined.get("strength", pd.Series(dtype="string")),
        }
    ).reindex(table.index)


def interview_sheet(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook
) -> tuple[list[Column], list[list[object]]]:
    """The canonical table (every column, the user's own included) with its tags."""
    tags = tags_per_row(table, mentions, codebook)
    frame = table.assign(
        **{"Themes to improve": tags["improvements"], "Strengths": tags["strengths"]}
    )
    columns = []
    for name in frame.columns:
        series = frame[name]
        if pd.api.types.is_datetime64_any_dtype(series.dtype):
            kind = "date"
        elif pd.api.types.is_bool_dtype(series.dtype):
            kind = "bool"
        elif pd.api.types.is_numeric_dtype(series.dtype):
            kind = "number"
        else:
            kind = "text"
        wide = name in ("feedback", "row_issue", "Themes to improve", "Strengths")
        columns.append(Column(str(name), kind=kind, wrap=wide, width=MAX_WIDTH if wide else None))
    # Categoricals and nullable types become plain Python objects (None for missing).
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    return columns, rows


# ----------------------------------------------------------------------------- workbook


def summary_to_xlsx(
    summary: Summary,
    table: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    codebook: Codebook | None = None,
) -> bytes:
    """The summary as .xlsx bytes (sheets: see ``SHEETS``)."""
    codebook = codebook or load_codebook()
    wb = Workbook(write_only=True)
    add_summary_sheet(wb, summary)
    write_sheet(
        wb,
        "Themes",
        THEME_COLUMNS,
        theme_rows(summary.recurring, "Improvement") + theme_rows(summary.strengths, "Strength"),
    )
    write_sheet(wb, "Evidence", EVIDENCE_COLUMNS, evidence_rows(table, mentions, codebook))
    write_sheet(wb, "Action plan", PLAN_COLUMNS, plan_rows(summary))
    write_sheet(wb, "Follow-ups", FOLLOW_UP_COLUMNS, follow_up_rows(summary))
    columns, rows = interview_sheet(table, mentions, codebook)
    write_sheet(wb, "Interviews", columns, rows)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
