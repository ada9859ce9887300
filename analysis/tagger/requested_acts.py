"""Stage 5f: what the letter asks the candidate to do next is process, no verdict.

"The candidate is asked to communicate eventual problems of availability", "Candidates are
requested to be punctual and to bring the original certificates", "a formal dress is requested":
an act requested of the candidate (a passive request verb after is/are, then 'to' or the
clause's end) tells them how the process runs, so the topics of that clause judge no one. A
request for something done better or in future ("is kindly requested to be more attentive",
"a more formal dress code in future occasions") is advice and keeps its reading, as does the
employer's own duty ("we are required to have fully licensed staff").
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def drop_requested_acts(clause: Clause) -> None:
    """Drop the topics of a clause that requests a step of the process of the candidate."""
    w = clause.lex.words
    if w.requested_verbs.isdisjoint(clause.surfaces):
        return
    if not _requests(clause):
        return
    if not _sentence_words(clause).isdisjoint(w.requested_advice):
        return
    for it in clause.items:
        if it.kind == "cue" and it.rule.theme not in clause.lex.generic:
            it.dropped = True


def _requests(clause: Clause) -> bool:
    """True when a request verb follows is/are (or 'shall be') and opens a 'to' act or ends
    the clause, and its subject is not the writer ('we are required to')."""
    w, tokens = clause.lex.words, clause.tokens
    words = [k for k in range(clause.start, clause.end) if tokens[k].is_word]
    for n, k in enumerate(words):
        if tokens[k].surface not in w.requested_verbs or n == 0:
            continue
        back = n - 1
        if tokens[words[back]].surface in w.requested_softeners and back > 0:
            back -= 1
        if tokens[words[back]].surface not in w.requested_copulas:
            continue
        before = tokens[words[back - 1]].surface if back > 0 else ""
        if before in w.requested_writers:
            continue
        # "had to be asked to speak up": only a future 'be' ("shall be required to") requests.
        if tokens[words[back]].surface == "be" and before not in w.requested_modals:
            continue
        after = words[n + 1] if n + 1 < len(words) else None
        if after is None or tokens[after].surface == "to":
            return True
    return False


def _sentence_words(clause: Clause) -> frozenset[str]:
    """The surfaces from the clause's sentence start to its end (the request's own sentence)."""
    tokens = clause.tokens
    lo = clause.start
    while lo > 0 and tokens[lo - 1].surface not in (".", "!", "?"):
        lo -= 1
    hi = clause.start
    while hi < len(tokens) and tokens[hi].surface not in (".", "!", "?"):
        hi += 1
    return frozenset(t.surface for t in tokens[lo:hi])
