"""Character spans of a sentence that sentence passes share: the clause around a match, and
whether a verdict's cue words all sit inside one of several such spans."""

from __future__ import annotations

from analysis.tagger.model import Found

CLAUSE_MARKS = ",;:"


def clause_span(sentence: str, start: int, end: int, ends: str = CLAUSE_MARKS) -> tuple[int, int]:
    """The clause around ``start``..``end``: back to the comma, colon or semicolon before it,
    on to the first of ``ends`` after ``end``.

    >>> s = "Strong on rotas; DBS to follow, start in May"
    >>> s[slice(*clause_span(s, 17, 20))]
    ' DBS to follow'
    """
    lo = max(sentence.rfind(c, 0, start) for c in CLAUSE_MARKS) + 1
    stops = [k for k in (sentence.find(c, end) for c in ends) if k >= 0]
    return lo, min(stops) if stops else len(sentence)


def cues_within(sentence: str, verdict: Found, spans: list[tuple[int, int]]) -> bool:
    """True when every cue of ``verdict`` found in ``sentence`` sits within one of ``spans``."""
    at = [(k, k + len(cue)) for cue in verdict[3] if (k := sentence.find(cue)) >= 0]
    if not at:
        return False
    return any(all(lo <= a and b <= hi for a, b in at) for lo, hi in spans)
