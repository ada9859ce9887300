"""Moments: a fault named after "before" is when a habit happens, not a finding.

"Asking a clarifying question before jumping in", "listen to the whole question before you
jump in": the fault word after "before" ("jumping in", "rushing") marks the moment the
praised or advised habit comes, so it is no verdict of its own; the habit before it is.
"You jumped in before I'd finished" (the fault ahead of "before") is left alone.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def drop_moment_faults(clause: Clause) -> None:
    """Drop a self-evaluating fault cue that opens right after "before" (or "before you")."""
    w, tokens = clause.lex.words, clause.tokens
    if w.moment_markers.isdisjoint(clause.surfaces):
        return
    for item in clause.items:
        if item.kind != "cue" or not item.rule.self_eval or item.rule.prior >= 0:
            continue
        k = item.start - 1
        if k > clause.start and tokens[k].surface in w.moment_subjects:
            k -= 1
        if k >= clause.start and tokens[k].surface in w.moment_markers:
            item.dropped = True
