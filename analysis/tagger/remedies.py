"""Across sentences: the writer's own remedy after a fault restates that fault.

"kept looking down at my notes for the numbers. should know them cold", "didn't know the new
HIPAA rule. need to read up on it", "rambled. again. need to practise STAR": a sentence that
opens on the writer's advice to self ([remedies] openers) right after a sentence with a fault
names the cure for that fault, so a fault of another theme it reads ("know ... cold" as
skills, "read up" as preparation) is no second verdict; faults of the same theme and praise
stay. Advice to have something ready ("need a proper answer ready for that one", "must
prepare a proper answer") names the preparation the interview found missing, so it keeps its
fault, and so does advice to "you" (a coach's, a letter's). With no fault just before ("STAR
examples landed. should've had the actual figure"), the advice is the fault itself and keeps
its theme.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, word_pattern


def _opener(words: Words) -> re.Pattern[str]:
    """An advice-to-self opener at the start of a sentence (after an optional "I"), not a
    header ("next time: ..."), and a second-person word (the coach's advice, a letter)."""
    return re.compile(rf"^\W*(?:i\s+)?(?:{alternation(words.remedy_openers)})\b(?!\s*:)", re.I)


def _blocked(words: Words) -> re.Pattern[str]:
    """A word of something to have ready, or the reader addressed."""
    return word_pattern(words.remedy_blockers)


def remedy_next(
    words: Words, before: tuple[str, list[Found]], sentence: str, more: list[Found]
) -> list[Found]:
    """The mentions of ``sentence``, without faults of a new theme when it is the writer's
    remedy for a fault in the sentence ``before`` (its text and mentions)."""
    if not more or not before[1] or not any(s < 0 for _, s, *_ in more):
        return more
    faulted = {t for t, s, *_ in before[1] if s < 0}
    if not faulted or not compiled(words, _opener).match(sentence):
        return more
    blocked = compiled(words, _blocked)
    if blocked.search(sentence) or blocked.search(before[0]):
        return more
    return [f for f in more if f[1] > 0 or f[0] in faulted]
