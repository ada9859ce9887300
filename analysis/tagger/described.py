"""A note that opens by describing the candidate: "Director-level candidate with fifteen years".

A rival phrase ("candidate with", "someone who") names another person when something before
it chooses, needs or compares ("we went with a candidate with", "the role needs someone who").
When the sentence opens on it with only an article and the candidate's qualities before it
("A well-qualified candidate with a master's", "A thoughtful candidate who took time"), the
phrase is the writer describing the candidate, so it names no rival. At least one word besides
the article must come first: "A candidate who answered more thoroughly was selected" keeps it.
Words that would make it a choice or a requirement (``[comparison] describer_blocks``: a
pronoun, 'the', 'only', a modal) keep the rival.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token

_ARTICLES = frozenset({"a", "an"})


def _describes_candidate(lex: Lexicon, tokens: list[Token], item: Item) -> bool:
    """True when only an article and one to five qualities open the sentence before ``item``."""
    words = lex.words
    span = {t.surface for t in tokens[item.start : item.end]}
    if tokens[item.end - 1].surface not in words.describer_links:
        return False
    if not span & words.describer_heads:
        return False
    if any(not t.is_word and t.surface != "," for t in tokens[: item.start]):
        return False  # "rej - client chose cand w 8yrs": a dash or colon opens a new part
    before = [t.surface for t in tokens[: item.start] if t.is_word]
    if not 1 <= len(before) - (before[:1] in (["a"], ["an"])) <= 5 or before == ["a"]:
        return False
    blocks = words.describer_blocks
    return not any(w in blocks for w in before) and before[-1] not in _ARTICLES


def drop_described_rivals(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """``items`` without a rival phrase that opens the sentence describing the candidate."""
    if not any(it.rule.kind == "rival" for it in items) or not lex.words.describer_links:
        return items
    others = [it for it in items if it.rule.kind in ("rival", "decision")]
    return [
        it
        for it in items
        if it.rule.kind != "rival"
        or any(o.start < it.start for o in others)
        or not _describes_candidate(lex, tokens, it)
    ]
