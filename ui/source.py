"""The sidebar's data source: the uploader, the sheet and encoding pickers, and the sample.

The person's choices about how files are read (columns on *Your data*, a sheet, a text
encoding) are one ``Choices`` value. The last choices that gave a readable log are kept:
a choice that makes the log unreadable is undone with one sentence, and the upload stays.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from analysis.errors import DebriefError
from analysis.schema import SOURCE_LABELS
from ui import state
from ui.cache import Files, digest_files, digest_text, freeze, import_cached, sheets_cached
from ui.escape import md
from ui.pipeline import ENCODINGS, Choices
from ui.state import Loaded

# What the importer reads (analysis.read), plus look-alikes (.xls, .ods) it refuses with a
# sentence saying how to convert them: better than the browser silently greying them out.
UPLOAD_TYPES = ["csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xltx", "xltm", "xls", "ods"]
TEXT_TYPES = (".csv", ".tsv", ".txt", ".tab")
CHOICE_NAMES = {"overrides": "column", "sheets": "sheet", "encoding": "encoding"}


def uploads() -> list[Any]:
    """The UploadedFile objects in the sidebar uploader (bytes are read only when needed)."""
    return list(st.session_state.get(state.KEY_UPLOAD) or [])


def read_uploads(files: Sequence[Any]) -> Callable[[], Files]:
    """A reader of (name, bytes) pairs: copying a large upload on every rerun would cost."""
    return lambda: tuple((f.name, f.getvalue()) for f in files)


def sample_files() -> Files:
    """The bundled sample log, as an upload of one file."""
    return ((state.SAMPLE_PATH.name, state.SAMPLE_PATH.read_bytes()),)


def digest_uploads(files: Sequence[Any]) -> str:
    """Digest uploads, remembering digests by upload id so a rerun never re-hashes bytes."""
    memo: dict[str, str] = st.session_state.setdefault(state.KEY_DIGESTS, {})
    ids = "|".join(str(getattr(f, "file_id", f.name)) for f in files)
    if ids not in memo:
        memo.clear()
        memo[ids] = digest_files(read_uploads(files)())
    return memo[ids]


def current_choices() -> Choices:
    """The choices in session state now (columns, sheets, encoding)."""
    return Choices(
        overrides=freeze(st.session_state.get(state.KEY_OVERRIDES)),
        sheets=freeze(st.session_state.get(state.KEY_SHEETS)),
        encoding=st.session_state.get(state.KEY_ENCODING) or "",
    )


def restore_choices(choices: Choices) -> None:
    """Put ``choices`` back in session state (before the widgets showing them are drawn)."""
    st.session_state[state.KEY_OVERRIDES] = choices.overrides_by_file()
    st.session_state[state.KEY_SHEETS] = choices.sheets_by_file()
    st.session_state[state.KEY_ENCODING] = choices.encoding


def changed_choice(before: Choices, after: Choices) -> str:
    """Which kind of choice differs: "column", "sheet" or "encoding".

    >>> changed_choice(Choices(), Choices(encoding="cp1250"))
    'encoding'
    """
    for name, word in CHOICE_NAMES.items():
        if getattr(before, name) != getattr(after, name):
            return word
    return "column"


def load(
    files_digest: str, read: Callable[[], Files], names: tuple[str, ...], label: str,
    is_sample: bool, choices: Choices, today: dt.date | None = None,
) -> Loaded:
    """Import and describe the files (or return this session's last import of the same).

    ``today`` moves every date so the latest sits just before it (the sample, so it always
    looks current: follow-ups due, nothing "too late to ask"); it is part of the key.
    """
    key = digest_text(files_digest, choices, today)
    cached: Loaded | None = st.session_state.get(state.KEY_LOADED)
    if cached is not None and cached.key == key:
        return cached
    refused: dict[str, str] = st.session_state.setdefault(state.KEY_REFUSED, {})
    if key in refused:  # errors are not cached by st.cache_data: don't re-read a bad file
        raise DebriefError(refused[key])
    try:
        result, sheets = import_cached(key, read(), choices)
    except DebriefError as exc:
        refused.clear()
        refused[key] = str(exc)
        raise
    if today is not None:
        from analysis.pipeline import shift_dates

        result = dataclasses.replace(result, table=shift_dates(result.table, today))
    loaded = describe(result, key=key, label=label, is_sample=is_sample, files=names)
    loaded.sheet_options = sheets
    st.session_state[state.KEY_LOADED] = loaded
    return loaded


def describe(result: Any, **fields: Any) -> Loaded:
    """The Loaded record of an import: its totals, span and sources, computed once."""
    from analysis.filters import date_bounds
    from analysis.metrics import headline_numbers
    from ui.cohort import cohort_info

    sources = result.table["feedback_source"].value_counts()
    return Loaded(
        result=result,
        totals=headline_numbers(result.table),
        counts=result.counts(),
        date_bounds=date_bounds(result.table),
        sources_present=[s for s in SOURCE_LABELS if sources.get(s, 0) > 0],
        cohort=cohort_info(result.table),
        **fields,
    )


def load_sample() -> Loaded:
    """The bundled sample, read as the importer reads any log, its dates moved up to today."""
    files = sample_files()
    return load(digest_files(files), lambda: files, (state.SAMPLE_PATH.name,),
                state.SAMPLE_LABEL, True, Choices(), today=dt.date.today())


def start_fresh(files_digest: str) -> None:
    """A new set of files: forget the choices made for the previous one."""
    if st.session_state.get(state.KEY_OVERRIDES_FOR) != files_digest:
        restore_choices(Choices())
        st.session_state[state.KEY_GOOD_CHOICES] = Choices()
        st.session_state[state.KEY_OVERRIDES_FOR] = files_digest


def load_upload(files: Sequence[Any]) -> Loaded:
    """Import the uploads with the person's choices, undoing a choice that breaks the log."""
    digest = digest_uploads(files)
    start_fresh(digest)
    names = tuple(f.name for f in files)
    label = names[0] if len(names) == 1 else f"{len(names)} files merged"
    read, choices = read_uploads(files), current_choices()
    try:
        loaded = load(digest, read, names, label, False, choices)
        st.session_state[state.KEY_GOOD_CHOICES] = choices
        return loaded
    except DebriefError as exc:
        error = str(exc)
    good: Choices = st.session_state.get(state.KEY_GOOD_CHOICES, Choices())
    if choices != good:
        # The person's last choice made the log unreadable: undo just that choice.
        restore_choices(good)
        try:
            loaded = load(digest, read, names, label, False, good)
            what = changed_choice(good, choices)
            return dataclasses.replace(loaded, warning=f"That {what} choice was not applied: "
                                       f"{error}")
        except DebriefError:
            pass
    return dataclasses.replace(load_sample(), error=error)


def load_data() -> Loaded:
    """Render the sidebar's data source and return the imported data for this run."""
    with st.sidebar:
        st.header("Your log")
        limit = st.get_option("server.maxUploadSize")
        st.file_uploader(
            "Upload your interview log (CSV or Excel)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=state.KEY_UPLOAD,
            help=(
                f"Up to {limit} MB per file. Several files are merged (e.g. a LinkedIn "
                "applications export plus your own interview sheet). Files stay on this "
                "computer; nothing is sent anywhere."
            ),
        )
        pickers = st.container()
    files = uploads()
    if not files:
        st.session_state.pop(state.KEY_OVERRIDES, None)
        st.session_state.pop(state.KEY_OVERRIDES_FOR, None)
        return load_sample()
    loaded = load_upload(files)
    with pickers:
        sheet_pickers(loaded, files)
        encoding_picker(files)
    return loaded


def sheet_key(file_name: str) -> str:
    """The session-state key of a workbook's sheet picker."""
    return f"sheet::{file_name}"


def _on_sheet_change(file_name: str) -> None:
    """Record the person's sheet; the log is read again from it on this very rerun."""
    sheets = dict(st.session_state.get(state.KEY_SHEETS) or {})
    sheets[file_name] = st.session_state[sheet_key(file_name)]
    st.session_state[state.KEY_SHEETS] = sheets


def sheet_pickers(loaded: Loaded, files: Sequence[Any]) -> None:
    """A sheet picker for every workbook with more than one sheet that could be its log.

    Shown for a refused workbook too: the sheet the importer picked may be the wrong one.
    """
    if loaded.is_sample:
        options, read = sheets_cached(digest_uploads(files), read_uploads(files)()), {}
    else:
        options = loaded.sheet_options
        read = {f.source_file: f.sheet for f in loaded.result.files}
    chosen = st.session_state.get(state.KEY_SHEETS) or {}
    for name, sheets in options.items():
        if len(sheets) < 2:
            continue
        current = chosen.get(name) or read.get(name)
        # Mirror the sheet actually read (the importer's pick, or the person's).
        st.session_state[sheet_key(name)] = current if current in sheets else None
        st.selectbox(
            "Sheet to read" if len(options) == 1 else f"Sheet of {md(name)}", sheets,
            index=None, placeholder="Choose a sheet", key=sheet_key(name),
            on_change=_on_sheet_change, args=(name,),
            help="This workbook has more than one sheet that could be your log. Pick the "
            "one to read.",
        )


def encoding_picker(files: Sequence[Any]) -> None:
    """The text encoding of CSV uploads: detected, or the one the person picks."""
    if not any(f.name.lower().endswith(TEXT_TYPES) for f in files):
        return
    st.selectbox(
        "Text encoding (CSV files)", list(ENCODINGS), format_func=ENCODINGS.get,
        key=state.KEY_ENCODING,
        help="Debrief works out how your CSV's letters are encoded. If accented or non-Latin "
        "letters look wrong (such as 'Ã©' for 'é'), pick the encoding the file was saved in.",
    )
