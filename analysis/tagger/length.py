"""Length faults: "the submission exercise was far too long" judges delivery, not skill.

A piece of written or presented work ("exercise", "writing sample", "brief") is a skills
topic, and a length word beside it ("too long", "over-long", "long-winded") is a delivery cue
that yields to such a topic. Length is how the work was delivered, whatever the work: the work
noun names what ran long, so it becomes a plain communication topic that the length judges
(a "brief" too: "her written brief was far too long" is no praise of brevity).
Words are data in ``[length]`` of the cue file.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item


def length_of_work(clause: Clause) -> None:
    """Make a work noun that a length cue in its clause judges a communication topic."""
    w, tokens = clause.lex.words, clause.tokens
    work, delivery = w.roles.work, w.roles.delivery
    if not any(_is_length(clause, it) for it in clause.items):
        return
    for item in clause.items:
        if item.rule.kind != "cue" or _is_length(clause, item):
            continue
        if item.rule.theme == work and item.rule.prior:
            continue  # "excellent writing sample" keeps its own verdict
        if _told_at_length(clause, item):
            item.rule = replace(
                item.rule, theme=delivery, prior=0, self_eval=False, contextual=False
            )
            continue
        if item.rule.theme not in (work, delivery):
            continue
        if any(tokens[p].surface in w.length_work for p in item.positions):
            item.rule = replace(
                item.rule, theme=delivery, prior=0, self_eval=False, contextual=False
            )


def _is_length(clause: Clause, item: Item) -> bool:
    """True for a communication cue whose words say the work ran long."""
    w = clause.lex.words
    return item.rule.kind == "cue" and item.rule.theme == w.roles.delivery and any(
        clause.tokens[p].surface in w.length_words for p in item.positions
    )


def _told_at_length(clause: Clause, item: Item) -> bool:
    """True for a plain story topic ("a long story about a house move"): the talk ran long."""
    w = clause.lex.words
    return (
        item.rule.theme == w.roles.research
        and not item.rule.self_eval
        and all(clause.tokens[p].surface in w.length_told for p in item.positions)
    )
