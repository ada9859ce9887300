"""What a call covered, summed up as process: "mostly logistics - start date, notice, salary band".

"Phone screen, mostly logistics - start date, notice, salary band", "Basically just scheduling
the next round and comp expectations": a call or session summed up as logistics, scheduling or
admin lists its agenda, so the terms named in that sentence are topics covered, no verdict on
the candidate's terms. The summary words are data in ``[agenda]``.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _pattern(words: Words) -> re.Pattern[str]:
    """'mostly logistics', 'basically just scheduling', 'all admin'."""
    lead = alternation(words.agenda_leads)
    topic = alternation(words.agenda_topics)
    return re.compile(rf"\b(?:{lead})\s+(?:just\s+)?(?:{topic})\b", re.I)


def drop_agenda_terms(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, without the terms of an agenda summed up as process."""
    terms = words.roles.terms
    if not found or not any(f[0] == terms for f in found):
        return found
    if compiled(words, _pattern).search(sentence) is None:
        return found
    return [f for f in found if f[0] != terms]
