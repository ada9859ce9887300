"""An open question the panel could not settle: "Unclear whether he understood the role".

"Whether you have the appetite for a role this operational is less clear to us", "Unclear
whether he understood the role": "clear" here is what the panel knows about a whether/if
question, not how clearly the candidate spoke, so it is no communication verdict (the rest of
the sentence may judge the question's theme). The words are data in ``[open_questions]``.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _pattern(words: Words) -> re.Pattern[str]:
    """'unclear (to us) whether', or a sentence whose subject is the question: 'Whether ...
    is less clear' (not 'asked whether X, and her answer was unclear')."""
    clear = alternation(words.open_question_clarity)
    ask = alternation(words.open_question_openers)
    return re.compile(
        rf"\b(?:{clear})(?:\s+to\s+(?:us|me|them|the\s+panel))?\s+(?:{ask})\b"
        rf"|^\W*(?:{ask})\b[^.;:,]*\b(?:is|was|remains|remained|seemed|felt)\s+(?:still\s+)?"
        rf"(?:{clear})\b",
        re.I,
    )


def drop_open_questions(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, without a clarity verdict on an open question."""
    delivery = words.roles.delivery
    if not found or not any(f[0] == delivery for f in found):
        return found
    match = compiled(words, _pattern).search(sentence)
    if match is None:
        return found
    said = match.group(0).lower()
    return [
        f for f in found
        if not (f[0] == delivery and all(c.lower() in said for c in f[3]) and f[2] in sentence)
    ]
