"""The workspace under stress: concurrent writers, a process killed mid-save, damaged files."""

from __future__ import annotations

import csv
import io
import multiprocessing as mp
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.errors import DebriefError
from analysis.workspace import SCHEMA_VERSION, Workspace

HEADER = ["Company", "Role", "Date applied", "Interview date", "Stage", "Outcome", "Feedback"]


def csv_bytes(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows([HEADER, *rows])
    return buf.getvalue().encode("utf-8")


def log_of(company: str, n: int = 3) -> bytes:
    """``n`` interviews at one company, with notes the tagger reads."""
    notes = ["You were enthusiastic about the role.", "Great SQL test.", "You rambled."]
    return csv_bytes([[company, "Analyst", "2026-01-02", f"2026-01-{10 + i:02d}", "Interview",
                       "Advanced", notes[i % 3]] for i in range(n)])


V1 = log_of("Acme", 3)
V2 = log_of("Acme", 5)


@pytest.fixture
def spawn(monkeypatch):
    """A spawn context whose children do not re-run the parent's ``__main__``.

    Spawned children import the parent's main script first; after the app's AppTest runs in
    this process that is ``app.py``, which must not run outside Streamlit.
    """
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    return mp.get_context("spawn")


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def seeded(path: Path) -> str:
    """A workspace holding V1, tagged; return a note id the writers can confirm."""
    with Workspace.open(path) as ws:
        ws.add_log("log.csv", V1)
        m = ws.mentions()
        return str(m.loc[m["theme"] == "attitude", "note_id"].iloc[0])


# --------------------------------------------------------------------- concurrent writers


def _writer(path: str, who: str, note: str, n: int, pause: float, barrier) -> None:
    hook = (lambda where: time.sleep(pause)) if pause else None
    ws = Workspace.open(path, in_transaction=hook)
    barrier.wait()
    for i in range(n):
        ws.correct(note, "attitude", "strength", "confirm")
        if i == n // 2:
            ws.add_log(f"{who}.csv", log_of(who.title()))  # holds the write lock a while
    ws.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path, spawn) -> None:
    path = tmp_path / "ws.sqlite3"
    note = seeded(path)
    barrier = spawn.Barrier(2)
    n = 15
    procs = [spawn.Process(target=_writer, args=(str(path), who, note, n, pause, barrier))
             for who, pause in (("ann", 0.4), ("bob", 0.0))]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert integrity(path) == "ok"
    with Workspace.open(path) as ws:
        assert len(ws.corrections()) == 2 * n
        assert ws.corrections()["correction_id"].is_unique
        assert sorted(ws.logs()["filename"]) == ["ann.csv", "bob.csv", "log.csv"]
        assert sorted(ws.table()["company"].unique()) == ["Acme", "Ann", "Bob"]


def _saver(path: str, data: bytes, times: int, barrier) -> None:
    ws = Workspace.open(path)
    barrier.wait()
    for _ in range(times):
        ws.add_log("log.csv", data)
    ws.close()


def test_two_versions_saved_at_once_leave_one_whole_version(tmp_path: Path, spawn) -> None:
    path = tmp_path / "ws.sqlite3"
    seeded(path)
    barrier = spawn.Barrier(2)
    procs = [spawn.Process(target=_saver, args=(str(path), data, 6, barrier)) for data in (V1, V2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert integrity(path) == "ok"
    with Workspace.open(path) as ws:
        dates = ws.table()["event_date"].dt.day.tolist()
    assert dates in ([10, 11, 12], [10, 11, 12, 13, 14])  # never a mix, never a duplicate


def test_a_writer_that_cannot_wait_is_told_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    note = seeded(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another window is in the middle of a save
    try:
        with Workspace.open(path, timeout=0.2) as ws:
            with pytest.raises(DebriefError, match="busy: another Debrief window is saving"):
                ws.correct(note, "attitude", "strength", "confirm")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Workspace.open(path) as ws:
        assert ws.corrections().empty and len(ws.table()) == 3


# ---------------------------------------------------------------- killed in the middle

CHILD = """
import sys, time
from analysis.workspace import Workspace

def pause(where):
    print("inside " + where, flush=True)
    time.sleep(120)

ws = Workspace.open(sys.argv[1], in_transaction=pause if sys.argv[3] == "inside" else None)
ws.add_log("log.csv", open(sys.argv[2], "rb").read())
print("saved", flush=True)
time.sleep(120)
"""


def _kill_at(tmp_path: Path, path: Path, where: str) -> str:
    log = tmp_path / "v2.csv"
    log.write_bytes(V2)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(log), where],
                             stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return line


def test_killed_inside_add_log_leaves_the_state_before(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    seeded(path)
    with Workspace.open(path) as ws:
        before, logs_before = ws.table(), ws.logs()
    assert _kill_at(tmp_path, path, "inside") == "inside events written"
    assert integrity(path) == "ok"
    with Workspace.open(path) as ws:
        pd.testing.assert_frame_equal(ws.table(), before)
        pd.testing.assert_frame_equal(ws.logs(), logs_before)
        ws.add_log("log.csv", V2)  # and it still takes the next save
        assert len(ws.table()) == 5


def test_killed_after_add_log_keeps_the_state_after(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    seeded(path)
    assert _kill_at(tmp_path, path, "after") == "saved"
    assert integrity(path) == "ok"
    with Workspace.open(path) as ws:
        assert len(ws.table()) == 5


# ------------------------------------------------------------------------ damaged files


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(12).randbytes(8192))


def _sqlite_header_then_noise(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(5).randbytes(8192))


def _truncated(path: Path) -> None:
    seeded(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    seeded(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()


DAMAGE = {
    "random bytes": (_random_bytes, "is not a Debrief workspace"),
    "noise after a header": (_sqlite_header_then_noise, "is damaged"),
    "truncated": (_truncated, "is damaged"),
    "newer format": (_newer, f"newer Debrief \\(workspace format {SCHEMA_VERSION + 1}"),
    "another program's": (_foreign, "another program's database"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_or_newer_file_is_refused_and_never_written(
    tmp_path: Path, kind: str, capsys
) -> None:
    make, message = DAMAGE[kind]
    path = tmp_path / "ws.sqlite3"
    make(path)
    original = path.read_bytes()
    files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DebriefError, match=message) as caught:
        Workspace.open(path)
    text = str(caught.value)
    assert text.endswith("it was left untouched.") and "\n" not in text
    with pytest.raises(DebriefError, match=message):
        Workspace.import_file(path, tmp_path / "other.sqlite3")
    log = tmp_path / "log.csv"
    log.write_bytes(V1)
    assert main(["workspace", "add", str(log), "--workspace", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*files, "log.csv"])
