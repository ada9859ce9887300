"""analysis.cohort: the Groups rows of an adviser's export, and the columns it leaves out."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from cohort_log import cohort_csv
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.codebook import load_codebook
from analysis.cohort import personal_columns, summarise_groups, top_themes
from analysis.normalize import import_log
from analysis.pipeline import summarise
from analysis.schema import empty_mentions

# Mentions a tagger would give (row = the table row, in file order), by hand: E1 (rows 0, 1),
# E2 (2), E3 (3), H1 (8), H2 (9), H3 (10), H4 (11), L1 (13).
MENTIONS = [
    (0, "skills", "improvement"), (1, "preparation", "improvement"),
    (1, "skills", "improvement"),  # E1 again: still one student with skills
    (2, "communication", "improvement"), (3, "preparation", "strength"),
    (8, "communication", "improvement"), (9, "communication", "improvement"),
    (10, "preparation", "improvement"), (11, "communication", "improvement"),
    (13, "communication", "improvement"),
]
COMMUNICATION, PREPARATION, SKILLS = (load_codebook().label(t) for t in (
    "communication", "preparation", "skills"))


@pytest.fixture
def table() -> pd.DataFrame:
    return import_log(cohort_csv().encode(), "cohort.csv").table


@pytest.fixture
def mentions() -> pd.DataFrame:
    frame = pd.DataFrame([(r, t, p, "evidence", ()) for r, t, p in MENTIONS],
                         columns=["row", "theme", "polarity", "evidence", "cues"])
    return pd.concat([empty_mentions(), frame]).astype(empty_mentions().dtypes.to_dict())


def test_groups_rows_have_the_hand_computed_figures(table, mentions) -> None:
    rows = summarise_groups(table, mentions, "programme", load_codebook(),
                            label="Programme").rows.set_index("group")
    assert rows.index.tolist() == ["Economics", "History", "Law"]
    assert rows.loc["Economics", ["students", "applications", "offers"]].tolist() == [6, 8, 2]
    assert rows.loc["History", ["students", "applications", "offers"]].tolist() == [5, 5, 1]
    assert rows.loc["Economics", "first_round_pass_rate"] == pytest.approx(2 / 5)
    assert rows.loc["History", "first_round_pass_rate"] == pytest.approx(2 / 4)
    # shares of students, not of mentions: E1's two skills notes are one student of six
    assert rows.loc["Economics", "top_themes"] == (
        (COMMUNICATION, pytest.approx(1 / 6)), (PREPARATION, pytest.approx(1 / 6)),
        (SKILLS, pytest.approx(1 / 6)))
    assert rows.loc["History", "top_themes"] == (
        (COMMUNICATION, pytest.approx(3 / 5)), (PREPARATION, pytest.approx(1 / 5)))


def test_a_group_under_five_students_keeps_only_its_name(table, mentions) -> None:
    law = summarise_groups(table, mentions, "programme", load_codebook()).rows.set_index(
        "group").loc["Law"]
    assert law["suppressed"]
    assert law[["students", "applications", "offers", "first_round_pass_rate"]].isna().all()
    assert law["top_themes"] == ()  # L1's communication note is not shown


def test_top_themes_keeps_the_largest_shares(table, mentions) -> None:
    from analysis import metrics

    themes = metrics.themes_by_group(table, mentions, "programme")
    top = top_themes(themes, load_codebook(), n=1)
    assert top == {"Economics": ((COMMUNICATION, pytest.approx(1 / 6)),),
                   "History": ((COMMUNICATION, pytest.approx(3 / 5)),)}


def test_the_summary_carries_the_groups_and_the_withheld_columns(table, mentions) -> None:
    summary = summarise(table, mentions, today=dt.date(2026, 3, 1), by="cohort",
                        by_label="Graduation year")
    assert summary.groups is not None and summary.groups.label == "Graduation year"
    rows = summary.groups.rows.set_index("group")
    assert rows.loc["2026", "students"] == 9 and rows.loc["2027", "suppressed"]
    assert summary.withheld_columns == ("Tutor email", "Preferred name")
    assert summarise(table, mentions, today=dt.date(2026, 3, 1)).groups is None


def test_a_personal_log_keeps_its_own_email_column_unless_grouped() -> None:
    log = b"Company,Date,Email,Region\nAcme,2026-01-05,hr@acme.example,North\n"
    table = import_log(log, "mine.csv").table
    today = dt.date(2026, 3, 1)
    assert summarise(table, empty_mentions(), today=today).withheld_columns == ()
    grouped = summarise(table, empty_mentions(), today=today, by="Region")
    assert grouped.withheld_columns == ("Email",)


def test_personal_columns_by_header_word_or_by_email_cells() -> None:
    frame = pd.DataFrame({
        "company": ["Acme"], "Tutor name": ["Ann Bell"], "Parent E-mail": [None],
        "Contact 2": ["x"], "Salary": ["30k"], "Link": ["https://acme.example/job"],
        "Notes 2": ["write to ann.bell@uni.example"],
    })
    assert personal_columns(frame) == ["Tutor name", "Parent E-mail", "Notes 2"]


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.text(max_size=20), min_size=1, max_size=6),
       at=st.integers(min_value=0, max_value=5),
       user=st.from_regex(r"[a-z][a-z0-9.]{0,10}", fullmatch=True))
def test_a_column_with_any_email_cell_is_withheld(cells, at, user) -> None:
    values = [*cells]
    values.insert(min(at, len(values)), f"{user}@uni.example")
    frame = pd.DataFrame({"company": ["Acme"] * len(values), "Misc": values})
    assert personal_columns(frame) == ["Misc"]
