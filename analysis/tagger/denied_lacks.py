"""A negated subject whose own verb is a lack denies the lack: "Not one of your examples lacked
a measurable outcome", "None of her answers lacked structure", "No answer was missing a
result". The quantifier ("not one of", "none of", "nobody") and the lack cancel, so what was
said to be lacking is praised, as "Nobody felt your experience was lacking" already is; the
noun phrase between them is the subject, not a target of the negation.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.tokens import item_words

_REACH = 6  # words of the subject's noun phrase between the quantifier and its verb


def lack_denied(
    lex: Lexicon, tokens: list[Token], items: list[Item], negator: Item, item: Item
) -> bool:
    """True when ``negator`` is a negated subject and the next negator after ``item``, before
    any comma and within the subject's phrase, is a lack ([negation] quantified_lacks)."""
    w = lex.words
    if item_words(tokens, negator) not in w.subject_negators:
        return False
    lack = next(
        (o for o in items if o.start >= item.end and o.rule.kind == "negator"), None
    )
    if lack is None or item_words(tokens, lack) not in w.quantified_lacks:
        return False
    if lack.start - negator.end > _REACH:
        return False
    return not any(t.surface in {",", ";", ":"} for t in tokens[negator.end : lack.start])
