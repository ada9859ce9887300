"""`debrief letters LOG -o FILE.md`: draft feedback-request letters for rejections."""

from __future__ import annotations

import argparse
import sys

from analysis.cli import output_suffix, write_output
from analysis.commands.summary import add_log_arguments, load_tagged_log, parse_today

EXTENSIONS: tuple[str, ...] = (".md", ".markdown", ".txt")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `letters` subcommand."""
    parser = sub.add_parser(
        "letters",
        help="draft polite letters asking interviewers for specific feedback (.md)",
        description=(
            "Draft a short, polite feedback request for each rejection after an interview "
            "that came without specific feedback: thanks, three things done well and three "
            "to do differently, no pressure to reply. One Markdown section per letter; edit "
            "before sending. Without -o, the letters go to stdout."
        ),
    )
    add_log_arguments(parser)
    parser.add_argument("--name", metavar="YOUR NAME", help="sign the letters with this name")
    parser.add_argument("-o", "--output", metavar="FILE.md", help="write the letters here")
    parser.set_defaults(func=run)


def check_output(path: str | None) -> None:
    """Refuse an output name that is not a Markdown or text file."""
    output_suffix(path, EXTENSIONS, "letters are written")


def run(args: argparse.Namespace) -> int:
    """Build the summary's follow-up list and write one letter per entry."""
    from analysis.letters import draft_letters
    from analysis.summary import build_summary

    check_output(args.output)
    today = parse_today(args.today)
    table, mentions, codebook = load_tagged_log(args)
    summary = build_summary(table, mentions, today=today, codebook=codebook)
    write_output(draft_letters(summary, codebook, sender_name=args.name), args.output)
    if args.output not in (None, "-"):
        count = len(summary.follow_ups)
        print(f"Wrote {count} letter{'' if count == 1 else 's'} to {args.output}.", file=sys.stderr)
    return 0
