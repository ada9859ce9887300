"""The road taken, reported: "Listened carefully and built on what the panellist had asked
rather than repeating himself", "clearly motivated by the work itself rather than the title".

In a finding (no order in the clause), praise earlier in the clause followed by "rather than"
or "instead of" is what the candidate did; the marker sets it against what they did not do,
so it is no advice and the praise stands. ``scope.praised_alternative`` handled only praise
right before the marker; this pass reaches back over the clause's neutral words. A fault or
an advice item between the praise and the marker ("clear, but kept reading rather than ...")
leaves the marker as it is, and so does the same thing named again after the marker ("the
question he wanted rather than the one we asked"): the act before it was the wrong choice.
"""

from __future__ import annotations

from analysis.tagger.model import Item, Token
from analysis.tagger.tokens import item_words
from analysis.tagger.words import Words


def reported_alternative(words: Words, tokens: list[Token], inside: list[Item]) -> None:
    """Drop a 'rather than' marker whose last judging item before it, in a finding, praises."""
    for marker in inside:
        if marker.dropped or marker.kind != "advice":
            continue
        if item_words(tokens, marker) not in words.alternatives:
            continue
        after = {t.surface for t in tokens[marker.end : marker.end + 2]}
        if after & words.wrong_choice_heads:
            continue  # "answered the question he wanted rather than the one we asked"
        before = [it for it in inside if it.end <= marker.start and not it.dropped]
        if any(it.kind == "advice" for it in before):
            continue  # "Work on admitting it rather than bluffing": an order
        judged = [it for it in before if it.kind in ("cue", "eval") and it.rule.prior]
        if judged and _praises(judged[-1]):
            marker.dropped = True


def _praises(item: Item) -> bool:
    """True when a self-judging cue or an evaluative word is good, after negation."""
    if item.kind == "cue" and not item.rule.self_eval:
        return False
    sign = item.as_eval or item.rule.prior
    return (-sign if item.negated else sign) > 0
