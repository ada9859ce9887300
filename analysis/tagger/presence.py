"""A quality said to be there ('the skills r there', 'exp is there tho') judges what it follows.

Notes say a strength is present with a be verb and 'there': "the substance is there", "the
stories are there but ...". The phrase is an evaluation word in the cue file; this stage keeps
it to the topic named before it, so a later topic ("the experience is there, pity about the
pay") and a question's object ("Is there any flexibility on salary?") take no praise from it.
"""

from __future__ import annotations

from analysis.tagger.model import Item, Token

PLACE_WORD = "there"


def present_topic(tokens: list[Token], verdict: Item, topic: Item) -> bool:
    """False when ``verdict`` is '<be> there' and ``topic`` does not come before it."""
    if verdict.end - verdict.start != 2 or tokens[verdict.end - 1].surface != PLACE_WORD:
        return True
    return topic.end <= verdict.start
