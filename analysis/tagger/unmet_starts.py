"""Within a sentence: a start the candidate offers, set against what the employer requires.

"The candidate's availability for joining is stated as three months after acceptance, whereas
the department requires the joining within thirty days", "is available for the taking up of
duties only as from the first of January, whereas the department has need of reinforcement
with immediate effect", "would be disponible ... only from September, whereas the service
requires an entry into function in June": a start word before a contrast ('whereas', 'while')
whose clause states the employer's need is a term that does not meet, a logistics fault. A
logistics verdict the sentence has (a praise read from 'within' or 'availability') becomes that
fault; without one, the fault is added.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a contrast, then within its clause a need verb; a start word as a word)."""
    contrasts, needs = alternation(words.unmet_contrasts), alternation(words.unmet_needs)
    contrast = re.compile(rf"\b(?:{contrasts})\b[^.;:!?]*?\b(?:{needs})\b", re.I)
    start = re.compile(rf"\b(?:{alternation(words.unmet_starts)})\b", re.I)
    return contrast, start


def unmet_starts(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the logistics verdict a fault when a start meets a stated need."""
    lowered = sentence.lower()
    if not any(w in lowered for w in words.unmet_contrasts):
        return found
    contrast_re, start_re = compiled(words, _patterns)
    contrast = contrast_re.search(sentence)
    if contrast is None:
        return found
    offered = start_re.search(sentence, 0, contrast.start())
    if offered is None:
        return found
    terms = words.roles.terms
    if not any(f[0] == terms for f in found):
        said = sentence.strip()
        return [*found, (terms, -1, said, (offered.group(0), "(terms)"))]
    out: list[Found] = []
    for f in found:
        if f[0] == terms:
            f = (terms, -1, f[2], f[3])
        if not any(o[0] == f[0] and o[1] == f[1] for o in out):
            out.append(f)
    return out
