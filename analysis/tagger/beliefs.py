"""Within a sentence: what someone thought of their own performance, then what they were told.

"I thought I was being clear, but the feedback was that I never answered the question", "I
didn't think I'd done the coding question badly, but they said my solution wouldn't scale",
"I thought I'd bombed the technical round, but the recruiter said it was the strongest part":
a self-belief (the believer speaks of themselves or their own work) followed by a contrast is
no verdict when the rest of the sentence judges the same theme; only that later verdict
stands. A theme the rest leaves alone keeps the belief's verdict (a belief is not denied by
"but" alone, unlike the claims of claims.py). The verbs are data in ``[claims] beliefs``.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, in_order

_SELVES = {"i": "i|my", "you": "you|your", "he": "he|his", "she": "she|her", "they": "they|their"}


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a self-belief, a contrast after it)."""
    verbs = alternation(words.belief_verbs)
    lead = r"\s+(?:(?:didn't|did\s+not|don't|do\s+not)\s+)?(?:honestly\s+|genuinely\s+|really\s+)?"
    selves = "|".join(
        rf"{who}{lead}(?:{verbs})(?:\s+that)?\s+(?:{self})(?:'[a-z]+)?"
        for who, self in _SELVES.items()
    )
    belief = re.compile(rf"\b(?:{selves})\b", re.I)
    contrast = re.compile(rf"\b(?:{alternation(words.claim_contrasts)})\b", re.I)
    return belief, contrast


def settle_beliefs(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, without a self-belief's verdict the rest overrules."""
    if len(found) < 2:
        return found
    belief, contrast = compiled(words, _patterns)
    pair = in_order(sentence, belief, contrast)
    if pair is None:
        return found
    held, turn = pair
    later = {t for t, _, e, _ in found if sentence.find(e) >= turn.start()}
    out: list[Found] = []
    for theme, sign, evidence, cues in found:
        at = sentence.find(evidence)
        inside = 0 <= at < turn.start() and at + len(evidence) > held.start()
        if inside and theme in later:
            continue
        out.append((theme, sign, evidence, cues))
    return out
