"""Within a sentence: a method the candidate could not tell is a gap in the work.

"couldn't describe how she'd calibrate a pipette", "could not explain how he would prioritise
a backlog": not being able to say how one would do a piece of the job is the skill missing
(skills-). Other verdicts the failing word made of the sentence's topics ('six years, yet you
couldn't describe how you'd plan a route' read as a record's gap) become that gap; a sentence
already judging the skill, or a telling word of delivery ('articulate'), is left as it was
(``[untold_methods]``).
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _pattern(words: Words) -> re.Pattern[str]:
    """The failing, the telling verb, 'how', the candidate and their would, then a verb."""
    failing, telling = alternation(words.untold_failings), alternation(words.untold_tellings)
    person, would = alternation(words.untold_persons), alternation(words.untold_woulds)
    return re.compile(
        rf"\b(?P<fail>{failing})\s+(?:{telling})\s+how\s+(?:{person})\s*(?:{would})?\s+[a-z]",
        re.I,
    )


def untold_methods(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with a method the candidate could not tell read as skills-."""
    if "how" not in sentence.lower() or not words.untold_failings:
        return found
    match = compiled(words, _pattern).search(sentence)
    if match is None:
        return found
    work, fail = words.roles.work, match.group("fail").lower()
    misread = [
        f for f in found
        if f[1] < 0 and f[0] not in (work, words.roles.delivery, words.roles.research)
        and any(c.lower() == fail for c in f[3])
    ]
    kept = [f for f in found if f not in misread]
    if any(t == work and s < 0 for t, s, *_ in kept):
        return kept
    evidence = misread[0][2] if misread else match.group(0)
    return [*kept, (work, -1, evidence, (match.group("fail"),))]
