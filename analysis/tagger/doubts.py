"""Clause pass: praise put as an open question is a fault.

"It was hard to tell whether you were interested in the job", "jokes made it hard to tell
whether you believed in your own work": when the panel could not tell if a strength was
there, it did not show, so the praise cue after the question reads as negated. A fault
put so ("Hard to say whether she was nervous") stays unjudged, as the negation exception
already leaves it.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def doubted_praise(clause: Clause) -> None:
    """Negate praise and neutral topic cues after an open "hard to tell whether"."""
    items = clause.items
    if not any(it.rule.kind == "exception" for it in items):
        return
    w, tokens = clause.lex.words, clause.tokens
    doubt = next(
        (
            it
            for it in items
            if it.rule.kind == "exception"
            and tokens[it.start].surface in w.doubt_openers
            and tokens[it.positions[-1]].surface in w.doubt_closers
        ),
        None,
    )
    if doubt is None:
        return
    for it in items:
        if it.start >= doubt.end and it.rule.kind == "cue" and it.rule.prior >= 0:
            if not it.negated:
                it.negated, it.neg_by = True, (doubt.positions,)
