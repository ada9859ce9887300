"""Stage 5b: documents and kit requested for the process are facts, not credentials held.

"Candidate to bring NMC PIN confirmation", "requested to submit copies of the certificate",
"SC clearance needed before start", "hi-vis and boots provided on site": the credential or
kit named is what the process asks for or supplies, no verdict on the candidate's experience
or dress. Only a clause that evaluates, negates or advises nothing is read this way.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token

_TODO_ENDS = frozenset({"and", "then", "+", "&", "also"})  # a to-do's object ends here
_JUDGING = frozenset({"eval", "negator", "advice", "excess", "rival", "decision"})


def drop_paperwork(clause: Clause) -> None:
    """Drop credential and kit topics of a clause that requests or supplies them."""
    if any(it.kind in _JUDGING for it in clause.items):
        return
    # Themes whose topics name a document or piece of kit ("certificate", "safety boots"),
    # or a term the process asks the candidate to state ("furnish your notice period").
    roles = clause.lex.words.roles
    themes = (roles.record, roles.dress, roles.terms)
    topics = [
        it
        for it in clause.items
        if it.kind == "cue" and not it.rule.self_eval and it.rule.theme in themes
    ]
    if not topics or not _requests(clause, topics):
        return
    for it in topics:
        it.dropped = True


def _requests(clause: Clause, topics: list[Item]) -> bool:
    """True when the clause asks for a document ("to bring", "please submit"), sets it a
    deadline ("needed before start") or says it is supplied ("boots and gloves provided")."""
    words = clause.lex.words
    tokens, start, end = clause.tokens, clause.start, clause.end
    first = next((k for k in range(start, end) if tokens[k].is_word), start)
    topic_ends = {it.end for it in topics}
    for k in range(start, end):
        w = tokens[k].surface
        if w in words.paperwork_verbs and (
            k == first or _before(tokens, k, start) in words.paperwork_leads
        ):
            return True
        if w in words.paperwork_needs and k + 1 < end and tokens[k + 1].surface in (
            words.paperwork_deadlines
        ):
            return True
        if w in words.paperwork_supplied and any(0 <= k - e <= 3 for e in topic_ends):
            return True
    return False


def _before(tokens: list[Token], k: int, start: int) -> str:
    """The surface of the word before position ``k`` in the clause ("" at its start)."""
    j = k - 1
    while j >= start and not tokens[j].is_word:
        j -= 1
    return tokens[j].surface if j >= start else ""


def drop_todos(clause: Clause) -> None:
    """'need to chase right to work docs', 'Need to send references by Friday': an order word
    right before one of the writer's to-do verbs is a step of the process, so the clause's
    order and topics say nothing of the candidate."""
    tokens, todos = clause.tokens, clause.lex.words.paperwork_todos
    for it in clause.items:
        if it.kind != "advice" or it.end >= clause.end:
            continue
        if tokens[it.end].surface in todos:
            stop = next(
                (k for k in range(it.end, clause.end) if tokens[k].surface in _TODO_ENDS),
                clause.end,
            )
            later = any(o.kind == "cue" and o.start >= stop for o in clause.items)
            for other in clause.items:
                if other.start < stop and (other.kind == "cue" or not later and other is it):
                    other.dropped = True
            return
