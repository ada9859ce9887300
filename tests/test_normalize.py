"""normalize: raw frames (as analysis.read hands them over) to the canonical table."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import DebriefError
from analysis.normalize import (
    apply_overrides,
    convert_numeric,
    guess_mapping,
    load_vocabulary,
    normalize_log,
    parse_dates,
)
from analysis.schema import CANONICAL_COLUMNS


def raw_frame(rows: list[list[object]], columns: list[str], first_row: int = 2) -> pd.DataFrame:
    """A raw table as read_raw gives it: object cells, index = 1-based file row number."""
    index = pd.Index(range(first_row, first_row + len(rows)), name="source_row")
    return pd.DataFrame(rows, columns=columns, index=index, dtype=object)


# ----------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Employer", "company"),
        ("Organisation", "company"),
        ("Company name", "company"),
        ("companyName", "company"),
        ("COMPANY_NAME", "company"),
        ("Job Title", "role"),
        ("Position", "role"),
        ("Interview date", "event_date"),
        ("Date", "event_date"),
        ("Date applied", "applied_date"),
        ("Round", "round"),
        ("Interview type", "stage"),
        ("Result", "outcome"),
        ("Status", "outcome"),
        ("What they said", "feedback"),
        ("Interviewer comments", "feedback"),
        ("Notes", "feedback"),
        ("Feedback from", "feedback_source"),
        ("Source", "feedback_source"),
        ("Via", "feedback_channel"),
        ("Contact", "interviewer"),
        ("Date of the final interview", "event_date"),
        ("Job URL", ""),
        ("Prep hours", ""),
    ],
)
def test_headers_in_everyday_wording_map_to_fields(header: str, field: str) -> None:
    mapping = guess_mapping(["Company" if field != "company" else "Role", header])
    assert mapping[header] == field


def test_each_field_goes_to_one_column_and_the_rest_are_kept() -> None:
    mapping = guess_mapping(["Company", "Date", "Interview date", "Feedback", "Notes"])
    assert mapping == {
        "Company": "company",
        "Date": "",
        "Interview date": "event_date",
        "Feedback": "feedback",
        "Notes": "",
    }


def test_override_moves_a_field_and_can_ignore_a_column() -> None:
    mapping = guess_mapping(["Company", "Date", "Who"], {"Who": "interviewer", "Date": ""})
    assert mapping == {"Company": "company", "Date": "", "Who": "interviewer"}
    moved = apply_overrides(mapping, {"Date": "interviewer"})
    assert moved["Who"] == "" and moved["Date"] == "interviewer"


def test_override_with_unknown_field_lists_the_valid_ones() -> None:
    with pytest.raises(DebriefError, match="'employer' is not a field.*company, role"):
        guess_mapping(["Company", "Date"], {"Company": "employer"})


def test_override_for_missing_column_names_the_columns() -> None:
    with pytest.raises(DebriefError, match="no column 'Firm'.*Company, Date"):
        guess_mapping(["Company", "Date"], {"Firm": "company"})


def test_table_without_log_columns_is_refused_saying_what_a_log_needs() -> None:
    raw = raw_frame([["a", 1]], ["Fruit", "Price"])
    with pytest.raises(DebriefError, match="company or role column and at least one date"):
        normalize_log(raw)


def test_frames_built_by_hand_with_repeated_names_or_index_still_work() -> None:
    raw = pd.DataFrame([["Acme", "x", "2026-01-05"], ["Beta", "y", "2026-01-06"]],
                       columns=["Company", "Notes", "Date"], index=[0, 0])
    raw.columns = ["Company", "Company", "Date"]
    table = normalize_log(raw)
    assert table["source_row"].tolist() == [2, 3]
    assert table["Company (2)"].tolist() == ["x", "y"]


def test_header_only_table_is_refused() -> None:
    with pytest.raises(DebriefError, match="no data rows"):
        normalize_log(raw_frame([], ["Company", "Date"]))


# ------------------------------------------------------------------- a per-interview log


@pytest.fixture
def interview_log() -> pd.DataFrame:
    """Acme: 2 interviews (rows 2, 3, written out of date order); Beta: 1 interview + its
    exact duplicate (row 5); Gamma: application only; a totals row; a row with no company."""
    return raw_frame(
        [
            ["Acme", "Data Analyst", "20 Jan 2026", "2nd round", "rejected",
             "Rambled.", "2,5"],
            ["Acme", "Data Analyst", "12 Jan 2026", "Phone screen", None,
             "Mock interview: nice", "1"],
            ["Beta Ltd", "Analyst", "Jan 18, 2026", "HM interview", "no", None, "3"],
            ["Beta Ltd", "Analyst", "Jan 18, 2026", "HM interview", "no", None, "3"],
            ["Gamma", "BI Analyst", None, "Applied", "no reply", None, None],
            ["Total", None, None, None, "3", None, "6,5"],
            [None, None, "3 Feb 2026", None, None, "remember to follow up", None],
        ],
        ["Employer", "Job Title", "Interview date", "Interview type", "Result",
         "What they said", "Prep hours"],
    )


def test_every_input_row_appears_once_with_its_file_row(interview_log: pd.DataFrame) -> None:
    table = normalize_log(interview_log, source_file="log.csv")
    assert table["source_row"].tolist() == [2, 3, 4, 5, 6, 7, 8]
    assert table["source_file"].eq("log.csv").all()
    assert table["row_status"].tolist() == [
        "ok", "ok", "ok", "duplicate", "ok", "skipped", "skipped"
    ]
    assert table.loc[3, "row_issue"] == "Same as row 4"
    assert table.loc[5, "row_issue"] == "Row 7 looks like a totals row"
    assert table.loc[6, "row_issue"] == "No company or role: cannot tell which application this is"
    assert isinstance(table.index, pd.RangeIndex)
    assert tuple(table.columns[: len(CANONICAL_COLUMNS)]) == CANONICAL_COLUMNS


def test_rounds_follow_dates_not_file_order(interview_log: pd.DataFrame) -> None:
    table = normalize_log(interview_log)
    assert table["round"].tolist()[:5] == [2, 1, 1, 1, 0]
    assert table["stage"].astype(str).tolist()[:5] == [
        "second_round", "screen", "first_round", "first_round", "applied"
    ]


def test_outcomes_read_in_context_and_earlier_rounds_advanced(interview_log) -> None:
    table = normalize_log(interview_log)
    # the screen (no result written) was followed by another round, so it was passed
    assert table["outcome"].astype(str).tolist()[:5] == [
        "rejected", "advanced", "rejected", "rejected", "ghosted"
    ]


def test_ids_dates_sources_and_extra_columns(interview_log: pd.DataFrame) -> None:
    table = normalize_log(interview_log)
    assert table["application_id"].tolist()[:5] == [
        "acme/data-analyst", "acme/data-analyst", "beta/analyst", "beta/analyst",
        "gamma/bi-analyst",
    ]
    assert table.loc[0, "event_date"] == pd.Timestamp("2026-01-20")
    assert table.loc[2, "event_date"] == pd.Timestamp("2026-01-18")
    assert table.loc[1, "feedback_source"] == "practice"  # from "Mock interview:" prefix
    assert table.loc[0, "feedback_source"] == "unknown"
    assert table["Prep hours"].tolist()[:3] == [2.5, 1.0, 3.0]
    assert table.columns[-1] == "Prep hours"


def test_unreadable_date_is_a_note_not_a_lost_row() -> None:
    raw = raw_frame([["Acme", "Analyst", "soon"], ["Beta", "Analyst", "2026-02-01"]],
                    ["Company", "Role", "Interview date"])
    table = normalize_log(raw)
    assert table["row_status"].tolist() == ["ok", "ok"]
    assert pd.isna(table.loc[0, "event_date"])
    assert table.loc[0, "row_issue"] == "Could not read the date 'soon' in 'Interview date'"


def test_unknown_stage_words_take_their_stage_from_the_round_and_say_so() -> None:
    raw = raw_frame(
        [["Acme", "Analyst", "2026-01-02", "Lunch with the team"],
         ["Acme", "Analyst", "2026-01-09", "Interview"]],
        ["Company", "Role", "Date", "Stage"],
    )
    table = normalize_log(raw)
    assert table["stage"].astype(str).tolist() == ["first_round", "second_round"]
    assert "Stage 'Lunch with the team' not recognised" in table.loc[0, "row_issue"]
    assert pd.isna(table.loc[1, "row_issue"])  # "Interview" is known: its round decides


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("phone screen", "screen"),
        ("Recruiter call", "screen"),
        ("1st interview", "first_round"),
        ("HM interview", "first_round"),
        ("2nd round", "second_round"),
        ("Technical", "second_round"),
        ("Panel", "second_round"),
        ("Onsite", "final_round"),
        ("Final", "final_round"),
        ("Superday", "final_round"),
        ("Offer accepted", "offer"),
        ("1st round technical", "first_round"),
        ("Interview 3", "final_round"),
    ],
)
def test_stage_words(text: str, stage: str) -> None:
    raw = raw_frame([["Acme", "2026-01-05", text]], ["Company", "Date", "Stage"])
    assert normalize_log(raw).loc[0, "stage"] == stage


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("no", "rejected"),
        ("moved forward", "advanced"),
        ("passed", "advanced"),
        ("failed", "rejected"),
        ("no reply", "ghosted"),
        ("Offer accepted", "offer"),
        ("Offer declined", "offer"),
        ("declined", "rejected"),
        ("I declined", "withdrew"),
        ("waiting", "pending"),
        ("Rejected after final", "rejected"),
        ("hmm", "unknown"),
    ],
)
def test_outcome_words_in_context(text: str, outcome: str) -> None:
    raw = raw_frame([["Acme", "2026-01-05", text]], ["Company", "Date", "Result"])
    assert normalize_log(raw).loc[0, "outcome"] == outcome


def test_sources_and_channels_from_their_columns() -> None:
    raw = raw_frame(
        [
            ["Acme", "2026-01-05", "Too long", "recruiter", "phone call"],
            ["Beta", "2026-01-06", "Good", "mock interview", None],
            ["Gamma", "2026-01-07", "Ok", "Career services coach", "via email"],
            ["Delta", "2026-01-08", "Ok", "my notes", "letter"],
        ],
        ["Company", "Date", "Feedback", "Feedback from", "Via"],
    )
    table = normalize_log(raw)
    assert table["feedback_source"].astype(str).tolist() == [
        "recruiter", "practice", "career_services", "self"
    ]
    assert table["feedback_channel"].astype(str).tolist() == ["phone", "unknown", "email", "letter"]


# ------------------------------------------------------------------------------- dates


def test_day_first_is_decided_by_the_whole_column() -> None:
    vocab = load_vocabulary()
    got = parse_dates(pd.Series(["03/02/2026", "04/02/2026", "25/02/2026"]), vocab).values
    assert got.dt.strftime("%Y-%m-%d").tolist() == ["2026-02-03", "2026-02-04", "2026-02-25"]


def test_month_first_when_a_second_field_is_over_12() -> None:
    vocab = load_vocabulary()
    got = parse_dates(pd.Series(["1/10/26, 8:15 AM", "1/22/26, 9:00 PM"]), vocab).values
    assert got.dt.strftime("%Y-%m-%d").tolist() == ["2026-01-10", "2026-01-22"]


def test_dotted_dates_are_day_first_and_every_written_form_is_read() -> None:
    vocab = load_vocabulary()
    values = pd.Series(
        ["03.02.2026", "2026-02-03", "3 Feb 2026", "Feb 3, 2026", 46056,
         datetime(2026, 2, 3, 14, 30), "46056", None],
        dtype=object,
    )
    parsed = parse_dates(values, vocab)
    assert parsed.values.iloc[:7].eq(pd.Timestamp("2026-02-03")).all()
    assert pd.isna(parsed.values.iloc[7]) and not parsed.bad.iloc[7]


def test_ambiguous_slash_dates_are_read_month_first_with_a_note() -> None:
    parsed = parse_dates(pd.Series(["03/04/2026"]), load_vocabulary(), "Date")
    assert parsed.values.iloc[0] == pd.Timestamp("2026-03-04")
    assert "could be read either way" in parsed.notes[0]


def test_decimal_commas_in_a_numeric_column() -> None:
    assert convert_numeric(pd.Series(["2,5", "1", "0,75"], dtype=object)).tolist() == [
        2.5, 1.0, 0.75
    ]
    assert convert_numeric(pd.Series(["1,500", "2,000"], dtype=object)).tolist() == [1500, 2000]
    assert convert_numeric(pd.Series(["2,5", "two"], dtype=object)) is None
    assert convert_numeric(pd.Series(["01234", "02345"], dtype=object)) is None


# -------------------------------------------------------------------- shapes and trackers


def test_wide_log_becomes_one_row_per_stage_reached() -> None:
    raw = raw_frame(
        [
            ["Acme", "Analyst", "05/01/2026", "12/01/2026", "x", None, "Rejected", "Too vague"],
            ["Beta", "Engineer", "06/01/2026", None, None, None, "Ghosted", None],
            ["Gamma", "Lead", "07/01/2026", "✓", "yes", "25/01/2026", "Offer", "Great"],
        ],
        ["Company", "Position", "Applied", "Phone screen", "Interview 1", "Final", "Status",
         "Notes"],
    )
    mapping = guess_mapping(raw.columns)
    assert mapping["Phone screen"] == "stage:screen"
    assert mapping["Interview 1"] == "stage:first_round"
    table = normalize_log(raw, mapping)
    # 3 input rows -> 2 + 1 + 3 output rows; all share their application's source_row
    assert table["source_row"].tolist() == [2, 2, 3, 4, 4, 4]
    assert table["stage"].astype(str).tolist() == [
        "screen", "first_round", "applied", "screen", "first_round", "final_round"
    ]
    assert table["round"].tolist() == [1, 2, 0, 1, 2, 3]
    assert table["outcome"].astype(str).tolist() == [
        "advanced", "rejected", "ghosted", "advanced", "advanced", "offer"
    ]
    # the application's note belongs to the last stage it reached, once
    assert table["feedback"].tolist()[:2] == [pd.NA, "Too vague"]
    # day-first from 25/01/2026 in the stage columns decides the Applied column too
    assert table.loc[0, "applied_date"] == pd.Timestamp("2026-01-05")
    assert table.loc[0, "event_date"] == pd.Timestamp("2026-01-12")


def test_huntr_export_lists_are_stages_and_the_wishlist_is_skipped() -> None:
    raw = raw_frame(
        [
            ["Analyst", "Acme", "Wishlist", "-"],
            ["Engineer", "Beta", "Applied", "-"],
            ["Lead", "Gamma", "Interview", "https://jobs.example/1"],
            ["Dev", "Delta", "Rejected", "-"],
        ],
        ["title", "companyName", "listName", "url"],
    )
    table = normalize_log(raw)
    assert table["row_status"].tolist() == ["skipped", "ok", "ok", "ok"]
    assert table.loc[0, "row_issue"] == "On your Huntr wishlist: not applied yet"
    assert table["stage"].astype(str).tolist()[1:] == ["applied", "first_round", "applied"]
    assert table.loc[3, "outcome"] == "rejected"
    assert pd.isna(table.loc[1, "url"])  # Huntr's "-" is an empty cell


def test_linkedin_export_is_applications_only() -> None:
    raw = raw_frame(
        [
            ["1/10/26, 8:15 AM", "me@example.com", "Acme", "Data Analyst",
             "https://linkedin.example/1", "cv.pdf", None],
            ["1/22/26, 9:15 PM", "me@example.com", "Beta", "Analyst",
             "https://linkedin.example/2", "cv.pdf", "Q: Visa? A: no"],
        ],
        ["Application Date", "Contact Email", "Company Name", "Job Title", "Job Url",
         "Resume Name", "Question And Answers"],
    )
    table = normalize_log(raw)
    assert table["round"].tolist() == [0, 0]
    assert table["stage"].astype(str).tolist() == ["applied", "applied"]
    assert table["applied_date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-01-10", "2026-01-22"]
    assert "Contact Email" in table.columns and "Question And Answers" in table.columns


def test_reapplication_gets_its_own_id_only_when_needed() -> None:
    raw = raw_frame(
        [
            ["Acme", "Analyst", "2025-03-01", None],
            ["Acme", "Analyst", "2026-01-10", None],
            ["Acme", "Analyst", None, "2026-01-20"],
            ["Beta", "Analyst", "2026-01-02", None],
            ["Beta", "Analyst", None, "2026-01-12"],
        ],
        ["Company", "Role", "Date applied", "Interview date"],
    )
    table = normalize_log(raw)
    assert table["application_id"].tolist() == [
        "acme/analyst@2025-03-01", "acme/analyst@2026-01-10", "acme/analyst@2026-01-10",
        "beta/analyst", "beta/analyst",
    ]
    assert table.loc[4, "applied_date"] == pd.Timestamp("2026-01-02")  # lent by its application


def test_mock_interview_rows_are_practice_and_kept_without_a_company() -> None:
    raw = raw_frame(
        [[None, None, "2026-01-05", "Mock interview", "Spoke too fast"],
         ["Acme", "Analyst", "2026-01-06", "Phone screen", None]],
        ["Company", "Role", "Date", "Stage", "Feedback"],
    )
    table = normalize_log(raw)
    assert table["row_status"].tolist() == ["ok", "ok"]
    assert table["practice"].tolist() == [True, False]
    assert table.loc[0, "feedback_source"] == "practice"
    assert table.loc[0, "application_id"] == "practice/mock@2026-01-05"


def test_rows_under_a_merged_company_cell_belong_to_the_row_above() -> None:
    raw = raw_frame(
        [
            ["Acme", "Analyst", "2026-01-05", "Phone screen"],
            [None, None, "2026-01-12", "Final"],  # merged cells read as empty
            ["Total", None, None, None],
            [None, None, "2026-01-20", "Technical"],  # below a totals row: not filled
        ],
        ["Company", "Role", "Date", "Stage"],
    )
    table = normalize_log(raw)
    assert table["row_status"].tolist() == ["ok", "ok", "skipped", "skipped"]
    assert table.loc[1, "application_id"] == "acme/analyst"
    assert table.loc[1, "round"] == 2
    assert table.loc[1, "row_issue"] == "Company and role taken from row 2 above (a merged cell?)"


def test_xlsx_cells_real_dates_numbers_and_formula_results() -> None:
    raw = raw_frame(
        [["Acme", datetime(2026, 2, 3, 9, 30), 46057.0, "Final", 2.5],
         ["Acme", datetime(2026, 2, 1), None, "Phone screen", 1]],
        ["Company", "Interview date", "Applied on", "Stage", "Prep"],
    )
    table = normalize_log(raw)
    assert table["event_date"].tolist() == [pd.Timestamp("2026-02-03"), pd.Timestamp("2026-02-01")]
    assert table.loc[0, "applied_date"] == pd.Timestamp("2026-02-04")  # Excel day number
    assert table["round"].tolist() == [2, 1]
    assert table["Prep"].tolist() == [2.5, 1.0]


# ------------------------------------------------------------------------ property test

ANY_CELL = st.one_of(
    st.none(),
    st.text(max_size=15),
    st.integers(-10**18, 10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["Total", "x", "✓", "-", "Phone screen", "no reply", "03.02.2026", "45678",
                     "1/10/26, 8:15 AM", "Mock interview: ok", "=1+1"]),
)
HEADERS = ["Company", "Role", "Date", "Applied on", "Stage", "Round", "Result", "Notes",
           "Source", "Via", "Contact", "Phone screen", "Final", "Offer", "Misc", "listName"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7, unique=True).flatmap(
        lambda cols: st.tuples(
            st.just(cols),
            st.lists(st.lists(ANY_CELL, min_size=len(cols), max_size=len(cols)),
                     min_size=1, max_size=8),
        )
    )
)
def test_any_cells_give_a_table_with_every_row_or_one_clear_error(case) -> None:
    columns, rows = case
    raw = raw_frame(rows, columns)
    try:
        table = normalize_log(raw, source_file="x.xlsx")
    except DebriefError as exc:
        assert "\n" not in str(exc)
        return
    assert set(table["source_row"]) == set(raw.index)
    assert table.groupby("source_row")["row_status"].nunique().eq(1).all()
    assert table["event_date"].dropna().between("1950", "2101").all()
