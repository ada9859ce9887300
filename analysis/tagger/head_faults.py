"""A denied topic that only modifies the fault noun after it: the fault is what is denied.

"Not a skills problem but an experience one", "Less a confidence issue than a preparation
one": the topic ("skills") is a modifier of the fault noun that heads the phrase ("problem"),
so the negator before it denies the fault and the topic is cleared, as "It wasn't a skills
problem" reads; the negator is not a lack of the topic ("not enough skills").
"""

from __future__ import annotations

import re

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Found, Item
from analysis.tagger.tokens import Token, item_words
from analysis.tagger.words import Words, alternation, compiled


def denies_head_fault(
    lex: Lexicon, tokens: list[Token], items: list[Item], negator: Item, item: Item
) -> bool:
    """True when ``negator``, then determiners only, then topic ``item``, then a fault noun
    right after it ([head_faults]): the negation belongs to the fault noun."""
    w = lex.words
    if item.rule.kind != "cue" or item_words(tokens, negator) not in w.head_fault_negators:
        return False
    between = tokens[negator.end : item.start]
    if any(t.surface not in w.head_fault_determiners for t in between):
        return False
    return any(
        o.start == item.end
        and o.rule.kind == "eval"
        and item_words(tokens, o) in w.head_fault_nouns
        for o in items
    )


def _contrast_pattern(words: Words) -> re.Pattern[str]:
    """A denied head fault, then a contrast naming another topic with the noun left out."""
    dets = alternation(words.head_fault_determiners)
    return re.compile(
        rf"\b(?:{alternation(words.head_fault_negators)})\s+(?:(?:{dets})\s+)*[\w-]+(?:\s+[\w-]+)?"
        rf"\s+(?:{alternation(words.head_fault_nouns)})\b[\s,;:\-\u2013\u2014]*"
        rf"(?P<rest>(?:{alternation(words.head_fault_contrasts)})\s+(?:(?:{dets})\s+)*"
        rf"(?P<topic>[\w-]+(?:\s+[\w-]+)?)\s+one\b)",
        re.I,
    )


def head_fault_contrast(words: Words, sentence: str) -> re.Match[str] | None:
    """The contrast after a denied head fault in ``sentence`` ("than a preparation one"), or
    None; its ``rest`` names the fault, so residuals.py reads no milder fault into it."""
    if " one" not in sentence:
        return None
    return compiled(words, _contrast_pattern).search(sentence)


def contrasted_head_faults(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """'Less a confidence issue than a preparation one': the topic of the contrast takes the
    fault the denial cleared ("one" stands for the fault noun)."""
    match = head_fault_contrast(words, sentence)
    if match is None:
        return found
    named = set(match.group("topic").lower().split())
    kept: list[Found] = []
    for theme, sign, evidence, cues in found:
        if sign > 0 and named & {c.lower() for c in cues} and any(
            c.lower() in words.head_fault_nouns for c in cues
        ):
            sign, cues = -1, (*cues, "(the fault it names)")
        kept.append((theme, sign, evidence, cues))
    return kept
