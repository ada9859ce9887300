"""`debrief workspace add LOG... | show | forget [--yes] | export FILE | import FILE`.

Every subcommand takes ``--workspace PATH``; without it the workspace is ``$DEBRIEF_WORKSPACE``
or the user's data folder (see ``analysis.workspace.default_workspace_path``). Only ``add``
and ``import`` create a workspace; ``show``, ``export`` and ``forget`` never write one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from analysis.cli import add_map_argument, parse_map_options
from analysis.errors import DebriefError
from analysis.present import plural


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `workspace` subcommand and its own subcommands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace", metavar="PATH",
        help="the workspace file (default: $DEBRIEF_WORKSPACE, else your user data folder)",
    )
    parser = sub.add_parser(
        "workspace", help="keep logs, tag corrections and taught phrases between visits",
        description="A local workspace file that keeps your logs between visits.",
    )
    actions = parser.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="save logs to the workspace",
                             description="Import logs and save them; adding a file again "
                             "updates what changed and never duplicates.")
    add.add_argument("logs", nargs="+", metavar="LOG", help="CSV or Excel interview log")
    add.add_argument("--sheet", metavar="NAME", help="worksheet to read (Excel files)")
    add_map_argument(add)
    add.set_defaults(func=run_add)
    show = actions.add_parser("show", parents=[common], help="say what the workspace holds")
    show.set_defaults(func=run_show)
    forget = actions.add_parser("forget", parents=[common],
                                help="delete the workspace file (asks first)")
    forget.add_argument("--yes", action="store_true", help="delete without asking")
    forget.set_defaults(func=run_forget)
    export = actions.add_parser("export", parents=[common],
                                help="write the workspace to one file to carry elsewhere")
    export.add_argument("file", metavar="FILE", help="the file to write")
    export.set_defaults(func=run_export)
    imp = actions.add_parser("import", parents=[common],
                             help="merge an exported workspace file into this one")
    imp.add_argument("file", metavar="FILE", help="a file written by `debrief workspace export`")
    imp.set_defaults(func=run_import)


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace named with --workspace, else the default one."""
    from analysis.workspace import default_workspace_path

    return Path(args.workspace).expanduser() if args.workspace else default_workspace_path()


def _existing(args: argparse.Namespace) -> Path | None:
    path = workspace_path(args)
    return path if path.exists() else None


def run_add(args: argparse.Namespace) -> int:
    """Import each LOG and save it to the workspace; print what changed."""
    from analysis.pipeline import read_files
    from analysis.workspace import Workspace

    overrides = parse_map_options(args.map)
    with Workspace.open(workspace_path(args)) as ws:
        for name, data in read_files(args.logs):
            try:
                result = ws.add_log(name, data, sheet=args.sheet, overrides=overrides)
            except DebriefError as exc:
                raise DebriefError(f"{name}: {exc}") from None
            print(result.format_report().splitlines()[0])
            for note in result.notes:
                print(f"Note: {note}")
            for c in ws.last_changes:
                print(f"Saved {c.filename} to {ws.path}: {plural(c.rows, 'row')} "
                      f"({c.added} new, {c.updated} changed, {c.unchanged} unchanged, "
                      f"{c.removed} no longer in the file).")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print where the workspace is and what it holds (never creates one)."""
    from analysis.workspace import Workspace

    path = _existing(args)
    if path is None:
        print(f"There is no workspace at {workspace_path(args)} yet: save a log with "
              "`debrief workspace add LOG`.")
        return 0
    with Workspace.open(path) as ws:
        info = ws.overview()
    print(f"Workspace: {info['path']} ({info['bytes'] / 1024:,.0f} KB, format {info['format']})")
    logs = info["logs"]
    print(f"Logs: {len(logs)}")
    for log in logs.itertuples(index=False):
        print(f"  {log.filename}: {plural(int(log.rows), 'row')}, saved "
              f"{log.updated_at:%Y-%m-%d %H:%M} UTC")
    print(f"Applications: {info['applications']}; rows: {info['rows']}; notes with "
          f"feedback: {info['notes']}")
    print(f"Corrections: {info['corrections']} (on {plural(info['reviewed_notes'], 'note')}); "
          f"taught phrases: {info['taught']}")
    return 0


def confirm(question: str, stdin: TextIO | None, stderr: TextIO) -> bool:
    """Ask a yes/no question on a terminal; with no terminal to ask, refuse in one sentence."""
    if stdin is None or stdin.closed or not stdin.isatty():
        raise DebriefError("Forgetting deletes the workspace for good and there is no terminal "
                           "to ask: run it again with --yes to confirm.")
    stderr.write(f"{question} Type yes to confirm: ")
    stderr.flush()
    answer = stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def run_forget(args: argparse.Namespace) -> int:
    """Delete the workspace file and its -wal/-shm files, after a confirmation."""
    from analysis.workspace import store

    path = _existing(args)
    if path is None:
        print(f"There is no workspace at {workspace_path(args)}: nothing to forget.")
        return 0
    if path.stat().st_size and not store.looks_like_workspace(path):
        raise DebriefError(f"{path} is not a Debrief workspace, so it was not deleted.")
    question = f"Delete {path} and everything saved in it?"
    if not args.yes and not confirm(question, sys.stdin, sys.stderr):
        print("Nothing was deleted.")
        return 1
    removed = store.remove_files(path)
    print(f"Deleted {', '.join(str(p) for p in removed)}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the workspace to one file."""
    from analysis.workspace import Workspace

    with Workspace.open(workspace_path(args), create=False) as ws:
        target = ws.export(args.file)
    print(f"Wrote {target} ({target.stat().st_size / 1024:,.0f} KB): on the other machine run "
          f"`debrief workspace import {target.name}`.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Merge an exported workspace file into this workspace (creating it if needed)."""
    from analysis.workspace import Workspace

    with Workspace.import_file(args.file, workspace_path(args)) as ws:
        info = ws.overview()
    print(f"Merged {args.file} into {info['path']}: {plural(len(info['logs']), 'log')}, "
          f"{plural(info['rows'], 'row')}, {plural(info['corrections'], 'correction')}, "
          f"{plural(info['taught'], 'taught phrase')}.")
    return 0
