"""`debrief tag FILE --text-column text [--id-column id] [--format jsonl|csv] [-o OUT]`.

jsonl: one object per input row, ``{"id": ..., "mentions": [{"theme", "polarity", "evidence",
"cues"}]}`` (``id`` is the id column's value, or the 1-based data row number).
csv: one row per mention (id, theme, polarity, evidence, cues joined by "; "), made safe for
spreadsheets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from typing import TYPE_CHECKING, Any

from analysis.cli import check_output
from analysis.errors import DebriefError
from analysis.files import write_output
from analysis.memory import paused_collector

if TYPE_CHECKING:
    import pandas as pd

CSV_COLUMNS: tuple[str, ...] = ("id", "theme", "polarity", "evidence", "cues")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `tag` subcommand."""
    parser = sub.add_parser(
        "tag",
        help="tag feedback notes with themes (strength / improvement, with evidence)",
        description="Tag each note in a CSV or Excel file with themes, offline.",
    )
    parser.add_argument("file", metavar="FILE", help="CSV or .xlsx file with one note per row")
    parser.add_argument("--text-column", metavar="COLUMN", required=True,
                        help="column holding the notes")
    parser.add_argument("--id-column", metavar="COLUMN",
                        help="column whose value identifies each row")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--sheet", metavar="NAME", help="worksheet to read (Excel files)")
    parser.add_argument("--codebook", metavar="PATH",
                        help="your own codebook folder or TOML file")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write here instead of standard output")
    parser.set_defaults(func=run)


_JSON_LINE = json.JSONEncoder(ensure_ascii=False)
# A JSON string as that encoder writes it (the same C function it calls for each string).
_JSON_STRING = json.encoder.encode_basestring


def run(args: argparse.Namespace) -> int:
    """Read the file, tag every row's note, write jsonl or csv."""
    import pandas as pd

    from analysis.codebook import load_codebook
    from analysis.pipeline import read_files, tag_table

    check_output(args.output, [args.file])
    [(_, data)] = read_files([args.file])
    frame = read_table(data, str(args.file), args.sheet)
    for column in filter(None, (args.text_column, args.id_column)):
        if column not in frame.columns:
            columns = ", ".join(f"'{c}'" for c in frame.columns)
            raise DebriefError(
                f"The file has no column '{column}'; its columns are {columns}: "
                "pass one of them with --text-column / --id-column."
            )
    table = frame.reset_index(drop=True)
    # Plain lists, not Series.map: pandas 3 infers a string dtype from the mapped values and
    # turns an empty cell's None into NaN, which is no JSON value.
    notes = pd.Series([_as_text(v) for v in table[args.text_column].tolist()], dtype=object)
    ids = (
        [_json_value(v) for v in table[args.id_column].tolist()]
        if args.id_column
        else list(range(1, len(table) + 1))
    )
    codebook = load_codebook(args.codebook) if args.codebook else None
    mentions = tag_table(pd.DataFrame({"text": notes}), codebook=codebook, text_column="text")
    row_ids = [ids[r] for r in mentions["row"]]
    mentions = mentions.assign(id=pd.Series(row_ids, index=mentions.index, dtype=object))
    if args.format == "csv":
        write_output(format_csv(mentions), args.output)
    else:
        write_output(format_jsonl(mentions, ids), args.output)
    return 0


def read_table(data: bytes, filename: str, sheet: str | None) -> pd.DataFrame:
    """The file's rows, read (and guarded) like any log by readers.read_raw."""
    from analysis.read import read_raw

    return read_raw(data, filename, sheet).frame


def format_jsonl(mentions: pd.DataFrame, ids: list[Any]) -> str:
    """One JSON object per input row, rows without mentions included, written as
    ``json.JSONEncoder(ensure_ascii=False)`` writes them: each mention is joined from its
    encoded strings (a cohort file has tens of thousands), not built as a dict and walked."""
    by_row: dict[int, list[str]] = {}
    # Plain column lists, not itertuples: a cohort file has tens of thousands of mentions.
    columns = [mentions[c].tolist() for c in ("row", "theme", "polarity", "evidence", "cues")]
    string = _JSON_STRING
    heads: dict[tuple[str, str], str] = {}  # (theme, polarity): few and repeated, encoded once
    cue_lists: dict[tuple[str, ...], str] = {}  # the same cue words recur over a cohort
    with paused_collector():  # a list per row, none in a cycle: nothing to collect
        for row, theme, polarity, evidence, cues in zip(*columns, strict=True):
            head = heads.get((theme, polarity))
            if head is None:
                head = f'{{"theme": {string(theme)}, "polarity": {string(polarity)}, "evidence": '
                heads[theme, polarity] = head
            cue_list = cue_lists.get(cues)
            if cue_list is None:
                cue_list = cue_lists[cues] = ", ".join([string(c) for c in cues])
            by_row.setdefault(int(row), []).append(
                f'{head}{string(evidence)}, "cues": [{cue_list}]}}'
            )
        return "".join(
            f'{{"id": {_json_id(row_id)}, "mentions": [{", ".join(by_row.get(n, ()))}]}}\n'
            for n, row_id in enumerate(ids)
        )


def _json_id(row_id: Any) -> str:
    """A row's id as JSON (a plain int written directly, as the encoder writes it)."""
    return str(row_id) if type(row_id) is int else _JSON_LINE.encode(row_id)


def format_csv(mentions: pd.DataFrame) -> str:
    """One row per mention, cues joined by '; ', cells safe to open in a spreadsheet."""
    from analysis.export.safe import neutralise_frame

    out = mentions.assign(
        cues=mentions["cues"].map("; ".join),
        polarity=mentions["polarity"].astype(str),
        id=["" if v is None else str(v) for v in mentions["id"].tolist()],
    )
    return neutralise_frame(out.loc[:, list(CSV_COLUMNS)]).to_csv(index=False, lineterminator="\n")


def _as_text(value: object) -> str | None:
    """A cell as note text: numbers and dates as written, empty cells as None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _json_value(value: object) -> Any:
    """An id cell as a JSON value (whole floats from Excel become integers)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (int, float, str, bool)):
        return value
    return str(value)
