"""The `debrief` command line: one subcommand per module in ``analysis.commands``.

Every command reads the user's file through :func:`read_input_file`, raises
:class:`~analysis.errors.DebriefError` for bad input, and leaves printing of errors to
:func:`main`, which turns them into ``error: ...`` on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import __version__
from analysis.errors import DebriefError

if TYPE_CHECKING:
    from analysis.normalize import ImportResult

# Each name is a module in analysis/commands with ``register(subparsers)`` that adds its parser
# and sets ``func=run`` where ``run(args) -> int``.
COMMANDS: tuple[str, ...] = ("normalize", "tag", "funnel", "summary", "letters", "workspace")


def read_input_file(path: str | Path) -> bytes:
    """Read a file the user named, turning OS errors into one clear sentence."""
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise DebriefError(f"{p} does not exist.") from None
    except IsADirectoryError:
        raise DebriefError(f"{p} is a folder, not a file.") from None
    except PermissionError:
        raise DebriefError(f"{p} cannot be read: permission denied.") from None
    except OSError as exc:
        raise DebriefError(f"{p} cannot be read: {exc.strerror or exc}.") from None


def write_output(data: str | bytes, path: str | Path | None) -> None:
    """Write to ``path``, or to stdout when it is None or "-"."""
    if path is None or str(path) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    p = Path(path)
    try:
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise DebriefError(f"{p} cannot be written: {exc.strerror or exc}.") from None


def output_suffix(path: str | None, allowed: Sequence[str], what: str) -> str | None:
    """The output file's extension when ``allowed`` has it; None for stdout; else one sentence.

    >>> output_suffix("plan.MD", (".md", ".txt"), "letters are written")
    '.md'
    """
    if path is None or path == "-":
        return None
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        shown = f"'{suffix}'" if suffix else "no extension"
        raise DebriefError(
            f"{Path(path).name} has {shown}; {what} as {', '.join(allowed)}: "
            "name the output file with one of these."
        )
    return suffix


def add_map_argument(parser: argparse.ArgumentParser) -> None:
    """Add the repeatable ``--map COLUMN=FIELD`` option every log-reading command shares."""
    parser.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="read COLUMN as FIELD (e.g. --map 'Who=interviewer'); 'COLUMN=' ignores it",
    )


def parse_map_options(pairs: Sequence[str]) -> dict[str, str]:
    """Turn ``--map`` values into column overrides (the last '=' splits: headers may hold one).

    >>> parse_map_options([" Result = outcome", "Notes=", "a=b=stage"])
    {'Result': 'outcome', 'Notes': '', 'a=b': 'stage'}
    """
    overrides: dict[str, str] = {}
    for pair in pairs:
        column, sep, field_name = pair.rpartition("=")
        if not sep or not column.strip():
            raise DebriefError(
                f"--map {pair!r} is not COLUMN=FIELD; write e.g. --map 'Employer=company'."
            )
        overrides[column.strip()] = field_name.strip()
    return overrides


def import_log_files(
    paths: Sequence[str | Path],
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
) -> ImportResult:
    """Read and import one log, or merge several, as the app does with several uploads."""
    from analysis.normalize import import_log, import_logs  # heavy: only when a command runs

    files = [(Path(p).name, read_input_file(p)) for p in paths]
    if len(files) == 1:
        name, data = files[0]
        return import_log(data, name, sheet=sheet, overrides=overrides)
    by_file = {name: overrides or {} for name, _ in files}
    return import_logs(files, overrides_by_file=by_file, sheet=sheet)


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="debrief",
        description="Turn your interview log into lessons: import, tag, measure, summarise.",
    )
    parser.add_argument("--version", action="version", version=f"debrief {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"analysis.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 2 unusable input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except DebriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `debrief ... | head` closed our stdout early: not an error for the user.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
