"""`debrief letters (LOG | --workspace PATH) -o FILE.md`: feedback-request drafts."""

from __future__ import annotations

import argparse
import sys

from analysis.cli import check_output
from analysis.commands.summary import add_log_arguments, check_source, export_input
from analysis.files import write_output


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `letters` subcommand."""
    parser = sub.add_parser(
        "letters",
        help="draft polite letters asking interviewers for specific feedback (.md)",
        description=(
            "Draft a short, polite feedback request for each rejection after an interview "
            "that came without specific feedback: thanks, three things done well and three "
            "to do differently, no pressure to reply. Rejections more than 90 days old are "
            "too late to ask about. One Markdown section per letter; edit before sending. "
            "Without -o, the letters go to stdout."
        ),
    )
    add_log_arguments(parser)
    parser.add_argument("--name", metavar="YOUR NAME", help="sign the letters with this name")
    parser.add_argument("-o", "--output", metavar="FILE.md", help="write the letters here")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the summary's follow-up list and write one letter per entry."""
    from analysis.export import format_for_path
    from analysis.export.letters import still_to_ask
    from analysis.present import plural

    fmt = format_for_path(args.output, ["letters"], "letters are written", "letters")
    check_output(args.output, check_source(args))
    data = export_input(args, sender_name=args.name)
    write_output(fmt.write(data), args.output)
    if args.output not in (None, "-"):
        count = len(still_to_ask(data.summary))
        print(f"Wrote {plural(count, 'letter')} to {args.output}.", file=sys.stderr)
    if data.summary.no_feedback:
        print(data.summary.no_feedback, file=sys.stderr)
    return 0
