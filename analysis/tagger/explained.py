"""Subjects explained well: "walked us through the DCF well", "explained the JPA n+1 problem well".

Explaining or talking through a named subject of the work (an acronym, a term written with
capitals, or a skills topic) with a verdict of quality ("well", "correctly", "perfectly",
"clearly") shows the candidate knows it: a skills strength, as the seen domain notes label it.
A delivery cue made of the explaining verb itself ("talked well", "walked ... well") becomes
that skills verdict. The employer's explaining ("we explained the rota"), a negated act and an
object with no named subject ("explained your gap well") are left alone (``[subjects]
explain_*`` in the cue file).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item, wordless_rule
from analysis.tagger.tokens import inner_capital

_CLARITY = frozenset({"clearly", "to", "plain", "simply", "simple", "concisely"})
_SKIPS = frozenset({"us", "me", "them", "through", "about", "over", "on", "the", "a", "an"})
_ORDER = 10**6 + 1  # after every phrase of the cue file


def explained_subjects(clause: Clause) -> None:
    """Read a named subject explained with a verdict of quality as a skills strength."""
    w, tokens = clause.lex.words, clause.tokens
    verb = next(
        (k for k in range(clause.start, clause.end) if tokens[k].surface in w.explain_verbs),
        None,
    )
    if verb is None or (verb > clause.start and tokens[verb - 1].surface in w.employer):
        return
    if any(it.kind == "negator" or it.negated for it in clause.items):
        return
    verdict = next(
        (k for k in range(verb + 1, clause.end) if tokens[k].surface in w.explain_verdicts), None
    )
    if verdict is None or not _named_subject(clause, verb, clause.end):
        return
    if _own_work(clause, verb):
        return  # "explained my PhD clearly": the candidate's own work, not a subject
    subject, delivery = w.roles.subject, w.roles.delivery
    for item in clause.items:
        if item.rule.kind == "cue" and item.rule.theme == delivery and verb in item.positions:
            if not any(tokens[k].surface in _CLARITY for k in item.positions):
                item.rule = replace(item.rule, theme=subject)  # "talked well about shrink"
                return
    if any(it.rule.kind == "cue" and it.rule.theme == subject for it in clause.items):
        return  # a skills topic of its own takes the verdict
    clause.items.append(Item(wordless_rule(subject, _ORDER, 1, True), verb, verb + 1, (verb,)))
    clause.items.sort(key=lambda it: it.start)


def _named_subject(clause: Clause, a: int, b: int) -> bool:
    """True when a term after the verb is an acronym or written with an inner capital."""
    for t in clause.tokens[a + 1 : b]:
        raw = clause.text[t.start : t.end]
        if t.is_word and inner_capital(raw):
            return True
    return False


def _own_work(clause: Clause, verb: int) -> bool:
    """True when the object is the candidate's own ("my PhD", "her thesis")."""
    k = verb + 1
    while k < clause.end and clause.tokens[k].surface in _SKIPS:
        k += 1
    return k < clause.end and clause.tokens[k].surface in clause.lex.words.possessives
