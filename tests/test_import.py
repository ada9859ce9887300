"""Import end to end: file bytes -> canonical table, the report, the CLI, and property tests."""

from __future__ import annotations

import csv
import io
import tomllib
from datetime import datetime

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from analysis.cli import main
from analysis.errors import DebriefError
from analysis.normalize import HEADERS_PATH, import_log, import_logs
from analysis.read import read_raw


def csv_bytes(rows: list[list[object]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows]
    )
    return out.getvalue().encode(encoding)


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


LOG = [
    ["Employer", "Job Title", "Interview date", "Interview type", "Result", "What they said",
     "Prep hours"],
    ["Acme", "Data Analyst", "12/01/2026", "Phone screen", "moved forward", "Friendly.", "1"],
    ["Acme", "Data Analyst", "20/01/2026", "2nd round", "rejected", "Rambled.", "2,5"],
    ["Beta Ltd", "Analyst", "18/01/2026", "HM interview", "no", "Better fit.", "2"],
    ["Beta Ltd", "Analyst", "18/01/2026", "HM interview", "no", "Better fit.", "2"],
    ["Gamma", "BI Analyst", None, "Applied", "no reply", None, None],
    ["Total", None, None, None, "4", None, "7,5"],
]


def test_csv_log_end_to_end_counts_every_row() -> None:
    result = import_log(csv_bytes(LOG, ";"), "log.csv")
    assert result.counts() == {
        "rows_read": 6, "applications": 3, "interviews": 3, "duplicates": 1, "skipped": 1,
    }
    table = result.table
    assert table["source_row"].tolist() == [2, 3, 4, 5, 6, 7]
    assert table["event_date"].iloc[1] == pd.Timestamp("2026-01-20")  # day-first column
    assert table["Prep hours"].iloc[1] == 2.5
    assert result.mapping["What they said"] == "feedback"
    assert result.raw_columns == LOG[0]
    assert result.source_format == "csv"


def test_report_names_counts_mapping_and_reasons() -> None:
    report = import_log(csv_bytes(LOG), "log.csv").format_report()
    assert "Read 6 rows from log.csv: 3 applications, 3 interviews, 1 duplicate row, " \
           "1 skipped row." in report
    assert "'Employer'" in report and "-> company" in report
    assert "'Prep hours'" in report and "(kept as an extra column)" in report
    assert "row 5 (duplicate): Same as row 4" in report
    assert "row 7 (skipped): Row 7 looks like a totals row" in report


def test_issues_lists_rows_that_were_not_counted() -> None:
    issues = import_log(csv_bytes(LOG), "log.csv").issues()
    assert issues[["source_row", "row_status"]].astype(str).values.tolist() == [
        ["5", "duplicate"], ["7", "skipped"]
    ]


def test_legacy_encoding_and_tabs() -> None:
    rows = [["Société", "Rôle", "Date"], ["Crédit Agricole", "Analyste", "03.02.2026"]]
    result = import_log(csv_bytes(rows, "\t", "cp1252"), "log.txt")
    assert result.table.loc[0, "company"] == "Crédit Agricole"
    assert result.table.loc[0, "event_date"] == pd.Timestamp("2026-02-03")


def test_excel_unicode_text_and_a_workbook_named_csv() -> None:
    rows = [["Company", "Role", "Date", "Stage"], ["Zoë & Co", "Analyst", "2026-02-03", "Final"]]
    unicode_text = b"\xff\xfe" + csv_bytes(rows, "\t").decode().encode("utf-16-le")
    assert import_log(unicode_text, "log.txt").table.loc[0, "company"] == "Zoë & Co"
    lying = xlsx_bytes({"Log": rows})
    result = import_log(lying, "log.csv")
    assert result.source_format == "xlsx"
    assert result.table.loc[0, "stage"] == "final_round"


def test_practice_sessions_are_reported_apart_from_applications() -> None:
    rows = [["Company", "Role", "Date", "Stage", "Feedback"],
            ["Career Centre", "Mock interview", "2026-02-06", "Mock interview", "Too fast"],
            ["Acme", "Analyst", "2026-02-10", "Phone screen", None]]
    result = import_log(csv_bytes(rows), "log.csv")
    assert result.counts()["applications"] == 1 and result.counts()["interviews"] == 1
    assert "1 application, 1 interview, 1 practice session," in result.format_report()


def test_words_that_mean_nothing_are_named_in_the_notes() -> None:
    rows = [["Company", "Date", "Result", "Source"],
            ["Acme", "2026-01-05", "maybe", "LinkedIn"], ["Beta", "2026-01-06", "no", "Indeed"]]
    notes = " ".join(import_log(csv_bytes(rows), "log.csv").notes)
    assert "Some values in 'Result' are not an outcome Debrief knows ('maybe')" in notes
    assert "'Source' are not a feedback source Debrief knows ('LinkedIn', 'Indeed')" in notes


def test_overrides_change_the_mapping() -> None:
    result = import_log(csv_bytes(LOG), "log.csv", overrides={"Prep hours": "round",
                                                               "Result": ""})
    assert result.mapping["Result"] == ""
    assert "Result" in result.table.columns  # kept as an extra column
    with pytest.raises(DebriefError, match="not a field"):
        import_log(csv_bytes(LOG), "log.csv", overrides={"Result": "verdict"})


def test_workbook_with_title_rows_and_several_sheets() -> None:
    data = xlsx_bytes(
        {
            "Summary": [["Applications", 2], ["Offers", 0]],
            "Interviews": [
                ["My job search 2026"],
                [],
                ["Company", "Role", "Date", "Stage", "Outcome", "Notes"],
                ["Acme", "Analyst", datetime(2026, 1, 12), "Phone screen", "passed", "Good"],
                ["Acme", "Analyst", datetime(2026, 1, 20), "Final", "rejected", "Too slow"],
                ["Beta", "Engineer", datetime(2026, 1, 15), "Technical", None, None],
            ],
        }
    )
    result = import_log(data, "tracker.xlsx", sheet="Interviews")
    table = result.table
    assert result.source_format == "xlsx"
    assert table["source_row"].tolist() == [4, 5, 6]
    assert table["round"].tolist() == [1, 2, 1]
    assert table["stage"].astype(str).tolist() == ["screen", "final_round", "second_round"]


def test_linkedin_export_and_own_sheet_merge_into_one_application() -> None:
    linkedin = csv_bytes(
        [
            ["Application Date", "Contact Email", "Contact Phone Number", "Company Name",
             "Job Title", "Job Url", "Resume Name", "Question And Answers"],
            ["1/10/26, 8:15 AM", "me@example.com", None, "Acme", "Data Analyst",
             "https://example.com/1", "cv.pdf", None],
            ["1/22/26, 9:15 PM", "me@example.com", None, "Beta Ltd", "Analyst",
             "https://example.com/2", "cv.pdf", None],
        ]
    )
    own = csv_bytes(
        [
            ["Employer", "Role", "Date", "Stage", "Outcome", "Feedback"],
            ["Acme", "Data analyst", "2026-01-20", "Phone screen", "passed", "Good call"],
            ["ACME", "Data Analyst ", "2026-01-28", "Technical", "failed", "Weak SQL"],
        ]
    )
    result = import_logs([("Job Applications.csv", linkedin), ("mine.csv", own)])
    table = result.table
    assert table["application_id"].tolist() == [
        "acme/data-analyst", "beta/analyst", "acme/data-analyst", "acme/data-analyst"
    ]
    assert table["row_status"].tolist() == ["duplicate", "ok", "ok", "ok"]
    assert table.loc[0, "row_issue"] == "Same application as rows 2, 3 in mine.csv"
    # the export's application date is lent to the interview rows of the same application
    assert table.loc[2, "applied_date"] == pd.Timestamp("2026-01-10")
    assert result.counts() == {
        "rows_read": 4, "applications": 2, "interviews": 2, "duplicates": 1, "skipped": 0,
    }
    assert "Columns of mine.csv" in result.format_report()


def test_not_a_log_is_refused_in_one_sentence() -> None:
    with pytest.raises(DebriefError, match="a log needs a company or role column"):
        import_log(csv_bytes([["Fruit", "Price"], ["Apple", "1"]]), "fruit.csv")


# ----------------------------------------------------------------------------------- CLI


def test_cli_writes_the_table_and_reports_on_stderr(tmp_path, capsys) -> None:
    log = tmp_path / "log.csv"
    hostile = [["Company", "Role", "Date"], ["=HYPERLINK(\"http://x\")", "Analyst", "2026-01-05"]]
    log.write_bytes(csv_bytes(LOG[:3] + hostile[1:]))
    out = tmp_path / "out.csv"
    assert main(["normalize", str(log), "-o", str(out), "--map", "Prep hours="]) == 0
    written = pd.read_csv(out, dtype=str)
    assert len(written) == 3 and written["company"].iloc[2].startswith("'=")
    assert "Prep hours" in written.columns
    err = capsys.readouterr().err
    assert "Read 3 rows from log.csv" in err and "'Employer'" in err


def test_cli_prints_to_stdout_without_output_option(tmp_path, capsys) -> None:
    log = tmp_path / "log.csv"
    log.write_bytes(csv_bytes(LOG))
    assert main(["normalize", str(log)]) == 0
    assert capsys.readouterr().out.startswith("application_id,company,role,")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["normalize", "missing.csv"], "does not exist"),
        (["normalize", "LOG", "--map", "Employer"], "is not COLUMN=FIELD"),
        (["normalize", "LOG", "--map", "Employer=boss"], "'boss' is not a field"),
        (["normalize", "FRUIT"], "does not look like an interview log"),
    ],
)
def test_cli_refuses_with_exit_2_and_one_error_line(tmp_path, capsys, args, message) -> None:
    (tmp_path / "log.csv").write_bytes(csv_bytes(LOG))
    (tmp_path / "fruit.csv").write_bytes(csv_bytes([["Fruit", "Price"], ["Apple", "1"]]))
    paths = {"LOG": str(tmp_path / "log.csv"), "FRUIT": str(tmp_path / "fruit.csv"),
             "missing.csv": str(tmp_path / "missing.csv")}
    assert main([paths.get(a, a) for a in args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0]


def test_cli_as_a_subprocess(tmp_path) -> None:
    import subprocess
    import sys

    log = tmp_path / "log.csv"
    log.write_bytes(csv_bytes(LOG))
    done = subprocess.run([sys.executable, "-m", "analysis", "normalize", str(log)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(pd.read_csv(io.StringIO(done.stdout))) == 6


# ---------------------------------------------------------------------- property tests


def _synonyms() -> dict[str, list[str]]:
    fields = tomllib.loads(HEADERS_PATH.read_text(encoding="utf-8"))["fields"]
    return {name: spec["exact"] for name, spec in fields.items()}


SYNONYMS = _synonyms()
CELLS: dict[str, list[object]] = {
    "application_id": ["A1", "A2", None],
    "company": ["Acme", "Beta Ltd", "Gamma GmbH", '=HYPERLINK("x")', "Δelta", "-", None,
                "  Acme  ", "Total"],
    "role": ["Analyst", "Data Scientist", "@lead", None],
    "applied_date": ["2026-01-05", "12 Feb 2026", "Feb 3, 2026", "03.02.2026",
                     "1/10/26, 8:15 AM", "13/01/2026", "soon", "45678", None],
    "event_date": ["2026-01-05", "12 Feb 2026", "Feb 3, 2026", "03.02.2026",
                   "1/10/26, 8:15 AM", "13/01/2026", "tomorrow", "45678", None],
    "stage": ["Phone screen", "1st interview", "HM interview", "Technical", "Final", "Offer",
              "Applied", "coffee", "Mock interview", "Wishlist", None],
    "round": ["1", "2", "R3", "x", None],
    "outcome": ["no", "moved forward", "no reply", "Offer accepted", "waiting", "Rejected",
                "?", "3", None],
    "feedback": ["Mock interview: spoke fast", "Too vague", "+1 great", "n/a", None],
    "feedback_source": ["recruiter", "mock interview", "friend", "email", None],
    "feedback_channel": ["email", "phone", "letter", "zoom", None],
    "interviewer": ["Sam Lee", None],
}
EXTRAS = ["Salary", "Prep hours", "Link", "Misc"]
STAGE_HEADERS = ["Phone screen", "Interview 1", "Interview 2", "Final", "Offer"]
STAGE_CELLS = ["x", "✓", "yes", "2026-01-05", "12/02/2026", "no", "rejected", None]
JUNK = st.text(alphabet="abcXYZ019 .,:'-=+@éΔ✓", max_size=12)


def _header_style(text: str, style: int) -> str:
    return [text, text.upper(), text.title(), text.replace(" ", "_")][style]


@st.composite
def messy_logs(draw: st.DrawFn) -> list[list[object]]:
    """A messy log: synonyms as headers, shuffled, blank and duplicate rows, junk cells."""
    who = draw(st.sets(st.sampled_from(["company", "role", "application_id"]), min_size=1))
    when = draw(st.sets(st.sampled_from(["applied_date", "event_date", "stage", "outcome"]),
                        min_size=1))
    more = draw(st.sets(st.sampled_from(["round", "feedback", "feedback_source",
                                         "feedback_channel", "interviewer"])))
    fields = sorted(who | when | more)
    headers = [
        _header_style(draw(st.sampled_from(SYNONYMS[f])), draw(st.integers(0, 3)))
        for f in fields
    ]
    extras = draw(st.lists(st.sampled_from(EXTRAS), max_size=2, unique=True))
    wide = draw(st.lists(st.sampled_from(STAGE_HEADERS), max_size=3, unique=True))
    kinds = fields + ["extra"] * len(extras) + ["wide"] * len(wide)
    headers += extras + wide
    order = draw(st.permutations(range(len(headers))))
    if len({h.casefold() for h in headers}) < len(headers):
        headers = [f"{h} {i}" if i else h for i, h in enumerate(headers)]
    rows: list[list[object]] = []
    for _ in range(draw(st.integers(1, 12))):
        row = []
        for kind in kinds:
            pool = STAGE_CELLS if kind == "wide" else CELLS.get(kind, ["2,5", "3", "abc", None])
            row.append(draw(st.one_of(st.sampled_from(pool), JUNK) if draw(st.booleans())
                            else st.sampled_from(pool)))
        choice = draw(st.integers(0, 9))
        if choice == 0:
            rows.append([None] * len(kinds))  # a blank row
        elif choice == 1 and rows:
            rows.append(list(rows[-1]))  # an exact duplicate
        rows.append(row)
    return [[headers[i] for i in order]] + [[r[i] for i in order] for r in rows]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_logs())
def test_messy_logs_account_for_every_row_and_reimport_identically(log) -> None:
    data = csv_bytes(log)
    try:
        raw = read_raw(data, "messy.csv").frame
        result = import_log(data, "messy.csv")
    except DebriefError:
        return  # refused in one sentence: allowed
    table = result.table
    # every non-blank row the reader found appears, and only those
    assert set(table["source_row"]) == set(raw.index)
    assert result.counts()["rows_read"] == len(raw)
    per_row = table.groupby("source_row")["row_status"].nunique()
    assert (per_row == 1).all()  # one status per input row
    if not any(f.startswith("stage:") for f in result.mapping.values()):
        assert len(table) == len(raw)  # exactly once
    assert table.loc[table["row_status"] != "ok", "row_issue"].notna().all()
    # the exported canonical table normalises to the same table
    again = import_log(table.to_csv(index=False).encode(), "messy.csv").table
    pd.testing.assert_frame_equal(again, table, check_dtype=False)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["x.csv", "x.xlsx", "x.txt", "x"]))
def test_junk_bytes_give_a_table_or_one_clear_error(data: bytes, name: str) -> None:
    try:
        result = import_log(data, name)
    except DebriefError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    assert result.counts()["rows_read"] == result.table[["source_file", "source_row"]]\
        .drop_duplicates().shape[0]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_logs(), messy_logs())
def test_two_uploads_keep_each_files_rows_apart(first, second) -> None:
    files = [("a.csv", csv_bytes(first)), ("b.csv", csv_bytes(second))]
    try:
        raws = {name: read_raw(data, name).frame for name, data in files}
        result = import_logs(files)
    except DebriefError:
        return
    table = result.table
    for name, raw in raws.items():
        assert set(table.loc[table["source_file"] == name, "source_row"]) == set(raw.index)
    assert result.counts()["rows_read"] == sum(len(raw) for raw in raws.values())


def test_cli_reads_the_named_sheet(tmp_path, capsys) -> None:
    book = tmp_path / "log.xlsx"
    book.write_bytes(xlsx_bytes({
        "Notes": [["Just notes"]],
        "2026": [["Company", "Role", "Date", "Stage"],
                 ["Acme", "Analyst", datetime(2026, 3, 2), "Final"]],
    }))
    assert main(["normalize", str(book), "--sheet", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Acme,Analyst,,2026-03-02,final_round,1," in out


def test_merged_uploads_are_held_to_the_row_limit_together() -> None:
    from analysis.read import Limits

    limits = Limits(max_rows=5)
    files = [(f"part{i}.csv", csv_bytes(LOG[:4])) for i in range(2)]  # 3 rows each
    assert import_logs(files[:1], limits=limits).counts()["rows_read"] == 3
    with pytest.raises(DebriefError) as refused:
        import_logs(files, limits=limits)
    assert str(refused.value) == (
        "Together the 2 files hold 6 rows, more than Debrief's limit of 5 rows for one "
        "import: import fewer files at once, or split them."
    )
