"""Write the themed summary as an Excel workbook people can filter, sort, chart and share.

Sheets: Summary (headline, feedback quality, theme counts and a native bar chart), Themes,
Evidence, Action plan, Follow-ups, Interviews (the canonical table with its tags).

Every text cell is a string cell (an inline string, or ``data_type = "s"``) with Excel's quote
prefix when it starts with a formula trigger, so a note like ``=HYPERLINK(...)`` or ``@SUM(1)``
is shown as typed and never runs, even after the cell is edited. Characters XML cannot hold are
removed and text longer than an Excel cell allows is cut with a visible marker.

Speed: openpyxl builds the workbook (styles, header rows, frozen panes, filters, widths, the
chart), but writing a cohort's ~3 million data cells one by one through it takes minutes. So
the data rows of the table sheets are serialised here, a column at a time (each distinct value
once), and spliced into the saved sheets' ``<sheetData>``, using style ids registered with
openpyxl before saving.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from posixpath import join as posix_join
from xml.etree import ElementTree

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from analysis import metrics
from analysis.codebook import Codebook, load_codebook
from analysis.figures import POLARITY_COLORS
from analysis.safe import FORMULA_TRIGGERS
from analysis.schema import CHANNEL_LABELS, SOURCE_LABELS, STAGE_LABELS
from analysis.summary import Quote, Summary, ThemeFinding, format_date

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
ROW_CHUNK = 5_000  # data rows serialised at a time: bounds memory on a cohort's 100k rows
COMPRESS_LEVEL = 6  # zlib's default
# The same strength / improvement colours as every other chart.
STRENGTH_COLOR = POLARITY_COLORS["strength"].lstrip("#")
IMPROVEMENT_COLOR = POLARITY_COLORS["improvement"].lstrip("#")

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8ECF1")
_WRAP = Alignment(wrap_text=True, vertical="top")
# Lone surrogates and U+FFFE/U+FFFF: not in openpyxl's list, yet no XML file may hold them.
_XML_ILLEGAL_EXTRA = re.compile("[\ud800-\udfff\ufffe\uffff]")
# Every character an xlsx cell cannot hold, as one class (for vectorised string methods).
_XML_ILLEGAL_CLASS = "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"
_NS = {
    "main": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


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
    text = _XML_ILLEGAL_EXTRA.sub("", ILLEGAL_CHARACTERS_RE.sub("", str(value)))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATED)] + TRUNCATED
    return text


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, np.datetime64 | np.timedelta64):
        return bool(np.isnat(value))
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

    Used for the small Summary sheet; the table sheets go through ``cell_xml_tail``.
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


@dataclass(frozen=True)
class CellStyles:
    """Style ids (openpyxl's ``cell.style_id``) a column's data cells use; 0 is no style."""

    text: int = 0
    quoted: int = 0  # text starting with a formula trigger: Excel's quote prefix
    date: int = 0
    percent: int = 0


def _style_id(ws: WriteOnlyWorksheet, *, number_format: str | None = None,
              wrap: bool = False, quote: bool = False) -> int:
    """Register a cell style with the workbook (written to styles.xml on save); its id."""
    cell = WriteOnlyCell(ws)
    if number_format:
        cell.number_format = number_format
    if wrap:
        cell.alignment = _WRAP
    if quote:
        cell.quotePrefix = True
    return cell.style_id


def column_styles(ws: WriteOnlyWorksheet, column: Column) -> CellStyles:
    """The styles one column's data cells need, registered before the workbook is saved."""
    return CellStyles(
        text=_style_id(ws, wrap=True) if column.wrap else 0,
        quoted=_style_id(ws, wrap=column.wrap, quote=True),
        date=_style_id(ws, number_format=DATE_FORMAT),
        percent=_style_id(ws, number_format=PERCENT_FORMAT) if column.kind == "percent" else 0,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styled(style: int) -> str:
    return f' s="{style}"' if style else ""


def cell_xml_tail(value: object, styles: CellStyles) -> str:
    """A data cell's XML after ``<c r="A2"``, or "" for no cell (missing or empty value).

    Numbers and booleans are plain values, dates are day serials with a date format, and
    text is an inline string (never a formula), quote-prefixed when it starts like one.

    >>> cell_xml_tail("=1+1", CellStyles(quoted=3))
    ' s="3" t="inlineStr"><is><t>=1+1</t></is></c>'
    """
    if _is_missing(value):
        return ""
    if isinstance(value, bool | np.bool_):
        return f' t="b"><v>{int(value)}</v></c>'
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date | np.datetime64):
        serial = int(to_excel(pd.Timestamp(value).date()))  # the day, time of day dropped
        return f'{_styled(styles.date)}><v>{serial}</v></c>'
    if isinstance(value, int | np.integer):
        return f"><v>{int(value)}</v></c>"
    if isinstance(value, float | np.floating):
        if not math.isfinite(value):
            return ""  # Excel has no infinity
        return f"{_styled(styles.percent)}><v>{float(value)!r}</v></c>"
    text = clean_text(value)
    if not text:
        return ""
    style = styles.quoted if text.startswith(FORMULA_TRIGGERS) else styles.text
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'{_styled(style)} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def text_xml_tails(texts: pd.Series, styles: CellStyles) -> np.ndarray:
    """``cell_xml_tail`` of strings (a string-dtype series without missing values), vectorised.

    >>> text_xml_tails(pd.Series(["=1+1"], dtype="string"), CellStyles(quoted=3)).tolist()
    [' s="3" t="inlineStr"><is><t>=1+1</t></is></c>']
    """
    clean = texts.str.replace(_XML_ILLEGAL_CLASS, "", regex=True)
    too_long = (clean.str.len() > MAX_CELL_CHARS).to_numpy()
    if too_long.any():
        clean = clean.where(~too_long, clean[too_long].map(clean_text))
    quoted = clean.str.startswith(FORMULA_TRIGGERS).to_numpy(dtype=bool)
    spaced = (clean != clean.str.strip()).to_numpy(dtype=bool)
    escaped = (
        clean.str.replace("&", "&amp;", regex=False)
        .str.replace("<", "&lt;", regex=False)
        .str.replace(">", "&gt;", regex=False)
        .to_numpy(dtype=object)
    )
    head = np.where(quoted, _styled(styles.quoted), _styled(styles.text)).astype(object)
    space = np.where(spaced, ' xml:space="preserve"', "").astype(object)
    tails = head + ' t="inlineStr"><is><t' + space + ">" + escaped + "</t></is></c>"
    return np.where(clean.str.len().to_numpy() > 0, tails, "").astype(object)


def column_xml_tails(values: pd.Series, styles: CellStyles) -> np.ndarray:
    """``cell_xml_tail`` of every value, computed once per distinct value (cohorts repeat).

    Text and whole-number columns take vectorised paths; anything else goes value by value.
    """
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:  # unhashable values (lists in a user's column): one at a time
        return np.array([cell_xml_tail(v, styles) for v in values], dtype=object)
    distinct = pd.Series(uniques, dtype=values.dtype)
    if isinstance(values.dtype, pd.StringDtype):
        tails = text_xml_tails(distinct, styles)
    elif pd.api.types.is_integer_dtype(values.dtype):
        tails = ("><v>" + distinct.astype(str) + "</v></c>").to_numpy(dtype=object)
    else:
        tails = np.array([cell_xml_tail(v, styles) for v in distinct], dtype=object)
    return np.append(tails, "")[codes]  # code -1 (missing) takes the trailing ""


def rows_xml(
    frame: pd.DataFrame, styles: Sequence[CellStyles], first_row: int = 2
) -> Iterator[bytes]:
    """The ``<row>`` elements of ``frame`` (columns by position), in chunks of bytes."""
    letters = [get_column_letter(i + 1) for i in range(frame.shape[1])]
    tails = [column_xml_tails(frame.iloc[:, i], s) for i, s in enumerate(styles)]
    for start in range(0, len(frame), ROW_CHUNK):
        stop = min(start + ROW_CHUNK, len(frame))
        numbers = [str(n) for n in range(first_row + start, first_row + stop)]
        cells = [
            [f'<c r="{letter}{n}"{t}' if t else "" for n, t in zip(numbers, column[start:stop],
                                                                    strict=True)]
            for letter, column in zip(letters, tails, strict=True)
        ]
        opens = [f'<row r="{n}">' for n in numbers]
        closes = ["</row>"] * len(numbers)
        yield "".join(chain.from_iterable(zip(opens, *cells, closes, strict=True))).encode()


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


@dataclass(frozen=True)
class SheetRows:
    """Data rows to splice into a saved sheet: its title and a maker of its row XML."""

    title: str
    chunks: Callable[[], Iterator[bytes]]


def write_sheet(
    wb: Workbook,
    title: str,
    columns: Sequence[Column],
    frame: pd.DataFrame,
    *,
    filter_table: bool = True,
) -> SheetRows:
    """Add a sheet with a frozen, filterable header row and fitted, wrapped columns.

    ``frame`` holds the data, its columns in the order of ``columns``. The header is written
    now; the data rows are returned, for ``save_workbook`` to add.
    """
    if frame.shape[1] != len(columns):
        raise ValueError(f"{title}: {frame.shape[1]} data columns for {len(columns)} headers")
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    sample = frame.head(WIDTH_SAMPLE_ROWS)
    for i, column in enumerate(columns):
        # the first rows are enough to size a column, and cheap on a cohort's 100k rows
        ws.column_dimensions[get_column_letter(i + 1)].width = fit_width(
            column.header, sample.iloc[:, i].astype(object), column
        )
    if filter_table and columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(frame) + 1)}"
    header = []
    for column in columns:
        cell = text_cell(ws, column.header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        header.append(cell)
    ws.append(header)
    styles = [column_styles(ws, column) for column in columns]
    return SheetRows(title, lambda: rows_xml(frame, styles))


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> its part name in the package (from workbook.xml and its relationships)."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
    parts = {}
    for sheet in book.iterfind("main:sheets/main:sheet", _NS):
        target = targets[sheet.get(f"{{{_NS['r']}}}id")]
        parts[sheet.get("name", "")] = (
            target.lstrip("/") if target.startswith("/") else posix_join("xl", target)
        )
    return parts


def save_workbook(wb: Workbook, sheet_rows: Sequence[SheetRows]) -> bytes:
    """Save ``wb`` and splice each sheet's data rows in after its header row: xlsx bytes."""
    saved = io.BytesIO()
    wb.save(saved)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(saved) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as dst,
    ):
        parts = _sheet_parts(src)
        by_part = {parts[rows.title]: rows for rows in sheet_rows}
        for info in src.infolist():
            data = src.read(info)
            rows = by_part.get(info.filename)
            if rows is None:
                dst.writestr(info, data)
                continue
            head, marker, tail = data.rpartition(b"</sheetData>")
            if not marker:  # a writer may close an empty element in one tag
                head, empty, tail = data.partition(b"<sheetData/>")
                if not empty:
                    raise ValueError(f"{rows.title}: no sheetData in {info.filename}")
                head, marker = head + b"<sheetData>", b"</sheetData>"
            # big sheets stream straight into the archive; zip64 keeps >2 GiB sheets legal
            with dst.open(info.filename, "w", force_zip64=True) as part:
                part.write(head)
                for chunk in rows.chunks():
                    part.write(chunk)
                part.write(marker + tail)
    return out.getvalue()


def _yes_no(flag: object) -> str:
    return "" if _is_missing(flag) else ("Yes" if flag else "No")


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


def rows_frame(rows: Sequence[Sequence[object]], columns: Sequence[Column]) -> pd.DataFrame:
    """A few Python rows as a frame for ``write_sheet`` (object columns keep ints as ints)."""
    return pd.DataFrame(list(rows), columns=range(len(columns)), dtype=object)


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


def evidence_frame(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Every tagged sentence of a counted row, oldest first (columns: ``EVIDENCE_COLUMNS``)."""
    context = metrics.tag_context(table, mentions)
    if context.empty:
        return rows_frame([], EVIDENCE_COLUMNS)
    context = context.assign(
        _date=context["event_date"].fillna(context["applied_date"])
    ).sort_values(["_date", "row"], na_position="last", kind="stable")
    practice = (
        context["practice"] if "practice" in context else pd.Series(False, index=context.index)
    )
    themes = context["theme"].astype("string")
    frame = pd.DataFrame(
        {
            "date": context["_date"],
            "company": context["company"],
            "role": context["role"],
            "stage": relabel(context["stage"], STAGE_LABELS),
            "round": context["round"],
            "theme": themes.map({t: codebook.label(t) for t in themes.dropna().unique()}),
            "polarity": context["polarity"].astype("string").str.capitalize(),
            "evidence": context["evidence"],
            "source": relabel(context["feedback_source"], SOURCE_LABELS),
            "channel": relabel(context["feedback_channel"], CHANNEL_LABELS),
            "application": context["application_id"],
            "practice": yes_no(practice),
        }
    )
    return frame.reset_index(drop=True)


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


def tags_per_row(table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Theme labels per table row, one column per polarity ('; '-joined, '' when none).

    Labels keep the order they were found in; each shows once per row and polarity.
    """
    tagged = mentions[mentions["row"].isin(table.index)]
    themes = tagged["theme"].astype("string")
    labelled = (
        pd.DataFrame(
            {
                "row": tagged["row"].to_numpy(),
                "polarity": tagged["polarity"].astype("string").to_numpy(dtype=object),
                "label": themes.map({t: codebook.label(t) for t in themes.dropna().unique()})
                .to_numpy(dtype=object),
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


def interview_sheet(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook
) -> tuple[list[Column], pd.DataFrame]:
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
    return columns, frame


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
    themes = theme_rows(summary.recurring, "Improvement") + theme_rows(summary.strengths,
                                                                       "Strength")
    columns, interviews = interview_sheet(table, mentions, codebook)
    sheet_rows = [
        write_sheet(wb, "Themes", THEME_COLUMNS, rows_frame(themes, THEME_COLUMNS)),
        write_sheet(wb, "Evidence", EVIDENCE_COLUMNS, evidence_frame(table, mentions, codebook)),
        write_sheet(wb, "Action plan", PLAN_COLUMNS,
                    rows_frame(plan_rows(summary), PLAN_COLUMNS)),
        write_sheet(wb, "Follow-ups", FOLLOW_UP_COLUMNS, follow_up_frame(summary)),
        write_sheet(wb, "Interviews", columns, interviews),
    ]
    return save_workbook(wb, sheet_rows)
