"""Questions to put to the employer: "ask them what the training involves".

An order or a report that the candidate asks the employer something ("ask them about the
restructure", "ask us what a typical week looks like, what the training involves") is about
the candidate's own questions, which the cue file reads as preparation; the topics the
questions name ("restructure", "training") say nothing of the candidate's fit or experience.
A list of questions runs on over a comma or "and" when the next one opens with a query word.
The interviewer's questions to the candidate ("they asked me about my salary") are left alone.
"""

from __future__ import annotations

from analysis.tagger.model import Clause

_BREAKS = frozenset({",", "and", "but", ";", "-", "or"})


def drop_question_subjects(clause: Clause) -> None:
    """Drop the topics a question put to the employer names (not the asking itself)."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(clause.start, clause.end - 2):
        if tokens[k].surface not in w.asked or tokens[k + 1].surface not in w.employer_objects:
            continue
        if tokens[k + 2].surface not in w.query_words:
            continue
        _drop_from(clause, k + 2)
        return


def _drop_from(clause: Clause, begin: int) -> None:
    """Drop the topics from ``begin`` to the end of the list of questions."""
    w, tokens = clause.lex.words, clause.tokens
    end = begin
    while end < clause.end:
        surface = tokens[end].surface
        if surface in _BREAKS:
            nxt = tokens[end + 1].surface if end + 1 < clause.end else ""
            if nxt not in w.query_words:
                break
        end += 1
    for item in clause.items:
        if item.kind != "cue" or not begin <= item.start < end:
            continue
        if item.rule.theme != w.roles.research and begin not in item.positions:
            item.dropped = True


_QUESTION_NOUNS = frozenset({"questions", "question"})
_SUBJECT_LEADS = frozenset({"about", "on", "regarding", "around", "into", "re"})
_ASKED_PEOPLE = frozenset({"me", "him", "her", "you"})


def drop_reported_question_subjects(clause: Clause) -> None:
    """'Asked the panel good qs about the restructure': the subject of the candidate's own
    questions ('about the restructure') names no verdict on fit or terms; the asking itself
    (preparation) stays. 'they asked me questions about my notice' is left alone."""
    w, tokens = clause.lex.words, clause.tokens
    asked = next(
        (k for k in range(clause.start, clause.end) if tokens[k].surface in w.asked), None
    )
    if asked is None:
        return
    for k in range(asked + 1, min(asked + 6, clause.end - 1)):
        surface = tokens[k].surface
        if surface in _ASKED_PEOPLE:
            return
        if surface in _QUESTION_NOUNS and tokens[k + 1].surface in _SUBJECT_LEADS:
            research = w.roles.research
            if any(it.kind == "cue" and it.rule.theme == research for it in clause.items):
                _drop_from(clause, k + 1)
            return
