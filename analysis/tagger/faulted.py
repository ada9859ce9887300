"""A self-praising noun that is the object of a bad verdict takes that verdict.

"Easy to fault the punctuality", "they faulted her punctuality", "plenty to fault in his
professionalism": a cue that praises itself ("punctuality") stands as the object of a verdict
of fault, only a determiner or possessive between ([negation] fault_determiners), so the
verdict judges it, as "his punctuality was poor" does its subject (copula.py).
"""

from __future__ import annotations

from analysis.tagger.model import Clause
from analysis.tagger.polarity import eval_sign


def faulted_objects(clause: Clause) -> None:
    """Negate a self-praising cue right after a bad verdict ("easy to fault the punctuality")."""
    items, tokens = clause.items, clause.tokens
    evals = [e for e in items if e.kind == "eval" and not e.negated and eval_sign(e) < 0]
    if not evals:
        return
    between = clause.lex.words.fault_determiners | {"in", "with", "about"}
    for verdict in evals:
        cue = next((c for c in items if c.kind == "cue" and c.start >= verdict.end), None)
        if cue is None or not cue.rule.self_eval or cue.rule.prior <= 0 or cue.neg_by:
            continue
        gap = [tokens[k].surface for k in range(verdict.end, cue.start)]
        if len(gap) <= 2 and all(w in between for w in gap):
            cue.negated, cue.neg_by = True, (verdict.positions,)
