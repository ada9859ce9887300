"""Across clauses: a clause that opens by pointing back at the topic ("none of it", "two of them").

"It isn't that you lack experience - you have plenty - but none of it is in a unionised
environment": the first verdictless clause after the topic ("you have plenty") judges it by
ellipsis and used to close the chain, so "none of it" after it had no topic at all. A clause that
opens on a quantifier of a pronoun ([anaphora] quantifiers, pronouns) still points at the topic
the chain is about, so it is read against that topic too.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Token


def opens_on_anaphor(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """True when the clause [start, end) opens (after a lead such as 'but', "it's that") on
    '<quantifier> of <pronoun>': 'none of it', 'all of them', 'little of that'."""
    w = lex.words
    words = [t.surface for t in tokens[start:end] if t.is_word]
    k = 0
    while k < len(words) and words[k] in w.anaphor_leads:
        k += 1
    return (
        k + 2 < len(words)
        and words[k] in w.anaphor_quantifiers
        and words[k + 1] == "of"
        and words[k + 2] in w.anaphor_pronouns
    )
