"""Stage 5e: a term both sides have settled is a fact of the process, no verdict.

"Start date agreed for 2 September", "start date 6/3, bgc pending", "availability for the second
round to be confirmed by the 30th": a clause that reports a logistics term as agreed, confirmed
or pending records where the process stands, so its logistics topics judge no one. A verdict or
a negator in the clause ("confirmed you are not able to relocate", "salary agreed, which helps")
keeps its reading.
"""

from __future__ import annotations

from analysis.tagger.informed import _JUDGING, _judges
from analysis.tagger.model import Clause


def drop_settled_terms(clause: Clause) -> None:
    """Drop the logistics topics of a clause that reports them settled, when nothing judges."""
    w = clause.lex.words
    if w.settled_words.isdisjoint(clause.surfaces):
        return
    tokens = clause.tokens
    # "after the agreed start time": the settled word names the slot the verdict is about.
    if any(
        tokens[k].surface in w.settled_words
        and k + 1 < clause.end
        and tokens[k - 1].surface in ("the", "an", "a")
        for k in range(clause.start + 1, clause.end)
    ):
        return
    # "bgc pending": the settled word itself is no verdict on the term.
    items = [
        it
        for it in clause.items
        if not it.dropped and tokens[it.start].surface not in w.settled_words
    ]
    if any(it.kind in _JUDGING or (_judges(it) and it.rule.theme != w.roles.terms) for it in items):
        return
    for it in items:
        if it.kind == "cue" and it.rule.theme == w.roles.terms and not it.rule.self_eval:
            it.dropped = True
