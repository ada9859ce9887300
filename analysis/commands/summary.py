"""`debrief summary LOG -o FILE`: the themed feedback summary as Excel, HTML or Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import pandas as pd

from analysis.cli import (
    add_map_argument,
    import_log_files,
    output_suffix,
    parse_map_options,
    write_output,
)
from analysis.codebook import Codebook, load_codebook
from analysis.errors import DebriefError

FORMATS: dict[str, str] = {
    ".xlsx": "xlsx",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
}


def add_log_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments shared by `summary` and `letters`: the log, its sheet, the codebook, today."""
    parser.add_argument("log", metavar="LOG", help="the log file (.csv, .tsv, .txt or .xlsx)")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read")
    add_map_argument(parser)
    parser.add_argument(
        "--codebook", metavar="PATH", help="your own codebook folder or TOML file (optional)"
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="the date to count due and overdue requests from (default: today)",
    )


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `summary` subcommand."""
    parser = sub.add_parser(
        "summary",
        help="write the themed feedback summary with an action plan (.xlsx, .html or .md)",
        description=(
            "Import and tag an interview log, then write its themed feedback summary: "
            "headline numbers, recurring issues, strengths, an action plan, feedback quality "
            "and the rejections to ask for feedback about. The output file's extension picks "
            "the format: .xlsx (Excel workbook), .html (report that opens offline) or .md "
            "(Markdown). Without -o, Markdown goes to stdout."
        ),
    )
    add_log_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="FILE.xlsx, FILE.html or FILE.md")
    parser.set_defaults(func=run)


def parse_today(text: str | None) -> dt.date:
    """The --today date, or the real today when not given."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DebriefError(f"--today must be a date like 2026-03-10, not {text!r}.") from None


def output_format(path: str | None) -> str:
    """'xlsx', 'html' or 'md' from the output file's extension (stdout: 'md')."""
    suffix = output_suffix(path, tuple(FORMATS), "the summary can be written")
    return "md" if suffix is None else FORMATS[suffix]


def tag_log(table: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The mentions frame for a table (the tagger is imported only when needed)."""
    from analysis.tagger import build_tagger, tag_feedback

    return tag_feedback(table, build_tagger(codebook))


def load_tagged_log(args: argparse.Namespace) -> tuple[pd.DataFrame, pd.DataFrame, Codebook]:
    """Read, normalise and tag the LOG named on the command line."""
    codebook = load_codebook(args.codebook)
    overrides = parse_map_options(args.map)
    table = import_log_files([args.log], sheet=args.sheet, overrides=overrides).table
    return table, tag_log(table, codebook), codebook


def run(args: argparse.Namespace) -> int:
    """Build the summary and write it in the format the output's extension asks for."""
    from analysis.summary import build_summary

    fmt = output_format(args.output)  # refuse a bad name before doing any work
    today = parse_today(args.today)
    table, mentions, codebook = load_tagged_log(args)
    summary = build_summary(table, mentions, today=today, codebook=codebook)
    if fmt == "xlsx":
        from analysis.export_excel import summary_to_xlsx

        data: str | bytes = summary_to_xlsx(summary, table, mentions, codebook=codebook)
    elif fmt == "html":
        from analysis.report import summary_to_html

        data = summary_to_html(summary, table, mentions, codebook=codebook)
    else:
        from analysis.report import summary_to_markdown

        data = summary_to_markdown(summary)
    write_output(data, args.output)
    if args.output not in (None, "-"):
        print(
            f"Wrote {args.output}: {summary.headline.applications} applications, "
            f"{len(summary.recurring)} recurring issues, {len(summary.follow_ups)} feedback "
            "requests to send.",
            file=sys.stderr,
        )
    return 0
