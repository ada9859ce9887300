"""analysis.read: the logs people really keep, read exactly as their spreadsheet shows them."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analysis.errors import DebriefError
from analysis.read import list_sheets, read_raw, unique_names
from analysis.read.delimited import sniff_delimiter
from analysis.read.header import find_header_row
from analysis.read.sheets import pick_sheet
from analysis.read.sniff import detect_format

LOG = [
    ["Company", "Role", "Interview date", "Stage", "Outcome", "Feedback"],
    ["Acme", "Data Analyst", "2026-01-12", "Phone screen", "advanced", "Friendly, enthusiastic"],
    ["Beta Ltd", "Analyst", "2026-01-18", "1st interview", "rejected", "Better fit, sorry"],
]
EXPECTED = {
    2: dict(zip(LOG[0], LOG[1], strict=True)),
    3: dict(zip(LOG[0], LOG[2], strict=True)),
}


def delimited(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    """Rows as delimited text, quoting cells that contain the delimiter, quotes or newlines."""
    def quote(cell: str) -> str:
        if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return "".join(delimiter.join(map(quote, row)) + newline for row in rows)


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    """A workbook with the given sheets, in order."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_any_common_delimiter_gives_the_same_table(delimiter: str) -> None:
    """Comma, semicolon, tab and pipe files read to the same rows, numbered from row 2."""
    table = read_raw(delimited(LOG, delimiter).encode(), "log.csv")
    assert table.frame.to_dict("index") == EXPECTED
    assert table.delimiter == delimiter and table.format == "csv" and table.header_row == 1
    assert table.frame.index.name == "source_row"


def test_quoted_cells_keep_delimiters_and_line_breaks_and_rows_count_as_records() -> None:
    """A note with commas and a line break stays one cell; the next row is spreadsheet row 3."""
    rows = [["Company", "Feedback"], ["Acme", 'Said "great", but\nbe concise; please'],
            ["Beta", "ok"]]
    table = read_raw(delimited(rows, ",", "\r\n").encode(), "log.csv")
    assert table.frame.loc[2, "Feedback"] == 'Said "great", but\nbe concise; please'
    assert table.frame.loc[3, "Company"] == "Beta"


def test_semicolons_win_over_commas_inside_cells() -> None:
    """European exports: semicolon-separated with commas in the text (decimal commas too)."""
    text = "Company;Role;Salary\nAcme, Inc;Analyst;42.500,50\nBeta;BI, data;39.000\n"
    frame = read_raw(text.encode(), "log.csv").frame
    assert frame.loc[2].tolist() == ["Acme, Inc", "Analyst", "42.500,50"]
    assert frame.loc[3, "Role"] == "BI, data"


@pytest.mark.parametrize(
    ("payload", "encoding"),
    [
        (("\ufeff" + delimited(LOG)).encode("utf-8"), "utf-8-sig"),
        (delimited(LOG).encode("utf-8"), "utf-8"),
    ],
    ids=["utf-8 with BOM", "utf-8"],
)
def test_utf8_with_and_without_bom(payload: bytes, encoding: str) -> None:
    """The BOM never leaks into the first column's name."""
    table = read_raw(payload, "log.csv")
    assert list(table.frame.columns)[0] == "Company"
    assert table.encoding == encoding and table.notes == []
    assert table.frame.to_dict("index") == EXPECTED


def test_windows_1252_from_word_keeps_accents_and_curly_quotes() -> None:
    """Société Générale and “quotes” – typed in Word, saved by Excel as CSV (Windows-1252)."""
    rows = [["Company", "Feedback"], ["Société Générale", "“Great” answers – be concise…"]]
    table = read_raw(delimited(rows, ";").encode("cp1252"), "log.csv")
    assert table.frame.loc[2].tolist() == ["Société Générale", "“Great” answers – be concise…"]
    assert table.encoding == "cp1252"
    assert "Read the text as Windows-1252." in table.notes


def test_latin1_bytes_undefined_in_cp1252_still_decode() -> None:
    """0x81 is not a Windows-1252 character: fall back to Latin-1 rather than fail."""
    table = read_raw(b"Company,Role\nAcm\xe9\x81,Analyst\n", "log.csv")
    assert table.encoding == "latin-1"
    assert table.frame.loc[2, "Company"] == "Acmé\x81"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_utf16_with_bom_tab_delimited(codec: str) -> None:
    """Excel's "Unicode Text": UTF-16 with a BOM, tabs, CRLF line ends."""
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    rows = [*LOG, ["Zürich Insurance", "Analyst", "2026-02-01", "Final", "offer", "Bravo"]]
    payload = bom + delimited(rows, "\t", "\r\n").encode(codec)
    table = read_raw(payload, "log.txt")
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.frame.loc[4, "Company"] == "Zürich Insurance"
    assert {k: v for k, v in table.frame.to_dict("index").items() if k < 4} == EXPECTED


def test_utf16_without_bom_is_recognised_by_its_zero_bytes() -> None:
    """Some tools drop the BOM; the alternating zero bytes give it away."""
    table = read_raw(delimited(LOG, "\t").encode("utf-16-le"), "log.txt")
    assert table.encoding == "utf-16-le"
    assert table.frame.to_dict("index") == EXPECTED


def test_title_notes_and_blank_rows_above_the_header_are_skipped() -> None:
    """The header is found on row 4; data keeps its own row numbers, blank rows are skipped."""
    text = (
        "My job search 2026\n"
        "Updated weekly,,,\n"
        "\n"
        + delimited(LOG[:2])
        + ",,,,,\n"
        + delimited(LOG[2:])
        + "Total,2,,,,\n"
    )
    table = read_raw(text.encode(), "log.csv")
    assert table.header_row == 4
    assert table.frame.index.tolist() == [5, 7, 8]  # blank row 6 skipped, totals row kept
    assert table.frame.loc[8, "Company"] == "Total"
    assert "Header found on row 4." in table.notes
    assert "Skipped 1 blank row(s) between the header and the last row." in table.notes


def test_a_wide_preamble_loses_to_the_row_with_header_words() -> None:
    """A 'Name, Jane, Email, ...' line above the table is not taken for the header."""
    text = "Name,Jane Doe,Email,jane@example.com,Phone,555\n\n" + delimited(LOG)
    table = read_raw(text.encode(), "log.csv")
    assert table.header_row == 3
    assert table.frame.loc[4].tolist() == LOG[1]


def test_column_names_are_stripped_unique_and_never_empty() -> None:
    """Repeated names get (2); an unnamed column with data is 'Column N'; empty ones go."""
    text = " Company ,Notes,,Notes,\nAcme,a,x,b,\nBeta,c,,d,\n"
    frame = read_raw(text.encode(), "log.csv").frame
    assert list(frame.columns) == ["Company", "Notes", "Column 3", "Notes (2)"]
    assert frame.loc[3].tolist() == ["Beta", "c", None, "d"]


def test_cells_are_python_strings_and_empty_cells_none() -> None:
    """As read, whitespace-only cells count as empty; nothing is converted."""
    frame = read_raw(b"Company,Round,Date\nAcme,  ,03.02.2026\n007,1, \n", "log.csv").frame
    assert frame.to_dict("index") == {
        2: {"Company": "Acme", "Round": None, "Date": "03.02.2026"},
        3: {"Company": "007", "Round": "1", "Date": None},
    }
    assert all(dtype == "object" for dtype in frame.dtypes)


def test_rows_longer_than_the_header_get_named_columns() -> None:
    """Cells beyond the header's width are kept, not dropped."""
    frame = read_raw(b"Company,Role\nAcme,Analyst,extra note\n", "log.csv").frame
    assert frame.loc[2, "Column 3"] == "extra note"


def test_detect_format_trusts_bytes_not_the_extension() -> None:
    """A workbook named .csv is a workbook; text named .xlsx is text."""
    data = workbook({"Log": LOG})
    assert detect_format(data, "log.csv") == "xlsx"
    table = read_raw(data, "log.csv")
    assert table.format == "xlsx" and table.frame.to_dict("index") == EXPECTED
    assert "'log.csv' is named like a text file but is an Excel workbook" in table.notes[0]
    table = read_raw(delimited(LOG).encode(), "log.xlsx")
    assert table.format == "csv" and table.frame.to_dict("index") == EXPECTED
    assert "named like an Excel file but holds text" in table.notes[0]


def test_sniff_delimiter_falls_back_to_comma_for_one_column() -> None:
    """A single column has no delimiter to find."""
    assert sniff_delimiter("Company\nAcme\nBeta\n") == ","


def test_unique_names_never_collides_with_an_existing_name() -> None:
    """'Notes (2)' already taken: the repeat becomes 'Notes (3)'."""
    assert unique_names(["Notes", "Notes (2)", "Notes"]) == ["Notes", "Notes (2)", "Notes (3)"]


def test_find_header_row_without_a_header_uses_the_first_row_and_says_so() -> None:
    """All-number rows: no header to find."""
    assert find_header_row([["1", "2"], ["3", "4"]]) == (
        0, ["No clear header row found; the first row was used as the header."])


# --------------------------------------------------------------------------------- xlsx


def test_workbook_picks_the_sheet_that_holds_the_log() -> None:
    """A cover sheet and a summary come first; the log sheet is found by its content."""
    data = workbook({
        "Read me": [["This workbook tracks my applications."]],
        "Summary": [["Total", 2], ["Offers", 0]],
        "2026": LOG,
    })
    table = read_raw(data, "log.xlsx")
    assert table.sheet == "2026" and table.sheets == ["Read me", "Summary", "2026"]
    assert table.frame.to_dict("index") == EXPECTED
    assert "Read sheet '2026' (of 3: Read me, Summary, 2026)." in table.notes


def test_named_sheet_is_matched_ignoring_case_and_spaces() -> None:
    """--sheet ' summary ' reads the Summary sheet even though another looks more like a log."""
    data = workbook({"Log": LOG, "Summary": [["Metric", "Value"], ["Total", 2]]})
    table = read_raw(data, "log.xlsx", sheet=" summary ")
    assert table.sheet == "Summary"
    assert table.frame.to_dict("index") == {2: {"Metric": "Total", "Value": 2}}


def test_a_blank_sheet_name_means_pick_the_log() -> None:
    """An empty sheet choice (the app's default) behaves like no choice."""
    data = workbook({"Summary": [["Total", 2]], "Log": LOG})
    assert read_raw(data, "log.xlsx", sheet="  ").sheet == "Log"


def test_unknown_sheet_name_lists_the_sheets() -> None:
    """The refusal tells the user what they could have typed."""
    data = workbook({"Log": LOG, "Summary": [["a"]]})
    with pytest.raises(DebriefError) as caught:
        read_raw(data, "log.xlsx", sheet="Interviews")
    assert str(caught.value) == (
        "The workbook has no sheet named 'Interviews'; its sheets are: 'Log', 'Summary'."
    )


def test_workbook_cells_keep_their_types_and_rows_their_excel_numbers() -> None:
    """Real dates stay datetimes, numbers numbers; a title, blank rows and totals as in Excel."""
    rows = [
        ["Interview log"],
        [],
        ["Company", "Applied", "Round", "Prep hours", "Remote", "Notes"],
        ["Acme", datetime(2026, 1, 5), 1, 2.5, True, None],
        [],
        [],
        ["Beta", datetime(2026, 2, 3, 8, 15), 2, None, False, "  "],
        ["Total", None, None, 2.5, None, None],
    ]
    table = read_raw(workbook({"Log": rows}), "log.xlsx")
    assert table.header_row == 3 and table.format == "xlsx" and table.encoding is None
    assert table.frame.to_dict("index") == {
        4: {"Company": "Acme", "Applied": datetime(2026, 1, 5), "Round": 1, "Prep hours": 2.5,
            "Remote": True, "Notes": None},
        7: {"Company": "Beta", "Applied": datetime(2026, 2, 3, 8, 15), "Round": 2,
            "Prep hours": None, "Remote": False, "Notes": None},
        8: {"Company": "Total", "Applied": None, "Round": None, "Prep hours": 2.5,
            "Remote": None, "Notes": None},
    }
    assert "Skipped 2 blank row(s) between the header and the last row." in table.notes


def test_formulas_read_as_the_values_excel_saved() -> None:
    """data_only: a formula cell gives its cached result, not '=B2*2'."""
    data = workbook({"Log": [["Company", "Hours", "Double"], ["Acme", 2, "=B2*2"]]})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<f>B2*2</f><v></v>", b"<f>B2*2</f><v>4</v>")
                content = content.replace(b"<f>B2*2</f><v />", b"<f>B2*2</f><v>4</v>")
                assert b"<v>4</v>" in content
            dst.writestr(item, content)
    frame = read_raw(out.getvalue(), "log.xlsx").frame
    assert frame.loc[2].tolist() == ["Acme", 2, 4]


def test_list_sheets() -> None:
    """Worksheet names for a workbook, none for a CSV."""
    assert list_sheets(workbook({"A": [["x"]], "Log": LOG})) == ["A", "Log"]
    assert list_sheets(delimited(LOG).encode(), "log.csv") == []


def test_pick_sheet_prefers_header_words_over_length() -> None:
    """A long sheet of numbers loses to a short one that names log columns."""
    samples = {"Numbers": [[1, 2]] * 30, "Log": [["Company", "Role", "Stage"], ["Acme", "A", "S"]]}
    assert pick_sheet(samples) == "Log"
    assert pick_sheet({"Empty": []}) is None


# --------------------------------------------------------------------------- properties

CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
NAME = st.sampled_from(["Company", "Employer", "Role", "Position", "Date", "Stage", "Status",
                        "Feedback", "Notes", "Result"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), filename=st.text(max_size=20))
def test_any_bytes_give_a_table_or_a_debrief_error(data: bytes, filename: str) -> None:
    """Junk never escapes as another exception."""
    try:
        table = read_raw(data, filename)
    except DebriefError as exc:
        assert str(exc)
    else:
        assert len(table.frame) >= 1 and table.frame.index.name == "source_row"


@settings(max_examples=40, deadline=None)
@given(
    magic=st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
                           b"\xff\xfe\x00\x00", b"%PDF"]),
    rest=st.binary(max_size=300),
    filename=st.sampled_from(["log.csv", "log.xlsx", "log.txt", "", "log"]),
)
def test_bytes_behind_a_known_signature_give_a_table_or_a_debrief_error(
    magic: bytes, rest: bytes, filename: str
) -> None:
    """Broken zips and BOMs followed by junk are refused or read, never crash."""
    try:
        read_raw(magic + rest, filename)
    except DebriefError as exc:
        assert str(exc)


@settings(max_examples=40, deadline=None)
@given(
    header=st.lists(NAME, min_size=2, max_size=6, unique=True),
    body=st.lists(st.lists(CELL, min_size=6, max_size=6), min_size=1, max_size=15),
    delimiter=st.sampled_from([",", ";", "\t"]),
    blanks=st.sets(st.integers(0, 15), max_size=4),
)
def test_every_non_blank_row_comes_back_once_with_its_row_number(
    header: list[str], body: list[list[str]], delimiter: str, blanks: set[int]
) -> None:
    """Row accounting: each non-blank data row appears exactly once, at its spreadsheet row."""
    rows = [row[: len(header)] for row in body]
    assume(any(c.strip() for row in rows for c in row))
    lines = [header]
    for i, row in enumerate(rows):
        if i in blanks:
            lines.append([""] * len(header))
        lines.append(row)
    table = read_raw(delimited(lines, delimiter, "\r\n").encode(), "log.csv")
    expected = {
        number: [None if not c.strip() else c for c in row]
        for number, row in enumerate(lines[1:], start=2)
        if any(c.strip() for c in row)
    }
    assert table.header_row == 1
    assert {k: list(v.values()) for k, v in table.frame.to_dict("index").items()} == expected


VALID_WORKBOOK = workbook({"Summary": [["Total", 2]], "Log": LOG})


@settings(max_examples=60, deadline=None)
@given(
    position=st.integers(0, len(VALID_WORKBOOK) - 1),
    junk=st.binary(min_size=1, max_size=8),
    truncate=st.booleans(),
)
def test_damaged_workbooks_give_a_table_or_a_debrief_error(
    position: int, junk: bytes, truncate: bool
) -> None:
    """A workbook with bytes overwritten or cut off anywhere never crashes the reader."""
    damaged = (VALID_WORKBOOK[:position] if truncate else
               VALID_WORKBOOK[:position] + junk + VALID_WORKBOOK[position + len(junk):])
    try:
        table = read_raw(damaged, "log.xlsx")
    except DebriefError as exc:
        assert str(exc)
    else:
        assert table.frame.index.name == "source_row"


def test_excel_sep_line_names_the_delimiter() -> None:
    """Excel's 'sep=;' first line wins over sniffing and is not taken for the header."""
    text = "sep=;\r\nCompany;Notes\r\nAcme;a,b,c\r\nBeta;d,e,f\r\n"
    table = read_raw(text.encode(), "log.csv")
    assert table.delimiter == ";" and table.header_row == 2
    assert table.frame.to_dict("index") == {3: {"Company": "Acme", "Notes": "a,b,c"},
                                            4: {"Company": "Beta", "Notes": "d,e,f"}}


def test_docstring_examples_hold() -> None:
    """The examples in the reader's docstrings are part of its contract."""
    import doctest
    import importlib
    import pkgutil

    import analysis.read

    for module in pkgutil.iter_modules(analysis.read.__path__):
        found = doctest.testmod(importlib.import_module(f"analysis.read.{module.name}"))
        assert found.failed == 0, module.name


def test_a_sheet_name_given_for_a_csv_is_ignored_with_a_note() -> None:
    """The CLI's --sheet on a CSV does not stop the import."""
    table = read_raw(delimited(LOG).encode(), "log.csv", sheet="Log")
    assert table.frame.to_dict("index") == EXPECTED
    assert "The file is a CSV, which has no sheets: sheet 'Log' was ignored." in table.notes


def test_openpyxl_is_left_as_it_was_found() -> None:
    """The load-time shortcut is undone, even when the workbook is refused."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    original = ReadOnlyWorksheet._get_size
    read_raw(workbook({"Log": LOG}), "log.xlsx")
    with pytest.raises(DebriefError):
        read_raw(workbook({"Log": LOG})[:-30], "log.xlsx")
    assert ReadOnlyWorksheet._get_size is original


@pytest.mark.filterwarnings("error::pandas.errors.ParserWarning")  # it means cells were lost
@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=',;\t|"\n\r ab1é\x00\ufeff', max_size=300),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_delimiter_and_quote_soup_gives_a_table_or_an_error(text: str, encoding: str) -> None:
    """Stray quotes, ragged rows and odd line ends never crash the CSV path or lose cells."""
    try:
        table = read_raw(text.encode(encoding, errors="replace"), "log.csv")
    except DebriefError as exc:
        assert str(exc)
    else:
        assert table.frame.index.is_unique and table.frame.columns.is_unique
        assert all(name for name in table.frame.columns)


def test_a_byte_order_mark_inside_joined_files_is_dropped() -> None:
    """Two exports joined with `cat`: the second BOM does not stick to 'Company'."""
    first = ("\ufeff" + delimited(LOG[:2])).encode()
    second = ("\ufeff" + delimited([LOG[0], LOG[2]])).encode()
    frame = read_raw(first + second, "log.csv").frame
    assert frame.loc[3].tolist() == LOG[0]  # the repeated header row, as normalize will see it
    assert frame.loc[4].tolist() == LOG[2]


@pytest.mark.parametrize("hint", ["sep=:", 'sep="', "sep=\t"])
def test_unusual_excel_sep_lines_are_read_or_refused_clearly(hint: str) -> None:
    """Any sep= line gives a table or a DebriefError, and an odd delimiter is named."""
    delimiter = hint[-1]
    text = f"{hint}\nCompany{delimiter}Role\nAcme{delimiter}Analyst\n"
    try:
        table = read_raw(text.encode(), "log.csv")
    except DebriefError as exc:
        assert str(exc)
    else:
        assert len(table.frame) == 1
        if delimiter == ":":
            assert table.frame.loc[3].tolist() == ["Acme", "Analyst"]
            assert "Columns are separated by ':'." in table.notes


@pytest.mark.parametrize(
    ("data", "columns", "index"),
    [
        # No word of "id,text,labels" is a log header word, while a data row mentions "position".
        (
            b"id,text,labels\n"
            b"d1,Great answers,communication:+\n"
            b"d2,Position filled internally,fit:-\n"
            b"d3,Late by ten minutes,logistics:-\n",
            ["id", "text", "labels"],
            [2, 3, 4],
        ),
        # The note cell is prose ("role", "interview"), and "recruiter" is a style value: words
        # in a long free-text cell say nothing about a header, so the plain first row stays it.
        (
            b"id,style,text,labels\n"
            b"n1,recruiter,role needs 8am starts and the interview ran late; client fb warm,"
            b"logistics:-\n"
            b"n2,self,Rambled a bit on the first question,communication:-\n",
            ["id", "style", "text", "labels"],
            [2, 3],
        ),
        # "recruiter" is a category that recurs down its column, and "feedback" is a word of the
        # note: a header's names do not recur below it, so the plain first row stays the header.
        (
            b"id,style,text,labels\n"
            b"n1,recruiter,HM feedback: not for us,\n"
            b"n2,self,Rambled a bit,communication:-\n"
            b"n3,recruiter,client fb v positive on sql,skills:+\n",
            ["id", "style", "text", "labels"],
            [2, 3, 4],
        ),
    ],
    ids=["a stray header word", "log words in a long note", "log words in short cells"],
)
def test_plain_first_row_header_beats_a_later_row_with_header_words(
    data: bytes, columns: list[str], index: list[int]
) -> None:
    raw = read_raw(data, "notes.csv")
    assert list(raw.frame.columns) == columns
    assert raw.frame.index.tolist() == index


def test_a_title_line_above_the_log_still_loses_to_the_header_below_it() -> None:
    data = (
        b"Jane Doe,jane@example.com,Updated,2026-01-05\n"
        b"Company,Role,Interview date,Feedback\n"
        b"Acme,Analyst,2026-01-02,Rambled a bit\n"
        b"Beta,Analyst,2026-01-03,Great answers\n"
    )
    raw = read_raw(data, "log.csv")
    assert list(raw.frame.columns) == ["Company", "Role", "Interview date", "Feedback"]


def test_excel_sep_line_is_never_taken_for_the_header() -> None:
    raw = read_raw(b"sep=;\nid;text\n1;Rambled a bit\n", "notes.csv")
    assert list(raw.frame.columns) == ["id", "text"]
    assert raw.frame.loc[3].tolist() == ["1", "Rambled a bit"]
