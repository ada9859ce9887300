"""Within a sentence: lateness not announced or explained is the lateness, no second fault.

"It was observed by the panel that the candidate reported at the venue after the scheduled
time and did not offer any explanation for the same", "arrived at the venue with considerable
delay and did not inform the Reception in advance of same", "the interview commenced with a
delay of some twenty-five minutes, for which no explanation was offered": the notice or the
reason not given belongs to the late arrival, a logistics fault. A fault of another theme read
only from a negator and a notice word ('not' + 'explanation', 'not' + 'in advance') is dropped
when the sentence already has the logistics fault; a missing apology stays (apology.py).
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words


def _negator(words: Words, cue: str) -> bool:
    """True when ``cue`` is only a negator ('not', 'no', "didn't", 'without')."""
    low = cue.lower()
    return low in words.plain_negators or low.endswith("n't") or low == "without"


def unannounced_lateness(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without the notice-or-reason faults beside a logistics fault."""
    terms = words.roles.terms
    if len(found) < 2 or not any(f[0] == terms and f[1] < 0 for f in found):
        return found
    notices = words.unannounced_notices

    def unannounced(f: Found) -> bool:
        cues = [c.lower() for c in f[3]]
        return (
            any(c in notices for c in cues)
            and any(_negator(words, c) for c in cues)
            and all(c in notices or _negator(words, c) for c in cues)
        )

    return [f for f in found if f[0] == terms or f[1] > 0 or not unannounced(f)]
