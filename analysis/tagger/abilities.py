"""Per clause: a term the candidate says they can meet is met.

A logistics topic alone leans to a fault ("relocation", "the visa": terms that may not meet),
but a bare statement of ability or availability is the opposite: "He could relocate", "she's
already arranged to relocate in the spring", "Available to start in two weeks", "can commute".
An ability word ([abilities] abilities) with the candidate as its subject, right before the
topic (a few plain verbs between: "can work weekends"), reads the term as met, a strength, as
the listed "able to start" already did. A yes/no question asking it ("Could she start before
the summer?") asks whether the term is met, so "No" after it is the fault, not its denial.
Not a requirement or a doubt ("someone who can start", "whether I could cover the shifts",
"if we could match her salary"), a counterfactual ("could have"), nor a negated ability.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from analysis.tagger.model import Clause, Item, Rule
from analysis.tagger.words import Words, compiled


@cache
def _met(rule: Rule) -> Rule:
    """The topic's rule read as a term met: a strength that judges itself."""
    return replace(rule, prior=1, self_eval=True)


def _chain_start(clause: Clause, end: int) -> int | None:
    """Where an ability chain ending right before ``end`` starts (its ability word), or None:
    '<ability> [verb] [verb]' before the topic, e.g. 'can work', 'arranged to', 'able to'."""
    w, tokens = clause.lex.words, clause.tokens
    k = end
    while k > clause.start and end - k < 2 and tokens[k - 1].surface in w.ability_verbs:
        k -= 1
    for n in (2, 1):
        if k - n < clause.start:
            continue
        said = " ".join(t.surface for t in tokens[k - n : k])
        if said in w.ability_words and not (n == 1 and tokens[k].surface in ("have", "'ve")):
            return k - n
    return None


def _candidate_before(clause: Clause, start: int) -> bool:
    """True when the words before ``start`` are the candidate as subject ('she', 'I'd be',
    'you are', or none at all in a shorthand line) and nothing before them makes the
    ability a requirement, condition or doubt ('someone who', 'whether', 'if')."""
    w, tokens = clause.lex.words, clause.tokens
    k = start
    while k > clause.start and tokens[k - 1].surface in w.ability_between:
        k -= 1
    if k == clause.start:
        return True  # "Available to start in two weeks", "already arranged to relocate"
    if tokens[k - 1].surface not in w.ability_subjects:
        return False
    return not any(tokens[j].surface in w.ability_breaks for j in range(clause.start, k))


def _asked(clause: Clause, start: int) -> bool:
    """True when the clause opens on 'Could she', 'Can he' right before ``start`` (a few
    plain verbs between) and a question mark closes it."""
    w, tokens, first = clause.lex.words, clause.tokens, clause.start
    k = start
    while k > first + 2 and tokens[k - 1].surface in w.ability_verbs:
        k -= 1
    return (
        k == first + 2
        and tokens[first].surface in w.ability_modals
        and tokens[first + 1].surface in w.ability_asked_subjects
        and any(t.surface == "?" for t in tokens[clause.end - 1 : clause.end + 1])
    )


def _met_term(clause: Clause, item: Item) -> bool:
    """True when ``item`` (a logistics topic) is a term the candidate says they can meet."""
    w, tokens = clause.lex.words, clause.tokens
    if any(tokens[k].surface in w.ability_limits for k in range(item.end, clause.end)):
        return False  # "available for duties only as from January"
    if tokens[item.start].surface in w.ability_self:  # "available for all shifts"
        after = tokens[item.end].surface if item.end < len(tokens) else ""
        return after in w.ability_self_after and _candidate_before(clause, item.start)
    if _asked(clause, item.start):
        return True
    start = _chain_start(clause, item.start)
    return start is not None and _candidate_before(clause, start)


def _cheap(words: Words) -> frozenset[str]:
    """The words one of which an ability reading needs (the ability words' first words)."""
    return frozenset(p.split()[0] for p in words.ability_words | words.ability_self)


def met_terms(clause: Clause) -> None:
    """Read a logistics topic the candidate is said to be able to meet as a strength."""
    w = clause.lex.words
    if compiled(w, _cheap).isdisjoint(clause.surfaces):
        return
    for it in clause.items:
        if (
            it.kind == "cue"
            and it.rule.theme == w.roles.terms
            and it.rule.prior == 0
            and not it.negated
            and _met_term(clause, it)
        ):
            it.rule = _met(it.rule)
