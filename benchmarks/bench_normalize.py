"""Benchmark: a 100,000-row workbook and a 1,000,000-row CSV through the importer, beside pandas.

    python benchmarks/bench_normalize.py [--xlsx-rows 100000] [--csv-rows 1000000]

In one run it prints, each measured in a fresh process (time and peak resident memory):

- a bare ``pandas.read_excel(engine="calamine")`` of a 100,000-row x 6-column workbook, the
  reference the Careers-office issue names;
- ``analysis.read.read_raw`` of the same workbook (the reader: checks, sheet choice, cells);
- ``analysis.normalize.import_log`` of the same workbook (reader + normalize), with its ratio to
  the bare read (target: within 3x);
- ``import_log`` of a 1,000,000-row x 6-column CSV (target: under 20 s and under 2 GB).

Peak RSS is the child process's high-water mark (ru_maxrss), imports included; "+N" is its
growth during the measured call alone.
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
from datetime import date, datetime, timedelta
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


# The six columns of the workbook: one row per interview of an application.
SIX = [0, 1, 2, 4, 5, 6]  # Company, Job title, Date applied, Interview type, Result, feedback


def csv_log(n: int, columns: list[int] = SIX) -> bytes:
    """A CSV of ``n`` synthetic rows with the given columns (dates as dd/mm/yyyy text).

    Feedback is one phrase per row, so that a million rows fit the 100 MB upload limit.
    """
    out = io.StringIO()
    body = synthetic_rows(n)
    for row in body:
        row[6] = row[6].split(". ")[0]
    rows = ([row[i] for i in columns] for row in [HEADER, *body])
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def xlsx_log(n: int, columns: list[int] = SIX) -> bytes:
    """A workbook of ``n`` synthetic rows, the application date a real date cell."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Interviews")
    sheet.append([HEADER[i] for i in columns])
    for row in synthetic_rows(n):
        row[2] = datetime.strptime(row[2], "%d/%m/%Y")
        sheet.append([row[i] for i in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _run(what: str, data: bytes, filename: str) -> str:
    """Do one measured step; return what it produced."""
    if what == "pandas":
        import pandas as pd

        frame = pd.read_excel(io.BytesIO(data), engine="calamine")
        return f"{len(frame):,} rows x {frame.shape[1]}"
    if what == "read_raw":
        from analysis.read import read_raw

        return f"{len(read_raw(data, filename).frame):,} rows"
    from analysis.normalize import import_log

    return str(import_log(data, filename).counts())


def _warm(what: str) -> None:
    """Import what a step needs before the clock starts (start-up is not what is measured)."""
    import pandas  # noqa: F401

    if what == "pandas":
        import python_calamine  # noqa: F401
    else:
        import analysis.normalize  # noqa: F401
        import analysis.read  # noqa: F401


def _measure(what: str, data: bytes, filename: str, queue: mp.Queue) -> None:
    _warm(what)
    before = _rss_mb()
    started = time.perf_counter()
    try:
        result = _run(what, data, filename)
    except Exception as exc:  # noqa: BLE001 - a refusal is a result to print, not a hang
        result = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((seconds, peak, peak - before, result))


def measure(what: str, data: bytes, filename: str) -> tuple[float, float, float, str]:
    """Run one step in a fresh process; return (seconds, peak MB, growth MB, what it gave)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_measure, args=(what, data, filename, queue))
    child.start()
    got = queue.get()
    child.join()
    return got


def report(label: str, got: tuple[float, float, float, str], extra: str = "") -> None:
    """One line of the table."""
    seconds, peak, growth, result = got
    print(f"| {label} | {seconds:6.2f} | {peak:6.0f} (+{growth:.0f}) | {extra} | {result} |",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    args = parser.parse_args()
    book = xlsx_log(args.xlsx_rows)
    size = f"{args.xlsx_rows:,} x 6 workbook ({len(book) / 2**20:.1f} MB)"
    print("| step | seconds | peak RSS MB | against target | result |")
    print("|---|---:|---:|---|---|")
    bare = measure("pandas", book, "bench.xlsx")
    report(f"pandas.read_excel(engine='calamine'), {size}", bare, "reference")
    raw = measure("read_raw", book, "bench.xlsx")
    report("analysis.read.read_raw, same workbook", raw, f"{raw[0] / bare[0]:.1f}x bare")
    full = measure("import_log", book, "bench.xlsx")
    report("analysis.normalize.import_log, same workbook", full,
           f"{full[0] / bare[0]:.1f}x bare (target <= 3x)")
    del book
    text = csv_log(args.csv_rows)
    big = measure("import_log", text, "bench.csv")
    report(f"import_log, {args.csv_rows:,} x 6 CSV ({len(text) / 2**20:.0f} MB)", big,
           "target < 20 s, < 2,048 MB")


if __name__ == "__main__":
    main()
