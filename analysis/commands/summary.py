"""`debrief summary`: placeholder until its issue lands."""

from __future__ import annotations

import argparse

from analysis.errors import DebriefError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `summary` subcommand."""
    parser = sub.add_parser("summary", help="(not available yet)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Refuse clearly: this command is not built yet."""
    raise DebriefError("'debrief summary' is not available in this version yet.")
