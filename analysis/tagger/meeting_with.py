"""The title of the person an interview is with is the panel's, not a post the candidate holds.

"2nd int booked thurs 10am w/ head of midwifery", "1st rd w/ HoD went fine, 2nd rd w/ CFO":
after a meeting word ("interview", "round", "call") and "with", a title names who sat across
the table, so a record cue opening in that title ("head of ...", "HoD") judges no record of the
candidate's. The meeting words and the titles it may open on are [meeting_with].
"""

from __future__ import annotations

from analysis.tagger.model import Clause

REACH = 4  # words back from "with" to the meeting word, and on from it through the title


def drop_meeting_titles(clause: Clause) -> None:
    """Drop the record cues that open in the title after 'interview with' / 'rd w/'."""
    lex, tokens = clause.lex, clause.tokens
    w = lex.words
    if "with" not in clause.surfaces or w.meeting_words.isdisjoint(clause.surfaces):
        return  # no meeting with anyone: no title to read
    titled: set[int] = set()
    for k in range(clause.start + 1, clause.end - 1):
        if tokens[k].surface != "with":
            continue
        if not any(t.surface in w.meeting_words for t in tokens[max(clause.start, k - REACH) : k]):
            continue
        j = k + 1 + (tokens[k + 1].surface in w.determiners)
        if j < clause.end and tokens[j].surface in w.meeting_titles:
            titled |= set(range(j, min(clause.end, j + REACH)))
    if not titled:
        return
    record = w.roles.record
    clause.items = [
        it
        for it in clause.items
        if not (it.rule.kind == "cue" and it.rule.theme == record and it.start in titled)
    ]
