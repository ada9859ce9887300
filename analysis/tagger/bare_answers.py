"""Bare answers: "Good answers overall" or "answers were fine" judge no delivery.

"Answers" is a communication topic: a delivery word beside it ("clear", "rambling", "too
long") judges how the candidate spoke. A verdict of worth alone ("good", "fine", "sincere",
"thin") says the answers were worth something, not how they were put: the labels give such a
clause no communication mention (their content is preparation or knowledge, which other cues
name when the note says so). The verdict words are data in ``[bare_answers]`` of the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item


def bare_answer_verdicts(clause: Clause) -> None:
    """Drop a bare "answers" topic whose only verdicts in the clause are verdicts of worth
    on the answers themselves ("good answers", "answers were fine")."""
    w = clause.lex.words
    if not clause.surfaces & w.answer_nouns or not clause.surfaces & w.content_verdicts:
        return
    live = [it for it in clause.items if not it.dropped]
    answers = [it for it in live if _bare_answer(clause, it)]
    if not answers or any(it.kind == "negator" for it in live):
        return  # "undo a good answer", "wasn't a good answer": a verdict turned elsewhere
    others = [it for it in live if it not in answers and it.kind in ("cue", "eval")]
    if any(it.rule.theme == w.roles.delivery and it.kind == "cue" for it in others):
        return  # "clear, good answers": a delivery word judges them
    if not all(_worth(clause, it) for it in others if it.kind == "eval"):
        return
    # With no verdict word of the lexicon, the worth word is what VADER would read.
    span = range(clause.start, clause.end)
    worth = [k for k in span if clause.tokens[k].surface in w.content_verdicts]
    if all(any(_attached(clause, a, k) for k in worth) for a in answers):
        for it in answers:
            it.dropped = True


def _attached(clause: Clause, answer: Item, k: int) -> bool:
    """True when the worth word at ``k`` judges the answers: just before them ("good
    answers", "no decent answer"), right after them ("answers fine"), or after them across
    a copula ("answers themselves were fine"), not another noun ("a great job of ...")."""
    tokens = clause.tokens
    if 0 < answer.start - k <= 2:
        return True
    if k == answer.end:
        return True
    return k > answer.end and any(
        tokens[j].surface in clause.lex.words.copulas for j in range(answer.end, k)
    )


def _bare_answer(clause: Clause, item: Item) -> bool:
    """True for a one-word communication topic such as "answers" or "responses"."""
    return (
        item.kind == "cue"
        and item.rule.theme == clause.lex.words.roles.delivery
        and not item.rule.self_eval
        and len(item.positions) == 1
        and clause.tokens[item.start].surface in clause.lex.words.answer_nouns
    )


def _worth(clause: Clause, item: Item) -> bool:
    """True for a one-word verdict of worth ("good", "fine", "sincere")."""
    return len(item.positions) == 1 and (
        clause.tokens[item.start].surface in clause.lex.words.content_verdicts
    )
