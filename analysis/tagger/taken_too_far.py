"""Stage 4: a quality "to the point of" something is that quality taken too far.

"Her responses were brief to the point of curtness", "thorough to the point of tedium": the
phrase after the praise word names where it went too far, so the praise word right before it
is an excess, like "too brief". "Bordering on" keeps the praise ("confident, bordering on
cocky" praises the confidence and faults the manner), so only the listed markers count.
"""

from __future__ import annotations

from analysis.tagger.model import Clause
from analysis.tagger.tokens import item_words


def taken_too_far(clause: Clause) -> None:
    """Mark the praise cue right before a 'to the point of' marker as an excess."""
    w = clause.lex.words
    if "point" not in clause.surfaces:
        return
    tokens, items = clause.tokens, clause.items
    for marker in items:
        if item_words(tokens, marker) not in w.too_far_markers:
            continue
        quality = next(
            (
                it
                for it in items
                if it.end == marker.start
                and it.kind in ("cue", "eval")
                and it.rule.prior > 0
                and not it.negated
            ),
            None,
        )
        if quality is not None and quality.excess_by is None:
            quality.excess_by = marker.positions
