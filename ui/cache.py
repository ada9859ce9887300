"""Cache keys, and the caches that use them.

A key names everything that shapes a result: every byte and name of the files, every choice
the person made (columns, sheets, encoding), the filters and the day. Underscored arguments
are not hashed by ``st.cache_data``, so each cached function takes a key built here instead;
two sessions share a result only when their inputs are the same.

- importing is cached on ``import_key`` (file bytes + names + choices);
- tagging is cached per chunk on the digest of exactly the frame the tagger is given;
- summaries and exports are cached on the view's key (import key + filters) and the day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

Files = tuple[tuple[str, bytes], ...]


def digest_files(files: Sequence[tuple[str, bytes]]) -> str:
    """Return a digest of file names and contents, length-prefixed so no two lists collide.

    >>> digest_files([("a.csv", b"x")]) == digest_files([("a.csv", b"x")])
    True
    >>> digest_files([("a.csv", b"xy")]) == digest_files([("a.csvx", b"y")])
    False
    """
    h = hashlib.sha256()
    for name, data in files:
        encoded = name.encode("utf-8", "surrogatepass")
        h.update(len(encoded).to_bytes(8, "big") + encoded + len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def digest_text(*parts: object) -> str:
    """Digest of the ``repr`` of plain values (str, int, tuples of them): stable across runs.

    >>> digest_text("a", ("b", 1)) == digest_text("a", ("b", 1)) != digest_text("a", ("b", 2))
    True
    """
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def freeze(mapping: Mapping[str, Any] | None) -> tuple:
    """Turn (nested) dicts into a hashable, order-independent tuple.

    >>> freeze({"b": {"y": "1", "x": "2"}, "a": "s"})
    (('a', 's'), ('b', (('x', '2'), ('y', '1'))))
    """
    return tuple(
        (str(k), freeze(v) if isinstance(v, Mapping) else v)
        for k, v in sorted((mapping or {}).items())
    )


def frame_digest(frame: pd.DataFrame) -> str:
    """Digest of a frame's every column (whatever its dtype), names, dtypes and index.

    Each column is hashed on its values as text *and* their types, so a mixed column holding
    ``1`` differs from one holding ``"1"`` (``hash_pandas_object`` alone would not tell them
    apart, and it skips nothing here).

    >>> a = pd.DataFrame({"x": [1, "1"]}); b = pd.DataFrame({"x": ["1", "1"]})
    >>> frame_digest(a) == frame_digest(b)
    False
    """
    h = hashlib.sha256(repr((list(map(str, frame.columns)), list(map(str, frame.dtypes))))
                       .encode("utf-8", "surrogatepass"))
    h.update(pd.util.hash_pandas_object(frame.index, index=False).to_numpy().tobytes())
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object:
            kinds = column.map(lambda v: type(v).__name__).astype("string")
            h.update(pd.util.hash_pandas_object(kinds, index=False).to_numpy().tobytes())
            column = column.map(repr, na_action="ignore").astype("string")
        h.update(pd.util.hash_pandas_object(column, index=False).to_numpy().tobytes())
    return h.hexdigest()


@st.cache_data(show_spinner="Reading your log...", max_entries=8)
def import_cached(key: str, _files: Files, _choices: Any) -> tuple[Any, dict[str, list[str]]]:
    """Import (and merge) the files, with each workbook's sheet options.

    ``key`` is ``digest_text`` of the files' digest and the choices: all that shapes the result.
    """
    from ui.pipeline import import_files, sheet_options

    result = import_files(_files, _choices)
    return result, sheet_options(_files, result)


@st.cache_data(show_spinner=False, max_entries=8)
def sheets_cached(files_digest: str, _files: Files) -> dict[str, list[str]]:
    """Each workbook's sheet options, for an upload the importer refused."""
    from ui.pipeline import sheet_options

    return sheet_options(_files, None)


@st.cache_resource(show_spinner="Loading the theme tagger...")
def tagger_cached() -> Any:
    """Build the tagger once per server process (it loads word lists and the codebook)."""
    from analysis.tagger import build_tagger

    return build_tagger()


@st.cache_resource
def codebook_cached() -> Any:
    """Load the codebook once per server process."""
    from analysis.codebook import load_codebook

    return load_codebook()
