"""Workmanship: a tidiness word judges what it is said of.

"soldered a neat joint", "the dovetails were tidy", "a messy notebook": 'neat', 'tidy' and
'messy' are dress cues, written for turnout ("hair neat", "neat, pressed shirt", "looked tidy"),
but said of a thing of the work, the noun right after the word or the noun phrase before 'was',
they judge the work done (skills), with the same polarity. Dress nouns and people keep the
dress reading (``[workmanship]`` in the cue file).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item


def workmanship(clause: Clause) -> None:
    """Turn a tidiness cue said of a thing of the work into a judgement of the work."""
    w = clause.lex.words
    if w.workmanship_words.isdisjoint(clause.surfaces):
        return
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme != w.roles.dress or item.end - item.start != 1:
            continue
        if clause.tokens[item.start].surface not in w.workmanship_words:
            continue
        if _said_of_work(clause, item):
            item.rule = replace(rule, theme=w.roles.work, contextual=False)


def _said_of_work(clause: Clause, item: Item) -> bool:
    """True when the clause names no dress and the word is said of a noun after it or of the
    phrase before its copula."""
    w, tokens = clause.lex.words, clause.tokens
    if not clause.surfaces.isdisjoint(w.workmanship_dress):
        return False  # "hair neat", "neatly turned out": the clause is about turnout
    k = item.end
    if k < clause.end and tokens[k].is_word and tokens[k].surface not in w.workmanship_links:
        return not tokens[k].surface.isdigit()
    j = item.start - 1
    if j <= clause.start or tokens[j].surface not in w.workmanship_copulas:
        return False
    return any(t.is_word for t in tokens[clause.start : j])
