"""Stage 5c: what the writer told the candidate is information, no verdict.

"told cand abt 401k match + shift diff", "told her onsite 4 days, 1 wfh", "have told her re
the parking": a recruiter or panel member passing the employer's terms on to the candidate
(named as her, him or cand after a telling verb) reports what the employer offers, so the
topics after it judge no one. An order told ("told cand to come w/ real examples") stays
advice, and a verdict word in what was told ("told her she was too casual") keeps its reading.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_JUDGING = frozenset({"eval", "negator", "advice", "excess", "rival", "decision", "contrast"})
_ORDER_WINDOW = 3  # "told him b4 to wear a suit": an order's "to" within these words


def drop_told_terms(clause: Clause) -> None:
    """Drop the topics of what the writer told the candidate, when nothing in it judges."""
    w = clause.lex.words
    if w.informed_verbs.isdisjoint(clause.surfaces):
        return
    tokens, start, end = clause.tokens, clause.start, clause.end
    words = [k for k in range(start, end) if tokens[k].is_word]
    for n, k in enumerate(words[:-1]):
        if tokens[k].surface not in w.informed_verbs:
            continue
        if n and tokens[words[n - 1]].surface not in w.informed_leads:
            continue
        r = n + 1
        if tokens[words[r]].surface == "the" and r + 1 < len(words):
            r += 1
        if tokens[words[r]].surface not in w.informed_recipients:
            continue
        told = words[r + 1 :]
        if any(tokens[j].surface == "to" for j in told[:_ORDER_WINDOW]):
            return  # an order passed on is advice
        after = told[0] if told else end
        span = [it for it in clause.items if it.start >= after]
        if any(it.kind in _JUDGING or _judges(it) for it in span):
            return
        for it in span:
            if it.kind == "cue":
                it.dropped = True
        return


def _judges(it: Item) -> bool:
    """A cue that is itself a verdict ("arrogant", "scruffy"), not a neutral topic."""
    return it.kind == "cue" and (it.rule.self_eval or it.rule.prior != 0)
