"""Stage 4a': a privative suffix written onto a cue word negates it.

"Clear and jargon-free", "a filler-free answer", "a nerves-free start": the hyphenated
"-free" says the fault was absent, as "free of jargon" does before it.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token


def negate_suffixed(lex: Lexicon, text: str, tokens: list[Token], items: list[Item]) -> None:
    """Mark a cue or evaluative word that a hyphen joins to a privative suffix as negated."""
    suffixes = lex.words.privative_suffixes
    if not suffixes:
        return
    for it in items:
        k = it.end
        if it.negated or it.kind not in ("cue", "eval") or k >= len(tokens):
            continue
        if tokens[k].surface in suffixes and text[tokens[k - 1].end : tokens[k].start] == "-":
            it.negated, it.neg_by = True, (*it.neg_by, (k,))
