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

import re
from dataclasses import replace

from analysis.tagger.model import Clause, Item, Token
from analysis.tagger.tokens import inner_capital

_BREAKS = frozenset({"but", ";", ".", "though", "although", "whereas", "while", "-", ":"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b")  # "the 18th edition" names an edition
_LOOKAHEAD = 4  # words after the preposition in which another cue keeps its own say


def answers_on_subjects(clause: Clause) -> None:
    """Turn a communication "answers" topic that names an unlisted subject into skills."""
    w, tokens = clause.lex.words, clause.tokens
    if any(it.rule.theme == w.roles.delivery and it.rule.self_eval for it in clause.items):
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
        item.rule = replace(item.rule, theme=w.roles.subject, contextual=False)


def _answer_topic(clause: Clause, item: Item) -> bool:
    """True for a bare one-word communication topic such as "answers" or "responses"."""
    rule = item.rule
    return (
        rule.kind == "cue"
        and rule.theme == clause.lex.words.roles.delivery
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
        if rule.kind != "cue" or rule.theme != w.roles.delivery or not rule.contextual:
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
        item.rule = replace(rule, theme=w.roles.subject, contextual=False)


def known_credentials(clause: Clause) -> None:
    """'Knew RevPAR, ADR and occupancy cold', 'solid grasp of the 18th Edition', 'good on the
    NPPF Green Belt': a credential named as the object of a knowing cue is a subject known
    (skills), not a qualification held."""
    w = clause.lex.words
    starts = _object_starts(clause)
    for item in clause.items:
        if item.rule.kind != "cue" or item.rule.theme != w.roles.record:
            continue
        if not _named(clause, item):
            continue  # "strong on exp, 8yrs in proc mgmt": tenure, not a named credential
        if any(_object_of(clause.tokens, k, item.start) for k in starts):
            item.rule = replace(item.rule, theme=w.roles.subject, prior=0, contextual=False)


def known_terms(clause: Clause) -> None:
    """'Knew RTI submissions and salary-sacrifice rules well', 'knew the pay and grading
    framework in detail': a pay word inside the object of a knowing cue names a subject of the
    work known (skills), not the candidate's own terms; 'knew what salary to ask' stays terms."""
    w, tokens = clause.lex.words, clause.tokens
    terms = [
        it for it in clause.items
        if it.rule.kind == "cue" and it.rule.theme == w.roles.terms and not it.rule.self_eval
    ]
    if not terms:
        return
    starts = _object_starts(clause)
    for item in terms:
        for k in starts:
            if _object_of(tokens, k, item.start) and not any(
                t.surface in w.known_terms_blockers for t in tokens[k : item.start]
            ):
                item.rule = replace(item.rule, theme=w.roles.subject, prior=0, contextual=False)
                break


def _object_starts(clause: Clause) -> list[int]:
    """Where the object of each knowing cue or word in the clause begins."""
    w, tokens = clause.lex.words, clause.tokens
    judged = {p for it in clause.items if it.kind == "eval" for p in it.positions}
    knowers = [
        it.end for it in clause.items
        if it.rule.kind == "cue" and it.rule.theme == w.roles.subject and it.rule.prior >= 0
        and tokens[it.end - 1].surface in w.known_ends
        and (it.rule.self_eval or it.start - 1 in judged)  # "strong on", "solid grasp of"
    ]
    knowing = range(clause.start, clause.end)
    return knowers + [k + 1 for k in knowing if tokens[k].surface in w.knowing_words]


def _named(clause: Clause, item: Item) -> bool:
    """True when the topic is written with a capital after its first letter or a digit
    ("ADR", "18th Edition", "the 18th edition", "Green Belt"): a named credential, not tenure
    words."""
    text = clause.text[clause.tokens[item.start].start : clause.tokens[item.end - 1].end]
    return inner_capital(text) or _ORDINAL.match(text) is not None or (
        text[:1].isupper() and item.start > 0
    )


def _object_of(tokens: list[Token], after: int, start: int) -> bool:
    """True when ``start`` is within a short list after the knowing cue that ends at ``after``."""
    gap = tokens[after:start]
    return 0 <= start - after <= _LOOKAHEAD and not any(
        t.surface in _BREAKS for t in gap
    )
