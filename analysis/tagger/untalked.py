"""Per clause: a term not talked about is a fact of the process, no verdict.

"Salary not discussed yet", "Notice period and salary were covered by the recruiter beforehand
and not discussed in the room", "We didn't discuss relocation", "Salary never came up": the
negator denies the talking ([posts] process_verbs), not the term, so the term (a logistics topic
with no verdict of its own) is no fault, as "Salary was discussed" already was none. The
candidate as the one who did not talk ("you never discussed your notice period") is left alone.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_FILLERS = frozenset({"yet", "really", "even", "be", "been", "get", "got", "actually", "once"})


_TIMES = frozenset({"now", "yet", "today", "here", "then"})


def _denies_talk(clause: Clause, negator: Item) -> bool:
    """True when a process verb follows ``negator`` (a filler or two between), or one comes
    before a 'not now' that puts the talk later ("will be discussed at offer stage, not now")."""
    tokens, verbs = clause.tokens, clause.lex.words.process_verbs
    k = negator.end
    if k < clause.end and tokens[k].surface in _TIMES:
        return any(tokens[j].surface in verbs for j in range(clause.start, negator.start))
    while k < clause.end and tokens[k].surface in _FILLERS:
        k += 1
    if k >= clause.end:
        return False
    pair = " ".join(t.surface for t in tokens[k : k + 2])
    return tokens[k].surface in verbs or pair in verbs


def untalked_terms(clause: Clause) -> None:
    """Undo a negation that only denies talking about a clause's logistics topics."""
    w = clause.lex.words
    if w.process_verbs.isdisjoint(clause.surfaces) and "came" not in clause.surfaces:
        return
    if not w.candidate_subjects.isdisjoint(clause.surfaces):
        return  # "you never discussed your notice period": the candidate's own omission
    negators = [it for it in clause.items if it.rule.kind == "negator" and _denies_talk(clause, it)]
    if not negators:
        return
    topics = [it for it in clause.items if it.kind == "cue"]
    if any(it.rule.self_eval for it in topics) or not any(
        it.rule.theme == w.roles.terms for it in topics
    ):
        return
    if any(it.kind == "eval" for it in clause.items if it not in negators):
        return  # "salary not discussed, which was odd"
    spans = {neg.positions for neg in negators}
    for neg in negators:
        neg.dropped = True
    for it in topics:
        if it.negated and set(it.neg_by) <= spans:
            it.negated, it.neg_by = False, ()
            # "covered by the recruiter beforehand and not discussed": what else the talk
            # names is no verdict either
            it.dropped = it.rule.theme != w.roles.terms
