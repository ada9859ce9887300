"""Cohort logs: one person per application, pseudonyms for names (issue 11)."""

from __future__ import annotations

import csv
import io

import pandas as pd

from analysis.normalize import guess_mapping, import_log, normalize_log
from analysis.normalize.people import pseudonym
from analysis.schema import CANONICAL_COLUMNS


def csv_bytes(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    return out.getvalue().encode()


def raw_frame(rows: list[list[object]], columns: list[str]) -> pd.DataFrame:
    index = pd.Index(range(2, 2 + len(rows)), name="source_row")
    return pd.DataFrame(rows, columns=columns, index=index, dtype=object)


EXPORT = [
    ["Student ID", "Programme", "Graduation year", "Employer", "Job title", "Date applied",
     "Furthest stage", "Outcome", "Feedback", "Feedback source"],
    # four students apply to the same scheme on its opening day
    ["S1", "Economics", "2026", "Big Bank", "Graduate Analyst", "2026-01-10", "Online test",
     "Rejected", "Numerical test below the threshold.", "Employer"],
    ["S2", "Economics", "2026", "Big Bank", "Graduate Analyst", "2026-01-10",
     "First interview", "Rejected", None, None],
    ["S3", "History", "2027", "Big Bank", "Graduate Analyst", "2026-01-10", "Final interview",
     "Offer", "Great preparation.", "Recruiter"],
    ["S4", "History", "2027", "Big Bank", "Graduate Analyst", "2026-01-10", "Applied",
     "No reply", None, None],
    ["S2", "Economics", "2026", "Acme", "Analyst", "2026-01-12", "Phone screen", "Rejected",
     None, None],
    ["S2", "Economics", "2026", "Acme", "Analyst", "2026-01-12", "Phone screen", "Rejected",
     None, None],  # the same row twice: a duplicate within one student
]


def test_students_applying_to_one_scheme_on_one_day_stay_apart() -> None:
    result = import_log(csv_bytes(EXPORT), "cohort.csv")
    table = result.table
    assert result.mapping["Student ID"] == "person_id"
    assert result.mapping["Programme"] == "programme"
    assert result.mapping["Graduation year"] == "cohort"
    assert table["application_id"].tolist() == [
        "S1:big-bank/graduate-analyst", "S2:big-bank/graduate-analyst",
        "S3:big-bank/graduate-analyst", "S4:big-bank/graduate-analyst",
        "S2:acme/analyst", "S2:acme/analyst",
    ]
    assert table["row_status"].tolist() == ["ok"] * 5 + ["duplicate"]
    assert table.loc[5, "row_issue"] == "Same as row 6"
    assert result.counts()["applications"] == 5
    assert table["round"].tolist()[:4] == [0, 1, 1, 0]  # a test is no round
    assert table["person_id"].tolist()[:4] == ["S1", "S2", "S3", "S4"]
    assert table["programme"].tolist()[:3] == ["Economics", "Economics", "History"]
    assert table["cohort"].tolist()[0] == "2026"
    assert table["feedback_source"].astype(str).tolist()[:3] == [
        "interviewer", "unknown", "recruiter"]
    columns = list(table.columns)
    assert columns[len(CANONICAL_COLUMNS):len(CANONICAL_COLUMNS) + 3] == [
        "person_id", "programme", "cohort"]


def test_identical_rows_of_different_students_are_no_duplicates() -> None:
    raw = raw_frame(
        [["S1", "Acme", "Analyst", "2026-01-05", "Phone screen"],
         ["S2", "Acme", "Analyst", "2026-01-05", "Phone screen"]],
        ["Student ID", "Company", "Role", "Date", "Stage"],
    )
    table = normalize_log(raw)
    assert table["row_status"].tolist() == ["ok", "ok"]
    assert table["application_id"].nunique() == 2
    assert table["round"].tolist() == [1, 1]


def test_a_shared_job_id_is_not_one_application_across_students() -> None:
    raw = raw_frame(
        [["S1", "REQ-7", "Acme", "2026-01-05", "Final", "offer"],
         ["S2", "REQ-7", "Acme", "2026-01-05", "Phone screen", "rejected"]],
        ["Student number", "Job ID", "Company", "Date", "Stage", "Outcome"],
    )
    table = normalize_log(raw)
    assert table["application_id"].tolist() == ["S1:REQ-7", "S2:REQ-7"]
    assert table["round"].tolist() == [1, 1]


def test_names_and_emails_become_pseudonyms_and_are_not_kept() -> None:
    raw = raw_frame(
        [["Ann Bell", "ann.bell@uni.example", "Law", "Acme", "2026-01-05", "Final"],
         ["Bo Chen", "bo.chen@uni.example", "Law", "Acme", "2026-01-05", "Final"],
         ["ann bell", None, "Law", "Beta", "2026-01-09", "Phone screen"]],
        ["Student name", "Email", "Course", "Company", "Date", "Stage"],
    )
    table = normalize_log(raw)
    assert table["person_id"].tolist() == [
        pseudonym("ann.bell@uni.example"), pseudonym("bo.chen@uni.example"),
        pseudonym("Ann Bell"),  # no email on this row: the name's pseudonym
    ]
    assert table["person_id"].str.fullmatch(r"S-[0-9a-f]{12}").all()
    cells = {str(v) for v in table.astype(object).to_numpy().ravel()}
    assert not {"Ann Bell", "ann bell", "Bo Chen", "ann.bell@uni.example"} & cells
    assert "Student name" not in table.columns and "Email" not in table.columns


def test_a_personal_log_with_an_email_or_course_column_is_as_before() -> None:
    columns = ["Company", "Role", "Date", "Email", "Name"]
    assert guess_mapping(columns) == {
        "Company": "company", "Role": "role", "Date": "event_date", "Email": "", "Name": ""}
    assert guess_mapping(["Company", "Date", "Department"])["Department"] == ""
    raw = raw_frame([["Acme", "Analyst", "2026-01-05", "hr@acme.example", "Sam Lee"]], columns)
    table = normalize_log(raw)
    assert "person_id" not in table.columns and "programme" not in table.columns
    assert table.loc[0, "Email"] == "hr@acme.example"
    assert table.loc[0, "application_id"] == "acme/analyst"


def test_a_students_merged_cell_reads_down_to_their_applications() -> None:
    raw = raw_frame(
        [["S1", "Economics", "Acme", "2026-01-05", "Phone screen"],
         [None, None, "Beta", "2026-01-06", "Final"],  # merged Student and Programme cells
         ["S2", "History", "Acme", "2026-01-05", "Phone screen"]],
        ["Student ID", "Programme", "Company", "Date", "Stage"],
    )
    table = normalize_log(raw)
    assert table["person_id"].tolist() == ["S1", "S1", "S2"]
    assert table["programme"].tolist() == ["Economics", "Economics", "History"]
    assert table.loc[1, "row_issue"] == "Student taken from row 2 above (a merged cell?)"


def test_more_header_words_for_sources_and_huntrs_created_at() -> None:
    mapping = guess_mapping(["Company", "Comment source", "createdAt"])
    assert mapping["Comment source"] == "feedback_source"
    assert mapping["createdAt"] == "applied_date"
    assert guess_mapping(["Company", "Given by"])["Given by"] == "feedback_source"
    assert guess_mapping(["Company", "Feedback given by"])["Feedback given by"] == (
        "feedback_source")
    raw = raw_frame([["Dev", "Delta", "Applied", "2026-01-10T14:23:11.000Z"]],
                    ["title", "companyName", "listName", "createdAt"])
    assert normalize_log(raw).loc[0, "applied_date"] == pd.Timestamp("2026-01-10")


def test_a_via_column_says_who_the_feedback_came_from_too() -> None:
    raw = raw_frame([["Acme", "2026-01-05", "Too long", "Recruiter"],
                     ["Beta", "2026-01-06", "Good", "Mock interview"]],
                    ["Company", "Date", "Feedback", "Via"])
    table = normalize_log(raw)
    assert table["feedback_source"].astype(str).tolist() == ["recruiter", "practice"]
