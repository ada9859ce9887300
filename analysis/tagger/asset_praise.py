"""A contextual praise word after another theme's praise names no theme of its own.

"Your professionalism and warmth are a real asset", "her composure was a real asset": the
asset is the quality praised before it, so the contextual cue ("real asset", which alone is
experience) only repeats that praise and is dropped.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.scope import links


def drop_echoed_praise(lex: Lexicon, cues: list[Item], tokens: list[Token]) -> None:
    """Drop a contextual self-judging cue that a linked praise of another theme precedes."""
    for a in cues:
        if a.dropped or not (a.rule.contextual and a.rule.self_eval) or a.negated:
            continue
        if a.rule.prior <= 0:
            continue
        if any(_praises_before(lex, tokens, b, a) for b in cues):
            a.dropped = True


def _praises_before(lex: Lexicon, tokens: list[Token], b: Item, a: Item) -> bool:
    """True when b, another theme's plain praise, is linked to a by a copula: 'b is a'."""
    return (
        b is not a
        and not b.dropped
        and b.rule.self_eval
        and not b.rule.contextual
        and not b.negated
        and b.rule.prior > 0
        and b.rule.theme != a.rule.theme
        and b.end < a.start
        and links(lex, tokens, b.end, a.start)
        and any(t.surface in lex.words.copulas for t in tokens[b.end : a.start])
    )
