"""Within a clause: a praise word repeated with "too" restates the praise ("calm - too calm").

"He was calm - too calm, almost; it read as indifference": the writer grants the quality, then
qualifies it, and the fault is named by what follows ("indifference"), not by the quality. So
a "too" reading of a cue that the same clause has just stated plainly is dropped; the plain
reading stands. "calm but too quiet" (another word) still reads "too quiet" as a fault.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def drop_echoed_excess(clause: Clause) -> None:
    """Remove a "too X" cue that echoes the plain "X" just before it in the clause."""
    items = clause.items
    plain = [it for it in items if it.kind == "cue" and it.excess_by is None and not it.negated]
    echoes = [
        it
        for it in items
        if it.kind == "cue"
        and it.excess_by is not None
        and it.rule.prior > 0
        and any(p.rule is it.rule and p.end <= it.start <= p.end + 4 for p in plain)
    ]
    if echoes:
        clause.items = [it for it in items if not any(it is e for e in echoes)]
