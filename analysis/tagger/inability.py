"""Stage 4b: an inability frame denies the whole task it names, not only its first word.

"was not in a position to maintain eye contact", "did not succeed to demonstrate sufficient
proficiency", "was unable to complete the welding test to the required standard within the
allocated time", "has remained with doubts concerning the depth of knowledge": the negation
reaches every cue and evaluative word of the task after it, up to a comma or a new clause
word (``[negation] inability_breaks``). The frames are the negators whose words, or the two
word right after them, include one of ``[negation] inability``.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item
from analysis.tagger.tokens import item_words


def _is_frame(clause: Clause, negator: Item) -> bool:
    """True when the negator, or the word after it, names an inability ("unable", "not able",
    "did not succeed", "doubts"), and no employer speaks just before it ("we are unable to
    share the results" is the letter's process, not the candidate's task)."""
    words, tokens = clause.lex.words, clause.tokens
    phrase = item_words(tokens, negator)
    after = () if phrase in words.subject_negators else (negator.end,)
    heads = (*negator.positions, *after)
    if not any(k < clause.end and tokens[k].surface in words.inability for k in heads):
        return False
    before = range(max(clause.start, negator.start - 3), negator.start)
    return not any(tokens[k].surface in words.employer for k in before)


def _denies(item: Item) -> bool:
    """True for what a frame may still reach: an evaluative word or a cue that judges
    itself, untouched so far (a bare topic of another theme keeps its own reading)."""
    if item.dropped or item.negated or item.neg_by or item.rule.kind == "negator":
        return False
    return item.kind == "eval" or (item.kind == "cue" and bool(item.rule.prior))


def _task_start(items: list[Item], frame: Item) -> int:
    """Where the frame's reach begins: after the target the negation already gave it, since
    a word before that describes the task's object ("unable to do basic calculations")."""
    reached = [it.end for it in items if frame.positions in it.neg_by and it.start >= frame.end]
    return min(reached, default=frame.end)


def extend_inability(clause: Clause) -> None:
    """Negate the untouched cues and evaluative words of the task an inability frame opens."""
    words = clause.lex.words
    if not words.inability:
        return
    tokens, items = clause.tokens, clause.items
    frames = [it for it in items if it.rule.kind == "negator" and _is_frame(clause, it)]
    for frame in frames:
        stop = next(
            (
                k
                for k in range(frame.end, clause.end)
                if tokens[k].surface in words.inability_breaks
            ),
            clause.end,
        )
        begin = _task_start(items, frame)
        for it in items:
            if begin <= it.start < stop and _denies(it):
                it.negated, it.neg_by = True, (frame.positions,)
