"""Stage 7: tag a whole table, each distinct note once, in a process pool when it pays.

pandas and numpy load on the first table, not on import: ``debrief tag`` builds the tagger
while another process reads the file, and writes jsonl without a frame.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from analysis.codebook import Codebook
from analysis.errors import DebriefError
from analysis.memory import frozen_heap
from analysis.tagger.pipeline import Tagger, build_tagger, default_tagger

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Inputs smaller than this are tagged in-process: a pool costs more than it saves.
POOL_THRESHOLD = 3000
CHUNK_SIZE = 2000
# In-process, a stop request is checked this often (notes), so a closed session stops soon.
LOCAL_CHUNK_SIZE = 200

StopCheck = Callable[[], bool]


class TaggingStopped(Exception):
    """Raised by ``tag_feedback`` when its ``should_stop`` hook asks it to stop."""

_WORKER_TAGGER: Tagger | None = None


def _init_worker(codebook: Codebook, sentence_cache: bool) -> None:
    """Pool initializer: build the tagger once per worker process."""
    global _WORKER_TAGGER
    _WORKER_TAGGER = build_tagger(codebook)
    if not sentence_cache:
        _WORKER_TAGGER.sentence_cache = None


# Tagged texts travel as columns: mentions per text, then one entry per mention.
Columns = tuple[list[int], list[str], list[str], list[str], list[tuple[str, ...]]]


def tag_columns(tagger: Tagger, texts: list[str]) -> Columns:
    """Mentions of each text, as columns."""
    counts: list[int] = []
    themes: list[str] = []
    polarities: list[str] = []
    evidence: list[str] = []
    cues: list[tuple[str, ...]] = []
    for text in texts:
        mentions = tagger.tag_text(text)
        counts.append(len(mentions))
        for m in mentions:
            themes.append(m.theme)
            polarities.append(m.polarity)
            evidence.append(m.evidence)
            cues.append(m.cues)
    return counts, themes, polarities, evidence, cues


# What is made of each chunk of texts, in-process or in a worker: (tagger, texts) -> result.
ChunkReader = Callable[[Tagger, list[str]], Any]


def _read_chunk(read: ChunkReader, texts: list[str]) -> Any:
    """Worker side of the pool: ``read`` one chunk with the worker's tagger."""
    return read(_WORKER_TAGGER or default_tagger(), texts)


def start_pool(tagger: Tagger, n_workers: int) -> ProcessPoolExecutor:
    """A pool whose workers hold ``tagger``: inherited as built where processes fork (no
    second build of the lexicon per worker), built again from its codebook elsewhere."""
    global _WORKER_TAGGER
    if "fork" in multiprocessing.get_all_start_methods():
        _WORKER_TAGGER = tagger
        return ProcessPoolExecutor(n_workers, mp_context=multiprocessing.get_context("fork"))
    return ProcessPoolExecutor(
        max_workers=n_workers,
        initializer=_init_worker,
        initargs=(tagger.codebook, tagger.sentence_cache is not None),
    )


def chunked(texts: list[str], size: int) -> list[list[str]]:
    """``texts`` in consecutive chunks of ``size``.

    >>> chunked(["a", "b", "c"], 2)
    [['a', 'b'], ['c']]
    """
    return [texts[i : i + size] for i in range(0, len(texts), size)]


@contextmanager
def read_chunks(
    texts: list[str], tagger: Tagger, read: ChunkReader, workers: int | None, local_size: int
) -> Iterator[tuple[int, Iterable[Any]]]:
    """How many chunks, and ``read(tagger, chunk)`` of each in order: in a process pool when
    there are many texts and more than one core, whose chunks not yet started are cancelled
    when the block ends early (a stop, a failure)."""
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if n_workers <= 1 or len(texts) < POOL_THRESHOLD:
        chunks = chunked(texts, local_size)
        yield len(chunks), (read(tagger, chunk) for chunk in chunks)
        return
    chunks = chunked(texts, CHUNK_SIZE)
    with frozen_heap():  # the workers fork from here: their collections skip what they inherit
        pool = start_pool(tagger, n_workers)
        try:
            yield len(chunks), pool.map(partial(_read_chunk, read), chunks)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def tag_unique(
    texts: list[str],
    tagger: Tagger,
    progress: Callable[[float], None] | None,
    workers: int | None,
    should_stop: StopCheck | None = None,
) -> Columns:
    """Tag distinct texts, in a process pool when there are many and more than one core."""
    out: Columns = ([], [], [], [], [])
    local_size = LOCAL_CHUNK_SIZE if should_stop else CHUNK_SIZE
    with read_chunks(texts, tagger, tag_columns, workers, local_size) as (n_chunks, results):
        collect(results, out, n_chunks, progress, should_stop)
    return out


def collect(
    results: Iterable[Columns],
    out: Columns,
    n_chunks: int,
    progress: Callable[[float], None] | None,
    should_stop: StopCheck | None = None,
) -> None:
    """Append chunk results to ``out``, reporting progress after each chunk; raise
    ``TaggingStopped`` between chunks once ``should_stop()`` is true."""
    # Evidence and cues repeat across notes (shared sentences); keeping one copy of each
    # bounds memory on cohort-sized inputs whose results arrive from worker processes.
    shared: dict[Any, Any] = {}
    if should_stop and should_stop():
        raise TaggingStopped("Tagging was stopped before it started.")
    for n, (counts, themes, polarities, evidence, cues) in enumerate(results, 1):
        out[0].extend(counts)
        out[1].extend(themes)
        out[2].extend(polarities)
        out[3].extend([shared.setdefault(e, e) for e in evidence])
        out[4].extend([shared.setdefault(c, c) for c in cues])
        if progress:
            progress(n / n_chunks)
        if should_stop and n < n_chunks and should_stop():
            raise TaggingStopped(f"Tagging was stopped after {n} of {n_chunks} chunks.")


def tag_feedback(
    table: pd.DataFrame,
    tagger: Tagger | None = None,
    *,
    text_column: str = "feedback",
    progress: Callable[[float], None] | None = None,
    workers: int | None = None,
    should_stop: StopCheck | None = None,
) -> pd.DataFrame:
    """The mentions frame (schema.MENTION_COLUMNS) for every row with text, whatever its status.

    ``row`` is the input row's index label. Each distinct text is tagged once (cohort logs
    repeat notes) and its mentions are copied to every row holding it; big inputs use a
    process pool with ``workers`` processes (default: all cores), small ones run in-process.
    ``should_stop`` is called between chunks of notes; once it returns True the work stops
    (pending pool chunks are cancelled) and ``TaggingStopped`` is raised.

    >>> import pandas as pd
    >>> tag_feedback(pd.DataFrame({"feedback": pd.Series([None], dtype="string")})).empty
    True
    """
    import pandas as pd

    from analysis.schema import empty_mentions

    if text_column not in table.columns:
        columns = ", ".join(map(str, table.columns)) or "none"
        raise DebriefError(
            f"There is no '{text_column}' column to tag; the columns are: {columns}."
        )
    tagger = tagger or default_tagger()
    texts = table[text_column]
    notes = texts[has_text(texts)].astype(str)
    if notes.empty:
        if progress:
            progress(1.0)
        return empty_mentions()
    codes, unique = pd.factorize(notes.to_numpy())
    counts, themes, polarities, evidence, cues = tag_unique(
        list(unique), tagger, progress, workers, should_stop
    )
    return mentions_frame(notes.index, codes, (counts, themes, polarities, evidence, cues))


def mentions_frame(index: pd.Index, codes: np.ndarray, columns: Columns) -> pd.DataFrame:
    """Spread each distinct text's mentions over the rows that hold it."""
    import numpy as np
    import pandas as pd

    from analysis.schema import MENTION_COLUMNS, MENTION_DTYPES, empty_mentions

    counts, themes, polarities, evidence, cues = columns
    # Row r holds text codes[r], whose mentions sit at offsets[code] .. + counts[code].
    per_text = np.asarray(counts, dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(per_text)[:-1]))
    per_row = per_text[codes]
    total = int(per_row.sum())
    if total == 0:
        return empty_mentions()
    row_starts = np.repeat(np.cumsum(per_row) - per_row, per_row)
    take = np.repeat(offsets[codes], per_row) + (np.arange(total) - row_starts)
    cue_column = np.empty(len(cues), dtype=object)
    cue_column[:] = cues
    frame = pd.DataFrame(
        {
            "row": np.repeat(row_labels(index), per_row),
            "theme": np.asarray(themes, dtype=object)[take],
            "polarity": np.asarray(polarities, dtype=object)[take],
            "evidence": np.asarray(evidence, dtype=object)[take],
            "cues": cue_column[take],
        },
        columns=list(MENTION_COLUMNS),
    )
    return frame.astype({c: t for c, t in MENTION_DTYPES.items() if c != "cues"})


def has_text(texts: pd.Series) -> np.ndarray:
    """Which values are text with a visible character, for any dtype (an all-missing
    pyarrow string column included, where ``map(...).fillna(False)`` raises ArrowInvalid).

    >>> import pandas as pd
    >>> has_text(pd.Series([None, " ", "ok", 3], dtype=object)).tolist()
    [False, False, True, False]
    """
    import numpy as np

    values = texts.to_numpy(dtype=object, na_value=None)
    return np.fromiter(
        (isinstance(v, str) and not v.isspace() and v != "" for v in values),
        dtype=bool,
        count=len(values),
    )


def row_labels(index: pd.Index) -> np.ndarray:
    """Index labels as int64 (positions when the labels are not integers)."""
    import numpy as np
    import pandas as pd

    if pd.api.types.is_integer_dtype(index.dtype):
        return index.to_numpy(dtype="int64")
    return np.arange(len(index), dtype="int64")
