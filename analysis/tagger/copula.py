"""Stage 4c: a self-judging noun as the subject of a bad verdict is that verdict.

"His punctuality was poor", "her professionalism was found wanting", "the proficiency of the
candidate in English was assessed as being below the required level": a cue that praises
itself ("punctuality", "proficiency") is judged by the verdict its copula gives it. Between
the cue and the verdict: a copula (``[negation] copulas``), no comma, and after the copula only
linking words and verdict verbs ("found", "assessed as being").
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item
from analysis.tagger.polarity import eval_sign


def _copula_at(clause: Clause, start: int, end: int) -> int | None:
    """Where the copula stands between a subject and its verdict, when there is no comma and
    only linking words or verdict verbs come after it ("of the candidate in English was
    assessed as being"); None otherwise."""
    words, tokens = clause.lex.words, clause.tokens
    gap = [tokens[k].surface for k in range(start, end)]
    if not gap or any(w in {",", ";", ":"} for w in gap):
        return None
    at = next((i for i, w in enumerate(gap) if w in words.copulas), None)
    allowed = words.linking | words.verdict_verbs
    if at is None or not all(w in allowed for w in gap[at + 1 :]):
        return None
    return start + at


def judged_subjects(clause: Clause) -> None:
    """Negate a self-praising cue whose copula gives it a bad verdict ("punctuality was poor")."""
    words = clause.lex.words
    if not words.copulas:
        return
    items = clause.items
    for cue in items:
        if cue.kind != "cue" or not cue.rule.self_eval or cue.rule.prior <= 0 or cue.neg_by:
            continue
        verdict = next((e for e in items if e.kind == "eval" and e.start >= cue.end), None)
        if verdict is None or eval_sign(verdict) >= 0:
            continue
        copula = _copula_at(clause, cue.end, verdict.start)
        if copula is not None and not _other_self_eval(items, cue, verdict):
            cue.negated, cue.neg_by = True, (verdict.positions,)


def _other_self_eval(items: list[Item], cue: Item, verdict: Item) -> bool:
    """True when another self-judging cue stands between the subject and the verdict (the
    verdict is nearer to it)."""
    return any(
        it is not cue and it.kind == "cue" and it.rule.self_eval
        and cue.end <= it.start < verdict.start
        for it in items
    )
