"""Timed talk: "keep 'tell me about yourself' to 90 seconds" is how long the talk runs.

A span of seconds or minutes ([timed_talk] units after a number) said of a piece of talk in the
same clause (an answer, the intro, the pitch, "tell me about yourself": [timed_talk] talks) is
the length of the delivery, communication, as "too long" is: a limit ("under two minutes",
"to 90 seconds", "max") takes its sign from the clause's advice or verdict, and an overrun
("lasted four minutes", "ran past three minutes", "you were at nearly four minutes") is a fault
when nothing else judges it. A clause that already judges the delivery ("rambled for five
minutes"), or names no piece of talk ("arrived ten minutes early"), is left alone.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token, wordless_rule

_ORDER = 10**6 + 7  # after every phrase of the cue file
_REACH = 3  # words at most between the limit or overrun word and the unit


def timed_talk(clause: Clause) -> None:
    """Add a communication topic at a talk's time span (a fault for an overrun)."""
    w, tokens = clause.lex.words, clause.tokens
    if not w.timed_units or w.timed_units.isdisjoint(clause.surfaces):
        return
    delivery = w.roles.delivery
    if any(it.rule.theme == delivery and it.rule.self_eval for it in clause.items):
        return  # "rambled for five minutes": the delivery is judged already
    if w.timed_talks.isdisjoint(clause.surfaces) and w.answer_nouns.isdisjoint(clause.surfaces):
        return
    for k in range(clause.start + 1, clause.end):
        if tokens[k].surface not in w.timed_units or not _counted(w.timed_numbers, tokens[k - 1]):
            continue
        lead = [tokens[j].surface for j in range(max(clause.start, k - _REACH - 1), k - 1)]
        if w.timed_overruns.intersection(lead):
            prior = -1
        elif w.timed_limits.intersection(lead):
            prior = 0
        else:
            continue
        if not prior:
            _limit_kept(clause, k)
        clause.items.append(Item(wordless_rule(delivery, _ORDER, prior), k, k + 1, (k,)))
        clause.items.sort(key=lambda it: it.start)
        return


def _limit_kept(clause: Clause, unit: int) -> None:
    """'keep it to 90 seconds' orders a limit kept, advice, not praise to keep doing: the keep
    marker before the unit is dropped."""
    for item in clause.items:
        if item.kind == "keep" and item.end <= unit:
            item.dropped = True


def _counted(numbers: frozenset[str], token: Token) -> bool:
    """True for a count before the unit: digits, a range ("60-90") or a number word."""
    s = token.surface
    return s[:1].isdigit() or s in numbers
