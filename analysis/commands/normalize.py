"""`debrief normalize LOG`: write the canonical table as CSV, the import report on stderr."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli import read_input_file, write_output
from analysis.errors import DebriefError
from analysis.normalize import import_log
from analysis.safe import neutralise_frame


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `normalize` subcommand."""
    parser = sub.add_parser(
        "normalize",
        help="read an interview log (CSV or Excel) into Debrief's canonical table",
        description=(
            "Read an interview log and write the canonical table as CSV (to stdout unless -o). "
            "A report on stderr says how many rows were read, which were skipped or duplicates "
            "and why, and how each column was understood."
        ),
    )
    parser.add_argument("log", metavar="LOG", help="the log file (.csv, .tsv, .txt or .xlsx)")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read")
    parser.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="read COLUMN as FIELD (e.g. --map 'Who=interviewer'); 'COLUMN=' ignores it",
    )
    parser.add_argument("-o", "--output", metavar="OUT.csv", help="write the table here")
    parser.set_defaults(func=run)


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """Turn ["Who=interviewer", "Notes="] into {"Who": "interviewer", "Notes": ""}."""
    overrides = {}
    for pair in pairs:
        column, sep, name = pair.rpartition("=")
        if not sep or not column.strip():
            raise DebriefError(
                f"--map {pair!r} is not COLUMN=FIELD; write e.g. --map 'Employer=company'."
            )
        overrides[column.strip()] = name.strip()
    return overrides


def run(args: argparse.Namespace) -> int:
    """Import the log, write the table, print the report."""
    data = read_input_file(args.log)
    result = import_log(
        data, Path(args.log).name, sheet=args.sheet, overrides=parse_overrides(args.map)
    )
    table = neutralise_frame(result.table)
    write_output(table.to_csv(index=False, date_format="%Y-%m-%d"), args.output)
    print(result.format_report(), file=sys.stderr)
    return 0
