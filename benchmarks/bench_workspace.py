"""Benchmark: save a synthetic 10,000-row log to a workspace and read its tags back.

    python benchmarks/bench_workspace.py [--rows 10000]

Prints, for one log: ``add_log`` into a new workspace and again (nothing changed);
``mentions()`` the first time (tags every distinct note, building the tagger), again in the
same process (memory), after a fresh ``Workspace.open`` (from the workspace's tag cache) and in
a new process (imports included); a correction followed by ``mentions()``; and, side by side,
what the app does without a workspace (``import_log`` + ``tag_feedback``). Peak memory is this
process's maximum resident size.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADER = ["Company", "Job title", "Date applied", "Interview date", "Interview type", "Result",
          "What they said", "Feedback from"]
STAGES = ["Phone screen", "1st interview", "2nd round", "Technical", "Panel", "Final"]
OUTCOMES = ["moved forward", "rejected", "no reply", "offer", "waiting"]
PHRASES = ["You rambled a bit", "great enthusiasm", "answers lacked examples", "strong SQL",
           "we went with a more experienced candidate", "be more concise",
           "dress was too casual", "clear structure", "not enough research on our products"]


def synthetic_log(n: int, seed: int = 11) -> bytes:
    """``n`` rows: ~n/3 applications with 1-5 interviews, notes of two phrases and a number."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    app = 0
    while len(rows) < n:
        app += 1
        applied = date(2025, 1, 1) + timedelta(days=rng.randrange(400))
        role = rng.choice(["Data Analyst", "Analyst", "BI Developer"])
        for k in range(rng.randint(1, 5)):
            event = applied + timedelta(days=7 * (k + 1) + rng.randrange(5))
            note = ". ".join(rng.sample(PHRASES, 2)) + f" (#{rng.randrange(1000)})"
            rows.append([f"Company {app}", role, applied.isoformat(), event.isoformat(),
                         rng.choice(STAGES), rng.choice(OUTCOMES), note,
                         rng.choice(["interviewer", "recruiter", "me"])])
    buf = io.StringIO()
    csv.writer(buf).writerows([HEADER, *rows[:n]])
    return buf.getvalue().encode("utf-8")


def timed(label: str, fn, reference: float | None = None) -> object:
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    beside = f"   (without a workspace: {reference:6.2f} s)" if reference is not None else ""
    print(f"  {label:<44} {seconds:7.2f} s{beside}")
    return value


NEW_PROCESS = """
import sys, time
start = time.perf_counter()
from analysis.workspace import Workspace
ws = Workspace.open(sys.argv[1])
n = len(ws.mentions())
print(f"{time.perf_counter() - start:.3f} {n}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data = synthetic_log(args.rows)

    from analysis.normalize import import_log
    from analysis.tagger import build_tagger, tag_feedback
    from analysis.workspace import Workspace

    print(f"A {args.rows:,}-row log ({len(data) / 1e6:.1f} MB CSV):")
    start = time.perf_counter()
    table = import_log(data, "log.csv").table
    imported = time.perf_counter() - start
    start = time.perf_counter()
    plain = tag_feedback(table, build_tagger())
    tagged = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "workspace.sqlite3"
        ws = Workspace.open(path)
        timed("add_log, new workspace", lambda: ws.add_log("log.csv", data), imported)
        timed("add_log, same file again (0 changed)", lambda: ws.add_log("log.csv", data))
        found = timed("mentions(), first (tags every note)", ws.mentions, imported + tagged)
        timed("mentions(), again in this process", ws.mentions)
        ws.close()
        again = Workspace.open(path)
        timed("table(), fresh open", again.table)
        timed("mentions(), fresh open (tag cache)", again.mentions)
        first = found.iloc[0]
        timed("correct() + mentions()", lambda: (again.correct(
            first.note_id, first.theme, str(first.polarity), "confirm"), again.mentions()))
        again.close()
        out = subprocess.run([sys.executable, "-c", NEW_PROCESS, str(path)], check=True,
                             capture_output=True, text=True).stdout.split()
        print(f"  {'mentions(), new process (imports included)':<44} {float(out[0]):7.2f} s")
        size = path.stat().st_size
    assert len(found) == len(plain), "the workspace's tags differ from tag_feedback's"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {len(table):,} rows, {len(found):,} mentions ({table['feedback'].nunique():,} "
          f"distinct notes); workspace file {size / 1e6:.1f} MB; peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
