"""`debrief funnel`: numbers on a hand-computed CSV, plain text and JSON, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli import main, parse_map_options

# The small_log scenario as a user's own CSV: A1 Acme (screen, then rejected in round 2),
# A2 Beta (rejected after round 1), A3 Gamma (three rounds, offer), Delta ghosted, Epsilon
# rejected without an interview. By hand: 5 applications, 6 interviews, 3 interviewed,
# 1 offer, rounds {1: 3, 2: 2, 3: 1}, funnel 5/3/3/1/1/1. The first round is the first
# interview after any screen: Acme's and Beta's ended there, Gamma's (Technical) moved on, so
# the drop-off is 2 of 3 (it was 1 of 3 while a phone screen counted as the first round).
LOG_CSV = """\
Company,Job Title,Date Applied,Interview Date,Interview Type,Result,What they said,Feedback from
Acme,Data Analyst,2026-01-05,2026-01-12,Phone screen,Moved forward,"Friendly call.",Recruiter
Acme,Data Analyst,2026-01-05,2026-01-20,1st interview,Rejected,Your answers rambled.,Interviewer
Beta Ltd,Analyst,2026-01-10,2026-01-18,1st interview,Rejected,We went with a better fit.,Interviewer
Gamma,BI Analyst,2026-02-01,2026-02-05,Phone screen,Moved forward,,
Gamma,BI Analyst,2026-02-01,2026-02-12,Technical,Moved forward,Strong SQL test.,Interviewer
Gamma,BI Analyst,2026-02-01,2026-02-20,Final,Offer,Great preparation.,Interviewer
Delta,Analyst,2026-02-03,,,No reply,,
Epsilon,Analyst,2026-02-10,,,Rejected,,
"""


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "my log.csv"
    path.write_text(LOG_CSV, encoding="utf-8")
    return path


def run_json(capsys, *argv) -> dict:
    assert main(["funnel", *map(str, argv), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_report_has_the_hand_computed_numbers(capsys, log_file):
    report = run_json(capsys, log_file)
    assert report["applications"] == 5
    assert report["interviews"] == 6
    assert report["interviewed_applications"] == 3
    assert report["offers"] == 1
    assert report["rounds"] == {"1": 3, "2": 2, "3": 1}
    drop = report["first_round_dropoff"]
    assert (drop["count"], drop["of"]) == (2, 3)
    assert drop["rate"] == pytest.approx(2 / 3)
    assert drop["ci95"] == pytest.approx([0.2077, 0.9385], abs=1e-4)
    assert drop["definition"].startswith("First round means the first interview after")
    assert [(s["stage"], s["reached"]) for s in report["stages"]] == [
        ("applied", 5), ("screen", 3), ("first_round", 3), ("second_round", 1),
        ("final_round", 1), ("offer", 1),
    ]
    assert report["outcomes"]["ghosted"] == 1


def test_plain_text_report(capsys, log_file):
    assert main(["funnel", str(log_file)]) == 0
    out = capsys.readouterr().out
    assert "Applications: 5 (3 with interviews, 1 with an offer)" in out
    assert "First-round drop-off: 2 of 3 (67%, 95% range 21% to 94%)" in out
    assert ["Second", "round", "1", "20%"] in [line.split() for line in out.splitlines()]
    assert "round 1: 3, round 2: 2, round 3: 1" in out


def test_output_file(capsys, log_file, tmp_path):
    target = tmp_path / "funnel.json"
    assert main(["funnel", str(log_file), "--json", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["applications"] == 5


def test_several_logs_are_merged(capsys, log_file, tmp_path):
    more = tmp_path / "linkedin.csv"
    more.write_text(
        "Company,Job Title,Date Applied,Result\nZeta,Analyst,2026-03-01,No reply\n",
        encoding="utf-8",
    )
    report = run_json(capsys, log_file, more)
    assert report["applications"] == 6
    assert report["stages"][0]["reached"] == 6
    assert report["interviewed_applications"] == 3


def test_map_override_changes_what_is_read(capsys, log_file):
    # Ignoring the Result column loses every outcome, so no first interview is decided any
    # more except Gamma's, which went on to a final round.
    report = run_json(capsys, log_file, "--map", "Result=")
    assert report["first_round_dropoff"]["of"] == 1
    assert report["first_round_dropoff"]["count"] == 0


def test_header_only_log_is_a_clear_error(capsys, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text(LOG_CSV.splitlines()[0] + "\n", encoding="utf-8")
    assert main(["funnel", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ")
    assert "no data rows" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("name", "content"),
    [("log.csv", b""), ("log.xlsx", b"hello\x00\x01\x02"), ("log.csv", b"\xff\xfe\x00\x00")],
)
def test_unreadable_logs_exit_2_with_one_sentence(capsys, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["funnel", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1


def test_missing_file(capsys, tmp_path):
    assert main(["funnel", str(tmp_path / "nope.csv")]) == 2
    assert "nope.csv does not exist" in capsys.readouterr().err


def test_malformed_map_is_explained(capsys, log_file):
    assert main(["funnel", str(log_file), "--map", "Result"]) == 2
    assert "is not COLUMN=FIELD" in capsys.readouterr().err


def test_parse_map_options():
    assert parse_map_options([" Result = outcome", "Notes="]) == {"Result": "outcome", "Notes": ""}


def test_bundled_sample_log_csv_and_workbook_agree(capsys):
    """The sample log by hand: 30 applications (3 mock interviews are not), 31 interviews,
    17 interviewed, rounds {1: 17, 2: 9, 3: 5}. Counting from the first interview after any
    screen, 12 first interviews are decided and 5 of them ended the application."""
    sample = Path(__file__).resolve().parent.parent / "sample_data"
    csv = run_json(capsys, sample / "interview_log.csv")
    xlsx = run_json(capsys, sample / "interview_log.xlsx")
    assert csv == xlsx
    assert (csv["applications"], csv["interviews"], csv["interviewed_applications"]) == (
        30, 31, 17
    )
    assert csv["rounds"] == {"1": 17, "2": 9, "3": 5}
    assert (csv["first_round_dropoff"]["count"], csv["first_round_dropoff"]["of"]) == (5, 12)
    assert csv["offers"] == 1 and csv["outcomes"]["withdrew"] == 1
