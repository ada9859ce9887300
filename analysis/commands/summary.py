"""`debrief summary (LOG | --workspace PATH) -o FILE`: the themed summary."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from analysis.cli import (
    add_log_options,
    check_output,
    import_log_files,
    parse_map_options,
    parse_today,
)
from analysis.errors import DebriefError
from analysis.files import write_output

if TYPE_CHECKING:
    import pandas as pd

    from analysis.codebook import Codebook
    from analysis.export import ExportInput
    from analysis.workspace import Workspace

SUMMARY_FORMATS: tuple[str, ...] = ("xlsx", "html", "md")


def add_source_arguments(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """LOG (optional, several with ``many``) or ``--workspace PATH``, and how to read a log."""
    parser.add_argument("logs" if many else "log", nargs="*" if many else "?", metavar="LOG",
                        help="the log file (.csv, .tsv, .txt or .xlsx)"
                        + ("; several are merged" if many else ""))
    parser.add_argument("--workspace", metavar="PATH",
                        help="read a saved workspace (with your corrections) instead of a LOG")
    add_log_options(parser)


def log_paths(args: argparse.Namespace) -> list[str]:
    """The LOG(s) named on the command line (none when a workspace is read)."""
    logs = getattr(args, "logs", None)
    if logs is None:
        logs = [args.log] if getattr(args, "log", None) else []
    return list(logs)


def check_source(args: argparse.Namespace) -> list[str]:
    """Refuse anything but exactly one of LOG and --workspace; return every input path."""
    logs = log_paths(args)
    if bool(logs) == bool(args.workspace):
        raise DebriefError(f"`debrief {args.command}` reads a LOG or a --workspace PATH: "
                           "name exactly one of them.")
    if args.workspace:
        unused = [o for o, v in (("--sheet", args.sheet), ("--map", args.map),
                                 ("--encoding", args.encoding)) if v]
        if unused:
            raise DebriefError(f"{' and '.join(unused)} only tell how to read a LOG; a "
                               "workspace's logs were read when they were saved.")
        return [args.workspace]
    return logs


def open_workspace(args: argparse.Namespace, codebook: Codebook | None = None) -> Workspace:
    """The --workspace file, opened without ever creating one."""
    from pathlib import Path

    from analysis.workspace import Workspace

    return Workspace.open(Path(args.workspace).expanduser(), create=False, codebook=codebook)


def add_log_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments shared by `summary`, `letters` and `packet`: the source, how to read it, today."""
    add_source_arguments(parser)
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
            "Import and tag an interview log (or read a saved workspace, with your "
            "corrections), then write its themed feedback summary: "
            "headline numbers, recurring issues, strengths, an action plan, feedback quality "
            "and the rejections to ask for feedback about. The output file's extension picks "
            "the format: .xlsx (Excel workbook), .html (report that opens offline) or .md "
            "(Markdown). Without -o, Markdown goes to stdout."
        ),
    )
    add_log_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="FILE.xlsx, FILE.html or FILE.md")
    parser.set_defaults(func=run)


def tag_log(table: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The mentions frame for a table (``analysis.pipeline.tag_table``)."""
    from analysis.pipeline import tag_table

    return tag_table(table, codebook=codebook)


def load_tagged_log(args: argparse.Namespace) -> tuple[pd.DataFrame, pd.DataFrame, Codebook]:
    """Read, normalise and tag the LOG, or read the workspace (corrections and taught
    phrases applied)."""
    from analysis.codebook import load_codebook

    if args.workspace:
        base = load_codebook(args.codebook) if args.codebook else None
        with open_workspace(args, base) as ws:
            return ws.table(), ws.mentions(), ws.codebook()
    codebook = load_codebook(args.codebook)
    overrides = parse_map_options(args.map)
    table = import_log_files([args.log], sheet=args.sheet, overrides=overrides,
                             encoding=args.encoding).table
    return table, tag_log(table, codebook), codebook


def export_input(args: argparse.Namespace, sender_name: str | None = None) -> ExportInput:
    """Everything an export is written from, for the log the command names."""
    from analysis.export import ExportInput
    from analysis.pipeline import summarise

    today = parse_today(args.today)
    table, mentions, codebook = load_tagged_log(args)
    summary = summarise(table, mentions, today=today, codebook=codebook)
    return ExportInput(summary, table, mentions, codebook, sender_name=sender_name)


def run(args: argparse.Namespace) -> int:
    """Build the summary and write it in the format the output's extension asks for."""
    from analysis.export import format_for_path

    fmt = format_for_path(args.output, SUMMARY_FORMATS, "the summary can be written", "md")
    check_output(args.output, check_source(args))  # refuse bad input before doing any work
    data = export_input(args)
    write_output(fmt.write(data), args.output)
    if args.output not in (None, "-"):
        summary = data.summary
        print(
            f"Wrote {args.output}: {summary.headline.applications} applications, "
            f"{len(summary.recurring)} recurring issues, {len(summary.follow_ups)} feedback "
            "requests to send.",
            file=sys.stderr,
        )
        if summary.no_feedback:
            print(summary.no_feedback, file=sys.stderr)
    return 0
