"""Within a sentence: an answer method named as the object of a delivery fault is no praise.

"talked way too fast on the STAR ones", "Rushed the STAR answers, forgot the R": the method
names the answers the fault was in, not a preparation the note praises, so a preparation:+
cued by the method's name alone yields when a delivery fault's evidence holds that name.
"STAR answers landed" (no fault) keeps its praise; "STAR answers solid" has a verdict of its own.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, compiled, word_pattern


def _pattern(words: Words) -> re.Pattern[str]:
    """A method name alone as a cue."""
    return word_pattern(words.method_names)


def faulted_method(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without a preparation:+ cued by a method name alone when a delivery
    fault of the sentence holds that name in its evidence."""
    given = (words.roles.delivery, words.roles.composure)  # how the answers were given
    faults = [ev for t, s, ev, _ in found if t in given and s < 0]
    if not faults:
        return found
    method = compiled(words, _pattern)
    return [
        m
        for m in found
        if not (
            m[0] == words.roles.research
            and m[1] > 0
            and all(method.fullmatch(c) for c in m[3])
            and any(c in ev for c in m[3] for ev in faults)
        )
    ]
