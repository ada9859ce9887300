"""Per clause: an idiom of mastery that closes what the candidate knows.

"Knows the Protection from Eviction Act and disrepair claims cold", "knew the tariff inside
out": the idiom closes a point whose knowing verb came first in the sentence, however long
the object between them (an "and the" may have cut it into two clauses), so it praises that
knowledge; it is no coldness of manner.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Token

POINT_BREAKS = frozenset({";", ".", "but", "though", "although", "whereas", "while"})


def _known_before(clause: Clause, end: int) -> bool:
    """True when a knowing verb comes before ``end`` in the same point of the sentence."""
    w = clause.lex.words
    for k in range(end - 1, -1, -1):
        surface = clause.tokens[k].surface
        if surface in w.know_verbs:
            return True
        if surface in POINT_BREAKS:
            return False
    return False


def _closes(tokens: list[Token], end: int, clause_end: int) -> bool:
    """True when nothing but punctuation follows the idiom in its clause."""
    return end >= clause_end or not tokens[end].is_word


def mastery_idioms(clause: Clause) -> None:
    """A mastery idiom ([idioms] mastery) closing a point that a knowing verb opened
    judges the knowledge as good, instead of naming its own theme ("cold" as manner)."""
    w = clause.lex.words
    tokens = clause.tokens
    for it in clause.items:
        if it.kind not in ("cue", "eval") or it.negated:
            continue
        said = " ".join(tokens[k].surface for k in range(it.start, it.end))
        if (
            said in w.mastery_idioms
            and _closes(tokens, it.end, clause.end)
            and _known_before(clause, it.start)
        ):
            it.as_eval = 1
