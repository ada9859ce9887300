"""Terms named only as a talk that did not happen or is put off judge nothing.

"Salary not discussed", "Salary band was on the advert so didn't come up", "salary, visa status
and start date will all be discussed at offer stage, not now": the negator denies the talking,
not the candidate's terms, and a talk put off judges nothing yet. A terms mention whose cues are
only the terms named before the talk (and the talk's negator) is dropped; a verdict word after
it ("not discussed, but the band is a problem") keeps it. The verbs are data in
``[talked_terms]``.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, negator_pattern

GAP = 2  # words between the negator and the talking verb ("not really discussed")


def _untalked(words: Words) -> re.Pattern[str]:
    """A negator a few words before a talking verb, or a talk put off."""
    verbs = alternation(words.untalked_verbs)
    negators = alternation(words.plain_negators)
    denied = rf"(?:\b(?:{negators})|\w*n't)\s+(?:\w+\s+){{0,{GAP}}}(?:{verbs})\b"
    return re.compile(rf"{denied}|\b(?:{alternation(words.deferred_talk)})\b", re.I)


def _untalked_terms(words: Words, found: Found) -> bool:
    """Whether ``found`` names terms only before a talk denied or put off: each cue is a term
    before the talk or a negator from the talk on ("Can't start, which was not discussed"
    keeps its "Can't")."""
    evidence = found[2]
    talk = compiled(words, _untalked).search(evidence)
    if talk is None:
        return False
    negator = compiled(words, negator_pattern)
    before, told = evidence[: talk.start()].lower(), evidence[talk.start() :].lower()
    for cue in found[3]:
        word = re.compile(rf"\b{re.escape(cue.lower())}\b")
        if not word.search(told if negator.search(cue) else before):
            return False
    return True


def talked_terms(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without terms named only before a talk denied or put off."""
    terms = words.roles.terms
    if not any(f[0] == terms for f in found):
        return found
    return [f for f in found if f[0] != terms or not _untalked_terms(words, f)]
