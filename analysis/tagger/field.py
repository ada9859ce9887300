"""Stage 5d: what a clause says of candidates in general judges no one.

"Only candidates who reach the required score in all exercises can progress", "the interview
assessed candidates against the Trust's values of compassion and respect", "all appointments
are subject to an enhanced DBS check": a clause whose subject is candidates or applications in
the plural, that never names the candidate (you, I, he or she) nor a rival, states the process
or the field, so its topics are no verdict. The decision themes (lex.generic) keep their reading.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def drop_field_statements(clause: Clause) -> None:
    """Drop the topics of a clause about candidates in general."""
    w = clause.lex.words
    surfaces = clause.surfaces
    if w.field_nouns.isdisjoint(surfaces):
        return
    if not surfaces.isdisjoint(w.second_or_first_person) or not surfaces.isdisjoint(
        w.third_person
    ):
        return
    if any(it.rule.kind in ("rival", "comparison") for it in clause.items):
        return
    if not _opens_on_field(clause):
        return
    for it in clause.items:
        if it.kind == "cue" and it.rule.theme not in clause.lex.generic:
            it.dropped = True


def _opens_on_field(clause: Clause) -> bool:
    """True when the clause's subject is the field: its words before the plural noun are only
    leads ("Only candidates who ...", "All appointments are ...", "Successful applicants will")."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(clause.start, clause.end):
        word = tokens[k].surface
        if not tokens[k].is_word:
            continue
        if word in w.field_nouns:
            # "cands dutch not at B2": shorthand for the candidate's, folded to the plural.
            raw = clause.text[tokens[k].start : tokens[k].end].lower()
            return raw not in w.field_shorthand
        if word not in w.field_leads:
            return False
    return False
