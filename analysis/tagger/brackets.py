"""Bracketed labels: "Mock panel (MSc Public Health)" names who the note is about.

A clause that is all of a pair of brackets and holds no judging word ("Session 3 with Daniel
(PGCE Secondary English)", "client fb (big4 jhb, tax)", "Practice interview with adviser
(public health MSc)") hangs on a label and tells the reader who or what the note is about:
its topics lean to no verdict, so the clause says nothing. A bracket that judges ("(late
again)", "(no portfolio)"), one that backs a verdict before it ("great on paper (10yrs ortho
theatres)", "you have the qualifications (CPA, CFA Level 2)"), and one under a header keep
their cues, and so does a bracket that counts tenure ("(ISO auditor, 8 yrs)").
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_STOPS = frozenset({".", ";", ":", "|", "!", "?", ")", "\n"})


def skip_bracket_labels(clause: Clause) -> None:
    """Skip a bracketed clause of plain topics that follows a label with no cue."""
    before = clause.extra.get("before")
    tokens, end = clause.tokens, clause.end
    if before is None or clause.mode or end >= len(tokens) or tokens[end].surface != ")":
        return
    for item in clause.items:
        if item.rule.kind == "eval" or item.rule.self_eval or item.negated:
            return
    if any(t.surface[:1].isdigit() for t in tokens[clause.start : end]):
        return  # "Quality lead (ISO auditor, 8 yrs)": a tenure counted is held
    if not _judged_before(clause, before):
        clause.skip = True


def _label_start(clause: Clause) -> int:
    """Where the stretch before the bracket opens: after the last stop, or the sentence start."""
    tokens = clause.tokens
    for k in range(clause.start - 2, -1, -1):
        if tokens[k].surface in _STOPS:
            return k + 1
    return 0


def _judged_before(clause: Clause, before: object) -> bool:
    """True when a cue, an evaluative word or a set phrase sits before the bracket."""
    opening = _label_start(clause)
    items: list[Item] = before if isinstance(before, list) else []
    return any(it.start >= opening and it.rule.kind in ("cue", "eval", "ignore") for it in items)
