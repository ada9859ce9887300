"""The rest of the interview: "otherwise ok", "an otherwise strong session".

A verdict right after "otherwise" judges everything but the point just made ("english not
strong enough for intl calls, otherwise ok", "The hoodie undermined an otherwise strong
session"), so it is no verdict on that point's theme; one with a topic of its own ("otherwise
decent exp", "Otherwise a caring, thoughtful nurse") still judges that topic.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token

# The spelling fold writes "-ise" as "-ize", "otherwise" included.
_OTHERWISE = frozenset({"otherwise", "otherwize"})
_STOPS = frozenset({",", ";", ".", "-", "–", "—", "but", "and", ":"})


def _rest_span(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The words after "otherwise" up to the next break, or None when the clause has none."""
    # "otherwise" cuts a clause, so it usually stands just before the clause's start.
    first = max(start - 1, 0)
    at = next((k for k in range(first, end) if tokens[k].surface in _OTHERWISE), None)
    if at is None:
        return None
    stop = next((k for k in range(at + 1, end) if tokens[k].surface in _STOPS), end)
    return at + 1, stop


def rest_verdict(tokens: list[Token], items: list[Item], start: int, end: int) -> bool:
    """True when the clause's verdicts after "otherwise" name no topic of their own."""
    span = _rest_span(tokens, start, end)
    if span is None:
        return False
    inside = [it for it in items if span[0] <= it.start < span[1]]
    return not any(it.kind == "cue" for it in inside)


def drop_rest_verdicts(clause: Clause) -> None:
    """Drop the evaluative words after "otherwise" that judge only the rest."""
    if not rest_verdict(clause.tokens, clause.items, clause.start, clause.end):
        return
    span = _rest_span(clause.tokens, clause.start, clause.end)
    if span is None:
        return
    for it in clause.items:
        if it.kind == "eval" and span[0] <= it.start < span[1]:
            it.dropped = True
