"""A he/she inside a clause, in a note that speaks to the candidate as "you", is the rival.

"The hire had less experience than you, if that helps - it came down to how clearly she
explained things": a note addressing the candidate as "you" that has named a rival speaks of
that rival when a later clause says "she" or "he", wherever in the clause the pronoun stands
(the opening he/she is read by the pipeline already). A clause with its own "you" or "your"
is the candidate's again.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token

_SUBJECTS = frozenset(("he", "she", "he'd", "she'd", "he's", "she's"))


def rival_inside(
    lex: Lexicon, tokens: list[Token], items: list[Item], start: int, end: int
) -> bool:
    """True when the clause says he/she, no you/your, and a rival and a "you" came before."""
    w = lex.words
    words = {tokens[k].surface for k in range(start, end)}
    if words.isdisjoint(_SUBJECTS) or not words.isdisjoint(w.second_or_first_person):
        return False
    before = {tokens[k].surface for k in range(start)}
    if before.isdisjoint(w.second_or_first_person) or not before.isdisjoint(_SUBJECTS):
        return False
    return any(it.rule.kind == "rival" and it.end <= start for it in items)
