"""Unnamed subjects: "brunoise uneven", "questioning was excellent", "drug calcs slow".

Occupations write their subject matter in words no cue file can list. A clause that names no
theme's topic and is only a noun phrase, perhaps a copula, and a verdict on work ("uneven",
"wrong", "fine", "thin") at its end judges what the candidate did with that subject: a skills
topic is put in the phrase's place. The phrase must be a plain noun phrase: no people, no
pronouns, not the meeting or the process, no verb ("interviewed well", "client happy",
"went fine" stay unjudged); the words are data in ``[unnamed]`` of the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token, wordless_rule
from analysis.tagger.words import Words

SUBJECT_ORDER = 10**6  # after every phrase of the cue file
_MAX_PHRASE = 5  # words of the subject phrase before its verdict


def unnamed_subjects(clause: Clause) -> None:
    """Give a cue-less clause that judges its own noun phrase a skills topic there."""
    if any(it.rule.kind == "cue" for it in clause.items):
        return
    span = _judged_span(clause) or _explained(clause) or _framed(clause)
    if span is None:
        return
    a, b = span
    rule = wordless_rule(clause.lex.words.roles.subject, SUBJECT_ORDER)
    clause.items.append(Item(rule, a, b, tuple(range(a, b))))
    clause.items.sort(key=lambda it: it.start)


def _judged_span(clause: Clause, banned: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The noun phrase the clause's first verdict judges, before or after it (None if none)."""
    w, tokens = clause.lex.words, clause.tokens
    evals = [it for it in clause.items if it.kind == "eval"]
    if not evals or tokens[evals[0].start].surface not in w.unnamed_verdicts:
        return None
    if tokens[evals[0].start].surface in banned:
        return None
    closes = _closes(clause, evals[0].end)
    before = _subject_before(clause, evals[0].start) if closes else None
    return before or _subject_after(clause, evals[0])


def _closes(clause: Clause, k: int) -> bool:
    """True when the verdict ends its clause, or only a tail or a second verdict follows."""
    w, tokens = clause.lex.words, clause.tokens
    while k < clause.end and (tokens[k].surface in w.unnamed_tails or not tokens[k].is_word):
        if tokens[k].surface in w.unnamed_stops:
            return True  # "brunoise uneven, hollandaise split twice": a new point
        k += 1
    return k >= clause.end or tokens[k].surface in w.unnamed_verdicts


def _subject_before(clause: Clause, at: int) -> tuple[int, int] | None:
    """The noun phrase from the clause start up to the verdict at ``at``, when it is one."""
    w, tokens = clause.lex.words, clause.tokens
    k = at
    while k > clause.start and tokens[k - 1].surface in w.unnamed_links:
        k -= 1
    words = [t for t in tokens[clause.start : k] if t.is_word]
    if not words or len(words) > _MAX_PHRASE or k - clause.start > _MAX_PHRASE + 2:
        return None
    if words[0].surface in w.unnamed_openers or any(_not_a_subject(w, t) for t in words):
        return None
    return clause.start, k


def _subject_after(clause: Clause, verdict: Item) -> tuple[int, int] | None:
    """'Good soldering', 'clean sectioning': a verdict opening a verbless point judges the
    noun phrase after it, up to the point's end."""
    w, tokens = clause.lex.words, clause.tokens
    if verdict.start != clause.start:
        return None
    k = verdict.end
    while k < clause.end and tokens[k].is_word and tokens[k].surface not in w.unnamed_tails:
        k += 1
    words = tokens[verdict.end : k]
    if not words or len(words) > _MAX_PHRASE - 1 or not _closes(clause, k):
        return None
    if any(_not_a_subject(w, t) for t in words):
        return None
    return verdict.end, k


def _explained(clause: Clause) -> tuple[int, int] | None:
    """'Couldn't explain why AUC misleads', 'could not describe integrated pest management':
    a subject the candidate could not explain, after a negator that opens the clause."""
    w, tokens = clause.lex.words, clause.tokens
    negators = [it for it in clause.items if it.kind == "negator"]
    if not negators or not _opens(clause, negators[0].start):
        return None
    if tokens[negators[0].start].surface in w.unnamed_noun_negators:
        return None  # "no reason given": a noun after "no", not a verb the candidate failed
    k = negators[0].end
    while k < clause.end and tokens[k].surface in w.unnamed_explain_skips:
        k += 1
    if k >= clause.end or tokens[k].surface not in w.unnamed_explain_verbs:
        return None
    k += 1
    while k < clause.end and tokens[k].surface in w.unnamed_explain_skips:
        k += 1
    words = [t for t in tokens[k : clause.end] if t.is_word]
    if not words or any(t.surface in w.unnamed_generic for t in words[:3]):
        return None
    return k, min(clause.end, k + _MAX_PHRASE)


def _framed(clause: Clause) -> tuple[int, int] | None:
    """'Struggled with accretion/dilution', 'she was shaky on the utilisation review rules': a
    verdict framed with its preposition near the point's start judges the noun phrase after it."""
    w, tokens = clause.lex.words, clause.tokens
    evals = [it for it in clause.items if it.kind == "eval"]
    if not evals or evals[0].end - evals[0].start < 2:
        return None
    verdict = evals[0]
    if tokens[verdict.end - 1].surface not in w.unnamed_frame_preps:
        return None
    lead = [t for t in tokens[clause.start : verdict.start] if t.is_word]
    if len(lead) > 2 or any(t.surface not in w.unnamed_generic for t in lead):
        return None  # "the client struggled with ..." judges no subject of the candidate's
    k = verdict.end
    while k < clause.end and tokens[k].surface in w.unnamed_explain_skips:
        k += 1
    end = k
    while end < clause.end and end - k < _MAX_PHRASE and tokens[end].surface not in w.unnamed_stops:
        end += 1
    words = [t for t in tokens[k:end] if t.is_word]
    if not words or any(_not_a_subject(w, t) for t in words[:3]):
        return None
    return k, end


def _opens(clause: Clause, at: int) -> bool:
    """True when the negator at ``at`` opens its point: the clause's first or second word, or
    right after 'and' / 'but' / 'yet' ("struggled with async and couldn't explain the loop")."""
    if at <= clause.start + 1:
        return True
    return clause.tokens[at - 1].surface in clause.lex.words.unnamed_explain_links


def _not_a_subject(w: Words, token: Token) -> bool:
    """A word that makes the phrase no subject matter: a person, the meeting, a verb."""
    s = token.surface
    return (
        s in w.unnamed_generic
        or s in w.irregular_past
        or s.isdigit()
        or (s.endswith("ed") and len(s) > 4)
    )


def unnamed_segments(clause: Clause) -> None:
    """'Material balance fine, history matching in Eclipse weak', 'tempering spot on, whites
    immaculate': in a clause that names a topic elsewhere, a comma segment with no cue of its
    own that judges its own noun phrase judges a subject too, and so does one the candidate
    could not explain when the clause's other topics are all skills; beside other points,
    "clean" and "neat" judge dress ("tunic clean, nails short"), so they name no subject there."""
    tokens = clause.tokens
    if not any(it.rule.kind == "cue" for it in clause.items):
        return  # unnamed_subjects reads the whole clause
    commas = [k for k in range(clause.start, clause.end) if tokens[k].surface in (",", ";")]
    if not commas:
        return
    bounds = [clause.start, *(k + 1 for k in commas), clause.end + 1]
    subject = clause.lex.words.roles.subject
    # "hadn't looked at their website, couldn't name a product" stays preparation
    skills_only = all(it.rule.theme == subject for it in clause.items if it.rule.kind == "cue")
    for a, b in zip(bounds, bounds[1:], strict=False):
        inside = [it for it in clause.items if a <= it.start < b - 1]
        if not inside or any(it.rule.kind == "cue" for it in inside):
            continue
        part = Clause(clause.lex, clause.text, tokens, inside, a, b - 1, clause.mode)
        span = _judged_span(part, clause.lex.words.unnamed_grooming)
        if span is None and skills_only:
            span = _explained(part)  # "strong on the COM stack, couldn't reason about X"
        if span is not None:
            rule = wordless_rule(subject, SUBJECT_ORDER)
            clause.items.append(Item(rule, span[0], span[1], tuple(range(*span))))
    clause.items.sort(key=lambda it: it.start)
