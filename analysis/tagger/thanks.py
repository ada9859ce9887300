"""Thanks for praised work: a courtesy opening that praises what it thanks for is praise.

"Thank you for your interest in the role and for your excellent result in the technical
test", "Thank you for your interest, and for the thoughtful questions you asked about our
network strategy": plain thanks are courtesy and skipped, but a praise word right after the
"for" (past a determiner) judges what follows it, so that part is read.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def praised_thanks(clause: Clause, begin: int, stop: int) -> int | None:
    """The index of the 'for' in tokens[begin:stop] whose object a praise word opens, if any."""
    w, tokens = clause.lex.words, clause.tokens
    if not any(t.surface in w.thanks_praise for t in tokens[begin:stop]):
        return None  # cheap exit: no praise word in the courtesy
    for k in range(begin, stop):
        if tokens[k].surface != "for":
            continue
        j = k + 1
        while j < stop and tokens[j].surface in w.thanks_praise_leads:
            j += 1
        if j < stop and tokens[j].surface in w.thanks_praise:
            return k
    return None
