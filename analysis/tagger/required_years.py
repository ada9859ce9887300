"""Within a sentence: a stated requirement in years is the experience gap, whatever its field.

"recruiter says they want 5+ yrs in GMP manufacturing", "they want 3+ yrs in a level 1 trauma
center": the years the employer wants are time in a role, so the want's fault is the record,
not the skill a field word after it ("GMP", "a level") would read it as. A fault whose cues all
sit in the requirement's clause moves to the record theme; praise and other clauses keep theirs.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled

_BOUNDS = ",;:.!?"


def _pattern(words: Words) -> re.Pattern[str]:
    """A want, a number of years (within three words) and the years' unit."""
    wants, units = alternation(words.required_wants), alternation(words.required_units)
    return re.compile(
        rf"\b(?:{wants})\b(?:\s+\S+){{0,3}}?\s+(?:at\s+least\s+)?\d+\s*\+?\s*(?:{units})\b",
        re.I,
    )


def required_years(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the faults read in a years requirement given to the record theme."""
    record = words.roles.record
    if not any(t != record and s < 0 for t, s, *_ in found) or not (
        "yr" in sentence or "year" in sentence
    ):
        return found
    spans = [_clause(sentence, m.start()) for m in compiled(words, _pattern).finditer(sentence)]
    if not spans:
        return found
    out: list[Found] = []
    for f in found:
        if f[0] != record and f[1] < 0 and _inside(sentence, f, spans):
            f = (record, -1, f[2], f[3])
        if not any(o[0] == f[0] and o[1] == f[1] for o in out):
            out.append(f)
    return out


def _clause(sentence: str, start: int) -> tuple[int, int]:
    """From ``start`` on to the clause's end (the next comma, semicolon, colon or stop)."""
    ends = [k for k in (sentence.find(c, start) for c in _BOUNDS) if k >= 0]
    lo = max(sentence.rfind(c, 0, start) for c in ",;:") + 1
    return lo, min(ends) if ends else len(sentence)


def _inside(sentence: str, verdict: Found, spans: list[tuple[int, int]]) -> bool:
    """True when every cue of ``verdict`` found in ``sentence`` sits within one of ``spans``."""
    at = [(k, k + len(cue)) for cue in verdict[3] if (k := sentence.find(cue)) >= 0]
    if not at:
        return False
    return any(all(lo <= a and b <= hi for a, b in at) for lo, hi in spans)
