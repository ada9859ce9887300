"""A nonsense column mapping is refused in one sentence (issue 9, item 7)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import DebriefError
from analysis.normalize import check_mapping, guess_mapping, import_log
from analysis.read import read_raw

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "interview_log.csv"
LOG = [
    ["Company", "Role", "Interview date", "Stage", "Result", "Prep hours"],
    ["Acme Health", "Analyst", "2026-01-05", "Phone screen", "moved forward", "1"],
    ["Beta", "Engineer", "2026-01-12", "Final", "rejected", "2,5"],
    ["Gamma", "Lead", "2026-01-20", "Technical", "no reply", None],
]


def csv_bytes(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    return out.getvalue().encode()


@pytest.mark.parametrize(
    ("override", "field_words"),
    [
        ({"Company": "event_date"}, "the interview date (event_date)"),
        ({"Company": "applied_date"}, "the date applied (applied_date)"),
        ({"Role": "outcome"}, "the outcome / status (outcome)"),
        ({"Company": "stage"}, "the stage / interview type (stage)"),
        ({"Interview date": "company"}, "the company (company)"),
        ({"Company": "stage:final_round"}, "the Final round stage column"),
        ({"Result": "feedback_channel"}, "the how it was given (feedback_channel)"),
    ],
)
def test_a_column_mostly_unreadable_for_its_field_is_refused(override, field_words) -> None:
    with pytest.raises(DebriefError) as refused:
        import_log(csv_bytes(LOG), "log.csv", overrides=override)
    message = str(refused.value)
    column = next(iter(override))
    assert message.startswith(f"Column '{column}' cannot be read as {field_words}")
    assert "\n" not in message and message.count(". ") == 0


def test_the_refusal_says_how_many_values_and_shows_one() -> None:
    with pytest.raises(DebriefError, match=r"3 of its 3 values, such as 'Acme Health', are "
                                           r"not dates; choose another field for it, or none\."):
        import_log(csv_bytes(LOG), "log.csv", overrides={"Company": "event_date"})


def test_sensible_overrides_are_taken() -> None:
    result = import_log(csv_bytes(LOG), "log.csv", overrides={"Prep hours": "round"})
    assert result.mapping["Prep hours"] == "round"
    assert result.table["round"].tolist() == [1, 1, 1]  # numbered by date, one per company


def test_a_few_unreadable_values_do_not_refuse_a_column() -> None:
    raw = pd.DataFrame({"Company": ["Acme", "Beta", "Gamma"],
                        "When": ["2026-01-05", "soon", "2026-01-07"]}, dtype=object)
    check_mapping(raw, {"Company": "company", "When": "event_date"})


def test_every_guessed_mapping_of_the_sample_passes() -> None:
    raw = read_raw(SAMPLE.read_bytes(), SAMPLE.name).frame
    check_mapping(raw, guess_mapping(raw.columns))
