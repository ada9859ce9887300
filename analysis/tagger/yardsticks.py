"""Rivals named only as the yardstick of a comparison, whose he/she after them is the candidate.

"Although his experience was thinner than the other finalists', he was by far the most composed
under questioning": the rivals stand after "than" as what the candidate is measured against, no
subject of their own, so in a note about the candidate as he/she the "he" opening the next
clause is the candidate again, not the rival that a clause naming a rival as its subject ("The
hire had led a team, and her answers were sharper") hands its pronoun to.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token


def yardstick_rival(lex: Lexicon, tokens: list[Token], rival: Item, subject: str) -> bool:
    """True when ``rival`` comes right after a comparison's 'than' or 'as' ([yardsticks]
    markers, a determiner or two between) and ``subject`` names the candidate in this note."""
    w = lex.words
    if subject not in w.candidate_subjects:
        return False  # "You were calmer than the other finalist, but she had a plan": hers
    for k in range(rival.start - 1, max(-1, rival.start - 3), -1):
        if tokens[k].surface in w.yardstick_markers:
            return True
        if not tokens[k].is_word:
            return False
    return False
