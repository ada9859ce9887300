"""Weak topics that need a verdict beside them: "great CV" judges it, "on your CV" does not.

A few topic words ("CV", "résumé") are mostly written as a place or an object ("rejected at
CV stage", "bring a printed CV", "the gap in your CV", "mention it on your CV"), and only
sometimes as what is judged ("a strong CV", "her CV was thin"). Such a topic counts only when
an evaluative word is within a few words of it or it is negated itself ("didn't hate my CV");
otherwise the clause's advice, header or VADER score says nothing about it (``[nearby]`` in
the cue file).
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_REACH = 4  # tokens either side of the topic where its verdict must stand


def _handled(clause: Clause, item: Item) -> bool:
    """True when the negation of ``item`` denies only the document's handling: a handling verb
    ([nearby] handling) between its negator and the topic ("no one had read his CV", "didn't
    have her CV", "couldn't find his own CV"), not a verdict on it ("didn't hate my CV")."""
    first = min((p[0] for p in item.neg_by), default=item.start)
    if first >= item.start:
        return False
    handling = clause.lex.words.near_handling
    return any(t.surface in handling for t in clause.tokens[first + 1 : item.start])


def need_near_verdict(clause: Clause) -> None:
    """Drop a weak topic with no evaluative word near it and no negation of its own."""
    near = clause.lex.words.near_topics
    tokens = clause.tokens
    for item in clause.items:
        if item.rule.kind != "cue" or item.rule.self_eval:
            continue
        if tokens[item.positions[-1]].surface not in near:
            continue
        if item.negated and not _handled(clause, item):
            continue
        if not any(
            it.kind == "eval" and item.start - _REACH <= it.start < item.end + _REACH
            for it in clause.items
        ):
            item.dropped = True
