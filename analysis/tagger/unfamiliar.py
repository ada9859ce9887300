"""Unfamiliar subjects: "unfamiliar with the FIDIC claims clauses" is a gap in knowledge.

"Unfamiliar with" and "unsure about the" are preparation cues, written for the employer's
affairs ("unfamiliar with our clients"), and a bare "unsure" is a composure cue ("unsure of
yourself"). When the object is a subject of the work (a rule, a system, a clinical bundle) and
no other theme's topic names it, not knowing it is a skills gap. The employer's own affairs
("our routes into Eastern Europe", "the firm's merger") and the candidate stay as they were
(``[subjects] unfamiliar`` in the cue file).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item

_PREPOSITIONS = frozenset({"with", "of", "about", "on"})
_EMPLOYER = frozenset({"our", "their"})  # owners whose affairs are preparation
_LOOKAHEAD = 4  # words after the preposition in which another theme's topic decides
_POSSESSIVE = ("'s", "\u2019s")


def unfamiliar_subjects(clause: Clause) -> None:
    """Turn an unfamiliarity cue whose object is a subject of the work into a skills gap."""
    w, tokens = clause.lex.words, clause.tokens
    if w.unfamiliar_words.isdisjoint(clause.surfaces):
        return
    themes = (w.roles.research, w.roles.composure)  # "unfamiliar with", a bare "unsure"
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme not in themes or rule.prior > 0:
            continue
        if tokens[item.start].surface not in w.unfamiliar_words or item.negated:
            continue
        k = _object_start(clause, item)
        if k is not None and _work_subject(clause, item, k):
            item.rule = replace(rule, theme=w.roles.subject, prior=-1, contextual=False)


def _object_start(clause: Clause, item: Item) -> int | None:
    """The first word of the cue's object, or None when no preposition leads to one."""
    tokens, w = clause.tokens, clause.lex.words
    k = item.start + 1
    if k >= clause.end or tokens[k].surface not in _PREPOSITIONS:
        return None
    k += 1
    while k < clause.end and tokens[k].surface in w.subject_skips:
        if tokens[k].surface in _EMPLOYER:
            return None  # "unsure of our routes into Eastern Europe": the employer's affairs
        k += 1
    if k >= clause.end or not tokens[k].is_word:
        return None
    return k


def _work_subject(clause: Clause, item: Item, k: int) -> bool:
    """True when the object at ``k`` is a subject: no person, question word or possessive
    owner, and no other theme's topic within a few words ("unsure about relocating")."""
    tokens, w = clause.tokens, clause.lex.words
    if tokens[k].surface in w.not_subjects:
        return False  # "unsure of yourself", "unsure how ...", "unfamiliar with the role"
    for j in range(k, min(k + 3, clause.end)):
        raw = clause.text[tokens[j].start : tokens[j].end].lower()
        if raw.endswith(_POSSESSIVE):
            return False  # "unaware of the firm's merger": the employer's affairs
    return not any(
        it.rule.kind == "cue" and it is not item and it.rule.theme != w.roles.subject
        and k <= it.start < k + _LOOKAHEAD
        for it in clause.items
    )
