"""Per clause: what the panel challenged is the occasion of the candidate's reaction.

"Kept her cool when the CFO pressed her hard on the numbers", "got flustered when challenged on
the budget figures", "Your tone became quite sharp when we questioned your sales figures",
"exhibited composure when being challenged upon her figures": the figures are what the panel
pushed on, and the verdict ("kept her cool", "sharp", "composure") judges how the candidate took
it, not figures brought to the interview. A plain preparation topic a few words after a
challenge verb ([challenged] verbs), with only the words of its object between ([challenged]
between), takes no verdict and is dropped. A subject or a term challenged ("challenged on the
sepsis pathway, even though she was right", "pushed back on my notice period") is still judged
by what follows, so only the preparation topics go.
"""

from __future__ import annotations

from analysis.tagger.model import Clause

_REACH = 5  # words from the challenge verb to the topic


def challenged_topics(clause: Clause) -> None:
    """Drop a plain topic that is only the object of the panel's challenge."""
    w = clause.lex.words
    if w.challenge_verbs.isdisjoint(clause.surfaces):
        return
    for it in clause.items:
        if it.kind != "cue" or it.rule.self_eval or it.rule.prior or it.negated:
            continue
        if it.rule.theme != w.roles.research:
            continue
        if _challenged(clause, it.start):
            it.dropped = True


def _challenged(clause: Clause, start: int) -> bool:
    """True when a challenge verb stands before ``start`` with only object words between."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(start - 1, max(clause.start, start - _REACH) - 1, -1):
        word = tokens[k].surface
        if word in w.challenge_verbs:
            return True
        if word not in w.challenge_between:
            return False
    return False
