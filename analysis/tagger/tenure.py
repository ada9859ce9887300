"""Bare tenure in recruiter shorthand: "12 yrs lloyd's mkt", "6 yrs drive testing".

[themes.experience] lists "N years" with nothing after it; this pass keeps it only when a field
follows: a stop word after it ("3 yrs ago", "6 yrs old") or before it ("in 5 years"), or
nothing after it, means it is no tenure. The field it names is the domain of that experience,
so cues inside it ("drive" in "drive testing") say nothing of their own.
"""

from __future__ import annotations

import re

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.phrases import best_match

FIELD_BREAKS = frozenset({",", ";", ".", "-", "and", "but", "/", "(", ")", "+", "&"})
FRAGMENT_BREAKS = frozenset({",", ";", ".", "(", ")", ":"})
FIELD_WORDS = 3  # words after the unit that still name the field


def _bare_tenure(lex: Lexicon, tokens: list[Token], item: Item) -> bool:
    """True for an experience cue that is just a number and a unit ("12 yrs")."""
    return (
        item.rule.kind == "cue"
        and len(item.positions) == 2
        and item.positions[1] == item.positions[0] + 1
        and tokens[item.positions[1]].surface in lex.words.tenure_units
        and item.rule.theme in lex.domains
    )


def _is_tenure(lex: Lexicon, tokens: list[Token], item: Item) -> bool:
    """True when a field follows the bare tenure and no stop word sits either side."""
    words = lex.words
    after = item.end
    if after >= len(tokens) or not tokens[after].is_word:
        return False
    if tokens[after].surface in words.tenure_stops:
        return False
    return not (item.start and tokens[item.start - 1].surface in words.tenure_stop_leads)


def _standalone(tokens: list[Token], item: Item) -> bool:
    """True for tenure that is a whole fragment ("Licensed plumber, 12 yrs.", "4 yrs)"): the
    field was named before it, so breaks on both sides make it tenure held."""
    before = item.start == 0 or tokens[item.start - 1].surface in FRAGMENT_BREAKS
    after = item.end >= len(tokens) or tokens[item.end].surface in FRAGMENT_BREAKS
    return before and after


def _field_end(tokens: list[Token], start: int, end: int) -> int:
    """Where the field after a tenure ends: a break, or FIELD_WORDS words on."""
    count = 0
    for k in range(start, end):
        if tokens[k].surface in FIELD_BREAKS:
            return k
        count += tokens[k].is_word
        if count > FIELD_WORDS:
            return k
    return end


def read_tenure(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """A sentence's phrases without a bare "N years" that is no tenure (its unit read alone),
    nor the cues inside the field of one that is."""
    kept: list[Item] = []
    fields: list[tuple[int, int]] = []
    for item in items:
        if not _bare_tenure(lex, tokens, item):
            kept.append(item)
        elif _is_tenure(lex, tokens, item) or _standalone(tokens, item):
            kept.append(item)
            fields.append((item.end, _field_end(tokens, item.end, len(tokens))))
        elif unit := best_match(lex, tokens, item.positions[1], set()):
            kept.append(unit)  # "for two years": the unit alone, as it reads without the rule
    if not fields:
        return kept
    return [
        it
        for it in kept
        if it.rule.kind != "cue" or not any(a <= it.start < b for a, b in fields)
    ]


_COUNT = re.compile(r"\d+[a-z]+")  # a count run together with its unit: "2yrs", "18mths"


def _is_count(lex: Lexicon, tokens: list[Token], item: Item) -> bool:
    """True for an experience topic read as tenure held: a count with its unit ("2yrs", "12 yrs
    ops") and nothing of its own to judge."""
    if item.rule.kind != "cue" or item.rule.self_eval or item.rule.prior <= 0:
        return False
    if item.rule.theme not in lex.domains:
        return False
    units = lex.words.tenure_units
    return any(
        tokens[k].surface in units or _COUNT.fullmatch(tokens[k].surface) for k in item.positions
    )


def drop_gap_counts(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """A sentence's phrases without the tenure counted after an experience gap: in "too junior
    (2yrs) for TL" or "they want 5+ yrs, I have 2" the count measures the gap; one before it
    ("impressed by your ten years, but overqualified") is tenure held."""
    gaps = [
        it.start
        for it in items
        if it.rule.kind == "cue" and it.rule.self_eval and it.rule.prior < 0
        and it.rule.theme in lex.domains
    ]
    if not gaps:
        return items
    return [it for it in items if it.start < gaps[0] or not _is_count(lex, tokens, it)]
