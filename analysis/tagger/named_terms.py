"""Named terms read by their words: "2 CFR 200 Uniform Guidance", "the FATF recommendations".

A named term is a subject of the work or a credential, whatever ordinary words spell it. So
inside one, a cue word keeps only a skills or experience reading: "Uniform" in "Uniform
Guidance" is no dress, "TIPS" in "TIPS certification" no advice, "NICE" in "the NICE
intrapartum guidance" no praise, and the noun a standard's acronym names ("the ICWA
requirements", "the FATF recommendations") is no requirement of the post and no advice. Two
shapes count: a run of two or more capitalised words after the sentence's first word (the run
as a whole may still be a listed cue, "Green Belt"), and an acronym (two capitals or more)
followed within two words by a standard's noun (``[named_terms] standards``). A sentence
written mostly in capitals is a header or a shout, with no names.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.names import capitalised, inner_capitals
from analysis.tagger.phrases import match_at
from analysis.tagger.tokens import acronym


def _acronym(text: str, token: Token) -> bool:
    """True for an all-capital word of two capitals or more ("TIPS", "ICWA", "NEC")."""
    return token.is_word and acronym(text[token.start : token.end])


def _first_person(token: Token) -> bool:
    """True for "I", "I'm", "I've": a capital that names no term ("I'm OK with the commute")."""
    return token.surface == "i" or token.surface.startswith("i'")


def _spans(lex: Lexicon, text: str, tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """(first, end, acronym) token spans of the sentence's named terms."""
    caps = [capitalised(text, t) and not _first_person(t) for t in tokens]
    if sum(caps) * 2 > sum(t.is_word for t in tokens):
        return []
    spans: list[tuple[int, int, bool]] = []
    i = 1
    while i < len(tokens):
        if not caps[i]:
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and caps[end]:
            end += 1
        if end - i >= 2:
            spans.append((i, end, False))
        elif _acronym(text, tokens[i]):
            tail = next(
                (k for k in range(i + 1, min(i + 4, len(tokens)))
                 if tokens[k].surface in lex.words.named_standards),
                None,
            )
            if tail is not None and all(tokens[k].is_word for k in range(i, tail)):
                spans.append((i, tail + 1, True))
        i = end
    return spans


def _reads_words(
    it: Item, kept: frozenset[str], first: int, end: int, acronym: bool
) -> bool:
    """True when a phrase reads part of the named term by its ordinary words (of an acronym's
    term, only the acronym and the standard's noun: "ECDIS type-specific certificate"), in a
    theme other than the ``kept`` ones a named term may be read as."""
    inside = [k for k in it.positions if first <= k < end]
    if acronym:
        inside = [k for k in inside if k in (first, end - 1)]
    if not inside or it.rule.theme in kept:
        return False
    return it.positions[0] >= first and max(it.positions) < end and not (
        it.positions[0] == first and max(it.positions) == end - 1
    ) or it.rule.kind in ("advice", "ignore")


def drop_named_terms(lex: Lexicon, text: str, tokens: list[Token], items: list[Item]) -> (
    list[Item]
):
    """``items`` without the readings of a named term's words; a phrase that ran into the
    term from outside is matched again without the term's words."""
    if not inner_capitals(text, tokens):
        return items
    spans = _spans(lex, text, tokens)
    if not spans:
        return items
    kept = lex.words.named_themes
    out: list[Item] = []
    for it in items:
        span = next((s for s in spans if _reads_words(it, kept, *s)), None)
        if span is None:
            out.append(it)
            continue
        if it.positions[0] < span[0]:
            taken = {p for other in items if other is not it for p in other.positions}
            taken.update(range(span[0], span[1]))
            again = match_at(lex, tokens, it.start, taken)
            if again is not None and max(again.positions) < span[0]:
                out.append(again)
    return out
