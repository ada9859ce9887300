"""A topic noun right after an answer method's name is the method's own, no second topic.

"Your STAR structure is excellent", "the STAR structure was there", "Used the STAR structure
naturally": the method ([method_heads] names) is the preparation cue, and the "structure" it heads
is that method's form, not a delivery topic the verdict ("excellent") also judges. A neutral
topic cue of another theme whose first word comes right after a method name is dropped; a
delivery verdict word elsewhere ("STAR structure, but rambling") keeps its own cue.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def drop_method_heads(clause: Clause) -> None:
    """Drop a neutral topic cue headed by the answer method named just before it."""
    names = clause.lex.words.method_head_names
    if names.isdisjoint(clause.surfaces):
        return
    tokens = clause.tokens
    methods = [
        it
        for it in clause.items
        if it.rule.kind == "cue" and tokens[it.positions[0]].surface in names
    ]
    if not methods:
        return
    heads = {
        id(it)
        for it in clause.items
        if it.rule.kind == "cue"
        and not it.rule.prior
        and any(m.rule.theme != it.rule.theme and it.start == m.end for m in methods)
    }
    if heads:
        clause.items = [it for it in clause.items if id(it) not in heads]
