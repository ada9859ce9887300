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

_GENDER = {
    **dict.fromkeys(("he", "his", "him", "himself", "he'd", "he'll", "he's"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself", "she'd", "she'll", "she's"), "f"),
}


def yardstick_rival(lex: Lexicon, tokens: list[Token], rival: Item, subject: str) -> bool:
    """True when ``rival`` comes right after a comparison's 'than' or 'as' ([yardsticks]
    markers, a determiner or two between) and ``subject`` names the candidate in this note."""
    w = lex.words
    if subject not in w.candidate_subjects:
        return False  # "You were calmer than the other finalist, but she had a plan": hers
    for k in range(rival.start - 1, max(-1, rival.start - 3), -1):
        if tokens[k].surface in w.yardstick_markers:
            return _same_person(tokens, k, subject)
        if not tokens[k].is_word:
            return False
    return False


def _same_person(tokens: list[Token], end: int, subject: str) -> bool:
    """True when the last he/she word before ``end`` is of the same person as ``subject``
    ("his experience was thinner than ..., he was"; not "His references were as good as the
    hire's; what tipped it was that she ...", where she is the hire)."""
    for k in range(end - 1, -1, -1):
        gender = _GENDER.get(tokens[k].surface)
        if gender is not None:
            return gender == _GENDER.get(subject)
    return False
