"""The `debrief` command line: one subcommand per module in ``analysis.commands``.

Every command reads the user's files through :mod:`analysis.pipeline`, raises
:class:`~analysis.errors.DebriefError` for bad input, and leaves printing of errors to
:func:`main`, which turns them into ``error: ...`` on stderr and exit status 2.

Start-up stays fast (``debrief --help`` in well under 0.3 s): this module and the command
modules import only the standard library at the top; pandas, the importer and NLTK load
inside ``run`` when a command actually works.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import __version__
from analysis.errors import DebriefError
from analysis.files import refuse_overwriting_inputs, write_output

if TYPE_CHECKING:
    from analysis.normalize import ImportResult

# write_output is re-exported: commands of other areas may still import it from here.
__all__ = ["COMMANDS", "add_log_options", "build_parser", "import_log_files", "main",
           "parse_map_options", "parse_today", "write_output"]

# Each name is a module in analysis/commands with ``register(subparsers)`` that adds its parser
# and sets ``func=run`` where ``run(args) -> int``.
COMMANDS: tuple[str, ...] = (
    "normalize", "tag", "funnel", "summary", "letters", "packet", "workspace",
)
# pandas counts days from 1677-09-22 to 2262-04-11; whole years inside that range.
TODAY_RANGE = (dt.date(1678, 1, 1), dt.date(2261, 12, 31))


def add_map_argument(parser: argparse.ArgumentParser) -> None:
    """Add the repeatable ``--map COLUMN=FIELD`` option every log-reading command shares."""
    parser.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="read COLUMN as FIELD (e.g. --map 'Who=interviewer'); 'COLUMN=' ignores it",
    )


def add_log_options(parser: argparse.ArgumentParser) -> None:
    """``--sheet``, ``--map`` and ``--encoding``: how to read a log, for every command."""
    parser.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read")
    add_map_argument(parser)
    parser.add_argument(
        "--encoding", metavar="NAME",
        help="the text encoding of a CSV file (e.g. cp1250), when the guess is wrong",
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


def parse_today(text: str | None) -> dt.date:
    """The --today date, or the real today when not given.

    >>> parse_today("2026-03-10")
    datetime.date(2026, 3, 10)
    """
    if text is None:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DebriefError(f"--today must be a date like 2026-03-10, not {text!r}.") from None
    low, high = TODAY_RANGE
    if not low <= day <= high:
        raise DebriefError(
            f"--today {day.isoformat()} is outside the dates Debrief can count with "
            f"({low.year} to {high.year}): give a date in that range."
        )
    return day


def import_log_files(
    paths: Sequence[str | Path],
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    encoding: str | None = None,
) -> ImportResult:
    """Read and import one log, or merge several (``analysis.pipeline.import_files``)."""
    from analysis.pipeline import import_files

    return import_files(paths, sheet=sheet, overrides=overrides, encoding=encoding)


def check_output(output: str | None, inputs: Sequence[str | Path]) -> None:
    """Refuse, before any work, an output file that is one of the inputs."""
    refuse_overwriting_inputs(output, inputs)


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


def usage_lines(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """Each subcommand's usage line, as ``--help`` prints it (the README lists these)."""
    parser = parser or build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    lines = []
    for name in COMMANDS:
        lines.extend(_usages(sub.choices[name]))
    return lines


def _usages(parser: argparse.ArgumentParser) -> list[str]:
    """A parser's usage line, or its subcommands' lines when it has subcommands of its own."""
    nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if nested:
        return [line for child in nested[0].choices.values() for line in _usages(child)]
    return [" ".join(parser.format_usage().removeprefix("usage: ").split())]


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command; library warnings become one-line notes after its output."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        status = int(args.func(args) or 0)
    for message in dict.fromkeys(str(w.message).strip() for w in caught):
        print(f"note: {message}", file=sys.stderr)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 2 unusable input, 1 a bug in Debrief)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run_command(args)
    except DebriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except MemoryError:
        print("error: the input is too big to read in the memory this computer allows.",
              file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `debrief ... | head` closed our stdout early: not an error for the user.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in Debrief: one sentence, not a traceback
        print(f"error: Debrief hit a problem on its side ({type(exc).__name__}: {exc}); "
              "please report it.", file=sys.stderr)
        return 1


def console() -> int:
    """The ``debrief`` console script and ``python -m analysis``: ``main``, then an exit that
    skips the interpreter's last, useless collection over everything still alive."""
    from analysis.memory import spare_final_collection

    status = main()
    spare_final_collection()
    return status


if __name__ == "__main__":
    raise SystemExit(console())
