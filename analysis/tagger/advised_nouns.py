"""Advised nouns: "Work on keeping the safeguarding answer under two minutes" asks for an act.

An advice frame ("work on", "could you", "next time") with no verdict word of its own judges the
act it asks for. A bare topic of the subject or the record in that clause ("safeguarding", "KPIs",
"placement") is then only what the act is about when another theme's topic names the act
("answer ... under two minutes", "bring a summary", "polish your shoes"): the frame's fault is
that theme's, not a gap in the trade, so the bare subject or record topic goes.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_VERDICTS = frozenset({"eval", "negator", "excess", "contrast"})


def advised_nouns(clause: Clause) -> None:
    """Drop bare subject and record topics an advice frame only mentions beside another
    theme's topic, when no verdict word in the clause judges them."""
    live = [it for it in clause.items if not it.dropped]
    if not any(it.kind == "advice" for it in live):
        return
    if any(it.kind in _VERDICTS for it in live):
        return
    roles = clause.lex.words.roles
    weak = {roles.subject, roles.record}
    bare = [it for it in live if it.kind == "cue" and it.rule.theme in weak and _bare(it)]
    if not bare:
        return
    acts = [it for it in live if it.kind == "cue" and it.rule.theme not in weak]
    for it in bare:
        if any(not _listed(clause, it, act) for act in acts):
            it.dropped = True


def _listed(clause: Clause, one: Item, other: Item) -> bool:
    """True when a join parts the two topics ("work on your SQL and your eye contact"): two
    points advised, each its own, rather than one act and what it is about."""
    lo, hi = sorted((one, other), key=lambda it: it.start)
    joins = clause.lex.words.advised_joins
    return any(t.surface in joins for t in clause.tokens[lo.end : hi.start])


def _bare(item: Item) -> bool:
    """True for a neutral topic: no lean, no verdict of its own, not negated."""
    return not item.rule.prior and not item.rule.self_eval and not item.negated
