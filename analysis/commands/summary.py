"""`debrief summary (LOG | --workspace PATH) [--by COLUMN] -o FILE`: the themed summary.

With ``--by COLUMN`` (a cohort) the export adds a Groups sheet or section, groups under the
anonymity floor suppressed (``analysis.cohort``).
"""

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
    from analysis.cohort import CohortGroups
    from analysis.export import ExportInput
    from analysis.normalize import ImportResult
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
    add_by_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="FILE.xlsx, FILE.html or FILE.md")
    parser.set_defaults(func=run)


def add_by_argument(parser: argparse.ArgumentParser) -> None:
    """``--by COLUMN``: group a cohort's figures (``summary`` and ``funnel``)."""
    parser.add_argument(
        "--by", metavar="COLUMN",
        help="group a cohort by this column: its header as in the file, or programme, cohort, "
             "school or adviser (groups of fewer than 5 students are not shown)",
    )


def group_column(name: str, table: pd.DataFrame, result: ImportResult | None = None) -> str:
    """The table column ``--by NAME`` means: a header as in the file, or a group field.

    Without the import (a workspace) a header is matched against the group fields' header
    words (``headers.toml``), so "Graduation year" still finds ``cohort``. A column that
    may hold names or emails is refused (``analysis.cohort.check_shareable_group``).
    """
    from analysis.cohort import check_shareable_group
    from analysis.normalize import ImportResult
    from analysis.normalize.vocab import fold, load_vocabulary
    from analysis.schema import group_columns

    result = result or ImportResult(table, {}, [], [], "workspace")
    try:
        column = result.by_column(name)
    except DebriefError:
        exact = load_vocabulary().exact
        found = [c for c in group_columns(table) if fold(name, camel=True) in exact.get(c, ())]
        if not found:
            raise
        column = found[0]
    check_shareable_group(table, column)  # a group's name is shown: never a person's
    return column


def tag_log(table: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The mentions frame for a table (``analysis.pipeline.tag_table``)."""
    from analysis.pipeline import tag_table

    return tag_table(table, codebook=codebook)


def load_tagged_log(
    args: argparse.Namespace,
) -> tuple[pd.DataFrame, pd.DataFrame, Codebook, str | None]:
    """Read, normalise and tag the LOG, or read the workspace (corrections and taught
    phrases applied); the last item is the column ``--by`` names (None without it)."""
    from analysis.codebook import load_codebook

    by = getattr(args, "by", None)
    if args.workspace:
        base = load_codebook(args.codebook) if args.codebook else None
        with open_workspace(args, base) as ws:
            table = ws.table()
            column = group_column(by, table) if by else None  # refuse before tagging
            return table, ws.mentions(), ws.codebook(), column
    codebook = load_codebook(args.codebook)
    overrides = parse_map_options(args.map)
    result = import_log_files([args.log], sheet=args.sheet, overrides=overrides,
                              encoding=args.encoding)
    column = group_column(by, result.table, result) if by else None
    return result.table, tag_log(result.table, codebook), codebook, column


def export_input(args: argparse.Namespace, sender_name: str | None = None) -> ExportInput:
    """Everything an export is written from, for the log the command names."""
    from analysis.export import ExportInput
    from analysis.pipeline import summarise

    today = parse_today(args.today)
    table, mentions, codebook, by = load_tagged_log(args)
    summary = summarise(table, mentions, today=today, codebook=codebook, by=by,
                        by_label=getattr(args, "by", None))
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
        if summary.groups is not None:
            print(groups_line(summary.groups), file=sys.stderr)
        if summary.no_feedback:
            print(summary.no_feedback, file=sys.stderr)
    return 0


def groups_line(groups: CohortGroups) -> str:
    """'3 groups by Programme; 1 group of fewer than 5 students shows no figures.'"""
    from analysis.present import plural

    hidden = int(groups.rows["suppressed"].sum())
    line = f"{plural(len(groups.rows), 'group')} by {groups.label}"
    if not hidden:
        return line + "."
    verb = "shows" if hidden == 1 else "show"
    return line + (f"; {plural(hidden, 'group')} of fewer than {groups.floor} students "
                   f"{verb} no figures.")
