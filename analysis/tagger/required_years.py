"""Within a sentence: a stated requirement in years is the experience gap, whatever its field.

"recruiter says they want 5+ yrs in GMP manufacturing", "they want 3+ yrs in a level 1 trauma
center": the years the employer wants are time in a role, so the want's fault is the record,
not the skill a field word after it ("GMP", "a level") would read it as. A fault whose cues all
sit in the requirement's clause moves to the record theme; praise and other clauses keep theirs.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.spans import clause_span, cues_within
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
    matches = compiled(words, _pattern).finditer(sentence)
    spans = [clause_span(sentence, m.start(), m.start(), _BOUNDS) for m in matches]
    if not spans:
        return found
    out: list[Found] = []
    for f in found:
        if f[0] != record and f[1] < 0 and cues_within(sentence, f, spans):
            f = (record, -1, f[2], f[3])
        if not any(o[0] == f[0] and o[1] == f[1] for o in out):
            out.append(f)
    return out
