"""A post's or a task's brief: "keen on the community sport brief", "matches the fundraising brief".

"brief" judges delivery only as an adjective ("answers were brief", "keep it brief", "a brief
answer"). After a determiner or a noun, with no noun after it ([brief_nouns] in the cue file),
it names the remit of the post or the task, which says nothing of how the candidate spoke, so
its communication cue is dropped.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Token


def brief_nouns(clause: Clause) -> None:
    """Drop a delivery cue made of "brief" alone where the word is the noun, the remit."""
    words = clause.lex.words
    if not clause.items or not any(w.lower() in words.brief_nouns for w in clause.surfaces):
        return
    delivery = words.roles.delivery
    for item in clause.items:
        if item.dropped or item.rule.theme != delivery or item.end - item.start != 1:
            continue
        if clause.tokens[item.start].surface.lower() not in words.brief_nouns:
            continue
        if _is_noun(clause, item.start):
            item.dropped = True


def _is_noun(clause: Clause, k: int) -> bool:
    """True when the word before is no adjective's lead and no noun follows the word at k."""
    words, tokens = clause.lex.words, clause.tokens
    before = tokens[k - 1] if k > clause.start else None
    if before is None or not before.is_word or _lower(before) in words.brief_adjective_leads:
        return False
    if _lower(before).endswith("ly"):  # "refreshingly brief", "suitably brief"
        return False
    after = tokens[k + 1] if k + 1 < clause.end else None
    return after is None or not after.is_word or _lower(after) in words.brief_noun_follows


def _lower(token: Token) -> str:
    """The token's surface in lower case."""
    return token.surface.lower()
