"""Result labels: "Outcome: unsuccessful", "Decision: not appointable", "Final outcome: no".

A short label before a colon that names the process's result (``[titles] results`` in the cue
file) is a field of the form, not a topic: whatever cue its own words carry ("outcome" is a
story's result elsewhere) is dropped, and the verdict after the colon is about the hire, which
judges no theme unless it names one itself.
"""

from __future__ import annotations

from analysis.tagger.model import Clause

_LABEL = 3  # words at most in a result label ("Overall interview outcome:")


def result_labels(clause: Clause) -> None:
    """Drop the cues inside a short opening label whose head word names the result."""
    tokens, results = clause.tokens, clause.lex.words.result_labels
    if not results or not clause.items:
        return
    colon = next((k for k in range(clause.start, clause.end) if tokens[k].surface == ":"), None)
    if colon is None:
        return
    label = [k for k in range(clause.start, colon) if tokens[k].is_word]
    if not 1 <= len(label) <= _LABEL or tokens[label[-1]].surface.lower() not in results:
        return
    for item in clause.items:
        if item.rule.kind == "cue" and item.end <= colon:
            item.dropped = True
