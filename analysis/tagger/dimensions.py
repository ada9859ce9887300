"""Stage 4c: words that name a measure rather than give a verdict.

"Depth of" and "within" praise a topic on their own ("real depth of knowledge", "within our
range"), but they only name what another verdict of their clause judges ("the depth of your
experience was insufficient", "unable to finish within the time allowed"), and "within two
years" is a deadline, no verdict at all.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.tokens import item_words


def _deadline(lex: Lexicon, tokens: list[Token], item: Item, end: int) -> bool:
    """'within two years', 'within 30 days': a time unit a few words on is a deadline."""
    units = lex.words.deadline_units
    return any(tokens[k].surface in units for k in range(item.end, min(item.end + 3, end)))


def _comma_between(tokens: list[Token], a: Item, b: Item) -> bool:
    """A comma between two items: 'no visa, sal within band' keeps the two points apart."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(tokens[k].surface == "," for k in range(lo, hi))


def drop_measure_words(lex: Lexicon, tokens: list[Token], items: list[Item], end: int) -> None:
    """A measure word ('depth of', 'within') yields to any other verdict or negator in its
    clause, and 'within' before a time unit says nothing."""
    measures = lex.words.measure_words
    if not measures:
        return
    found = [
        it for it in items
        if it.kind == "eval" and not it.negated and item_words(tokens, it) in measures
    ]  # "lacked depth", "not enough depth": a measure denied is the verdict itself
    if not found:
        return
    others = [
        it for it in items
        if it.kind in ("eval", "negator") and it not in found and not it.dropped
    ]
    for it in found:
        near = [o for o in others if not _comma_between(tokens, o, it)]
        if near or (item_words(tokens, it) == "within" and _deadline(lex, tokens, it, end)):
            it.dropped = True
