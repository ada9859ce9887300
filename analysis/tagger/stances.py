"""A third party's own stance or demeanour, told in shorthand, judges no one.

"hm keen for 2nd", "mgr still keen, wants 2nd mtg", "client still lukewarm", "hm not bothered
tbh", "Rambled a bit, panel looked bored", "head seemed distracted", "Panel smiling & nodding":
a segment that opens on the panel (the hiring manager, the client, "they") and reaches a stance
word through only softeners and linking verbs tells how that party felt or looked, not what the
candidate did. A cue made of only those words is dropped; a cue reaching past them ("HM still
keen, loved his energy") keeps its verdict ([stances]).
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Token
from analysis.tagger.speaker import about_someone_else
from analysis.tagger.words import Words


def drop_party_stances(clause: Clause) -> None:
    """Drop the cues that only tell a third party's stance ("hm keen", "panel looked bored")."""
    w = clause.lex.words
    if w.stance_words.isdisjoint(clause.surfaces):
        return  # no stance word: nothing to read
    told = stance_positions(w, clause.tokens)
    if not told:
        return
    clause.items = [
        it for it in clause.items if not (it.rule.kind == "cue" and told.issuperset(it.positions))
    ]


def stance_positions(w: Words, tokens: list[Token]) -> set[int]:
    """The positions of every party-and-stance stretch opening a segment of the sentence."""
    told: set[int] = set()
    for k in range(len(tokens)):
        if k and tokens[k - 1].surface not in w.stance_breaks:
            continue
        told |= _stance_at(w, tokens, k)
    return told


def _stance_at(w: Words, tokens: list[Token], k: int) -> set[int]:
    """Positions from ``k`` through the stance words, when a party opens there (else none)."""
    n = len(tokens)
    j = k + 1 if k < n and tokens[k].surface in ("the", "our", "my", "their") else k
    two = " ".join(t.surface for t in tokens[j : j + 2])
    if j + 1 < n and two in w.stance_parties:
        j += 2
    elif j < n and tokens[j].surface in w.stance_parties:
        j += 1
    else:
        return set()
    while j < n and tokens[j].surface in w.stance_fillers:
        j += 1
    if j < n and tokens[j].surface in w.third_party_actions:
        return set(range(k, _act_end(w, tokens, j)))
    if j >= n or tokens[j].surface not in w.stance_words:
        return set()
    end = j + 1
    while end + 1 < n and tokens[end].surface in ("&", "+", "and") and (
        tokens[end + 1].surface in w.stance_words
    ):
        end += 2
    if end + 1 < n and tokens[end].surface == "," and tokens[end + 1].surface in (
        w.third_party_actions
    ):
        end = _act_end(w, tokens, end + 1)  # "head seemed distracted, kept checking her phone"
    return set(range(k, end))


def _act_end(w: Words, tokens: list[Token], j: int) -> int:
    """Where the party's act from ``j`` ("kept checking her phone") ends: at a mark or at the
    candidate named ("They kept circling back to my 3 yrs" leaves the years to be read)."""
    people = w.candidate | w.candidate_objects
    end = j
    while end < len(tokens) and tokens[end].is_word and tokens[end].surface not in people:
        end += 1
    return end


def drop_party_acts(clause: Clause) -> None:
    """'Interviewer kept checking her phone': a cue that opens in a named party's act, before
    the candidate is named, is that party's act, though its possessive ("her phone") runs on
    past the name; the he/she of a note with no I or you is read as the candidate, but a
    possessive inside another party's act is that party's own. A cue opening after the name
    ("kept asking about her notice period") is the candidate's."""
    lex, tokens, start, end = clause.lex, clause.tokens, clause.start, clause.end
    w = lex.words
    if w.third_party_actions.isdisjoint(clause.surfaces):
        return  # no act verb: no party's act to read
    if not _opens_on_party_act(w, tokens, start, end):
        return
    if any(it.rule.kind == "rival" for it in clause.items):
        return
    until = about_someone_else(lex, tokens, start, end)
    if until <= start or not _possessive_at(tokens, until, end):
        return  # "kept having to ask him to repeat himself": the candidate acted on
    clause.items = [
        it
        for it in clause.items
        if not (
            it.rule.kind == "cue"
            and it.rule.theme not in lex.generic
            and it.positions[0] < until <= it.positions[-1]
        )
    ]


def _possessive_at(tokens: list[Token], k: int, end: int) -> bool:
    """True when the word at ``k`` is a possessive before its noun ("her phone"), not an
    object ("ask him to", "asked her to repeat")."""
    if k + 1 >= end or tokens[k].surface not in ("his", "her", "their"):
        return False
    return tokens[k + 1].is_word and tokens[k + 1].surface != "to"


def _opens_on_party_act(w: Words, tokens: list[Token], start: int, end: int) -> bool:
    """True when the clause opens on a third party named by no pronoun and its act verb
    ("Interviewer kept ...", "the chair kept ...")."""
    words = [tokens[k].surface for k in range(start, end) if tokens[k].is_word][:4]
    if words[:1] and words[0] in w.determiners:
        words = words[1:]
    for size in (2, 1):
        subject = " ".join(words[:size])
        if subject in w.employer:
            return False  # "We kept having to ask him ...": the writer's own act on the candidate
        if len(words) > size and subject in w.third_parties and subject not in w.third_person:
            return words[size] in w.third_party_actions
    return False
