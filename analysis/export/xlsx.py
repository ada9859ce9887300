"""Write the themed summary as an Excel workbook people can filter, sort, chart and share.

Sheets: Summary (headline, feedback quality, theme counts and a native bar chart), Themes,
Evidence, Action plan, Follow-ups, Interviews (the canonical table with its tags); their
contents come from :mod:`analysis.export.sheets`.

The workbook is written by XlsxWriter in constant-memory mode (rows stream to disk, so a
cohort's 100,000 rows never sit in memory twice); it measured about twice as fast as openpyxl's
write-only mode on the 94,000-row benchmark (``benchmarks/bench_exports.py``).

Every text cell is written with ``write_string`` (never a formula, whatever it starts with),
with Excel's quote prefix when it starts with a formula trigger, so a note like
``=HYPERLINK(...)`` or ``@SUM(1)`` is shown as typed and never runs, even after the cell is
edited. Characters XML cannot hold are removed and text longer than an Excel cell allows is cut
with a visible marker.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from analysis.codebook import Codebook, load_codebook
from analysis.export import ExportInput, wording
from analysis.export.safe import FORMULA_TRIGGERS
from analysis.export.sheets import Column, Sheet, table_sheets
from analysis.export.wording import groups_intro, header_notes
from analysis.figures import POLARITY_COLORS
from analysis.present import FIRST_ROUND_DEFINITION
from analysis.summary import Summary

SHEETS: tuple[str, ...] = (
    "Summary",
    "Themes",
    "Where they ended",
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
HEADER_FILL = "#E8ECF1"
# Every character an xlsx cell cannot hold: C0 controls but tab/LF/CR, lone surrogates,
# U+FFFE and U+FFFF.
# (Arrow-backed strings cannot hold surrogates, so the vectorised pattern leaves them out.)
_XML_ILLEGAL = "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"
_SURROGATES_RE = re.compile("[\ud800-\udfff]")
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EXCEL_EPOCH = np.datetime64("1899-12-30")  # day 0 of Excel's 1900 date system (as Excel counts)
_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "use_zip64": True,  # a cohort's Interviews sheet may pass 4 GiB unzipped
}


# ----------------------------------------------------------------------------- cell values


def xlsx_text(value: object) -> str:
    """Text an xlsx cell can hold: XML-illegal characters removed, line breaks as LF (a lone
    CR would be stored as an ``_x000D_`` escape), cut to Excel's limit.

    >>> xlsx_text("a\\x00b\\r\\nc")
    'ab\\nc'
    """
    text = _XML_ILLEGAL_RE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATED)] + TRUNCATED
    return text


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, np.datetime64 | np.timedelta64):
        return bool(np.isnat(value))
    if isinstance(value, float | np.floating):
        return not math.isfinite(value)  # Excel has no NaN or infinity
    return False


def text_values(values: pd.Series) -> list[str | None]:
    """A column as cell text (vectorised): cleaned, cut to length, None where empty.

    >>> text_values(pd.Series(["a\\x07b", "", None]))
    ['ab', None, None]
    >>> text_values(pd.Series(["a\\ud800b"], dtype=object))
    ['ab']
    """
    if values.dtype == object:  # Python text may hold lone surrogates, which Arrow refuses
        values = values.map(lambda v: _SURROGATES_RE.sub("", v) if isinstance(v, str) else v)
    text = (
        values.astype("string")
        .str.replace(_XML_ILLEGAL, "", regex=True)
        .str.replace("\r\n?", "\n", regex=True)
    )
    too_long = (text.str.len() > MAX_CELL_CHARS).fillna(False).to_numpy(dtype=bool)
    if too_long.any():
        text = text.where(~too_long, text[too_long].map(xlsx_text))
    text = text.mask(text == "")
    return text.to_numpy(dtype=object, na_value=None).tolist()


def date_serials(values: pd.Series) -> list[float | None]:
    """Dates as Excel day serials (time of day dropped), None where missing.

    >>> date_serials(pd.Series(pd.to_datetime(["1900-03-01 17:00", None])))
    [61.0, None]
    """
    days = pd.to_datetime(values, errors="coerce").dt.normalize()
    serial = (days - pd.Timestamp(EXCEL_EPOCH)) / pd.Timedelta(days=1)
    return serial.astype("Float64").to_numpy(dtype=object, na_value=None).tolist()


def number_values(values: pd.Series) -> list[float | int | None]:
    """Numbers as Python numbers, None where missing or not finite."""
    if pd.api.types.is_integer_dtype(values.dtype):
        return values.astype("Int64").to_numpy(dtype=object, na_value=None).tolist()
    numbers = pd.to_numeric(values, errors="coerce").astype("Float64")
    numbers = numbers.mask(~np.isfinite(numbers.fillna(0.0)))
    return numbers.to_numpy(dtype=object, na_value=None).tolist()


def _cell_value(value: object) -> object:
    """One value of a mixed (object) column: a date, number, bool, or cleaned text."""
    if _is_missing(value):
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date | np.datetime64):
        return pd.Timestamp(value).normalize().to_pydatetime()
    if isinstance(value, int | np.integer | float | np.floating):
        return value.item() if isinstance(value, np.generic) else value
    return xlsx_text(value) or None


# ----------------------------------------------------------------------------- writing


class Formats:
    """The workbook's cell formats, made once (XlsxWriter needs one object per style)."""

    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        self.header = wb.add_format({"bold": True, "bg_color": HEADER_FILL, "text_wrap": True,
                                     "valign": "top"})
        self.header_quoted = wb.add_format({"bold": True, "bg_color": HEADER_FILL,
                                            "text_wrap": True, "valign": "top",
                                            "quote_prefix": True})
        self.date = wb.add_format({"num_format": DATE_FORMAT})
        self.percent = wb.add_format({"num_format": PERCENT_FORMAT})
        self.wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.quoted = wb.add_format({"quote_prefix": True})
        self.quoted_wrap = wb.add_format({"quote_prefix": True, "text_wrap": True,
                                          "valign": "top"})

    def text(self, column: Column, quoted: bool) -> Format | None:
        """The format of a text cell of ``column``."""
        if quoted:
            return self.quoted_wrap if column.wrap else self.quoted
        return self.wrap if column.wrap else None


CellWriter = Callable[[int, int, object, "Format | None"], object]


@dataclass(frozen=True)
class ColumnCells:
    """One column ready to write: its values (None: skip), a format per row, the writer."""

    values: list[object]
    formats: list[Format | None]
    write: CellWriter


def _same(fmt: Format | None, n: int) -> list[Format | None]:
    return [fmt] * n


def text_cells(ws: Worksheet, values: pd.Series, column: Column, formats: Formats) -> ColumnCells:
    """A text column: cleaned values, quote-prefixed where a value starts like a formula."""
    text = text_values(values)
    plain, quoted = formats.text(column, False), formats.text(column, True)
    # The formula check runs once per column in pandas, not once per cell in Python.
    starts = pd.Series(text, dtype="string").str.startswith(FORMULA_TRIGGERS)
    flags = starts.fillna(False).to_numpy(dtype=bool)
    cell_formats = np.where(flags, quoted, plain).tolist() if flags.any() else _same(plain,
                                                                                   len(text))
    return ColumnCells(text, cell_formats, ws.write_string)


def column_cells(ws: Worksheet, values: pd.Series, column: Column,
                 formats: Formats) -> ColumnCells:
    """A column's cell values, formats and typed writer, prepared per column (vectorised)."""
    n = len(values)
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return ColumnCells(date_serials(values), _same(formats.date, n), ws.write_number)
    if pd.api.types.is_bool_dtype(values.dtype):
        flags = values.astype("boolean").to_numpy(dtype=object, na_value=None).tolist()
        return ColumnCells(flags, _same(None, n), ws.write_boolean)
    if pd.api.types.is_numeric_dtype(values.dtype):
        fmt = formats.percent if column.kind == "percent" else None
        return ColumnCells(number_values(values), _same(fmt, n), ws.write_number)
    if isinstance(values.dtype, pd.StringDtype | pd.CategoricalDtype) or \
            pd.api.types.infer_dtype(values, skipna=True) in {"string", "empty"}:
        return text_cells(ws, values, column, formats)  # object columns of text go fast too
    return mixed_cells(ws, values, column, formats)


def mixed_cells(ws: Worksheet, values: pd.Series, column: Column,
                formats: Formats) -> ColumnCells:
    """A column of mixed types (small tables, a user's odd column): typed value by value."""
    cells = [_cell_value(v) for v in values]
    percent = formats.percent if column.kind == "percent" else None
    plain, quoted = formats.text(column, False), formats.text(column, True)

    def format_of(value: object) -> Format | None:
        if isinstance(value, bool):
            return None
        if isinstance(value, dt.datetime):
            return formats.date
        if isinstance(value, int | float):
            return percent
        return quoted if str(value).startswith(FORMULA_TRIGGERS) else plain

    def write(row: int, col: int, value: object, fmt: Format | None) -> object:
        if isinstance(value, bool):
            return ws.write_boolean(row, col, value)
        if isinstance(value, dt.datetime):
            return ws.write_datetime(row, col, value, fmt)
        if isinstance(value, int | float):
            return ws.write_number(row, col, value, fmt)
        return ws.write_string(row, col, str(value), fmt)

    return ColumnCells(cells, [format_of(v) for v in cells], write)


def text_writer(ws: Worksheet, column: Column, formats: Formats) -> Callable[[int, int, str],
                                                                            object]:
    """Write one string cell, quote-prefixed when it starts like a formula."""
    plain, quoted = formats.text(column, False), formats.text(column, True)

    def write(row: int, col: int, text: str) -> object:
        return ws.write_string(row, col, text,
                               quoted if text.startswith(FORMULA_TRIGGERS) else plain)

    return write


def _display_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, float):
        return 8
    return max((len(line) for line in str(value).splitlines()), default=0)


def fit_width(column: Column, values: Sequence[object]) -> float:
    """A column width that fits its content, capped so long notes wrap instead."""
    if column.width is not None:
        return column.width
    longest = max([len(column.header), *(_display_length(v) for v in values)])
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


def write_header(ws: Worksheet, columns: Sequence[Column], n_rows: int, formats: Formats,
                 filter_to: int | None = None) -> None:
    """A frozen, bold, filterable header row."""
    for i, column in enumerate(columns):
        if column.header:
            text = xlsx_text(column.header)
            quoted = text.startswith(FORMULA_TRIGGERS)  # a user's column named "=cmd()"
            ws.write_string(0, i, text, formats.header_quoted if quoted else formats.header)
        else:
            ws.write_blank(0, i, None, formats.header)
    ws.freeze_panes(1, 0)
    last = len(columns) - 1 if filter_to is None else filter_to
    if columns:
        ws.autofilter(0, 0, max(n_rows, 1), last)


def write_sheet(wb: xlsxwriter.Workbook, sheet: Sheet, formats: Formats) -> None:
    """Add one table sheet: header, fitted columns, then its rows in order (constant memory)."""
    frame, columns = sheet.frame, sheet.columns
    if frame.shape[1] != len(columns):
        raise ValueError(f"{sheet.title}: {frame.shape[1]} data columns for {len(columns)} headers")
    ws = wb.add_worksheet(sheet.title)
    plans = [column_cells(ws, frame.iloc[:, i], c, formats) for i, c in enumerate(columns)]
    for i, (column, plan) in enumerate(zip(columns, plans, strict=True)):
        width = fit_width(column, plan.values[:WIDTH_SAMPLE_ROWS])
        ws.set_column(i, i, width, formats.wrap if column.wrap else None)
    write_header(ws, columns, len(frame), formats)
    write_rows(plans)


def write_rows(plans: Sequence[ColumnCells]) -> None:
    """Write the prepared columns row by row (constant memory needs rows in order)."""
    cells = [(i, p.values, p.formats, p.write) for i, p in enumerate(plans)]
    n_rows = len(plans[0].values) if plans else 0
    for row in range(n_rows):  # the innermost loop: one typed call per non-empty cell
        for col, values, cell_formats, write in cells:
            value = values[row]
            if value is not None:
                write(row + 1, col, value, cell_formats[row])


# ----------------------------------------------------------------------------- Summary sheet

PERCENT_ITEMS = frozenset({
    "Response rate", "First-round pass rate", "First-round pass rate, 95% interval from",
    "First-round pass rate, 95% interval to", "Share of rejections with feedback",
    "Share of that feedback that was generic",
})
SUMMARY_COLUMNS = (
    Column("Item", width=42),
    Column("Value", kind="number", width=14),
    Column("", width=3),
    Column("Theme", width=32),
    Column("Improvement notes", kind="int", width=14),
    Column("Strength notes", kind="int", width=14),
)


def summary_rows(summary: Summary) -> list[tuple[str, object]]:
    """Item / value pairs for the Summary sheet."""
    head, quality = summary.headline, summary.feedback_quality
    ci = head.first_round_pass_ci
    notes: list[tuple[str, object]] = [("Note", note) for note in header_notes(summary)]
    if summary.groups is not None:
        notes.append(("Groups sheet", groups_intro(summary.groups)))
    return notes + [
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
        ("What first round means", FIRST_ROUND_DEFINITION),
    ]


def write_item(ws: Worksheet, row: int, item: str, value: object, formats: Formats) -> None:
    """One item of the Summary sheet's left-hand table."""
    ws.write_string(row, 0, item)
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return
    if isinstance(value, str):
        ws.write_string(row, 1, xlsx_text(value))
    elif isinstance(value, dt.date):
        ws.write_datetime(row, 1, dt.datetime(value.year, value.month, value.day), formats.date)
    else:
        ws.write_number(row, 1, value, formats.percent if item in PERCENT_ITEMS else None)


def add_summary_sheet(wb: xlsxwriter.Workbook, summary: Summary, formats: Formats) -> None:
    """Headline and feedback quality on the left, theme counts and their bar chart beside."""
    items, counts = summary_rows(summary), wording.theme_count_rows(summary)
    ws = wb.add_worksheet("Summary")
    for i, column in enumerate(SUMMARY_COLUMNS):
        ws.set_column(i, i, column.width)
    write_header(ws, SUMMARY_COLUMNS, len(items), formats, filter_to=1)
    text = text_writer(ws, SUMMARY_COLUMNS[3], formats)
    for i in range(max(len(items), len(counts))):
        if i < len(items):
            write_item(ws, i + 1, *items[i], formats)
        if i < len(counts):
            label, improvements, strengths = counts[i]
            text(i + 1, 3, xlsx_text(label))
            ws.write_number(i + 1, 4, improvements)
            ws.write_number(i + 1, 5, strengths)
    if counts:
        ws.insert_chart("H2", theme_chart(wb, len(counts)))


def theme_chart(wb: xlsxwriter.Workbook, n_themes: int) -> object:
    """A native clustered bar chart of improvement vs strength notes per theme."""
    chart = wb.add_chart({"type": "bar"})
    for col, kind in ((4, "improvement"), (5, "strength")):
        color = POLARITY_COLORS[kind]
        chart.add_series({
            "name": ["Summary", 0, col],
            "categories": ["Summary", 1, 3, n_themes, 3],
            "values": ["Summary", 1, col, n_themes, col],
            "fill": {"color": color},
            "border": {"color": color},
        })
    chart.set_title({"name": "Feedback themes: strengths and things to improve"})
    chart.set_x_axis({"name": "Feedback notes"})
    chart.set_y_axis({"reverse": True})  # most raised theme at the top
    chart.set_size({"width": 680, "height": max(300, int(42 * n_themes + 120))})
    return chart


# ----------------------------------------------------------------------------- workbook


def summary_to_xlsx(
    summary: Summary,
    table: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    codebook: Codebook | None = None,
) -> bytes:
    """The summary as .xlsx bytes (sheets: ``SHEETS``, and Groups second when grouped)."""
    codebook = codebook or load_codebook()
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, _OPTIONS)
    formats = Formats(wb)
    add_summary_sheet(wb, summary, formats)
    for sheet in table_sheets(summary, table, mentions, codebook):
        write_sheet(wb, sheet, formats)
    wb.close()
    return out.getvalue()


def write(data: ExportInput) -> bytes:
    """The registry's entry point (see ``analysis.export.FORMATS``)."""
    return summary_to_xlsx(data.summary, data.table, data.mentions, codebook=data.codebook)
