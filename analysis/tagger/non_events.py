"""A denied happening judges nothing: "Salary not discussed yet", "didn't come up".

A negator that reaches no cue becomes a fault word for the clause (scope.apply_negation); but
when it denies one of the room's happenings ("Salary band was on the advert so didn't come up",
"gave my number, they didn't blink", "I said 180k, nobody flinched") the event simply did not
take place, so the negator judges none of the topics before it ([non_events]).
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token
from analysis.tagger.words import Words, negator_pattern

LONGEST = 3  # words in the longest happening ("bat an eyelid")
GAP = 2  # words allowed between the negator and the happening ("didn't even come up")


def denied_non_events(clause: Clause) -> None:
    """Turn an unresolved negator before a happening ("didn't come up") into no verdict."""
    w = clause.lex.words
    for neg in clause.items:
        if neg.rule.kind != "negator" or neg.as_eval != -1:
            continue
        if _denies_event(w, clause.tokens, neg):
            neg.as_eval = 0


def _denies_event(w: Words, tokens: list[Token], neg: Item) -> bool:
    """True when one of the happenings follows the negator, past at most GAP fillers."""
    k = neg.end
    for _ in range(GAP + 1):
        for size in range(LONGEST, 0, -1):
            phrase = " ".join(t.surface for t in tokens[k : k + size])
            if phrase in w.non_event_verbs:
                return True
        if k >= len(tokens) or tokens[k].surface not in w.non_event_fillers:
            return False
        k += 1
    return False


def denied_reaction(words: Words, before: str) -> bool:
    """'I said 180k, nobody flinched', 'they didn't wince': a plain negator in the two words
    right before the employer's reaction denies it, so the figure met no bad reaction."""
    tail = " ".join(before.split()[-2:])
    return bool(negator_pattern(words).search(tail))
