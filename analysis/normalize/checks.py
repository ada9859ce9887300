"""Refuse a column mapping that makes nonsense: most of a column unreadable for its field."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from analysis.errors import DebriefError
from analysis.normalize.cells import DATA, NUMBER, read_cells
from analysis.normalize.dates import parse_dates
from analysis.normalize.mapping import STAGE_COLUMN, validate_mapping
from analysis.normalize.vocab import UNRECOGNISED, Vocabulary, fold, load_vocabulary, stage_of_text
from analysis.schema import (
    APPLIED_DATE,
    COMPANY,
    EVENT_DATE,
    FEEDBACK,
    FEEDBACK_CHANNEL,
    FEEDBACK_SOURCE,
    FIELD_LABELS,
    INTERVIEWER,
    OUTCOME,
    ROLE,
    ROUND,
    STAGE,
    STAGE_LABELS,
)

Reader = Callable[[str], bool]  # folded text -> can the field read it?
_DIGIT = "0123456789"


def _known_stage(folded: str, vocab: Vocabulary) -> bool:
    return stage_of_text(folded, vocab) not in (None, UNRECOGNISED)


def text_readers(vocab: Vocabulary) -> dict[str, tuple[Reader, str]]:
    """Return, for each field read from words, how to tell a readable value and what it is."""
    outcome = vocab.outcomes.match
    source, channel = vocab.sources.match, vocab.channels.match
    return {
        STAGE: (lambda f: _known_stage(f, vocab) or outcome(f) is not None,
                "stages such as 'Phone screen' or 'Final'"),
        ROUND: (lambda f: any(c in f for c in _DIGIT) or _known_stage(f, vocab),
                "round numbers"),
        OUTCOME: (lambda f: outcome(f) is not None or _known_stage(f, vocab),
                  "outcomes such as 'rejected' or 'moved forward'"),
        FEEDBACK_SOURCE: (lambda f: source(f) is not None or channel(f) is not None,
                          "feedback sources such as 'recruiter' or 'mock interview'"),
        FEEDBACK_CHANNEL: (lambda f: channel(f) is not None or source(f) is not None,
                           "channels such as 'email' or 'phone'"),
    }


def unreadable(values: pd.Series, field: str, vocab: Vocabulary) -> tuple[np.ndarray, str]:
    """Return which filled cells the field cannot read, and what it reads instead.

    >>> from analysis.normalize.vocab import load_vocabulary
    >>> unreadable(pd.Series(["Acme", "no reply", None]), "outcome", load_vocabulary())[0]
    array([ True, False, False])
    """
    cells = read_cells(values.to_frame("cells"), vocab)
    text, kinds = cells.text["cells"], cells.kinds[:, 0]
    filled = text.notna().to_numpy()
    if field in (APPLIED_DATE, EVENT_DATE) or field.startswith(STAGE_COLUMN):
        bad = parse_dates(cells.values["cells"], vocab).bad.to_numpy()
        if field.startswith(STAGE_COLUMN):  # ticks, crosses and outcomes say "reached" too
            folded = text.map(lambda v: fold(v) if isinstance(v, str) else "")
            words = folded.isin(vocab.ticks | vocab.not_reached) | folded.map(
                lambda f: vocab.outcomes.match(f) is not None)
            bad = bad & ~words.to_numpy()
        return bad & filled, "dates" if not field.startswith(STAGE_COLUMN) else "dates or ticks"
    if field in (COMPANY, ROLE, INTERVIEWER, FEEDBACK):
        dated = parse_dates(cells.values["cells"], vocab).values.notna().to_numpy()
        return ((kinds == NUMBER) | (kinds == DATA) | dated) & filled, "names or words"
    readers = text_readers(vocab)
    if field not in readers:
        return np.zeros(len(text), dtype=bool), ""
    readable, what = readers[field]
    verdict = {v: readable(fold(v)) for v in text.dropna().unique()}
    return text.map(lambda v: not verdict[v] if isinstance(v, str) else False).to_numpy(
        dtype=bool), what


def field_label(field: str) -> str:
    """Return a field as a person reads it, with its article.

    >>> field_label("event_date"), field_label("stage:final_round")
    ('the interview date', 'the Final round stage column')
    """
    if field.startswith(STAGE_COLUMN):
        return f"the {STAGE_LABELS.get(field[len(STAGE_COLUMN):], field)} stage column"
    return f"the {FIELD_LABELS.get(field, field).lower()}"


def check_mapping(
    raw: pd.DataFrame, mapping: dict[str, str], columns: Iterable[str] | None = None
) -> None:
    """Refuse a mapping under which most of a column's filled values cannot be read.

    ``columns`` limits the check (say, to the columns a person just chose a field for);
    every mapped column by default. One DebriefError sentence names the column and field.

    >>> raw = pd.DataFrame({"Company": ["Acme Health", "Beta"], "Date": ["2026-01-05", None]})
    >>> check_mapping(raw, {"Company": "event_date", "Date": ""})
    Traceback (most recent call last):
    ...
    analysis.errors.DebriefError: Column 'Company' cannot be read as the interview date \
(event_date): 2 of its 2 values, such as 'Acme Health', are not dates; choose another \
field for it, or none.
    """
    vocab = load_vocabulary()
    mapping = validate_mapping(mapping, [str(c) for c in raw.columns])
    for column in columns if columns is not None else mapping:
        field = mapping.get(column, "")
        if not field:
            continue
        bad, what = unreadable(raw[column], field, vocab)
        filled = int(read_cells(raw[[column]], vocab).text[column].notna().sum())
        if filled and bad.sum() * 2 > filled:
            example = raw[column][bad].iloc[0]
            raise DebriefError(
                f"Column '{column}' cannot be read as {field_label(field)} ({field}): "
                f"{int(bad.sum())} of its {filled} values, such as '{example}', are not {what}; "
                "choose another field for it, or none."
            )
