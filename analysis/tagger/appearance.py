"""A presentation that the sentence's dress words show to be the candidate's appearance.

"The applicant's presentation of self was not in accordance with the standard, in particular
with regard to attire", "it is requested, with respect to the presentation of the candidate,
that a more formal attire be considered": formal letters (and calques of Romance
'presentazione', 'presentación') call the way one turns up a presentation. When the sentence
judges the dress (a hygiene mention) and a communication mention has nothing of its own but
the presentation word (its other cues are the verdict the hygiene mention shares), that
mention is the appearance again, not the talk, and yields. "Her presentation was clear and
she wore a suit" keeps its own verdict word ("clear"), so both stand.
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words


def _shared_only(words: Words, mention: Found, dress: list[Found]) -> bool:
    """A communication mention whose cues are a presentation word plus the dress verdict's."""
    theme, sign, _, cues = mention
    if theme != words.roles.delivery or not any(c.lower() in words.appearance_words for c in cues):
        return False
    shared = {c for _, s, _, other in dress if s == sign for c in other}
    rest = [c for c in cues if c.lower() not in words.appearance_words]
    return all(c in shared for c in rest)


def dressed_presentation(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without a communication mention that only repeats the sentence's dress
    verdict on a presentation word."""
    dress = [m for m in found if m[0] == words.roles.dress]
    if not dress or not any(m[0] == words.roles.delivery for m in found):
        return found
    return [m for m in found if not _shared_only(words, m, dress)]
