"""Paired headers: "Strengths/Development:", "Done well / Do differently" set up two columns.

A title that pairs a strengths header with an improvements header across a slash is the
layout of what follows, not one header: the second half's sign does not rule the list.
Each row after it ("strong SQL / no banking exposure; good listener / answers too long", a
table line "Clear structure / Pace") reads its part before the slash under the first header
and its part after under the second; a row with no slash is read by its own words. The
columns last while the sentences keep their slashes.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Token

COLUMNS = 3  # |mode| of a two-column layout; its sign is the first column's
_ROW_ENDS = frozenset({";", "|"})
_CLOSERS = frozenset({":", "-", "--", "---", ".", "|"})


def paired_header(lex: Lexicon, tokens: list[Token]) -> tuple[int, int] | None:
    """(first token after the title, mode) when the sentence opens on headers joined by
    slashes ("Keep / Change", "strengths/development:"); None when it does not."""
    signs: list[int] = []
    k = 0
    while True:
        j = k
        while j < len(tokens) and tokens[j].is_word:
            j += 1
        sign = lex.headers.get(" ".join(t.surface for t in tokens[k:j])) if j > k else None
        if not sign:
            return None
        signs.append(sign)
        if j < len(tokens) and tokens[j].surface == "/":
            k = j + 1
            continue
        if len(signs) < 2 or (j < len(tokens) and tokens[j].surface not in _CLOSERS):
            return None
        if len(signs) == 2 and signs[0] != signs[1]:
            return min(j + 1, len(tokens)), COLUMNS * signs[0]
        return min(j + 1, len(tokens)), 0


def sentence_mode(tokens: list[Token], mode: int) -> int:
    """The columns go on only while a sentence has a slash in it."""
    if abs(mode) == COLUMNS and not any(t.surface == "/" for t in tokens):
        return 0
    return mode


def column_mode(tokens: list[Token], start: int, mode: int, floor: int) -> int:
    """The header mode of a clause starting at ``start`` under two columns: the first
    header's before the row's slash, the second's after it, none in a row without one
    (a row starts no earlier than ``floor``, the end of the title); a column's mode keeps
    its size, so an order in the first column is one to keep doing."""
    if abs(mode) != COLUMNS:
        return mode
    row = start
    while row > floor and tokens[row - 1].surface not in _ROW_ENDS:
        row -= 1
    end = start
    while end < len(tokens) and tokens[end].surface not in _ROW_ENDS:
        end += 1
    slashes = [k for k in range(row, end) if tokens[k].surface == "/"]
    if not slashes:
        return 0
    return mode if start <= slashes[0] else -mode
