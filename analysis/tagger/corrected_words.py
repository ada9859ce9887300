"""A word the writer corrects: "weren't unclear so much as unfocused" judges the focus.

"Her answers weren't unclear so much as unfocused", "It wasn't arrogance so much as
impatience", "She came across less as self-assured than as dismissive": the word before "so
much as" / "than as" is set aside for a truer one after it, so its verdict (the praise of a
denied fault, the lack of a denied quality) is no verdict of its own. The word after is the
verdict; when the tagger reads none there ("unfocused" with no topic of its own), the denied
fault stands in the same theme, as the word after names the same kind of fault. The
connectives are data in ``[corrected_words]`` (they also end a clause).
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, negator_pattern


def _pattern(words: Words) -> re.Pattern[str]:
    """The connective that hands one word over to the next."""
    return re.compile(rf"\b(?:{alternation(words.corrected_connectives)})\b", re.I)


def correct_words(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, the corrected word's replaced by the word after it."""
    if not found or ("much" not in sentence and "than" not in sentence):
        return found
    match = compiled(words, _pattern).search(sentence)
    if match is None:
        return found
    corrected = [f for f in found if _ends_at(sentence, f[2], match.start())]
    if len(corrected) != 1:
        return found
    theme, sign, _, cues = corrected[0]
    kept = [f for f in found if f is not corrected[0]]
    if any(_starts_at(sentence, f[2], match.end()) for f in kept):
        return kept  # the word after has a verdict of its own
    rest = re.split(r"[:;]", sentence[match.end() :])[0].strip(" ,.-\u2013\u2014")
    if sign < 0 or not compiled(words, negator_pattern).search(corrected[0][2]) or not rest:
        return found
    return [*kept, (theme, -1, rest, (*cues, "(word corrected)"))]


def _ends_at(sentence: str, evidence: str, at: int) -> bool:
    """True when ``evidence`` is the clause right before offset ``at`` of ``sentence``."""
    start = sentence.find(evidence)
    end = start + len(evidence)
    return start >= 0 and end <= at and not sentence[end:at].strip()


def _starts_at(sentence: str, evidence: str, at: int) -> bool:
    """True when ``evidence`` is the clause right after offset ``at`` of ``sentence``."""
    start = sentence.find(evidence, at)
    return start >= 0 and not sentence[at:start].strip()
