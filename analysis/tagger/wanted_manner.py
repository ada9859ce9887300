"""Wanted manner: a quality asked for "more" names the verdict, a topic after it the setting.

"Could you bring more energy to the 'why this role' question?", "I'd like to see more
enthusiasm when you talk about why you want to go into retail", "show more of your passion for
infrastructure": the leaning quality after "more" ([wanted_manner] amounts, a few words between
at most) is what the writer asks for; another theme's bare topic after it, behind a setting word
("to", "when", "for", "about": [wanted_manner] settings), is where the quality is wanted, not a
second verdict, so that topic is dropped. A topic before the quality ("Your answers need more
energy") and a topic that judges itself ("more energy and clearer examples") keep their reading.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_REACH = 3  # words at most between the amount word and the quality ("more genuine passion")


def wanted_manner(clause: Clause) -> None:
    """Drop the bare topics after a quality asked for "more", behind a setting word."""
    words = clause.lex.words
    if not words.wanted_amounts or words.wanted_amounts.isdisjoint(clause.surfaces):
        return
    for quality in clause.items:
        if _wanted(clause, quality):
            _drop_settings(clause, quality)
            return


def _wanted(clause: Clause, item: Item) -> bool:
    """True when ``item`` is a leaning quality with an amount word just before it."""
    if item.kind != "cue" or item.rule.self_eval or item.rule.prior <= 0 or item.negated:
        return False
    tokens, amounts = clause.tokens, clause.lex.words.wanted_amounts
    before = [k for k in range(max(clause.start, item.start - _REACH - 1), item.start)]
    return any(tokens[k].surface in amounts for k in before) and not any(
        tokens[k].surface in {",", ";", ":"} for k in before
    )


def _drop_settings(clause: Clause, quality: Item) -> None:
    """Drop another theme's bare topic after ``quality`` that a setting word leads to."""
    tokens, settings = clause.tokens, clause.lex.words.wanted_settings
    for item in clause.items:
        if (
            item.kind == "cue"
            and item.start >= quality.end
            and not item.rule.self_eval
            and item.rule.prior == 0
            and item.rule.theme != quality.rule.theme
            and any(tokens[k].surface in settings for k in range(quality.end, item.start))
        ):
            item.dropped = True
