"""Benchmark: a 1,000,000-row, 10-column CSV through import_log, reader and normalize apart.

    python benchmarks/bench_import_1m.py [--rows 1000000] [--profile]

Prints the time and peak memory of reading (bytes -> raw frame), of normalizing (raw frame ->
canonical table) and of the whole ``import_log``, each in a fresh process, beside the
issue's reference (issue 11: under 20 s and under 2 GB for the whole import). The reader's
row limit is raised to ``--rows`` for the run, as the careers-office issue asks.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import multiprocessing as mp
import os
import pstats
import random
import resource
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADER = ["Company", "Job title", "Date applied", "Interview date", "Interview type", "Result",
          "What they said", "Feedback from", "Via", "Prep hours"]
STAGES = ["Phone screen", "Recruiter call", "1st interview", "HM interview", "2nd round",
          "Technical", "Panel", "Onsite", "Final", "Online test"]
OUTCOMES = ["moved forward", "passed", "no", "rejected", "no reply", "waiting", "failed",
            "Offer accepted", "declined"]
SOURCES = ["interviewer", "recruiter", "mock interview", "career coach", "friend", "me", ""]
CHANNELS = ["email", "phone", "letter", "in person", "zoom", ""]
PHRASES = ["You rambled a bit", "great enthusiasm", "answers lacked examples", "strong SQL",
           "we went with a more experienced candidate", "be more concise",
           "dress was too casual", "clear structure", "not enough research on our products"]
REFERENCE = "issue 11: a 1,000,000-row CSV imported in under 20 s and under 2 GB"


def synthetic_csv(n: int, seed: int = 7) -> bytes:
    """``n`` data rows: ~n/3 applications with 1-5 interviews each, day-first dates."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    start, app, written = date(2025, 1, 1), 0, 0
    while written < n:
        app += 1
        company, role = f"Company {app % 9000}", rng.choice(["Analyst", "BI Developer", "DS"])
        applied = start + timedelta(days=rng.randrange(0, 400))
        for k in range(min(rng.randint(1, 5), n - written)):
            event = applied + timedelta(days=7 * (k + 1) + rng.randrange(0, 5))
            writer.writerow([
                company, role, applied.strftime("%d/%m/%Y"), event.strftime("%d/%m/%Y"),
                rng.choice(STAGES), rng.choice(OUTCOMES),
                ". ".join(rng.sample(PHRASES, 2)) + f" (#{rng.randrange(100_000)})",
                rng.choice(SOURCES), rng.choice(CHANNELS),
                f"{rng.randrange(0, 8)},{rng.randrange(0, 10)}",
            ])
            written += 1
    return out.getvalue().encode("utf-8")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(step: str, path: str, rows: int, profile: bool, queue: mp.Queue) -> None:
    from analysis import read as readers
    from analysis.normalize import import_log, normalize_log

    data = Path(path).read_bytes()
    # the row limit the careers-office issue asks for (and room for a 130 MB file)
    limits = replace(readers.LIMITS, max_rows=rows, max_cells=rows * len(HEADER),
                     max_bytes=max(readers.LIMITS.max_bytes, len(data)))
    raw = readers.read_raw(data, "bench.csv", limits=limits).frame if step == "normalize" else None
    before = _peak_mb()
    profiler = cProfile.Profile() if profile else None
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    if step == "read":
        readers.read_raw(data, "bench.csv", limits=limits)
    elif step == "normalize":
        normalize_log(raw, source_file="bench.csv")
    else:
        import_log(data, "bench.csv", limits=limits)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if profiler:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    queue.put((seconds, cpu, _peak_mb(), before))


def measure(step: str, path: str, rows: int, profile: bool) -> tuple[float, ...]:
    """Run one step in a fresh process; return (seconds, CPU seconds, peak RSS MB, before)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_run, args=(step, path, rows, profile, queue))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SystemExit(f"{step} failed (exit {child.exitcode}): see the traceback above")
    return queue.get()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--profile", action="store_true", help="cProfile normalize on stderr")
    parser.add_argument("--csv", default="/tmp/debrief_bench_1m.csv")
    parser.add_argument("--steps", default="read,normalize,import_log")
    args = parser.parse_args()
    path = Path(args.csv)
    if not path.exists() or path.stat().st_size == 0 or f"{args.rows}" not in path.name:
        path = path.with_name(f"debrief_bench_{args.rows}.csv")
        if not path.exists():
            path.write_bytes(synthetic_csv(args.rows))
    size = path.stat().st_size / 2**20
    print(f"{args.rows:,} rows x {len(HEADER)} columns, {size:.0f} MB CSV ({REFERENCE})")
    for step in args.steps.split(","):
        seconds, cpu, peak, before = measure(step, str(path), args.rows,
                                             args.profile and step == "normalize")
        print(f"  {step:10} {seconds:6.1f} s wall, {cpu:6.1f} s CPU, peak RSS {peak:6.0f} MB "
              f"(before the step: {before:.0f} MB)")
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
