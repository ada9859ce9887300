"""Within a sentence: "clearly" closing what a telling verb governs is the manner of telling.

"explained how he'd handle an aggressive customer clearly and calmly", "set out the repair
options clearly", "walked us through the WACC assumptions clearly": an object too long for
a cue's gap, or one that names a subject ("formulas"), sits between the verb and "clearly",
so the cue does not see it. When "clearly" ends the clause (a mark, "and", "but" or the end
follows) and nothing else in the sentence judges communication, it praises the delivery;
negated or compared telling ("didn't explain it clearly", "more clearly") is left to the
cues, and "clearly" before a verb ("clearly knows") is the writer's certainty, not here.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found, judges
from analysis.tagger.words import Words, alternation, compiled, negator_pattern


def _pattern(words: Words) -> re.Pattern[str]:
    """A telling verb, up to 80 characters of what it governs, then a closing "clearly"."""
    verbs = alternation(words.telling_verbs)
    tails = alternation(words.clearly_tails)
    return re.compile(
        rf"\b(?:{verbs})\b(?P<object>[^.;!?]{{0,80}}?)\bclearly\b(?=\s*(?:$|[,.;!?)]|(?:{tails})\b))",
        re.I,
    )


_COMPARED = re.compile(r"\b(?:more|less)\b", re.I)  # "more clearly" is a comparison
_LAST_WORD = re.compile(r"([A-Za-z']+)\W*$")


def _employer_tells(words: Words, lead: str) -> bool:
    """True when the word before the verb is the employer or its staff ("We explained the
    pension scheme clearly"): the panel's telling judges no one."""
    last = _LAST_WORD.search(lead)
    return bool(last) and last.group(1).lower() in words.employer | words.rival_staff


def clear_telling(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when "clearly" closes a telling verb's clause, communication:+."""
    if "clearly" not in sentence.lower():
        return found
    delivery = words.roles.delivery
    if judges(found, delivery):
        return found
    match = compiled(words, _pattern).search(sentence)
    if match is None:
        return found
    lead = sentence[max(0, match.start() - 25) : match.start()]
    negated = compiled(words, negator_pattern)
    if any(negated.search(t) or _COMPARED.search(t) for t in (lead, match.group("object"))):
        return found  # "didn't explain it clearly", "explained it more clearly"
    if _employer_tells(words, lead):
        return found
    return [*found, (delivery, 1, match.group(0), (match.group(0), "(clearly)"))]
