"""Within a sentence: honesty conceded before the attitude fault it came with.

"My answer on why I'm leaving was honest but probably too negative about my boss", "Was honest
about leaving my last firm because of my manager - came off as badmouthing": the candour is
the occasion of the fault the sentence finds, so the attitude verdict is the fault alone.
"Honest about what she didn't know, and keen to learn" (no fault) keeps its praise.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, compiled, word_pattern


def _pattern(words: Words) -> re.Pattern[str]:
    """A candour word alone as a cue."""
    return word_pattern(words.candour_words)


def conceded_candour(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without an attitude:+ cued by candour alone when the sentence also finds
    an attitude fault."""
    manner = words.roles.manner
    if not any(t == manner and s < 0 for t, s, *_ in found):
        return found
    candour = compiled(words, _pattern)
    return [
        m
        for m in found
        if not (m[0] == manner and m[1] > 0 and all(candour.fullmatch(c) for c in m[3]))
    ]
