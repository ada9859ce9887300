"""A story that ran long judges the talk's length, not the examples prepared.

"went way too long on the Perth turnaround story", "we got a long story about a house move",
"ran long and buried the ask under detail": a length word ("long", "lengthy", ``[length]
words``) yields to the clause's topic, and a story, an anecdote or detail is a preparation topic
(the examples brought). But a length is how long the candidate talked: the story only names what
ran long, so it becomes a plain communication topic the length judges, as ``length_of_work``
reads a writing sample too long. "long story short" is the writer's idiom
(``[long_stories]``).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.length import _is_length
from analysis.tagger.model import Clause


def long_stories(clause: Clause) -> None:
    """Make a story that a length cue in its clause judges a communication topic."""
    w, tokens = clause.lex.words, clause.tokens
    if w.long_story_nouns.isdisjoint(clause.surfaces):
        return
    lengths = [it for it in clause.items if _is_length(clause, it)]
    if not lengths or any(
        p + 2 < clause.end and tokens[p + 2].surface in w.long_story_idioms
        for it in lengths for p in it.positions
    ):
        return
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme != w.roles.research or rule.prior or rule.self_eval:
            continue
        if any(tokens[p].surface in w.long_story_nouns for p in item.positions):
            item.rule = replace(rule, theme=w.roles.delivery, contextual=False)
