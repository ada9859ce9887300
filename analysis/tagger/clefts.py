"""Cleft faults: "Where she fell short was the billing codes", "where he came unstuck was X".

A pseudo-cleft opened by "where" or "what" puts a fault in its first half ("fell short", "came
unstuck", "lost me") and the thing it was in after the copula: that half is the verdict on
every topic named after the copula, whatever lean the topic's own words have ("where you fell
short was in explaining your reasoning" is a communication fault). When the thing names no
theme's topic, it is the candidate's subject matter, a skills topic, as for the unnamed
subjects (unnamed.py). The words are data in ``[clefts]`` of the cue file.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item, wordless_rule
from analysis.tagger.unnamed import SUBJECT_ORDER, _not_a_subject

_MAX_LEAD = 6  # words from the opener to the copula
_MAX_PHRASE = 5  # words of the thing after the copula


def cleft_subjects(clause: Clause) -> None:
    """Make a fault cleft's first half the verdict on what it names after the copula."""
    w, tokens = clause.lex.words, clause.tokens
    if clause.start >= clause.end or tokens[clause.start].surface not in w.fault_cleft_openers:
        return
    copula = next(
        (k for k in range(clause.start + 2, min(clause.end, clause.start + _MAX_LEAD + 1))
         if tokens[k].surface in w.fault_cleft_copulas),
        None,
    )
    if copula is None or not _faults_before(clause, copula):
        return
    after = [it for it in clause.items if it.start > copula]
    if any(it.kind in ("contrast", "negator") for it in after):
        return  # "what let you down was not knowing their range" says its own fault
    cues = [it for it in after if it.rule.kind == "cue"]
    if not cues:
        cues = _subject(clause, copula + 1)
    if not cues:
        return
    clause.items = [it for it in clause.items if it.start > copula and it not in cues]
    clause.items += [replace(it, rule=replace(it.rule, prior=-1, self_eval=True)) for it in cues]
    clause.items.sort(key=lambda it: it.start)


def _subject(clause: Clause, k: int) -> list[Item]:
    """The cue-less thing after the copula as a skills topic ([] when it is no subject)."""
    w, tokens = clause.lex.words, clause.tokens
    while k < clause.end and tokens[k].surface in w.fault_cleft_skips:
        k += 1
    end = k
    while end < clause.end and tokens[end].is_word and end - k < _MAX_PHRASE:
        end += 1
    words = tokens[k:end]
    if not words or any(_not_a_subject(w, t) or t.surface in w.fault_cleft_vague for t in words):
        return []
    rule = wordless_rule(w.roles.subject, SUBJECT_ORDER, -1)
    return [Item(rule, k, end, tuple(range(k, end)))]


def _faults_before(clause: Clause, copula: int) -> bool:
    """True when the cleft's first half holds one of the fault phrases."""
    lead = " ".join(t.surface for t in clause.tokens[clause.start + 1 : copula])
    return any(f" {fault} " in f" {lead} " for fault in clause.lex.words.fault_cleft_faults)


def opens_pseudo_cleft(clause: Clause) -> bool:
    """'...; what worried us was that you've never supervised anyone': a clause opening on a
    "what"/"where" frame and its copula names its own subject after the copula, so it takes no
    topic from the clause before (verdict.ellipsis)."""
    w, tokens = clause.lex.words, clause.tokens
    if clause.start + 2 >= clause.end:
        return False
    if tokens[clause.start].surface == "it" and tokens[clause.start + 1].surface in (
        w.fault_cleft_copulas
    ):  # "...; it was her inability to explain X that worried them": an it-cleft
        return any(t.surface == "that" for t in tokens[clause.start + 3 : clause.end])
    if tokens[clause.start].surface not in w.fault_cleft_openers:
        return False
    return any(
        tokens[k].surface in w.fault_cleft_copulas
        for k in range(clause.start + 2, min(clause.end - 1, clause.start + _MAX_LEAD + 1))
    )
