"""Knowing what the employer owns is homework on the employer, not the trade's knowledge.

"didn't know a thing about their new container terminal", "didnt know the first thing abt their
product range", "blanked on their CEO's name": a knowing cue of the subject (skills) whose
object, within OBJECT_REACH words and before any mark, names something "their" (the employer's)
is preparation, as "didn't know their product range" already reads ([employer_known]).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause, Item, Token
from analysis.tagger.words import Words

OBJECT_REACH = 6  # "know the first thing abt their": words from the cue to the owner


def employer_known(clause: Clause) -> None:
    """Read a knowing cue whose object the employer owns as preparation, not skills."""
    w = clause.lex.words
    if not any(owner.split()[-1] in clause.surfaces for owner in w.employer_known_owners):
        return  # no owner word: nothing to reread
    for item in clause.items:
        if (
            item.rule.kind == "cue"
            and item.rule.theme == w.roles.subject
            and clause.tokens[item.end - 1].surface in w.employer_known_ends
            and _owned_object(w, clause.tokens, item, clause.end)
        ):
            item.rule = replace(item.rule, theme=w.roles.research)


def _owned_object(w: Words, tokens: list[Token], item: Item, end: int) -> bool:
    """True when an owner word opens the object within reach, with no mark or blocker first."""
    for k in range(item.end, min(end, item.end + OBJECT_REACH)):
        surface = tokens[k].surface
        if not tokens[k].is_word or surface in w.employer_known_blockers:
            return False
        two = f"{surface} {tokens[k + 1].surface}" if k + 1 < end else surface
        if surface in w.employer_known_owners or two in w.employer_known_owners:
            return not (k + 1 < end and tokens[k + 1].surface in w.employer_known_blockers)
    return False
