"""Within a clause: a negator shared across "or" by a negating verb after it.

"She didn't raise her voice or lose her composure", "Not once did he fidget or lose his
place": the first negator governs both halves of the "or" list, so a negating verb in the
second half ("lose", "lacked") is itself denied and what it negates is kept, not lost.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token


def shared_negators(
    lex: Lexicon, tokens: list[Token], items: list[Item], carry_end: int | None, negator: Item
) -> list[Item]:
    """The negators of the negated item that ends at ``carry_end``, when only "or"/"nor"
    (and possessives or articles) stand between it and ``negator``; else []."""
    if carry_end is None or negator.start <= carry_end:
        return []
    w = lex.words
    between = [t.surface for t in tokens[carry_end : negator.start]]
    fillers = w.possessives | {"the", "a", "an"}
    core = [s for s in between if s not in fillers]
    if not core or any(s not in w.continuations for s in core):
        return []
    partner = next((it for it in items if it.end == carry_end and it.negated), None)
    if partner is None or not partner.neg_by:
        return []
    by = set(partner.neg_by)
    return [it for it in items if it.rule.kind == "negator" and it.positions in by]
