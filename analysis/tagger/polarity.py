"""Stage 6a: one cue's own polarity, before the clause's advice, comparison and headers speak.

A self-judging cue keeps its sign (flipped by negation, "too", or a bad word before it); a
topic takes the nearest evaluative word, a cleft's verdict or a denied blame; what nothing in
the cue file judged falls back to VADER's word valences, the topic's lean, the theme's default
and VADER's clause score (``fallback``), marked WEAK so any real verdict outranks it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from analysis.tagger.model import WEAK, Clause, Item
from analysis.tagger.speaker import about_candidate
from analysis.tagger.tokens import item_words, phrase_text

Vader = Callable[[str], float]
Deciders = list[tuple[int, ...]]


def eval_sign(item: Item) -> int:
    """+1/-1: what an evaluative word (or demoted cue) says, after negation and "too"."""
    if item.as_eval:
        return item.as_eval
    if item.excess_by is not None:
        return -1
    return -item.rule.prior if item.negated else item.rule.prior


def resolve(
    clause: Clause,
    item: Item,
    evals: list[Item],
    clause_text: str,
    lone: bool,
    words: Sequence[tuple[int, int]],
    vader: Vader,
) -> tuple[int, Deciders]:
    """Polarity of one cue before clause-level overrides, and the phrases that decided."""
    rule = item.rule
    if item.excess_by is not None:
        return -1, [item.excess_by]
    if rule.self_eval:
        if rule.theme in clause.lex.generic and rule.prior < 0:
            # "The role won't be filled" is still a generic reason, not praise.
            return -1, list(item.neg_by)
        sign = -rule.prior if item.negated else rule.prior
        if item.negated and _cleared(clause, item):
            sign = 1
        before = next((e for e in evals if e.end == item.start), None)
        if sign > 0 and before is not None and eval_sign(before) < 0:
            # "not a great listener", "poor communicator": the word before judges it.
            return -1, [before.positions, *before.neg_by]
        return sign, list(item.neg_by)
    if item.negated:
        if _cleared(clause, item):
            return 1, list(item.neg_by)
        return -(rule.prior or 1), list(item.neg_by)
    if len(item.neg_by) > 1 and not evals:
        # "I don't think anyone could say you lacked preparation": a denied lack is praise.
        return rule.prior or 1, list(item.neg_by)
    if rule.prior < 0:
        return -1, []  # "strong smell of smoke": praise words only intensify a bad topic.
    focus = _cleft_verdict(clause, item, evals)
    if focus is not None:
        return eval_sign(focus), [focus.positions, *focus.neg_by]
    if evals:
        nearest = min(
            evals,
            key=lambda e: (
                e.start - item.end if e.start >= item.end else item.start - e.end,
                e.start > item.start,
            ),
        )
        if _cost_rises(clause, item, nearest):
            return -1, [nearest.positions]
        nearest = _sized_fault(clause, nearest, evals)
        return eval_sign(nearest), [nearest.positions, *nearest.neg_by]
    return fallback(clause, item, clause_text, lone, words, vader)


def _sized_fault(clause: Clause, nearest: Item, evals: list[Item]) -> Item:
    """'The gaps in your Python were significant': a size word beside a fault in the clause
    sizes the fault, so the fault's verdict stands."""
    tokens = clause.tokens
    phrase = item_words(tokens, nearest)
    if eval_sign(nearest) <= 0 or phrase not in clause.lex.words.size_words:
        return nearest
    return next((e for e in evals if eval_sign(e) < 0), nearest)


def _cleft_verdict(clause: Clause, item: Item, evals: list[Item]) -> Item | None:
    """'It was the attitude when he corrected you that worried him': the topic a cleft
    focuses takes the verdict of its "that" clause, however far it is."""
    tokens, w = clause.tokens, clause.lex.words
    k = item.start - 1
    if k >= 0 and (tokens[k].surface in w.possessives or tokens[k].surface == "the"):
        k -= 1
    if k < 1 or " ".join(t.surface for t in tokens[k - 1 : k + 1]) not in w.cleft_openers:
        return None
    that = next((j for j in range(item.end, clause.end) if tokens[j].surface == "that"), None)
    if that is None:
        return None
    return next((e for e in evals if e.start > that), None)


def _cleared(clause: Clause, item: Item) -> bool:
    """'It wasn't your manner or your appearance': a cleft denial of a bare topic says the
    topic was not the problem (a verdict after it was taken by the denial already)."""
    if not item.neg_by or len(item.neg_by) > 1 or item.rule.theme in clause.lex.generic:
        return False  # ... but "it isn't the right time (for us)" stays a generic reason
    tokens, w, negator = clause.tokens, clause.lex.words, item.neg_by[0]
    if phrase_text(clause.text, tokens, negator).lower() not in w.cleft_negators:
        return False
    # "It wasn't your punctuality", "It's not that ...", but not "It wasn't concise".
    after = tokens[negator[-1] + 1].surface if negator[-1] + 1 < len(tokens) else ""
    ends_that = tokens[negator[-1]].surface == "that"
    return after in w.possessives or after == "that" or ends_that


def _cost_rises(clause: Clause, item: Item, verdict: Item) -> bool:
    """'Your salary expectations were a little high': size or excess on a cost the candidate
    asks for is the problem, though the word praises elsewhere ("high standards")."""
    if verdict.negated or eval_sign(verdict) < 0:
        return False
    tokens, w = clause.tokens, clause.lex.words
    topic = item_words(tokens, item)
    if topic not in w.cost_topics:
        return False
    return any(tokens[k].surface in w.cost_rises for k in verdict.positions)


def _stated_cost(clause: Clause, item: Item) -> bool:
    """'Salary came up, I said 52k': a cost topic whose clause reports it as said, after the
    topic, states a figure; the default lean does not make it a problem."""
    tokens, w = clause.tokens, clause.lex.words
    topic = item_words(tokens, item)
    if topic not in w.cost_topics:
        return False
    return any(tokens[k].surface in w.cost_statements for k in range(item.end, clause.end))


def fallback(
    clause: Clause,
    item: Item,
    clause_text: str,
    lone: bool,
    words: Sequence[tuple[int, int]],
    vader: Vader,
) -> tuple[int, Deciders]:
    """Nothing in the domain lexicon judged the topic: VADER words, lean, default, VADER."""
    rule, lex = item.rule, clause.lex
    if words:
        # VADER's word valences as a broad evaluative lexicon ("a dreadful answer").
        position, sign = min(words, key=lambda hit: abs(hit[0] - item.start))
        return sign, [(position,), WEAK]
    if rule.prior > 0 and _pursued(clause, item):
        return 0, []
    limit = _limited(clause, item) if rule.prior > 0 else None
    if limit is not None:
        return -1, [(limit,)]
    if rule.prior:
        return rule.prior, [WEAK]
    # Defaults and VADER only speak for clauses about the candidate: "They explained the
    # salary band" is a process fact, "Your salary ask was beyond our budget" is not.
    candidate = rule.theme in lex.generic or about_candidate(lex, clause_text)
    default = lex.defaults.get(rule.theme, 0)
    if default and candidate and not _talked_about(clause) and not _stated_cost(clause, item):
        return default, [WEAK]
    if default or not lone or not candidate:
        return 0, []
    compound = vader(clause_text)
    if abs(compound) >= lex.vader_threshold:
        return (1 if compound > 0 else -1), [WEAK]
    return 0, []


def _pursued(clause: Clause, item: Item) -> bool:
    """'working towards CEng', 'studying for the ACII': a credential pursued is not held."""
    tokens, pursuits = clause.tokens, clause.lex.words.pursuits
    first = max(clause.start, item.start - 3)
    return any(
        " ".join(t.surface for t in tokens[k : item.start]) in pursuits
        or " ".join(t.surface for t in tokens[k : item.start - 1]) in pursuits
        for k in range(first, item.start)
    )


def _limited(clause: Clause, item: Item) -> int | None:
    """'CPC-A only, so ...', '2 yrs open pit only': "only" closing the words a few after a
    credential or tenure says it falls short; the position of "only", or None."""
    tokens, limits = clause.tokens, clause.lex.words.trailing_limits
    for k in range(item.end, min(item.end + 4, clause.end)):
        if not tokens[k].is_word:
            return None
        if tokens[k].surface in limits:
            ends = k + 1 >= clause.end or not tokens[k + 1].is_word
            return k if ends else None
    return None


def _talked_about(clause: Clause) -> bool:
    """'we discussed your notice period', 'Salary came up': the clause names the topic as
    talked about or checked, a process step, not a verdict."""
    tokens, verbs = clause.tokens, clause.lex.words.process_verbs
    surfaces = [t.surface for t in tokens[clause.start : clause.end]]
    pairs = {" ".join(surfaces[k : k + 2]) for k in range(len(surfaces) - 1)}
    return bool(verbs & (set(surfaces) | pairs))
