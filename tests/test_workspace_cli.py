"""`debrief workspace add | show | forget | export | import` (analysis.commands.workspace)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.commands.workspace import confirm
from analysis.errors import DebriefError
from analysis.workspace import Workspace

LOG = (
    "Company,Role,Date applied,Interview date,Stage,Outcome,Feedback\n"
    "Acme,Data Analyst,2026-01-05,2026-01-12,Phone screen,Moved forward,You were enthusiastic.\n"
    "Beta,Analyst,2026-01-10,2026-01-18,First round,Rejected,Great SQL test.\n"
)


class Terminal(io.StringIO):
    """A stand-in for an interactive stdin holding what the person types."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    return path


def test_add_then_show(tmp_path: Path, log: Path, capsys) -> None:
    ws = tmp_path / "ws.sqlite3"
    assert main(["workspace", "add", str(log), "--workspace", str(ws)]) == 0
    assert main(["workspace", "add", str(log), "--workspace", str(ws)]) == 0
    out = capsys.readouterr().out
    assert f"Saved log.csv to {ws}: 2 rows (2 new, 0 changed, 0 unchanged" in out
    assert "2 rows (0 new, 0 changed, 2 unchanged, 0 no longer in the file)" in out
    assert main(["workspace", "show", "--workspace", str(ws)]) == 0
    out = capsys.readouterr().out
    assert f"Workspace: {ws}" in out and "log.csv: 2 rows" in out
    assert "Applications: 2; rows: 2; notes with feedback: 2" in out


def test_the_environment_names_the_workspace(tmp_path: Path, log: Path, monkeypatch,
                                             capsys) -> None:
    ws = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DEBRIEF_WORKSPACE", str(ws))
    assert main(["workspace", "add", str(log)]) == 0
    assert ws.exists()


def test_show_and_forget_never_create_a_workspace(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "none.sqlite3"
    assert main(["workspace", "show", "--workspace", str(ws)]) == 0
    assert main(["workspace", "forget", "--yes", "--workspace", str(ws)]) == 0
    assert "nothing to forget" in capsys.readouterr().out
    assert not ws.exists()


def test_bad_input_is_one_error_line_and_exit_2(tmp_path: Path, log: Path, capsys) -> None:
    ws = tmp_path / "ws.sqlite3"
    assert main(["workspace", "add", str(tmp_path / "missing.csv"), "--workspace", str(ws)]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'missing.csv'} does not exist.\n"
    empty = tmp_path / "empty.csv"
    empty.write_text("Company,Role\n", encoding="utf-8")
    assert main(["workspace", "add", str(empty), "--workspace", str(ws)]) == 2
    assert capsys.readouterr().err.startswith("error: empty.csv: ")
    assert main(["workspace", "export", str(tmp_path / "x.sqlite3"), "--workspace",
                 str(tmp_path / "nowhere.sqlite3")]) == 2
    assert "There is no workspace at" in capsys.readouterr().err
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_forget_without_a_terminal_refuses(tmp_path: Path, log: Path) -> None:
    ws = tmp_path / "ws.sqlite3"
    assert main(["workspace", "add", str(log), "--workspace", str(ws)]) == 0
    run = subprocess.run([sys.executable, "-m", "analysis", "workspace", "forget",
                          "--workspace", str(ws)], stdin=subprocess.DEVNULL,
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr == ("error: Forgetting deletes the workspace for good and there is no "
                          "terminal to ask: run it again with --yes to confirm.\n")
    assert ws.exists()


def test_forget_asks_on_a_terminal(tmp_path: Path, log: Path, monkeypatch, capsys) -> None:
    ws = tmp_path / "ws.sqlite3"
    assert main(["workspace", "add", str(log), "--workspace", str(ws)]) == 0
    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    assert main(["workspace", "forget", "--workspace", str(ws)]) == 1
    assert "Nothing was deleted." in capsys.readouterr().out and ws.exists()
    monkeypatch.setattr("sys.stdin", Terminal("yes\n"))
    assert main(["workspace", "forget", "--workspace", str(ws)]) == 0
    assert f"Deleted {ws}" in capsys.readouterr().out
    assert not list(tmp_path.glob("ws.sqlite3*"))


def test_forget_never_deletes_a_file_that_is_not_a_workspace(tmp_path: Path, capsys) -> None:
    thesis = tmp_path / "thesis.docx"
    thesis.write_bytes(b"PK\x03\x04 my thesis")
    assert main(["workspace", "forget", "--yes", "--workspace", str(thesis)]) == 2
    assert "is not a Debrief workspace, so it was not deleted" in capsys.readouterr().err
    assert thesis.read_bytes() == b"PK\x03\x04 my thesis"


def test_confirm_reads_one_answer() -> None:
    err = io.StringIO()
    assert confirm("Delete it?", Terminal("y\n"), err) is True
    assert err.getvalue() == "Delete it? Type yes to confirm: "
    assert confirm("Delete it?", Terminal("\n"), io.StringIO()) is False
    with pytest.raises(DebriefError, match="--yes"):
        confirm("Delete it?", None, io.StringIO())


def test_export_then_import_elsewhere(tmp_path: Path, log: Path, capsys) -> None:
    ws, carry, other = tmp_path / "ws.sqlite3", tmp_path / "carry.sqlite3", tmp_path / "o.sqlite3"
    assert main(["workspace", "add", str(log), "--workspace", str(ws)]) == 0
    assert main(["workspace", "export", str(carry), "--workspace", str(ws)]) == 0
    assert main(["workspace", "import", str(carry), "--workspace", str(other)]) == 0
    assert f"Merged {carry} into {other}: 1 log, 2 rows" in capsys.readouterr().out
    with Workspace.open(other) as opened:
        assert opened.table()["company"].tolist() == ["Acme", "Beta"]
