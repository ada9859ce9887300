"""Rivals inside a rejection phrase: "the job went to someone with stronger clinical skills".

A generic rejection phrase ("job went to someone", "recommended another candidate") can end on
the rival's noun and so swallow the rival phrase ("someone with", "candidate with") the cue
file has for it. When that noun is followed by what describes the rival ("with", "who",
"whose"), the clause compares the candidate with the rival as if the rival phrase had matched:
the dimension named is the candidate's gap, not a generic reason, unless the phrase already
names one ("an internal candidate who ...") (``[comparison] swallowed_*`` in the cue file).
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def swallowed_rivals(clause: Clause) -> None:
    """Mark the clause as a comparison when a generic cue ends on a rival described after it."""
    w, tokens = clause.lex.words, clause.tokens
    generic = clause.lex.generic
    for item in clause.items:
        if item.rule.kind != "cue" or item.rule.theme not in generic or item.end >= clause.end:
            continue
        if tokens[item.end - 1].surface not in w.swallowed_heads:
            continue
        if any(tokens[k].surface in w.swallowed_reasons for k in item.positions):
            continue  # "offered to an internal candidate who has been covering": the reason
        if tokens[item.end].surface in w.swallowed_links:
            clause.extra["rival"] = True
            return
