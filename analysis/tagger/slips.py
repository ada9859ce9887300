"""A slip done without: "explained it without losing her", "without it sounding formulaic".

An unresolved negator reads as a fault ("answered without structure"), but 'without' before
the -ing form of a slip (``[negation] without_slips``: losing, blinking, flinching, sounding
...), with at most a pronoun between, says the slip did not happen: praise of what was done.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.tokens import item_words

_BETWEEN = frozenset({"it", "him", "her", "them", "anyone", "any", "once", "ever"})


def denies_slip(lex: Lexicon, tokens: list[Token], negator: Item) -> bool:
    """True when an unresolved 'without' denies a slip named right after it."""
    slips = lex.words.without_slips
    if not slips or item_words(tokens, negator) != "without":
        return False
    k = negator.end
    if k < len(tokens) and tokens[k].surface in _BETWEEN:
        k += 1
    return k < len(tokens) and tokens[k].surface in slips
