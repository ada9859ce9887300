"""`debrief funnel --by` and `debrief summary --by` on a cohort log with known answers (issue 11).

The log and its hand-computed answers are in ``tests/cohort_log.py``: Economics 6 students,
8 applications, 2 offers; History 5, 5, 1; Law 2 students, suppressed.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from cohort_log import cohort_csv, personal_strings

from analysis.cli import main

GROUP_HEADERS = ("Group", "Students", "Applications", "Offers", "First-round pass rate",
                 "Top improvement themes")


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "cohort.csv"
    path.write_text(cohort_csv(), encoding="utf-8")
    return path


def funnel_json(capsys, *argv: object) -> dict:
    assert main(["funnel", *map(str, argv), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_funnel_json_by_programme_has_students_and_groups(capsys, log) -> None:
    report = funnel_json(capsys, log, "--by", "Programme")
    assert (report["students"], report["applications"], report["offers"]) == (13, 15, 4)
    groups = report["groups"]
    assert list(groups) == ["Economics", "History", "Law"]
    assert groups["Law"] == {"students": "fewer than 5"}
    economics, history = groups["Economics"], groups["History"]
    assert [economics[k] for k in ("students", "applications", "offers")] == [6, 8, 2]
    assert [history[k] for k in ("students", "applications", "offers")] == [5, 5, 1]
    assert (economics["first_round_dropoff"]["count"], economics["first_round_dropoff"]["of"]) \
        == (3, 5)
    assert (history["first_round_dropoff"]["count"], history["first_round_dropoff"]["of"]) \
        == (2, 4)
    assert "after any screens and tests" in history["first_round_dropoff"]["definition"]


def test_by_takes_the_header_as_in_the_file_or_the_group_field(capsys, log) -> None:
    by_header = funnel_json(capsys, log, "--by", "Graduation year")["groups"]
    by_field = funnel_json(capsys, log, "--by", "cohort")["groups"]
    assert by_header == by_field
    # 2026: E1-E4, H1-H3, L1, L2 (9 students, 10 applications); 2027: E5, E6, H4, H5 (4)
    assert by_field["2027"] == {"students": "fewer than 5"}
    assert (by_field["2026"]["students"], by_field["2026"]["applications"]) == (9, 10)


def test_without_by_there_are_no_groups_but_students_are_counted(capsys, log) -> None:
    report = funnel_json(capsys, log)
    assert report["students"] == 13 and "groups" not in report


def test_screens_as_round_counts_a_phone_screen_and_says_so(capsys, log) -> None:
    history = funnel_json(capsys, log, "--by", "programme", "--screens-as-round")["groups"][
        "History"]
    drop = history["first_round_dropoff"]
    assert (drop["count"], drop["of"]) == (3, 5)  # H4's phone screen is a dropped first round
    assert "a phone screen included" in drop["definition"]
    assert main(["funnel", str(log), "--screens-as-round"]) == 0
    assert "a phone screen included" in capsys.readouterr().out


def test_plain_text_shows_the_groups_table_with_the_small_group_suppressed(capsys, log) -> None:
    assert main(["funnel", str(log), "--by", "Programme"]) == 0
    out = capsys.readouterr().out
    assert "from 13 students" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.split("By Programme:\n")[1]
            .splitlines()[1:]}
    assert rows["Economics"] == ["6", "8", "2", "3", "of", "5", "(60%)"]
    assert rows["History"] == ["5", "5", "1", "2", "of", "4", "(50%)"]
    assert rows["Law"] == ["fewer", "than", "5"]


def test_an_unknown_column_is_one_sentence_and_exit_2(capsys, log) -> None:
    assert main(["funnel", str(log), "--by", "Region"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: There is no column 'Region' to group by;")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["summary", str(log), "--by", "Region", "-o", str(log.with_name("a.md"))]) == 2
    assert "no column 'Region'" in capsys.readouterr().err
    assert not log.with_name("a.md").exists()


def test_by_works_with_a_workspace(capsys, log, tmp_path) -> None:
    ws_path = tmp_path / "ws.sqlite3"
    assert main(["workspace", "add", "--workspace", str(ws_path), str(log)]) == 0
    capsys.readouterr()
    groups = funnel_json(capsys, "--workspace", ws_path, "--by", "Graduation year")["groups"]
    assert groups["2027"] == {"students": "fewer than 5"}
    assert groups["2026"]["applications"] == 10
    out = tmp_path / "ws.md"
    assert main(["summary", "--workspace", str(ws_path), "--by", "programme", "-o",
                 str(out), "--today", "2026-03-01"]) == 0
    assert "| Law | fewer than 5 |  |  |  |  |" in out.read_text(encoding="utf-8")


def groups_sheet(path: Path) -> list[tuple]:
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Summary", "Groups"]
    return list(wb["Groups"].iter_rows(values_only=True))


def test_summary_by_writes_a_groups_sheet(capsys, log, tmp_path) -> None:
    out = tmp_path / "adviser.xlsx"
    assert main(["summary", str(log), "--by", "Programme", "-o", str(out),
                 "--today", "2026-03-01"]) == 0
    assert "3 groups by Programme; 1 group of fewer than 5 students" in capsys.readouterr().err
    header, *rows = groups_sheet(out)
    assert header == GROUP_HEADERS
    by_group = {r[0]: r for r in rows}
    assert list(by_group) == ["Economics", "History", "Law"]
    assert by_group["Economics"][1:5] == (6, 8, 2, pytest.approx(0.4))
    assert by_group["History"][1:5] == (5, 5, 1, pytest.approx(0.5))
    assert by_group["Law"] == ("Law", "fewer than 5", None, None, None, None)
    assert all(by_group[g][5] for g in ("Economics", "History"))  # both have tagged feedback
    items = {r[0]: r[1] for r in openpyxl.load_workbook(out)["Summary"].iter_rows(
        values_only=True)}
    assert "Groups of fewer than 5 students show no figures" in items["Groups sheet"]


def test_summary_without_by_has_no_groups_sheet(log, tmp_path) -> None:
    out = tmp_path / "plain.xlsx"
    assert main(["summary", str(log), "-o", str(out), "--today", "2026-03-01"]) == 0
    assert "Groups" not in openpyxl.load_workbook(out).sheetnames


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_summary_by_writes_a_groups_section(log, tmp_path, suffix) -> None:
    out = tmp_path / f"adviser{suffix}"
    assert main(["summary", str(log), "--by", "programme", "-o", str(out),
                 "--today", "2026-03-01"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Groups of fewer than 5 students show no figures" in text
    if suffix == ".md":
        assert "| " + " | ".join(GROUP_HEADERS) + " |" in text
        assert "| Economics | 6 | 8 | 2 | 40% |" in text
        assert "| History | 5 | 5 | 1 | 50% |" in text
        assert "| Law | fewer than 5 |  |  |  |  |" in text
    else:
        section = text.split('<section id="groups">')[1].split("</section>")[0]
        headers = re.findall(r"<th[^>]*>([^<]*)</th>", section)
        assert tuple(h.replace("&amp;", "&") for h in headers) == GROUP_HEADERS
        cells = re.findall(r"<tr>(.*?)</tr>", section.split("<tbody>")[1])
        law = re.findall(r"<td[^>]*>([^<]*)</td>", cells[2])
        assert law == ["Law", "fewer than 5", "", "", "", ""]
        assert re.findall(r"<td[^>]*>([^<]*)</td>", cells[0])[:5] == [
            "Economics", "6", "8", "2", "40%"]


def written_text(path: Path) -> str:
    """Everything a file holds as text (every part of a workbook)."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".xlsx", ".html", ".md"])
def test_no_name_or_email_reaches_an_adviser_export(log, tmp_path, suffix) -> None:
    out = tmp_path / f"adviser{suffix}"
    assert main(["summary", str(log), "--by", "Programme", "-o", str(out),
                 "--today", "2026-03-01"]) == 0
    text = written_text(out)
    found = [s for s in personal_strings() if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
    assert found == []
    # the notice names the columns left out (the headers, not their cells)
    assert "Left out to keep people private" in text and "Tutor email" in text


def test_a_cohort_export_without_by_leaves_names_and_emails_out_too(log, tmp_path) -> None:
    out = tmp_path / "cohort.xlsx"
    assert main(["summary", str(log), "-o", str(out), "--today", "2026-03-01"]) == 0
    wb = openpyxl.load_workbook(out)
    headers = [c.value for c in wb["Interviews"][1]]
    assert "Tutor email" not in headers and "Preferred name" not in headers
    assert headers.count("Student") == 1 and "Programme" in headers
    students = {r[headers.index("Student")] for r in wb["Interviews"].iter_rows(
        min_row=2, values_only=True)}
    assert students == {f"{p}{n}" for p, k in (("E", 6), ("H", 5), ("L", 2))
                        for n in range(1, k + 1)}


@pytest.mark.parametrize("column", ["Preferred name", "Tutor email"])
def test_grouping_by_a_column_of_names_or_emails_is_refused(capsys, log, tmp_path,
                                                            column) -> None:
    # group names are shown in full, so a group per preferred name would print the names
    assert main(["funnel", str(log), "--by", column, "--json"]) == 2
    err = capsys.readouterr().err
    assert f"error: The column '{column}' may hold names or emails" in err
    out = tmp_path / "a.xlsx"
    assert main(["summary", str(log), "--by", column, "-o", str(out)]) == 2
    assert "may hold names or emails" in capsys.readouterr().err and not out.exists()
