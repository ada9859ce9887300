"""Comparisons with a rival that give two reasons: each part is a point of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.tagger.model import Item, Token
    from analysis.tagger.verdict import Reading
    from analysis.tagger.words import Words

_MARKS = frozenset({",", ";"})


def rival_point(reading: Reading, item: Item) -> bool:
    """'The hire had more experience with X, and stronger modelling skills': in a comparison
    with a rival, a topic after the rival and parted by a comma (or "and" opening a second
    predicate) from every other theme's own verdict after the rival is a second reason the
    rival led on, not that verdict's setting."""
    if not reading.rival or reading.advice or item.negated:
        return False
    rivals = [m.start for m in reading.markers if m.rule.kind == "rival"]
    if not rivals or item.start < min(rivals):
        return False
    first, tokens, words = min(rivals), reading.clause.tokens, reading.clause.lex.words
    others = [
        c for c in reading.cues
        if c.rule.self_eval and c.rule.theme != item.rule.theme and c.start > first
    ]
    if not others or not all(
        _parted(words, tokens, min(item.end, c.end), max(item.start, c.start)) for c in others
    ):
        return False
    # "requires a current CPR and First Aid certification, which had lapsed": a topic beside
    # another theme's cue in its own part qualifies that cue.
    breaks = [k for k in range(first, reading.clause.end) if _parted(words, tokens, k, k + 1)]
    start = max((k for k in breaks if k < item.start), default=first)
    end = min((k for k in breaks if k >= item.end), default=reading.clause.end)
    return not any(
        c.rule.theme != item.rule.theme and start <= c.start < end for c in reading.cues
    )


def _parted(words: Words, tokens: list[Token], start: int, end: int) -> bool:
    """True when a comma, a semicolon or "and/who was ..." lies in tokens[start:end]."""
    return any(
        tokens[k].surface in _MARKS
        or (tokens[k].surface in words.rival_point_openers and k + 1 < len(tokens)
            and tokens[k + 1].surface in words.rival_point_predicates)
        for k in range(start, end)
    )
