"""A need or a lack whose subject is the employer is the bar the candidate meets, no advice.

"exactly what the role needs", "which our guests need", "the Kubernetes depth we need": a need
that the candidate's thing before it meets is a relative clause, not advice or a rival's
requirement; "the project experience this team lacks" is the gap the candidate fills, no lack
of theirs.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.tokens import item_words
from analysis.tagger.words import Words


def drop_met_needs(lex: Lexicon, tokens: list[Token], items: list[Item], end: int) -> None:
    """'exactly what the role needs', 'which our guests need': a need that the candidate's
    thing before it meets is a relative clause, not advice or a rival's requirement."""
    w = lex.words
    for marker in items:
        if marker.rule.kind not in ("advice", "rival"):
            continue
        if tokens[marker.positions[-1]].surface not in w.met_needs:
            continue  # ... "the role requires" (a rival) ends on its need too
        after = marker.end
        if after < end and tokens[after].is_word and tokens[after].surface not in w.need_tails:
            continue  # "needs more structure": the need has its own object
        if marker.start and tokens[marker.start - 1].surface in w.candidate:
            continue  # "what you need": still advice to the candidate
        before = {tokens[k].surface for k in range(max(0, marker.start - 6), marker.start)}
        if before & w.need_relatives or _employer_need(w, tokens, marker):
            marker.dropped = True


def _employer_need(w: Words, tokens: list[Token], marker: Item) -> bool:
    """'the Kubernetes depth we need', 'the depth that the desk needs': a need with the
    employer as its subject, after a noun it describes, is the bar, not advice."""
    k = marker.start - 1
    if k < 1 or tokens[k].surface not in w.need_subjects:
        return False
    if tokens[k - 1].surface in ("the", "our", "this", "that"):
        k -= 1  # "that the desk needs"
    return k >= 1 and tokens[k - 1].is_word


def drop_employer_lacks(lex: Lexicon, tokens: list[Token], items: list[Item], end: int) -> None:
    """'the project experience this team lacks': a lack whose subject is the employer and
    which ends its clause (no object of its own) is the gap the candidate fills."""
    w = lex.words
    for neg in items:
        if neg.rule.kind != "negator" or item_words(tokens, neg) not in w.lacks or neg.start < 1:
            continue
        if tokens[neg.start - 1].surface not in w.lack_owners:
            continue
        after = neg.end
        if after < end and tokens[after].is_word and tokens[after].surface not in w.need_tails:
            continue  # "our team lacks a tester": the employer's own lack, stated
        if any(it.neg_by and neg.positions in it.neg_by for it in items):
            continue
        neg.dropped, neg.as_eval = True, 0
