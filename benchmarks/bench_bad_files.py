"""Time and memory of reading every broken or hostile file in the test corpus, plus big good ones.

Run from the repository root:  python benchmarks/bench_bad_files.py [--xlsx-rows 20000]

For each input it prints what the user gets (imported N rows / refused: message), the wall and
CPU time of ``read_raw`` (CPU time is what to compare on a shared machine) and two peaks:
Python allocations (tracemalloc, second run) and the process's resident-memory high-water mark
above where it started (Linux /proc, covers C buffers too).
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_bad_files import CORPUS  # noqa: E402

from analysis.errors import DebriefError  # noqa: E402
from analysis.read import read_raw  # noqa: E402

# What the Trustworthy numbers issue (item 12) measured on main (4bfbae9) for the same files.
BEFORE = {
    "styles.xml with a million cell formats (5 MB)": "85 s, 3 GB",
    "200,000 defined names": "5 s, 313 MB",
    "a million shared strings": "14 s, 298 MB",
    "20,000 sheets": "109 s",
}

COLUMNS = ["Company", "Role", "Applied", "Interview date", "Stage", "Round", "Outcome",
           "Feedback", "Source", "Channel", "Prep hours", "Link"]


def good_rows(n: int) -> list[list[object]]:
    """``n`` rows of a realistic 12-column log."""
    stages = ["Phone screen", "1st interview", "Technical", "Final", "Offer"]
    outcomes = ["advanced", "rejected", "no reply", "offer", "waiting"]
    return [
        [f"Company {i % 997}", "Data Analyst", f"2026-01-{i % 28 + 1:02d}",
         f"{i % 28 + 1:02d}.02.2026", stages[i % 5], str(i % 4 + 1), outcomes[i % 5],
         "Answers rambled; be concise and bring specific examples, e.g. the SQL project.",
         "recruiter", "email", f"{i % 7},5", f"https://jobs.example.com/{i}"]
        for i in range(n)
    ]


def good_csv(n: int, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    """A ``n``-row CSV of the 12-column log."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(good_rows(n))
    return out.getvalue().encode(encoding)


def good_xlsx(n: int) -> bytes:
    """A ``n``-row workbook of the 12-column log (written with openpyxl's write-only mode)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Log")
    sheet.append(COLUMNS)
    for row in good_rows(n):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rss_reset() -> int | None:
    """Reset the kernel's peak-RSS counter and return current RSS in bytes (None off Linux)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kb("VmRSS") * 1024
    except OSError:
        return None


def rss_peak() -> int | None:
    """The process's resident-memory high-water mark in bytes since the last reset."""
    try:
        return _status_kb("VmHWM") * 1024
    except OSError:
        return None


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise OSError(field)


def measure(data: bytes, filename: str) -> tuple[str, float, float, float, float | None]:
    """Outcome, wall and CPU seconds, tracemalloc peak MB and RSS-growth MB of one read_raw."""
    gc.collect()
    base = rss_reset()
    start, cpu = time.perf_counter(), time.process_time()
    try:
        table = read_raw(data, filename)
        outcome = f"imported {len(table.frame):,} rows"
    except DebriefError as exc:
        outcome = f"refused: {exc}"
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = rss_peak()
    rss_mb = (peak - base) / 2**20 if base is not None and peak is not None else None
    gc.collect()
    tracemalloc.start()
    try:
        read_raw(data, filename)
    except DebriefError:
        pass
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return outcome, seconds, cpu, traced, rss_mb


def print_row(name: str, size: int, result: tuple[str, float, float, float, float | None]) -> None:
    """One Markdown table row, with the issue's figure for the same file where it gave one."""
    outcome, seconds, cpu, traced, rss_mb = result
    rss = f"{rss_mb:,.0f}" if rss_mb is not None else "n/a"
    if len(outcome) > 110:
        outcome = outcome[:107] + "..."
    print(f"| {name} | {size / 2**20:,.2f} | {outcome} | {seconds:.3f} | {cpu:.3f} "
          f"| {traced:,.1f} | {rss} | {BEFORE.get(name, '')} |", flush=True)


def main() -> None:
    """Run the corpus and the big good files; print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-rows", type=int, default=100_000)
    parser.add_argument("--xlsx-rows", type=int, default=20_000)
    parser.add_argument("--only", default="", help="run only inputs whose name contains this")
    args = parser.parse_args()

    print("| input | MB | what the user gets | wall s | CPU s | py peak MB | RSS growth MB "
          "| before (issue) |")
    print("|---|---:|---|---:|---:|---:|---:|---|")
    for item in CORPUS:
        if args.only not in item.name:
            continue
        data = item.build()
        print_row(item.name, len(data), measure(data, item.filename))

    good: list[tuple[str, str, Callable[[], bytes]]] = [
        (f"good CSV {args.csv_rows:,} x 12 (UTF-8, comma)", "log.csv",
         lambda: good_csv(args.csv_rows)),
        (f"good CSV {args.csv_rows:,} x 12 (Windows-1252, semicolon)", "log.csv",
         lambda: good_csv(args.csv_rows, "cp1252", ";")),
        (f"good CSV {args.csv_rows:,} x 12 (UTF-16, tab)", "log.txt",
         lambda: good_csv(args.csv_rows, "utf-16", "\t")),
        (f"good xlsx {args.xlsx_rows:,} x 12", "log.xlsx", lambda: good_xlsx(args.xlsx_rows)),
    ]
    for name, filename, build in good:
        if args.only not in name:
            continue
        data = build()
        print_row(name, len(data), measure(data, filename))
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\nWhole run: peak resident memory {peak:,.0f} MB (includes building the inputs).")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
