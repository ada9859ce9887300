"""Within a clause: cues a negator before them does not reach.

"Asked no questions and didn't know which directorate the post sits in": a cue whose own
words hold a negator ("didn't know which", "never asked") carries its negation, so an
earlier negator in another act does not flip it back to praise. "Can't do nights because
of childcare": a cause ("because of", "due to") gives the reason for what is negated and
is not itself denied, unless the negator stands right before it ("not because of ...").
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token


def unreached_cue(lex: Lexicon, tokens: list[Token], item: Item, negator: Item | None) -> bool:
    """True when ``item`` is a cue that the pending ``negator`` (None: a negation carried on
    from a negated target before it) must not flip."""
    if item.rule.kind != "cue" or (negator is not None and item.start <= negator.end):
        return False
    w = lex.words
    words = [tokens[k].surface for k in item.positions]
    if words[0] in w.cause_openers:
        return True
    return any(s in w.own_negators or s.endswith("n't") for s in words)
