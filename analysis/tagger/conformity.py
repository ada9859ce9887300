"""Within a sentence: a negated conformity judges what came before it, not the standard named.

"Your attire was not found to be in accordance with the formal dress code expected", "the
behaviour of the candidate ... was not in accordance with the standards of courtesy expected",
"(t-shirt and sandals), which is not in line with the dress code expected for the officer
cadre": the words after the conformity phrase, up to the clause's end, name the standard the
candidate fell short of. A praise word in the standard ('formal', 'courtesy') is the
standard's, so its verdict is the fault of that theme; a fault of another theme read only from
the frame ('the officer', 'a team leader') names the standard's owner, and is dropped when a
verdict before the frame says what fell short.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.spans import clause_span
from analysis.tagger.words import Words, alternation, compiled

_BOUNDS = ",;:.!?"


def _pattern(words: Words) -> re.Pattern[str]:
    """A negator, up to four words, then a conformity phrase."""
    negators, phrases = alternation(words.plain_negators), alternation(words.conformity_phrases)
    return re.compile(rf"(?:\b(?:{negators})\b|n't\b)(?:\s+\S+){{0,4}}?\s+(?:{phrases})\b", re.I)


def _phrases(words: Words) -> re.Pattern[str]:
    """A conformity phrase alone (the pass's cheap exit)."""
    return re.compile(rf"\b(?:{alternation(words.conformity_phrases)})\b", re.I)


def _cue_spans(sentence: str, verdict: Found) -> list[tuple[int, int]]:
    """Where each of the verdict's cue words first sits in the sentence."""
    return [(k, k + len(cue)) for cue in verdict[3] if (k := sentence.find(cue)) >= 0]


def conformed_standards(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the standard's praise read as the fault and the frame's own faults of
    another theme dropped, for each negated conformity in the sentence."""
    if not found or not compiled(words, _phrases).search(sentence):
        return found
    frames = []
    for m in compiled(words, _pattern).finditer(sentence):
        _, hi = clause_span(sentence, m.end(), m.end(), _BOUNDS)
        frames.append((m.start(), m.end(), hi))
    if not frames:
        return found
    out: list[Found] = []
    for f in found:
        at = _cue_spans(sentence, f)
        for start, standard, end in frames:
            if f[1] > 0 and any(standard <= a and b <= end for a, b in at):
                f = (f[0], -1, f[2], f[3])
            elif f[1] < 0 and at and all(start <= a and b <= end for a, b in at):
                if _fault_before(sentence, found, f, start):
                    f = ("", 0, f[2], f[3])
        if f[0] and not any(o[0] == f[0] and o[1] == f[1] for o in out):
            out.append(f)
    return out


def _fault_before(sentence: str, found: list[Found], f: Found, start: int) -> bool:
    """True when a verdict of another theme has a cue before the frame at ``start``."""
    return any(o[0] != f[0] and any(a < start for a, _ in _cue_spans(sentence, o)) for o in found)
