"""What the panel did not say judges nothing.

"They didn't say it was my experience, they didn't say it was my answers", "They asked about my
salary and my visa status, but nobody said whether any of that was a problem", "They asked about
my notice period, and then said nothing at all for a week": the saying is denied, so neither the
topic inside it nor one carried over from the clause before is a verdict on the candidate. A
mention whose evidence opens (after 'and', 'but', 'then') with a party of the process and a denied
saying ("didn't say", "said nothing", "nobody mentioned") is dropped; with no party, only when a
party opens the sentence ("They asked ..., and then said nothing"), so the writer's own "didn't
say much" stays. The words are data in ``[unsaid]`` of the cue file.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled

_STEMS = ("say", "said", "mention", "told", "comment", "flinch", "react", "raised")


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a party's denied saying at the start of evidence, a party opening the sentence)."""
    leads = alternation(words.unsaid_leads)
    parties = alternation(words.unsaid_parties)
    sayings = alternation(words.unsaid_sayings)
    saying = re.compile(rf"(?:(?:{leads})\s+)*(?:(?P<party>{parties})\s+)?(?P<say>{sayings})\b")
    return saying, re.compile(rf"\s*(?:{parties})\b")


def _unsaid(words: Words, evidence: str, party_opens: bool) -> bool:
    """Whether ``evidence`` opens with a party's denied saying."""
    match = compiled(words, _patterns)[0].match(evidence)
    if match is None:
        return False
    party, say = match.group("party"), match.group("say")
    if say in words.unsaid_plain_sayings:
        return party in words.unsaid_denying_parties
    return party is not None or party_opens


def unsaid_verdicts(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without mentions read from what a party of the process did not say."""
    low = sentence.lower()
    if not found or not any(stem in low for stem in _STEMS):
        return found
    party_opens = compiled(words, _patterns)[1].match(low) is not None
    return [m for m in found if not _unsaid(words, m[2].lower().lstrip(" ,;:-"), party_opens)]
