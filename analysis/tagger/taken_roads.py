"""Roads taken and not taken: "rather than" and "instead of" in a clause.

A fault named as the road not taken is praise ("open rather than defensive",
``contrast_alternatives``). In a finding (no order in the clause), praise before the marker
is what the candidate did, so the marker is no advice: right before it ("took the pushback
graciously rather than digging in", ``praised_alternative``) or further back over neutral
words ("built on what the panellist had asked rather than repeating himself",
``reported_alternative``). A fault or an order between the praise and the marker leaves it
as it is, and so does the same thing named again after it ("the question he wanted rather
than the one we asked"): the act before it was the wrong choice.
"""

from __future__ import annotations

from analysis.tagger.instructions import instruction_at
from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Clause, Item, Token
from analysis.tagger.tokens import item_words
from analysis.tagger.words import Words


def read_alternatives(clause: Clause) -> None:
    """The "rather than" pass: the road not taken, then (in a finding) the road taken."""
    contrast_alternatives(clause.lex, clause.tokens, clause.items)
    if any(it.kind == "advice" for it in clause.items) and (
        instruction_at(clause.lex, clause.tokens, clause.start, clause.end) is None
    ):
        praised_alternative(clause.lex, clause.tokens, clause.items)
        reported_alternative(clause.lex.words, clause.tokens, clause.items)


def contrast_alternatives(lex: Lexicon, tokens: list[Token], inside: list[Item]) -> None:
    """'open rather than defensive': a fault named as the road not taken is praise, and the
    'rather than' is no advice; 'use examples rather than theory' stays advice."""
    for marker in inside:
        if marker.rule.kind != "advice":
            continue
        phrase = item_words(tokens, marker)
        if phrase not in lex.words.alternatives:
            continue
        after = next((it for it in inside if it.start == marker.end), None)
        if after is not None and after.kind == "cue" and after.rule.prior < 0:
            if after.rule.self_eval:
                marker.dropped = True
                after.negated = not after.negated
                after.neg_by = (*after.neg_by, marker.positions)


def praised_alternative(lex: Lexicon, tokens: list[Token], inside: list[Item]) -> None:
    """'You took the pushback graciously rather than digging in': praise before "rather
    than" in a finding (not an order) is the road taken; the phrase is no advice."""
    for marker in inside:
        if marker.kind != "advice" or item_words(tokens, marker) not in lex.words.alternatives:
            continue
        before = [it for it in inside if it.end <= marker.start and it.kind in ("cue", "eval")]
        if before and before[-1].end >= marker.start - 1 and _praises(before[-1]):
            marker.dropped = True


def reported_alternative(words: Words, tokens: list[Token], inside: list[Item]) -> None:
    """Drop a 'rather than' marker whose last judging item before it, in a finding, praises."""
    for marker in inside:
        if marker.dropped or marker.kind != "advice":
            continue
        if item_words(tokens, marker) not in words.alternatives:
            continue
        after = {t.surface for t in tokens[marker.end : marker.end + 2]}
        if after & words.wrong_choice_heads:
            continue  # "answered the question he wanted rather than the one we asked"
        before = [it for it in inside if it.end <= marker.start and not it.dropped]
        if any(it.kind == "advice" for it in before):
            continue  # "Work on admitting it rather than bluffing": an order
        judged = [it for it in before if it.kind in ("cue", "eval") and it.rule.prior]
        if judged and _praises(judged[-1]):
            marker.dropped = True


def _praises(item: Item) -> bool:
    """True when a cue or evaluative word says something good, after negation."""
    sign = item.as_eval or item.rule.prior
    if not item.rule.self_eval and item.kind == "cue":
        return False
    return (-sign if item.negated else sign) > 0
