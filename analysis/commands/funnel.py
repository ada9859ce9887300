"""`debrief funnel (LOG [LOG ...] | --workspace PATH) [--json]`: funnel, rounds, drop-off."""

from __future__ import annotations

import argparse
import json
from typing import Any

from analysis.cli import check_output, import_log_files, parse_map_options
from analysis.commands.summary import add_source_arguments, check_source, open_workspace
from analysis.files import write_output
from analysis.present import FIRST_ROUND_DEFINITION, percent


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `funnel` subcommand."""
    parser = sub.add_parser(
        "funnel",
        help="show how far your applications got and where they stopped",
        description=(
            "Read an interview log (CSV or Excel; several files are merged) or a saved "
            "workspace and show the "
            "funnel from application to offer, how many reached each interview round and "
            "the share of interviewed applications that stopped after round 1."
        ),
    )
    add_source_arguments(parser, many=True)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write to this file instead of the screen")
    parser.set_defaults(func=run)


def _pct(rate: float | None) -> str:
    return percent(rate, missing="-")


def format_report(report: dict[str, Any]) -> str:
    """A short plain-text version of ``metrics.funnel_report`` for the terminal."""
    apps = report["applications"]
    if apps == 0:
        return "No applications found in the log.\n"
    drop = report["first_round_dropoff"]
    lo, hi = drop["ci95"]
    lines = [
        f"Applications: {apps} ({report['interviewed_applications']} with interviews, "
        f"{report['offers']} with an offer)",
        f"Heard back: {_pct(report['response_rate'])}",
        (
            f"First-round drop-off: {drop['count']} of {drop['of']} ({_pct(drop['rate'])}, "
            f"95% range {_pct(lo)} to {_pct(hi)})"
            if drop["of"]
            else "First-round drop-off: no decided first round yet"
        ),
        f"({FIRST_ROUND_DEFINITION})",
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
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Import the log(s) and print the funnel report (text or JSON)."""
    from analysis.metrics import funnel_report

    check_output(args.output, check_source(args))
    if args.workspace:
        with open_workspace(args) as ws:
            table = ws.table()
    else:
        table = import_log_files(args.logs, sheet=args.sheet, overrides=parse_map_options(
            args.map), encoding=args.encoding).table
    report = funnel_report(table)
    text = json.dumps(report, indent=2) + "\n" if args.json else format_report(report)
    write_output(text, args.output)
    return 0
