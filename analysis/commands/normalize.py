"""`debrief normalize LOG`: write the canonical table as CSV, the import report on stderr."""

from __future__ import annotations

import argparse
import sys

from analysis.cli import add_log_options, check_output, import_log_files, parse_map_options
from analysis.files import write_output


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
    add_log_options(parser)
    parser.add_argument("-o", "--output", metavar="OUT.csv", help="write the table here")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Import the log, write the table, print the report."""
    from analysis.export.safe import neutralise_frame

    check_output(args.output, [args.log])
    overrides = parse_map_options(args.map)
    result = import_log_files([args.log], sheet=args.sheet, overrides=overrides,
                              encoding=args.encoding)
    table = neutralise_frame(result.table)
    write_output(table.to_csv(index=False, date_format="%Y-%m-%d"), args.output)
    print(result.format_report(), file=sys.stderr)
    return 0
