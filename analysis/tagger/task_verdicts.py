"""A faltering or an order said of a task of the work judges the work, not nerves or delivery.

"a wobble on the coding exercise", "recovered well in system design", "stumbled when asked abt
the power budget calc", "your answers on the credit case were shaky": a composure word that can
also tell a faltering at a task (``[task_verdicts] composure``), in a clause that names a task of
the work (a skills topic or a task noun) and no body or voice (no composure topic: "voice
wobbled on the first question"), judges the work done, skills. "your structured approach to the
case", "your structuring of the market-sizing case": an order word (``order``) whose approach is
to, or of, a task of the work judges that work, not how the answers were put.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item

ORDER_REACH = 5  # words from the link to the task: "approach to the prioritisation case"


def task_verdicts(clause: Clause) -> None:
    """Read a composure or order verdict on a task of the work as a verdict on the work."""
    w = clause.lex.words
    surfaces = clause.surfaces
    composure, order = w.task_verdict_composure, w.task_verdict_order
    if composure.isdisjoint(surfaces) and order.isdisjoint(surfaces):
        return
    tasks = _task_positions(clause)
    if not tasks:
        return
    body = any(
        it.rule.kind == "cue" and it.rule.theme == w.roles.composure and not it.rule.self_eval
        for it in clause.items
    )
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or not rule.self_eval:
            continue
        first = clause.tokens[item.start].surface
        if rule.theme == w.roles.composure and first in composure and not body:
            item.rule = replace(rule, theme=w.roles.work, contextual=False)
        elif rule.theme == w.roles.delivery and first in order and _ordered_task(
            clause, item, tasks
        ):
            item.rule = replace(rule, theme=w.roles.work, contextual=False)


def _task_positions(clause: Clause) -> set[int]:
    """Where the clause names a task of the work: a skills topic's words or a task noun."""
    w, tokens = clause.lex.words, clause.tokens
    found = {
        p for it in clause.items
        if it.rule.kind == "cue" and it.rule.theme == w.roles.work and not it.rule.self_eval
        for p in it.positions
    }
    nouns = w.task_verdict_tasks
    if not nouns.isdisjoint(clause.surfaces):
        found |= {k for k in range(clause.start, clause.end) if tokens[k].surface in nouns}
    return found


def _ordered_task(clause: Clause, item: Item, tasks: set[int]) -> bool:
    """True when 'approach to / of' or 'of' after the order word leads to a task within reach."""
    w, tokens = clause.lex.words, clause.tokens
    k = item.end
    if k < clause.end and tokens[k].surface in w.task_verdict_approaches:
        k += 1
    if k >= clause.end or tokens[k].surface not in w.task_verdict_links:
        return False
    return any(j in tasks for j in range(k + 1, min(clause.end, k + 1 + ORDER_REACH)))
