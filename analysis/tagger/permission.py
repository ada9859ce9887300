"""Permission: "it's fine to take a breath before you answer" allows an act, it judges none.

"it's OK to pause and think", "it's perfectly fine to say 'let me think about that'", "it is
okay to take a moment before answering": the praise word of a permission frame ([permission]
subjects, an optional copula and degree, a praise word, then "to") says the act after it is
allowed. It is no verdict on the candidate, and the bare topics of the permitted act ("answer",
"examples") name no theme; a cue that judges itself there ("say you're nervous") keeps its
reading. A denied permission ("it's not OK to ...") is left alone.
"""

from __future__ import annotations

from analysis.tagger.model import Clause

_SPAN = 4  # words at most from the subject to "to" ("it is perfectly fine to")


def permitted_acts(clause: Clause) -> None:
    """Drop a permission frame's praise word and the bare topics of the act it allows."""
    words = clause.lex.words
    if not words.permission_words or words.permission_words.isdisjoint(clause.surfaces):
        return
    at = _frame_end(clause)
    if at is None:
        return
    for item in clause.items:
        if item.start >= at:
            if item.kind == "cue" and not item.rule.self_eval and item.rule.prior == 0:
                item.dropped = True
        elif item.kind in ("eval", "cue") and clause.tokens[item.start].surface in (
            words.permission_words
        ):
            item.dropped = True


def _frame_end(clause: Clause) -> int | None:
    """The position after "to" when the clause opens on a permission frame, else None."""
    w, tokens = clause.lex.words, clause.tokens
    span = [k for k in range(clause.start, min(clause.end, clause.start + _SPAN + 2))]
    if not span or tokens[span[0]].surface not in w.permission_subjects:
        return None
    for n, k in enumerate(span[1:], 1):
        s = tokens[k].surface
        if s in w.permission_words:
            nxt = k + 1
            ok = nxt < clause.end and tokens[nxt].surface == "to"
            return nxt + 1 if ok else None
        if s not in w.permission_fillers or n > _SPAN:
            return None
    return None
