"""Benchmark: import a synthetic interview log (CSV and .xlsx) and print rows/s and peak memory.

    python benchmarks/bench_normalize.py [--rows 100000] [--xlsx-rows 20000]

Each measurement runs in a fresh process so its peak resident memory (ru_maxrss) is its own;
the figure printed is the peak of that process minus its resident size before import_log ran
(and the absolute peak beside it). The xlsx default is 20,000 rows because reading a workbook
is bounded by openpyxl's own XML parsing (roughly 10x slower than CSV); pass --xlsx-rows 100000
to measure the full size.
"""

from __future__ import annotations

import argparse
import csv
import io
import multiprocessing as mp
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADER = ["Company", "Job title", "Date applied", "Interview date", "Interview type", "Result",
          "What they said", "Feedback from", "Via", "Prep hours", "Salary", "Link"]
STAGES = ["Phone screen", "Recruiter call", "1st interview", "HM interview", "2nd round",
          "Technical", "Panel", "Onsite", "Final", "Superday"]
OUTCOMES = ["moved forward", "passed", "no", "rejected", "no reply", "waiting", "failed",
            "Offer accepted", "declined"]
SOURCES = ["interviewer", "recruiter", "mock interview", "career coach", "friend", "me", ""]
CHANNELS = ["email", "phone", "letter", "in person", "zoom", ""]
PHRASES = ["You rambled a bit", "great enthusiasm", "answers lacked examples",
           "strong SQL", "we went with a more experienced candidate", "be more concise",
           "dress was too casual", "clear structure", "not enough research on our products"]


def synthetic_rows(n: int, seed: int = 7) -> list[list[object]]:
    """``n`` data rows: ~n/3 applications with 1-5 interviews each, day-first dates."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    start = date(2025, 1, 1)
    app = 0
    while len(rows) < n:
        app += 1
        company = f"Company {app % 9000}"
        role = rng.choice(["Data Analyst", "Analyst", "BI Developer", "Data Scientist"])
        applied = start + timedelta(days=rng.randrange(0, 400))
        for k in range(rng.randint(1, 5)):
            event = applied + timedelta(days=7 * (k + 1) + rng.randrange(0, 5))
            feedback = ". ".join(rng.sample(PHRASES, 2)) + f" (#{rng.randrange(1000)})"
            rows.append([
                company, role, applied.strftime("%d/%m/%Y"), event.strftime("%d/%m/%Y"),
                rng.choice(STAGES), rng.choice(OUTCOMES), feedback, rng.choice(SOURCES),
                rng.choice(CHANNELS), f"{rng.randrange(0, 8)},{rng.randrange(0, 10)}",
                str(rng.randrange(30, 90) * 1000), f"https://jobs.example/{app}",
            ])
    return rows[:n]


def csv_log(n: int) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([HEADER, *synthetic_rows(n)])
    return out.getvalue().encode("utf-8")


def xlsx_log(n: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Interviews")
    sheet.append(HEADER)
    for row in synthetic_rows(n):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _measure(data: bytes, filename: str, queue: mp.Queue) -> None:
    from analysis.normalize import import_log

    before = _rss_mb()
    started = time.perf_counter()
    result = import_log(data, filename)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((seconds, peak, peak - before, result.counts()))


def measure(data: bytes, filename: str) -> tuple[float, float, float, dict]:
    """Run import_log in a fresh process; return (seconds, peak MB, peak-growth MB, counts)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_measure, args=(data, filename, queue))
    child.start()
    got = queue.get()
    child.join()
    return got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx-rows", type=int, default=20_000)
    args = parser.parse_args()
    for kind, rows, build in (("csv", args.rows, csv_log), ("xlsx", args.xlsx_rows, xlsx_log)):
        data = build(rows)
        seconds, peak, growth, counts = measure(data, f"bench.{kind}")
        print(
            f"{kind:4} {rows:>7,} rows ({len(data) / 2**20:5.1f} MB): {seconds:6.2f} s, "
            f"{rows / seconds:>9,.0f} rows/s, peak RSS {peak:6.0f} MB "
            f"(+{growth:.0f} MB during import); counts {counts}"
        )


if __name__ == "__main__":
    main()
