"""Rivals in the candidate's likeness: "we'd have loved someone with your energy".

A rival phrase ("someone with", "need someone") followed by the candidate's own possessive
("with your energy", "someone with her drive") wishes for more people like the candidate:
the quality is the candidate's, praised, so the phrase names no rival
(``[comparison] likeness_owners``); "someone with his own client book" keeps it.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token


def _owner_after(lex: Lexicon, tokens: list[Token], item: Item) -> bool:
    """True when the candidate's possessive follows the rival phrase, past one 'with'."""
    k = item.end
    if tokens[k - 1].surface != "with":
        if k >= len(tokens) or tokens[k].surface != "with":
            return False
        k += 1
    if k >= len(tokens) or tokens[k].surface not in lex.words.likeness_owners:
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].surface != "own"


def drop_likeness_rivals(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """``items`` without rival phrases that wish for someone with the candidate's quality."""
    if not lex.words.likeness_owners or not any(it.rule.kind == "rival" for it in items):
        return items
    return [it for it in items if it.rule.kind != "rival" or not _owner_after(lex, tokens, it)]
