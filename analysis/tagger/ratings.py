"""Stage 1b: a mark out of five, ten or a hundred is a verdict on the topic it follows.

Scorecards and recruiters grade a point with a mark ("culture fit 10/10", "communication 4/5,
technical 2/5", "Q5 Infection prevention - 1/5"): a high mark praises the topic, a low one finds
fault with it, a middling one says nothing. The three tokens of the mark become one word the
cue file reads (``[ratings]`` high / low words, listed as evaluation words); a date ("on
10/10") and a mark out of anything else ("24/7", "50/50") are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.tagger.model import Form, Item, Token

OUT_OF = frozenset({"5", "10", "100"})
HIGH, LOW = 0.7, 0.4  # a mark at or over HIGH of its scale praises, one at or under LOW faults
HIGH_WORD, LOW_WORD = "markhigh", "marklow"
DATE_WORDS = frozenset({"on", "by", "until", "till", "from", "since", "before", "after", "dated"})


def _mark_word(tokens: list[Token], k: int) -> str | None:
    """The high or low word for a mark starting at token ``k``, or None."""
    a, slash, b = tokens[k : k + 3]
    if slash.surface != "/" or not a.surface.isdigit() or b.surface not in OUT_OF:
        return None
    if a.end != slash.start or slash.end != b.start:
        return None  # "3 / 5" spaced out is a list or a ratio, not a mark
    if k and tokens[k - 1].surface in DATE_WORDS:
        return None  # "on 10/10": a date
    ratio = int(a.surface) / int(b.surface)
    if ratio > 1:
        return None
    return HIGH_WORD if ratio >= HIGH else LOW_WORD if ratio <= LOW else None


def read_marks(text: str, tokens: list[Token], form: Callable[[str], Form]) -> list[Token]:
    """``tokens`` with each high or low mark ('10/10', '2/5') as one verdict word."""
    if "/" not in text:
        return tokens
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        word = _mark_word(tokens, k) if k + 2 < len(tokens) else None
        if word is None:
            out.append(tokens[k])
            k += 1
            continue
        out.append(Token(tokens[k].start, tokens[k + 2].end, form(word), word))
        k += 3
    return out


def marks_topic(tokens: list[Token], verdict: Item, topic: Item) -> bool:
    """False when ``verdict`` is a mark not right after ``topic`` ('culture fit 10/10, waiting
    on budget': the mark grades the fit, not the budget past the comma)."""
    if tokens[verdict.start].surface not in (HIGH_WORD, LOW_WORD):
        return True
    between = tokens[topic.end : verdict.start]
    return topic.end <= verdict.start and all(not t.is_word for t in between) and (
        not any(t.surface == "," for t in between))
