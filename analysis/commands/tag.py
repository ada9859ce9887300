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
import multiprocessing
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from analysis.cli import check_output
from analysis.errors import DebriefError
from analysis.files import write_output
from analysis.memory import paused_collector

if TYPE_CHECKING:
    import pandas as pd

    from analysis.tagger import Tagger

T = TypeVar("T")

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
    check_output(args.output, [args.file])
    with reading(read_notes, args.file, args.sheet, args.text_column, args.id_column) as read:
        from analysis.codebook import load_codebook
        from analysis.tagger import build_tagger

        # Built while the file is read (pandas, the reader) in another process where
        # processes fork; its errors, like the reader's, surface in the order they did.
        codebook = attempt(load_codebook, args.codebook) if args.codebook else None
        tagger = None if isinstance(codebook, Exception) else attempt(build_tagger, codebook)
        notes, ids, warned = read()
    for message in warned:
        warnings.warn(message, stacklevel=1)
    if isinstance(codebook, Exception):
        raise codebook
    texts = list(dict.fromkeys(n for n in notes if _has_text(n)))
    if texts and isinstance(tagger, Exception):
        raise tagger
    if args.format == "csv":
        write_output(format_csv(tagged_frame(notes, ids, tagger if texts else None)), args.output)
    else:
        encoded = dict(zip(texts, encoded_mentions(texts, tagger), strict=True))
        write_output(jsonl_lines(notes, ids, encoded), args.output)
    return 0


@contextmanager
def reading(read: Callable[..., T], *args: Any) -> Iterator[Callable[[], T]]:
    """``read(*args)`` in a forked process while the block goes on (at once where processes
    do not fork); the block calls what it is given for the result, or the reader's error."""
    if "fork" not in multiprocessing.get_all_start_methods():
        result = read(*args)
        yield lambda: result
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as reader:
        yield reader.submit(read, *args).result


def attempt(build: Callable[..., T], *args: Any) -> T | Exception:
    """``build(*args)``, or the error it raised, kept until the file has been read."""
    try:
        return build(*args)
    except Exception as exc:  # raised after the file's own errors, as when it was read first
        return exc


def read_notes(
    path: str, sheet: str | None, text_column: str, id_column: str | None
) -> tuple[list[str | None], list[Any], list[str]]:
    """Each row's note and id, and the warnings libraries raised reading them."""
    from analysis.pipeline import read_files

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [(_, data)] = read_files([path])
        frame = read_table(data, str(path), sheet)
        for column in filter(None, (text_column, id_column)):
            if column not in frame.columns:
                columns = ", ".join(f"'{c}'" for c in frame.columns)
                raise DebriefError(
                    f"The file has no column '{column}'; its columns are {columns}: "
                    "pass one of them with --text-column / --id-column."
                )
        table = frame.reset_index(drop=True)
        # Plain lists, not Series.map: pandas 3 infers a string dtype from the mapped values
        # and turns an empty cell's None into NaN, which is no JSON value.
        notes = [_as_text(v) for v in table[text_column].tolist()]
        ids = (
            [_json_value(v) for v in table[id_column].tolist()]
            if id_column
            else list(range(1, len(table) + 1))
        )
    return notes, ids, [str(w.message) for w in caught]


def read_table(data: bytes, filename: str, sheet: str | None) -> pd.DataFrame:
    """The file's rows, read (and guarded) like any log by readers.read_raw."""
    from analysis.read import read_raw

    return read_raw(data, filename, sheet).frame


def tagged_frame(notes: list[str | None], ids: list[Any], tagger: Tagger | None) -> pd.DataFrame:
    """The mentions frame of every row's note, with the row's id (``tagger`` None: no text)."""
    import pandas as pd

    from analysis.schema import empty_mentions
    from analysis.tagger import tag_feedback

    if tagger is None:
        mentions = empty_mentions()
    else:
        table = pd.DataFrame({"text": pd.Series(notes, dtype=object)})
        mentions = tag_feedback(table, tagger, text_column="text")
    row_ids = [ids[r] for r in mentions["row"]]
    return mentions.assign(id=pd.Series(row_ids, index=mentions.index, dtype=object))


def encoded_mentions(texts: list[str], tagger: Tagger) -> list[str]:
    """Each distinct text's mentions as its jsonl line lists them, encoded in the pool's
    workers (``encode_chunk``) as they tag."""
    from analysis.tagger.batch import CHUNK_SIZE, read_chunks

    out: list[str] = []
    with read_chunks(texts, tagger, encode_chunk, None, CHUNK_SIZE) as (_, results):
        for part in results:
            out.extend(part)
    return out


def encode_chunk(tagger: Tagger, texts: list[str]) -> list[str]:
    """Tag each text and write its mentions as ``json.JSONEncoder(ensure_ascii=False)``
    writes them, joined from encoded strings, not built as dicts for the encoder to walk."""
    string = _JSON_STRING
    heads: dict[tuple[str, str], str] = {}  # (theme, polarity): few and repeated, encoded once
    cue_lists: dict[tuple[str, ...], str] = {}  # the same cue words recur over a cohort
    out: list[str] = []
    for text in texts:
        parts = []
        for m in tagger.tag_text(text):
            head = heads.get((m.theme, m.polarity))
            if head is None:
                head = (
                    f'{{"theme": {string(m.theme)}, "polarity": {string(m.polarity)}, '
                    '"evidence": '
                )
                heads[m.theme, m.polarity] = head
            cue_list = cue_lists.get(m.cues)
            if cue_list is None:
                cue_list = cue_lists[m.cues] = ", ".join([string(c) for c in m.cues])
            parts.append(f'{head}{string(m.evidence)}, "cues": [{cue_list}]}}')
        out.append(", ".join(parts))
    return out


def jsonl_lines(notes: list[str | None], ids: list[Any], encoded: dict[str, str]) -> str:
    """One JSON object per input row, rows without mentions included."""
    with paused_collector():  # strings only, none in a cycle: nothing to collect
        return "".join(
            f'{{"id": {_json_id(row_id)}, "mentions": [{encoded.get(note, "")}]}}\n'
            for note, row_id in zip(notes, ids, strict=True)
        )


def format_csv(mentions: pd.DataFrame) -> str:
    """One row per mention, cues joined by '; ', cells safe to open in a spreadsheet."""
    from analysis.export.safe import neutralise_frame

    out = mentions.assign(
        cues=mentions["cues"].map("; ".join),
        polarity=mentions["polarity"].astype(str),
        id=["" if v is None else str(v) for v in mentions["id"].tolist()],
    )
    return neutralise_frame(out.loc[:, list(CSV_COLUMNS)]).to_csv(index=False, lineterminator="\n")


def _json_id(row_id: Any) -> str:
    """A row's id as JSON (a plain int written directly, as the encoder writes it)."""
    return str(row_id) if type(row_id) is int else _JSON_LINE.encode(row_id)


def _has_text(note: str | None) -> bool:
    """True for a note with a visible character (as ``batch.has_text`` reads a column)."""
    return bool(note) and not note.isspace()


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
