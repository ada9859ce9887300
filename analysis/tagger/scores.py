"""Within a sentence: a test score set against the mark it needed.

"excel test 42%, pass mark 70", "tech test 3/5, HM wants min 4", "typing 62 wpm, min 40": a
score on a test followed by a bar and its figure is a skills verdict, a gap when the score is
under the bar and a strength when it reaches it. Nothing else in the sentence judges skills
for this to speak.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found, judges
from analysis.tagger.words import Words, alternation, compiled

_NUMBER = r"(\d+(?:\.\d+)?)"


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a test word, a score ... bar ... figure run)."""
    tests = re.compile(rf"\b(?:{alternation(words.score_tests)})\b", re.I)
    bars = alternation(words.score_bars)
    run = re.compile(
        rf"{_NUMBER}\s*(?:%|/\s*\d+|wpm|marks?|pts|points|percent)?\W[^.;!?\d]{{0,30}}?\b(?:{bars})\b"
        rf"\W{{0,3}}(?:(?:is|was|of|at|=)\s+)?{_NUMBER}",
        re.I,
    )
    return tests, run


def scored_tests(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when a test score is set against its bar, the skills verdict it gives."""
    if judges(found, words.roles.work):
        return found
    tests, run = compiled(words, _patterns)
    if not tests.search(sentence):
        return found
    match = run.search(sentence)
    if match is None:
        return found
    score, bar = float(match.group(1)), float(match.group(2))
    sign = 1 if score >= bar else -1
    return [*found, (words.roles.work, sign, match.group(0), (match.group(0), "(score)"))]
