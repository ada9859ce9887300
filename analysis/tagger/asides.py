"""Per clause: an aside set off by commas right after a negator, which the negation reaches over.

"He was not, contrary to what the agency warned us, late", "I wouldn't say, having sat through
all forty minutes of it, that his answers were concise": the words between the two commas are
a parenthesis, so the negator still denies what follows the aside, as it would without it.
Only a negator with nothing of its own after it yet (the comma comes right after "not",
"never", "wouldn't say") opens one; "Not unfriendly, exactly, but ..." has its target already,
and a contrast after the closing comma ("..., but in tone") is a new point, not the rest.
"""

from __future__ import annotations

from analysis.tagger.model import Item, Token
from analysis.tagger.words import Words

_DASHES = frozenset({"-", "\u2013", "\u2014"})
_MARKS = _DASHES | {","}
_LENGTH = 20  # the longest aside, in tokens
_STOPS = frozenset({".", ";", ":", "?", "!", "(", ")"})


def _opens(words: Words, tokens: list[Token], negator: Item) -> bool:
    """True when ``negator`` is one an aside may follow ('not', 'never', "wasn't",
    "wouldn't say") and a comma or dash comes right after it."""
    if negator.end >= len(tokens) or tokens[negator.end].surface not in _MARKS:
        return False
    phrase = " ".join(tokens[k].surface for k in negator.positions)
    last = tokens[negator.end - 1].surface
    return phrase in words.verdict_negators or last in words.aside_negators or last.endswith(
        "n't"
    )


def aside_after(words: Words, tokens: list[Token], negator: Item) -> tuple[int, int] | None:
    """The token span [start, end) of the aside after ``negator``, both marks included, or
    None when no aside follows it (no closing mark, a stop first, or a contrast after)."""
    if not _opens(words, tokens, negator):
        return None
    opener = tokens[negator.end].surface
    last = min(len(tokens) - 1, negator.end + _LENGTH + 1)
    for k in range(negator.end + 2, last):
        surface = tokens[k].surface
        if surface in _STOPS:
            return None
        if surface == opener or (surface in _DASHES and opener in _DASHES):
            after = tokens[k + 1]
            if not after.is_word or after.surface in words.aside_contrasts:
                return None
            return negator.end, k + 1
    return None
