"""`debrief packet (LOG | --workspace PATH) -o FILE.html`: a file for an adviser."""

from __future__ import annotations

import argparse
import sys

from analysis.cli import check_output
from analysis.commands.summary import add_log_arguments, check_source, export_input
from analysis.files import write_output


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `packet` subcommand."""
    parser = sub.add_parser(
        "packet",
        help="write one file to share with a coach or adviser: summary, evidence, letters",
        description=(
            "Write the adviser packet: one HTML file (opens offline) with your feedback "
            "summary, every evidence sentence and the feedback-request drafts, under a notice "
            "of what it contains and what it leaves out. Without -o, it goes to stdout."
        ),
    )
    add_log_arguments(parser)
    parser.add_argument("--name", metavar="YOUR NAME", help="sign the letters with this name")
    parser.add_argument("-o", "--output", metavar="FILE.html", help="write the packet here")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the summary and write the packet."""
    from analysis.export import format_for_path

    fmt = format_for_path(args.output, ["packet"], "the packet is written", "packet")
    check_output(args.output, check_source(args))
    data = export_input(args, sender_name=args.name)
    write_output(fmt.write(data), args.output)
    if args.output not in (None, "-"):
        print(f"Wrote {args.output}: check its first paragraph for what it contains before "
              "you share it.", file=sys.stderr)
    return 0
