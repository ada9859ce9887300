"""`debrief tag`: the jsonl/csv contract, ids, Excel input, and clear errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import Workbook

from analysis.cli import main

NOTES_CSV = (
    "ref,note,owner\n"
    "A7,\"You rambled, but great SQL.\",me\n"
    "B2,,me\n"
    "C9,Thanks for your time.,coach\n"
    "=1+1,Not concise.,coach\n"
)


@pytest.fixture
def notes_file(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(NOTES_CSV, encoding="utf-8")
    return path


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


def test_jsonl_one_object_per_row_with_ids(notes_file, capsys) -> None:
    status, out, err = run(
        ["tag", str(notes_file), "--text-column", "note", "--id-column", "ref"], capsys
    )
    assert status == 0 and err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["A7", "B2", "C9", "=1+1"]
    first = {(m["theme"], m["polarity"]) for m in rows[0]["mentions"]}
    assert first == {("communication", "improvement"), ("skills", "strength")}
    assert rows[1]["mentions"] == [] and rows[2]["mentions"] == []
    mention = rows[3]["mentions"][0]
    assert set(mention) == {"theme", "polarity", "evidence", "cues"}
    assert mention["evidence"] == "Not concise" and mention["cues"] == ["Not", "concise"]


def _strict_json(line: str) -> dict:
    """A JSON line parsed as the standard reads it: NaN and Infinity are not JSON."""
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(line, parse_constant=refuse)


def test_empty_id_cell_is_json_null_and_an_empty_csv_cell(tmp_path, capsys) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("ref,note\nA7,Rambled a lot\n,Rambled a lot\nC9,\n", encoding="utf-8")
    status, out, _ = run(["tag", str(path), "--text-column", "note", "--id-column", "ref"], capsys)
    assert status == 0
    assert [_strict_json(line)["id"] for line in out.splitlines()] == ["A7", None, "C9"]
    status, out, _ = run(
        ["tag", str(path), "--text-column", "note", "--id-column", "ref", "--format", "csv"],
        capsys,
    )
    assert status == 0
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == ["A7", ""]


def test_jsonl_ids_default_to_row_numbers(notes_file, capsys) -> None:
    status, out, _ = run(["tag", str(notes_file), "--text-column", "note"], capsys)
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 2, 3, 4]


def test_csv_one_row_per_mention_made_safe(notes_file, tmp_path, capsys) -> None:
    target = tmp_path / "out.csv"
    status, out, _ = run(
        ["tag", str(notes_file), "--text-column", "note", "--id-column", "ref",
         "--format", "csv", "-o", str(target)],
        capsys,
    )
    assert status == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["id", "theme", "polarity", "evidence", "cues"]
    assert [(r["id"], r["theme"], r["polarity"]) for r in rows] == [
        ("A7", "communication", "improvement"),
        ("A7", "skills", "strength"),
        ("'=1+1", "communication", "improvement"),  # formula-looking id neutralised
    ]
    assert rows[2]["cues"] == "Not; concise"


def test_excel_input(tmp_path, capsys) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Feedback"])
    sheet.append([101, "Strong eye contact."])
    sheet.append([102, None])
    path = tmp_path / "log.xlsx"
    book.save(path)
    status, out, _ = run(
        ["tag", str(path), "--text-column", "Feedback", "--id-column", "ID"], capsys
    )
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == [101, 102]
    assert rows[0]["mentions"][0]["theme"] == "confidence"
    assert rows[1]["mentions"] == []


def test_missing_text_column_is_a_clear_error(notes_file, capsys) -> None:
    status, out, err = run(["tag", str(notes_file), "--text-column", "text"], capsys)
    assert status == 2 and out == ""
    assert err.startswith("error: The file has no column 'text'")
    assert "'ref', 'note', 'owner'" in err
    assert err.count("\n") == 1


def test_missing_file_is_a_clear_error(tmp_path, capsys) -> None:
    status, _, err = run(["tag", str(tmp_path / "nope.csv"), "--text-column", "x"], capsys)
    assert status == 2 and err.startswith("error: ") and "does not exist" in err


def test_plain_notes_file_whose_rows_look_like_headers(tmp_path, capsys) -> None:
    # A note mentioning "position" must not be taken for the header row.
    path = tmp_path / "eval.csv"
    path.write_text(
        "id,text,labels\nx1,Strong SQL.,skills:+\nx2,Overqualified for this position.,\n",
        encoding="utf-8",
    )
    status, out, _ = run(
        ["tag", str(path), "--text-column", "text", "--id-column", "id"], capsys
    )
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["x1", "x2"]
