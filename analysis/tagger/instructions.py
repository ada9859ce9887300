"""Stage 3, instructions: when a clause is an order ("Bring examples", "Smile!").

A verb-like word opening a clause is an order unless the clause reports on a noun phrase
("Take-home was solid", "Answer on penalty clauses was very good"), is the writer's own clause
with its "I" dropped ("Think I explained it well"), or narrates things done ("let him vent,
listened properly"). ``clauses`` cuts at an order after a comma; ``verdict`` and ``roads``
read advice from it.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Token


def instruction_at(lex: Lexicon, tokens: list[Token], start: int, end: int) -> int | None:
    """Position of the verb when the clause is an instruction ("Bring examples")."""
    words = lex.words
    for n, k in enumerate(k for k in range(start, end) if tokens[k].is_word):
        surface = tokens[k].surface
        if surface in words.imperative_lead and n < 2:
            continue
        if surface not in lex.imperatives:
            return None
        nxt = tokens[k + 1].surface if k + 1 < len(tokens) else ""
        if nxt == "!" or (nxt == "," and _instruction_follows(lex, tokens, k + 2)):
            # "Smile!", "smile, say the interviewer's name": an order, or a list of them.
            return k
        if k + 1 >= end or not tokens[k + 1].is_word:
            # "Keep: structure.": a lone verb-like word is a noun, not an order; after a lead
            # word ("Also, smile - you looked stern", "Just breathe.") it is one.
            lead = tokens[k - 1].surface if k else ""
            if n and lead == ",":
                lead = tokens[k - 2].surface if k > 1 else ""
            return k if n and lead in words.lone_order_leads and nxt != ":" else None
        if surface in words.frequency and (
            nxt.endswith("ed") or nxt in words.irregular_past or nxt in words.shorthand_adjectives
        ):
            # "never flustered", "never late": a verdict in shorthand, not an order.
            return None
        if any(tokens[j].surface in words.self_report for j in range(k + 1, end)):
            return None
        if (
            _compound_subject(lex, tokens, k, end)
            or _own_clause(lex, tokens, k)
            or _subject_with_phrase(lex, tokens, k)
        ):
            return None
        if _narrated_series(lex, tokens, k, end):
            return None
        return None if nxt in lex.not_imperative_after else k
    return None


def _narrated_series(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """True when a comma after the verb at ``k`` is followed by a past-tense verb ("let him
    vent, listened properly and summarised back"): a series of things done, told in the
    past, so its first verb is narration with the subject dropped, not an order."""
    words = lex.words
    for j in range(k + 2, end - 1):
        if tokens[j].surface != ",":
            continue
        nxt = tokens[j + 1].surface
        if nxt in words.irregular_past or (nxt.endswith("ed") and len(nxt) > 4):
            return tokens[j + 2].is_word if j + 2 < end else False
    return False


def _own_clause(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """True when a plain, unquoted "I" follows the verb at ``k`` ("Think I explained it
    well"): the writer's own clause with its first "I" dropped, not an order."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].surface in lex.words.dropped_subjects
        and tokens[k + 1].start - tokens[k].end <= 1
    )


def _compound_subject(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """True when the verb at ``k`` and the word after it are a noun phrase the clause reports
    on ("Take-home was solid", "Practice answers were good"), not an order."""
    words = lex.words
    return (
        k + 2 < end
        and tokens[k + 1].is_word
        and tokens[k + 1].surface not in words.compound_skips
        and tokens[k + 2].surface in words.compound_verbs
    )


PHRASE_REACH = 5  # words of the phrase between the noun and its copula ("on penalty clauses")


def _subject_with_phrase(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """True when the verb-like word at ``k`` heads a noun phrase with a preposition that a
    copula then reports on ("Answer on penalty clauses (Paciocco) was very good", "Prep for
    the case study was thorough"), not an order ("Focus on what was asked")."""
    words = lex.words
    if k + 1 >= len(tokens) or tokens[k + 1].surface not in words.subject_phrase_preps:
        return False
    j, seen, depth = k + 2, 0, 0
    while j < len(tokens) and seen <= PHRASE_REACH:
        surface = tokens[j].surface
        if surface in ("(", ")"):
            depth += 1 if surface == "(" else -1
        elif depth <= 0:
            if surface in words.compound_verbs:
                return seen > 0
            if not tokens[j].is_word or surface in words.compound_skips:
                return False
            seen += 1
        j += 1
    return False


def _instruction_follows(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """True when an order's verb comes at ``k``, after at most one lead word ("and ..."),
    and has words of its own ("say the name"; "structure, pace" is a list of nouns)."""
    if k < len(tokens) and tokens[k].surface in lex.words.imperative_lead:
        k += 1
    return (
        k + 1 < len(tokens)
        and tokens[k].surface in lex.imperatives
        and tokens[k + 1].is_word
        and tokens[k + 1].surface not in lex.not_imperative_after
    )
