"""`summary`, `funnel`, `letters` and `packet` read a saved workspace with --workspace PATH."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.workspace import Workspace

LOG = (
    "Company,Role,Date applied,Interview date,Stage,Outcome,Feedback,Interviewer\n"
    "Acme,Data Analyst,2026-01-05,2026-01-12,First round,Rejected,Your answers rambled.,\n"
    "Beta,Analyst,2026-01-10,2026-01-18,First round,Rejected,Great SQL test.,Sam Lee\n"
    "Gamma,BI Analyst,2026-01-11,2026-01-20,First round,Rejected,,Ann Ray\n"
)
TODAY = ["--today", "2026-02-01"]


def section(markdown: str, title: str) -> str:
    """The text of one '## title' section of the summary."""
    return re.split(r"\n## ", markdown.split(f"\n## {title}\n", 1)[1], maxsplit=1)[0]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A workspace holding LOG, with Acme's "rambled" (communication improvement) flipped."""
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_log("log.csv", LOG.encode())
        found = ws.mentions()
        acme = found[found["theme"] == "communication"].iloc[0]
        assert acme["polarity"] == "improvement"  # what the tagger says before the fix
        ws.correct(acme["note_id"], "communication", "improvement", "flip")
    return path


def test_summary_of_a_workspace_shows_the_corrected_polarity(workspace: Path, tmp_path: Path,
                                                             capsys) -> None:
    out = tmp_path / "s.md"
    assert main(["summary", "--workspace", str(workspace), "-o", str(out), *TODAY]) == 0
    text = out.read_text(encoding="utf-8")
    assert "- **Applications:** 3" in text
    assert "Clear & concise communication" in section(text, "Strengths to keep")
    assert "communication" not in section(text, "Recurring issues").lower()
    assert "Wrote" in capsys.readouterr().err


def test_funnel_letters_and_packet_read_the_workspace(workspace: Path, tmp_path: Path,
                                                     capsys) -> None:
    assert main(["funnel", "--workspace", str(workspace), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applications"] == 3 and report["interviewed_applications"] == 3
    letters = tmp_path / "letters.md"
    assert main(["letters", "--workspace", str(workspace), "-o", str(letters), *TODAY]) == 0
    text = letters.read_text(encoding="utf-8")
    assert "Dear Ann Ray," in text  # Gamma: rejected without feedback
    packet = tmp_path / "p.html"
    assert main(["packet", "--workspace", str(workspace), "-o", str(packet), *TODAY]) == 0
    assert "Your answers rambled" in packet.read_text(encoding="utf-8")


def test_a_taught_phrase_reaches_the_summary(workspace: Path, capsys) -> None:
    with Workspace.open(workspace) as ws:
        ws.teach("great sql test", "communication", "improvement")
    assert main(["summary", "--workspace", str(workspace), *TODAY]) == 0
    assert "Great SQL test" in section(capsys.readouterr().out, "Recurring issues")


@pytest.mark.parametrize("command", ["summary", "funnel", "letters", "packet"])
def test_a_missing_workspace_is_one_sentence_and_never_created(command: str, tmp_path: Path,
                                                               capsys) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main([command, "--workspace", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: There is no workspace at ") and err.count("\n") == 1
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("command", ["summary", "funnel", "letters", "packet"])
def test_log_and_workspace_together_or_neither_is_refused(command: str, workspace: Path,
                                                          tmp_path: Path, capsys) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    for argv in ([command, str(log), "--workspace", str(workspace)], [command]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err == (f"error: `debrief {command}` reads a LOG or a --workspace PATH: name "
                       "exactly one of them.\n")


def test_reading_options_with_a_workspace_are_refused(workspace: Path, capsys) -> None:
    assert main(["summary", "--workspace", str(workspace), "--sheet", "Log"]) == 2
    assert "--sheet only tell how to read a LOG" in capsys.readouterr().err


def test_output_naming_the_workspace_is_refused(workspace: Path, capsys) -> None:
    before = workspace.read_bytes()
    assert main(["summary", "--workspace", str(workspace), "-o", str(workspace)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert workspace.read_bytes() == before
