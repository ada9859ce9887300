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


def drop_during_topics(clause: Clause) -> None:
    """Drop a plain topic named after "during the": the time of another cue's verdict."""
    w, tokens = clause.lex.words, clause.tokens
    if not any(tokens[k].surface in w.during_markers for k in range(clause.start, clause.end)):
        return
    cues = [it for it in clause.items if it.kind == "cue"]
    for item in cues:
        if item.rule.self_eval or item.rule.prior or item.negated:
            continue
        if not _after_during(clause, item.start):
            continue
        if any(other is not item and other.start < item.start for other in cues):
            item.dropped = True


def _after_during(clause: Clause, start: int) -> bool:
    """True when "during"/"throughout" and a determiner come a few words before ``start``."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(start - 1, max(clause.start, start - 4), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].surface in w.fault_determiners:
            return tokens[k - 1].surface in w.during_markers
    return False


def drop_act_verbs(clause: Clause) -> None:
    """Drop a plain one-word topic that is the verb after "while you", "as you" and the
    like: the act another word judges or advises on ("while you code"), not a subject."""
    w, tokens = clause.lex.words, clause.tokens
    opener = clause.start > 0 and tokens[clause.start - 1].surface in w.act_markers
    if not opener and w.act_markers.isdisjoint(clause.surfaces):
        return  # a clause cut on "while" leaves the marker just before it
    for item in clause.items:
        if item.kind != "cue" or item.rule.self_eval or item.rule.prior or item.negated:
            continue
        if item.end - item.start != 1 or item.end < len(tokens) and tokens[item.end].is_word:
            continue  # "while you code reviews": a noun phrase may follow
        k = item.start - 1
        if k > clause.start and tokens[k].surface in w.act_modals:
            k -= 1
        subject = tokens[k].surface.split("'")[0] if k >= clause.start else ""
        if subject in w.act_subjects and k > 0 and tokens[k - 1].surface in w.act_markers:
            item.dropped = True
