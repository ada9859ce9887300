"""Answers on a subject: "your answers on triage were excellent" judge knowledge, not delivery.

"Answers" is a communication topic, and it already yields to another theme's topic in its
clause ("clear answers about your experience"). When it is followed by "on / about /
concerning" and a subject the cue file does not name (a regulation, a clinical procedure, a
financial rule), the verdict is on what the candidate knows of that subject: the topic becomes
a skills topic, unless a delivery word in the clause judges the answers ("clear answers
on ..."). Question types ("answers on the competency questions") and the candidate
("answers about yourself") are no subject (``[subjects]`` in the cue file).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item

SUBJECT_THEME = "skills"
ANSWER_THEME = "communication"
_LOOKAHEAD = 4  # words after the preposition in which another cue keeps its own say


def answers_on_subjects(clause: Clause) -> None:
    """Turn a communication "answers" topic that names an unlisted subject into skills."""
    w, tokens = clause.lex.words, clause.tokens
    if any(it.rule.theme == ANSWER_THEME and it.rule.self_eval for it in clause.items):
        return  # "clear, well-structured answers about subcontractor management": delivery
    for item in clause.items:
        if not _answer_topic(clause, item):
            continue
        k = item.end
        if k >= clause.end or tokens[k].surface not in w.subject_prepositions:
            continue
        k += 1
        while k < clause.end and tokens[k].surface in w.subject_skips:
            k += 1
        if k >= clause.end or not tokens[k].is_word:
            continue
        if any(tokens[j].surface in w.not_subjects for j in range(k, min(k + 2, clause.end))):
            continue
        if any(it.rule.kind == "cue" and k <= it.start < k + _LOOKAHEAD for it in clause.items):
            continue  # "answers about your leadership": that theme's topic decides
        item.rule = replace(item.rule, theme=SUBJECT_THEME, contextual=False)


def _answer_topic(clause: Clause, item: Item) -> bool:
    """True for a bare one-word communication topic such as "answers" or "responses"."""
    rule = item.rule
    return (
        rule.kind == "cue"
        and rule.theme == ANSWER_THEME
        and not rule.self_eval
        and len(item.positions) == 1
        and clause.tokens[item.start].surface in clause.lex.words.answer_nouns
    )


def unclear_on_subjects(clause: Clause) -> None:
    """'Hazy on VRF systems', 'unclear on CIL vs s106': a delivery cue ending in 'on' that
    names a subject no cue lists is a gap in knowledge of it (skills), not in delivery."""
    w, tokens = clause.lex.words, clause.tokens
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme != ANSWER_THEME or not rule.contextual:
            continue
        if tokens[item.end - 1].surface not in w.subject_prepositions:
            continue
        k = item.end
        while k < clause.end and tokens[k].surface in w.subject_skips:
            k += 1
        if k >= clause.end or not tokens[k].is_word or tokens[k].surface in w.not_subjects:
            continue
        if any(
            it.rule.kind == "cue" and it is not item and k <= it.start < k + _LOOKAHEAD
            for it in clause.items
        ):
            continue  # "hazy on your notice period": that theme's topic decides
        item.rule = replace(rule, theme=SUBJECT_THEME, contextual=False)
