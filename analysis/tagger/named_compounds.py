"""Evaluative words inside a trade's compound noun name the subject, they judge nothing.

"Answer on penalty clauses was very good", "knowledge of average clauses ... was excellent",
"your final answer on the graph problem was correct", "excellent on the contract law problem",
"the answer on fraud-detection models": in the object of a subject frame ("answer on",
"knowledge of", "good on"), an evaluative word glued to a noun of the same phrase (the noun
right after it, or a content word right before it) is part of the trade's term, so it gives no
verdict ([named_compounds]); the verdict outside the phrase ("was very good") judges. A word
on its own in the phrase ("answers on risk were weak") or after the copula keeps its reading.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token, wordless_rule
from analysis.tagger.words import Words

PHRASE_REACH = 6  # words of the object phrase after the frame's preposition


def named_compounds(clause: Clause) -> None:
    """Drop the evaluative words that sit inside a trade's compound in a subject's object."""
    w = clause.lex.words
    surfaces = clause.surfaces
    if not (surfaces & w.named_compound_preps) or not (surfaces & w.named_compound_frames):
        return  # no subject frame: nothing to reread
    tokens = clause.tokens
    for k in range(clause.start + 1, clause.end):
        if tokens[k].surface in w.named_compound_preps and _frame_before(w, tokens, k):
            _drop_inside(clause, k + 1, _phrase_end(w, tokens, k + 1, clause.end))


def _frame_before(w: Words, tokens: list[Token], k: int) -> bool:
    """True when the word before the preposition at ``k`` opens a subject's object ("answer
    on", "knowledge of", "good on"); "of" only after a knowing noun ("a lack of clear ...")."""
    before = tokens[k - 1].surface
    if tokens[k].surface == "of":
        return before in w.named_compound_knowing
    return before in w.named_compound_frames


def _phrase_end(w: Words, tokens: list[Token], start: int, end: int) -> int:
    """End of the object phrase: at a mark, a copula or a verdict's verb, or out of reach."""
    k = start
    while k < min(end, start + PHRASE_REACH):
        if not tokens[k].is_word or tokens[k].surface in w.named_compound_stops:
            break
        k += 1
    return k


def _drop_inside(clause: Clause, start: int, end: int) -> None:
    """Mark as dropped each evaluative word in [start, end) glued into a compound; a VADER
    word there ("penalty") is covered by a dropped item, so it is no fallback verdict."""
    tokens, w = clause.tokens, clause.lex.words
    covered = set()
    for item in clause.items:
        covered.update(range(item.start, item.end))
        if item.kind != "eval" or item.start < start or item.end > end:
            continue
        if _glued(w, tokens, item, start, end):
            item.dropped = True
    signs = clause.lex.vader_signs
    for k in range(start, end):
        if k in covered or tokens[k].surface not in signs:
            continue
        word = Item(wordless_rule("", 0), k, k + 1, (k,), dropped=True)
        if _glued(w, tokens, word, start, end):
            clause.items.append(word)


def _glued(w: Words, tokens: list[Token], item: Item, start: int, end: int) -> bool:
    """True when the word opens the phrase (after the preposition or a determiner) with a
    noun of the phrase right after it ("on penalty clauses"), or is a compound's head noun
    after a content word ("the contract law problem"); a verdict after the noun ("knowledge of
    GAAP weaker than expected") is neither."""
    opens = item.start == start or tokens[item.start - 1].surface in w.subject_skips
    after = item.end < end and tokens[item.end].surface not in w.named_compound_stops
    if opens and after and tokens[item.end].surface not in w.subject_skips:
        return True
    head = " ".join(t.surface for t in tokens[item.start : item.end])
    before = item.start > start and tokens[item.start - 1].surface not in w.subject_skips
    return before and head in w.named_compound_heads
