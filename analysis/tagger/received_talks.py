"""Per clause: a presentation only liked or well received is judged on no dimension.

"the panel enjoyed your presentation", "She said the panel 'loved' my presentation",
"Presentation on the textiles collection went well I think", "the presentation of the candidate
was well received, particularly with regards to the depth of analysis": a word of how the
audience took the talk ([received_talks] words) says it landed, not how it was delivered, and
the labels give such a clause no communication mention (what it praised, "the depth of
analysis", names its own theme). When every verdict in the clause is such a word, the talk
topic is dropped; a delivery word beside it ("clear, well-paced presentation", "Excellent
presentation, well structured") keeps it.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item
from analysis.tagger.words import Words, compiled


def _cheap(words: Words) -> frozenset[str]:
    """The words one of which a reception reading needs (the reception words' first words)."""
    return frozenset(p.split()[0] for p in words.received_talks)


def received_talks(clause: Clause) -> None:
    """Drop a talk topic whose only verdicts in the clause are words of its reception."""
    w = clause.lex.words
    if compiled(w, _cheap).isdisjoint(clause.surfaces):
        return
    live = [it for it in clause.items if not it.dropped and it.kind in ("cue", "eval", "negator")]
    talks = [it for it in live if _talk(clause, it)]
    if not talks:
        return
    others = [it for it in live if it not in talks]
    if others and all(_received(clause, it) for it in others):
        for it in talks:
            it.dropped = True


def _talk(clause: Clause, item: Item) -> bool:
    """True for a one-word delivery topic naming a talk ("presentation", "pitch")."""
    return (
        item.kind == "cue"
        and item.rule.theme == clause.lex.words.roles.delivery
        and not item.rule.self_eval
        and not item.negated
        and len(item.positions) == 1
        and clause.tokens[item.start].surface in clause.lex.words.received_nouns
    )


def _received(clause: Clause, item: Item) -> bool:
    """True for a verdict that is only a word of the talk's reception ("enjoyed", "went well")."""
    tokens, words = clause.tokens, clause.lex.words.received_talks
    said = " ".join(tokens[k].surface for k in item.positions)
    after = tokens[item.end].surface if item.end < clause.end else ""
    return item.kind != "negator" and (said in words or f"{said} {after}" in words)
