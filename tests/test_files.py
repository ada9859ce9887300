"""Reading the user's files safely and writing Debrief's own atomically (analysis.files)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.errors import DebriefError
from analysis.files import read_input_file, write_atomic

ROOT = Path(__file__).resolve().parents[1]
LOG = """Company,Job Title,Date Applied,Interview Date,Interview Type,Result,What they said
Acme,Data Analyst,2026-01-05,2026-01-20,1st interview,Rejected,Your answers rambled.
Beta,Analyst,2026-01-10,2026-01-18,1st interview,Rejected,We went with a better fit.
"""
NOTES = "id,text\n1,Your answers rambled.\n2,Great SQL.\n"


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    return path


def _spellings(path: Path) -> dict[str, Path]:
    """The same file named four ways: as is, another spelling, a symlink and a hard link."""
    other = path.parent / "sub"
    other.mkdir(exist_ok=True)
    link = path.parent / f"link{path.suffix}"
    hard = path.parent / f"hard{path.suffix}"
    if not link.exists():
        link.symlink_to(path)
        os.link(path, hard)
    return {"same": path, "spelling": other / ".." / path.name, "symlink": link, "hard": hard}


COMMANDS = {
    "normalize": ["normalize", "{log}", "-o", "{out}"],
    "tag": ["tag", "{log}", "--text-column", "What they said", "-o", "{out}"],
    "funnel": ["funnel", "{log}", "-o", "{out}"],
    "summary": ["summary", "{log}", "-o", "{out}"],
    "letters": ["letters", "{log}", "-o", "{out}"],
    "packet": ["packet", "{log}", "-o", "{out}"],
}


@pytest.mark.parametrize("how", ["same", "spelling", "symlink", "hard"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_output_naming_the_input_is_refused_and_the_input_untouched(tmp_path, command, how,
                                                                    capsys):
    """Issue 9 item 2: `-o` naming the input replaced the user's log with the output."""
    suffix = {"summary": ".md", "letters": ".md", "packet": ".html"}.get(command, ".csv")
    log = tmp_path / f"log{suffix}"
    log.write_text(LOG, encoding="utf-8")
    out = _spellings(log)[how]
    argv = [str(log) if a == "{log}" else str(out) if a == "{out}" else a
            for a in COMMANDS[command]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: -o ") and "is your input file" in err and err.count("\n") == 1
    assert log.read_text(encoding="utf-8") == LOG


def test_a_different_output_is_written(log_file, tmp_path):
    out = tmp_path / "table.csv"
    assert main(["normalize", str(log_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("application_id,")


def _limited(code: str, limit: int) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with a file-size limit of ``limit`` bytes (what a full disk or quota does)."""
    prelude = ("import resource\n"
               f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n")
    return subprocess.run([sys.executable, "-c", prelude + code], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_a_failed_write_leaves_the_previous_file_and_no_temporary_file(tmp_path):
    """Issue 9 item 2: under a file-size limit a 771 KB report was truncated to 64 KB."""
    target = tmp_path / "report.html"
    previous = b"<html>the previous report</html>" * 3_000  # ~100 KB
    target.write_bytes(previous)
    done = _limited(
        "from pathlib import Path\nfrom analysis.files import write_atomic\n"
        f"write_atomic(Path({str(target)!r}), b'x' * 200_000)\n",
        limit=150_000,
    )
    assert done.returncode != 0 and "cannot be written" in done.stderr
    assert "any previous file there is unchanged" in done.stderr
    assert target.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_a_failed_command_write_is_one_sentence_and_keeps_the_old_output(tmp_path):
    rows = "".join(f"Co{i},Analyst,2026-01-05,2026-01-20,1st interview,Rejected,Too long.\n"
                   for i in range(3_000))
    log = tmp_path / "log.csv"
    log.write_text(LOG.splitlines()[0] + "\n" + rows, encoding="utf-8")
    out = tmp_path / "table.csv"
    out.write_text("old table\n" * 12_000, encoding="utf-8")  # 120 KB
    done = _limited(
        "import sys\nfrom analysis.cli import main\n"
        f"sys.exit(main(['normalize', {str(log)!r}, '-o', {str(out)!r}]))\n",
        limit=200_000,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "old table\n" * 12_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.csv", "table.csv"]


def test_an_interrupted_write_leaves_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "letters.md"
    target.write_text("previous letters", encoding="utf-8")

    def fail_midway(fd):  # the disk fills up, or the user presses Ctrl+C, mid-write
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", fail_midway)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new letters")
    assert target.read_text(encoding="utf-8") == "previous letters"
    assert [p.name for p in tmp_path.iterdir()] == ["letters.md"]


def test_a_rewritten_file_keeps_its_permissions_and_a_new_one_is_private(tmp_path):
    old = tmp_path / "old.md"
    old.write_text("x", encoding="utf-8")
    old.chmod(0o640)
    write_atomic(old, b"y")
    new = tmp_path / "new.md"
    write_atomic(new, b"z")
    assert (old.stat().st_mode & 0o777, new.stat().st_mode & 0o777) == (0o640, 0o600)


def test_devices_are_written_in_place(capsys):
    write_atomic(Path("/dev/null"), b"discarded")  # a device cannot be renamed over


def test_non_regular_and_oversized_files_are_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.csv"
    with big.open("wb") as handle:  # sparse: 200 MB long, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    opened = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: opened.append(a) or 1 / 0)
    with pytest.raises(DebriefError, match=r"huge.csv is 200 MB, over the 100 MB limit"):
        read_input_file(big, max_bytes=100 * 1024 * 1024)
    with pytest.raises(DebriefError, match="is not a regular file"):
        read_input_file("/dev/zero", max_bytes=100)
    with pytest.raises(DebriefError, match="is a folder"):
        read_input_file(tmp_path, max_bytes=100)
    assert opened == []


def test_a_huge_log_is_one_sentence_on_the_command_line(tmp_path, capsys):
    big = tmp_path / "huge.csv"
    with big.open("wb") as handle:
        handle.truncate(101 * 1024 * 1024)
    assert main(["summary", str(big)]) == 2
    err = capsys.readouterr().err
    assert err == "error: huge.csv is 101 MB, over the 100 MB limit for one log: split it, " \
        "or export only the rows you need.\n"
