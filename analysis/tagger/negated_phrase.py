"""Stage 4: a negated noun phrase takes its adjective with it.

"was not in possession of sufficient knowledge", "did not present herself in an adequate
manner": the negator reaches the noun over a verb or a preposition, so the negation pass marks
the noun negated but leaves the adjective right before it as praise, which then judged the
next topic in the clause ("sufficient ... regulations" skills+, "adequate ... clothing"
hygiene+). The adjective belongs to the phrase the negator denies, so it is denied with it.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

# Words that may stand between an attributive adjective and its noun ("adequate level of").
_INNER = frozenset({"and", "or", ","})


def _attributive(clause: Clause, adjective: Item, noun: Item) -> bool:
    """True when ``adjective`` sits right before ``noun`` (an adverb or article between)."""
    linking = clause.lex.words.linking
    between = clause.tokens[adjective.end : noun.start]
    return adjective.end <= noun.start and all(
        t.surface in linking and t.surface not in _INNER for t in between
    )


def negated_modifiers(clause: Clause) -> None:
    """Negate a word before a negated topic when the same negator, before both, denies the
    topic: 'not in possession of sufficient knowledge' denies the sufficiency. A cue that
    judges itself ('did you sound unsure') is no noun phrase: its verb stays as it is."""
    nouns = [
        it
        for it in clause.items
        if it.kind == "cue" and it.negated and it.neg_by and not it.rule.self_eval
    ]
    if not nouns:
        return
    for noun in nouns:
        first = min(min(p) for p in noun.neg_by)
        for adjective in clause.items:
            if (
                adjective.kind == "eval"
                and not adjective.negated
                and not adjective.as_eval
                and adjective.start > first
                and _attributive(clause, adjective, noun)
            ):
                adjective.negated, adjective.neg_by = True, noun.neg_by
