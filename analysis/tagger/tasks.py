"""A term of the job named as a task: "rota management", "managed a ward budget".

Some logistics topics ("budget", "rota", "shift") are the candidate's terms when they are
asked for or offered ("well above budget", "can't do the night shifts"), but a task or a
subject when something is managed, planned or run with them ("strong on rota management",
"she's never managed a budget", "ran a night shift of 40", "the budget question"). Then the
verdict is on a skill or on experience, which the clause's other cues name; the term says
nothing of the candidate's terms (``[tasks]`` in the cue file).
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_LOOK_BACK = 4  # words before the topic in which a task verb makes it a task


def drop_task_terms(clause: Clause) -> None:
    """Drop a term topic ("budget", "rota") that a task verb or task noun makes a task."""
    w = clause.lex.words
    for item in clause.items:
        if item.rule.kind != "cue" or item.rule.theme not in w.task_themes:
            continue
        if clause.tokens[item.positions[-1]].surface not in w.task_terms:
            continue
        if item.rule.self_eval or item.negated:
            continue
        if any(test(clause, item) for test in (_task_noun_after, _task_verb_before, _kind_before)):
            item.dropped = True


def _task_noun_after(clause: Clause, item: Item) -> bool:
    """'rota management', 'budget-holding', 'rota/workforce planning', 'the budget question'."""
    tokens, nouns = clause.tokens, clause.lex.words.task_nouns
    k = item.end
    if k < clause.end and tokens[k].surface == "/" and k + 2 < clause.end:
        k += 2  # "rota/workforce planning"
    return k < clause.end and tokens[k].surface in nouns


def _task_verb_before(clause: Clause, item: Item) -> bool:
    """'never managed a budget', 'ran a night shift', 'running the food bank rota'."""
    tokens, verbs = clause.tokens, clause.lex.words.task_verbs
    for k in range(item.start - 1, max(clause.start - 1, item.start - 1 - _LOOK_BACK), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].surface in verbs:
            return True
    return False


def _kind_before(clause: Clause, item: Item) -> bool:
    """'the harvest budget', 'our 2025 budget', 'a £400k budget': a budget of a named kind,
    year or size is the work's money, not the pay band offered."""
    k = item.positions[0] - 1
    if clause.tokens[item.positions[-1]].surface not in clause.lex.words.kinded_terms:
        return False
    if k < clause.start or not clause.tokens[k].is_word:
        return False
    word = clause.tokens[k].surface
    return word in clause.lex.words.task_kinds or word[:1].isdigit() or word[:1] in "£$€"
