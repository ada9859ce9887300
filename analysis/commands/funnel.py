"""`debrief funnel (LOG [LOG ...] | --workspace PATH) [--by COLUMN] [--json]`: the funnel.

How far applications got, the rounds they reached and the first-round drop-off; with
``--by COLUMN`` (a cohort) the same per group, a group of fewer than 5 students shown only as
"fewer than 5"; ``--screens-as-round`` counts a phone screen as the first round.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from analysis.cli import check_output, import_log_files, parse_map_options
from analysis.commands.summary import (
    add_by_argument,
    add_source_arguments,
    check_source,
    group_column,
    open_workspace,
)
from analysis.files import write_output
from analysis.present import percent


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `funnel` subcommand."""
    parser = sub.add_parser(
        "funnel",
        help="show how far your applications got and where they stopped",
        description=(
            "Read an interview log (CSV or Excel; several files are merged) or a saved "
            "workspace and show the "
            "funnel from application to offer, how many reached each interview round and "
            "the share of interviewed applications that stopped after round 1. With --by, "
            "the same for each group of a cohort (groups of fewer than 5 students are not "
            "shown)."
        ),
    )
    add_source_arguments(parser, many=True)
    add_by_argument(parser)
    parser.add_argument(
        "--screens-as-round", action="store_true",
        help="count a phone screen as the first round (default: the first interview after "
             "any screens and tests)",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write to this file instead of the screen")
    parser.set_defaults(func=run)


def _pct(rate: float | None) -> str:
    return percent(rate, missing="-")


def dropoff_text(drop: dict[str, Any]) -> str:
    """'3 of 5 (60%)', or '-' when no first round is decided yet.

    >>> dropoff_text({"count": 3, "of": 5, "rate": 0.6}), dropoff_text({"count": 0, "of": 0})
    ('3 of 5 (60%)', '-')
    """
    return f"{drop['count']} of {drop['of']} ({_pct(drop['rate'])})" if drop["of"] else "-"


def format_groups(groups: dict[str, dict[str, Any]], by: str) -> list[str]:
    """The per-group table (a group under the anonymity floor shows only its size in words)."""
    width = max([len("Group"), *(len(g) for g in groups)]) + 2
    lines = ["", f"By {by}:",
             f"{'Group':<{width}}{'Students':>14}{'Applications':>14}{'Offers':>8}"
             f"  First-round drop-off"]
    for name, fig in groups.items():
        if "applications" not in fig:
            lines.append(f"{name:<{width}}{fig['students']:>14}")
            continue
        lines.append(f"{name:<{width}}{fig['students']:>14}{fig['applications']:>14}"
                     f"{fig['offers']:>8}  {dropoff_text(fig['first_round_dropoff'])}")
    return lines


def format_report(report: dict[str, Any], by: str | None = None) -> str:
    """A short plain-text version of ``metrics.funnel_report`` for the terminal."""
    apps = report["applications"]
    if apps == 0:
        return "No applications found in the log.\n"
    drop = report["first_round_dropoff"]
    lo, hi = drop["ci95"]
    students = report.get("students", 1)
    lines = [
        f"Applications: {apps} ({report['interviewed_applications']} with interviews, "
        f"{report['offers']} with an offer)"
        + (f" from {students} students" if students > 1 else ""),
        f"Heard back: {_pct(report['response_rate'])}",
        (
            f"First-round drop-off: {drop['count']} of {drop['of']} ({_pct(drop['rate'])}, "
            f"95% range {_pct(lo)} to {_pct(hi)})"
            if drop["of"]
            else "First-round drop-off: no decided first round yet"
        ),
        f"({drop['definition']})",
        "",
        f"{'Stage':<14}{'Reached':>8}{'Share':>8}",
    ]
    for stage in report["stages"]:
        lines.append(
            f"{stage['label']:<14}{stage['reached']:>8}{_pct(stage['reached'] / apps):>8}"
        )
    if report["rounds"]:
        rounds = ", ".join(f"round {k}: {n}" for k, n in report["rounds"].items())
        lines += ["", f"Reached at least {rounds}"]
    outcomes = ", ".join(f"{k} {n}" for k, n in report.get("outcomes", {}).items() if n)
    if outcomes:
        lines.append(f"Outcomes: {outcomes}")
    if "groups" in report:
        lines += format_groups(report["groups"], by or "group")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Import the log(s) and print the funnel report (text or JSON)."""
    from analysis.metrics import funnel_report

    check_output(args.output, check_source(args))
    if args.workspace:
        with open_workspace(args) as ws:
            table, result = ws.table(), None
    else:
        result = import_log_files(args.logs, sheet=args.sheet, overrides=parse_map_options(
            args.map), encoding=args.encoding)
        table = result.table
    by = group_column(args.by, table, result) if args.by else None
    report = funnel_report(table, by, screens_as_round=args.screens_as_round)
    text = json.dumps(report, indent=2) + "\n" if args.json else format_report(report, args.by)
    write_output(text, args.output)
    return 0
