"""Within a sentence: a verdict the writer is unsure of, then the same theme judged outright.

"I'm not sure 'arrogant' is fair, but you certainly didn't come across as humble", "I'm not
sure the jeans were a deliberate choice, but they didn't help": a verdict read through the
writer's own uncertainty ("not sure", ``[negation] unsure_hedges``) only sets up what the
sentence goes on to say of the same theme; when a later verdict of the sentence judges that
theme the other way, that is the writer's meaning and the unsure one is no verdict. (A plain
denial keeps its verdict: "You weren't rude, but you weren't especially engaged" is both.)
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words


def settle_denials(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without a negated verdict that a later verdict of its theme contradicts."""
    if len(found) < 2:
        return found
    unsure = words.unsure_hedges
    at = {id(f): sentence.find(f[2]) for f in found}
    out: list[Found] = []
    for f in found:
        theme, sign, evidence, cues = f
        start = at[id(f)]
        if start >= 0 and any(c.lower() in unsure for c in cues) and any(
            g[0] == theme and g[1] == -sign and at[id(g)] > start
            and at[id(g)] >= start + len(evidence) - 1
            for g in found
        ):
            continue
        out.append(f)
    return out
