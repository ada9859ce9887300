"""Per clause: a shift named as the job's work, not as hours the candidate will or won't work.

"Shift" alone is a logistics topic ("can't do the early shifts", "happy to cover nights
shifts", "the concern was always the night shifts"), but most shifts in a note are the work
itself: one worked or led ("you've never worked a night shift", "hand over to the night
shift"), one just come off ("shattered after night shift", "coming off shift"), the people on
it ("half the night shift speaks Polish") or a kind of post ("a night-shift role"). The verdict
words beside such a shift ("in a clear way", "Sound knowledge", "No previous shift work") judge
something else. A bare shift topic is the candidate's terms only when its clause has a word of
will, ability, need or worry ([worked_shifts] judges); otherwise it is dropped.
"""

from __future__ import annotations

from analysis.tagger.model import Clause

_SHIFTS = frozenset({"shift", "shifts"})


def worked_shifts(clause: Clause) -> None:
    """Drop a bare shift topic that no word of will, ability, need or worry judges."""
    if _SHIFTS.isdisjoint(clause.surfaces):
        return
    w = clause.lex.words
    if not w.shift_judges.isdisjoint(clause.surfaces):
        return
    tokens = clause.tokens
    for it in clause.items:
        if (
            it.rule.kind == "cue"
            and it.rule.theme == w.roles.terms
            and it.rule.prior == 0
            and len(it.positions) == 1
            and tokens[it.positions[0]].surface in _SHIFTS
        ):
            it.dropped = True
