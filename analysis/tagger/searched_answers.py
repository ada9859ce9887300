"""The answers as the place something was looked for judge no delivery.

"Nothing in his answers showed he had even looked at the job description", "Not once, in any of
your answers, did you mention the patient", "nothing in your answers suggested that": what was
not found in the answers is the verdict; the answers themselves are only where the panel looked,
so a delivery mention read from the answers and the negator alone is dropped. The words are data
in ``[searched_answers]`` of the cue file.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation

_OWNERS = r"(?:your|his|her|their|the|my)"


def _searched(words: Words, evidence: str) -> bool:
    """Whether ``evidence`` looks for something in the answers after a negator."""
    negators = alternation(words.searched_negators)
    nouns = alternation(words.searched_nouns)
    return (
        re.search(
            rf"\b(?:{negators})\b[^.;:]{{0,25}}?\bin\s+(?:any\s+of\s+)?{_OWNERS}\s+(?:\w+\s+)?"
            rf"(?:{nouns})\b",
            evidence,
        )
        is not None
    )


def searched_answers(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without delivery mentions of answers that were only searched."""
    low = sentence.lower()
    if " in " not in low or not any(m[0] == words.roles.delivery for m in found):
        return found
    plain = words.searched_nouns | words.searched_negators

    def _only_searched(m: Found) -> bool:
        cues = {c.lower() for c in m[3]}
        return (
            m[0] == words.roles.delivery
            and bool(cues & words.searched_nouns)
            and cues <= plain | words.searched_showing
            and _searched(words, m[2].lower())
        )

    return [m for m in found if not _only_searched(m)]
