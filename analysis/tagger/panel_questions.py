"""A shortfall of the record the panel asked about is the question's subject, no verdict.

"They asked about my gap year in Busan. Explained it well", "they asked about the gap in my
CV and I got defensive", "panel asked why only 2 yrs at the vendor... I got defensive": a
clause that opens on the panel asking names what the question was about; the gap or the short
tenure after the asking verb is its topic, and the note's verdict is on how the candidate
answered. When the question itself holds the fault ("gap", "only"), the fault and the record it
faults go, up to the next mark or "and"; one the panel's own concern states
elsewhere ("they want 2 yrs") stays, as does anything before the verb. The parties and verbs
are [panel_questions] in the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Token
from analysis.tagger.words import Words


def drop_asked_shortfalls(clause: Clause) -> None:
    """Drop a fault of the record, and the record it faults, that the panel's question names
    ("they asked about my gap year", "panel asked why only 2 yrs"), up to the next break."""
    w = clause.lex.words
    if w.panel_ask_verbs.isdisjoint(clause.surfaces):
        return  # no asking verb: nothing asked
    tokens = clause.tokens
    verb = _asking_at(w, tokens, clause.start, clause.end)
    if verb is None:
        return
    stop = next(
        (k for k in range(verb + 1, clause.end) if tokens[k].surface in w.panel_ask_breaks),
        clause.end,
    )
    record = w.roles.record
    asked = [it for it in clause.items if verb < it.start and it.end <= stop]
    topics = [it for it in asked if it.rule.kind == "cue" and it.rule.theme == record]
    faults = [it for it in asked if it.rule.prior < 0 and it.rule.kind in ("cue", "eval")]
    if not topics or not faults or any(it.rule.prior > 0 for it in topics):
        return
    gone = {id(it) for it in topics + faults}
    clause.items = [it for it in clause.items if id(it) not in gone]


def _asking_at(w: Words, tokens: list[Token], start: int, end: int) -> int | None:
    """The asking verb's position when the clause opens on the panel asking ("they asked",
    "the HR lady questioned"), else None."""
    positions = [k for k in range(start, end) if tokens[k].is_word][:5]
    words = [tokens[k].surface for k in positions]
    at = 1 if words[:1] and words[0] in w.determiners else 0
    for size in (2, 1):
        subject = " ".join(words[at : at + size])
        verb = at + size
        if verb < len(words) and subject in w.stance_parties and words[verb] in w.panel_ask_verbs:
            return positions[verb]
    return None
