"""`debrief funnel`: placeholder until its issue lands."""

from __future__ import annotations

import argparse

from analysis.errors import DebriefError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `funnel` subcommand."""
    parser = sub.add_parser("funnel", help="(not available yet)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Refuse clearly: this command is not built yet."""
    raise DebriefError("'debrief funnel' is not available in this version yet.")
