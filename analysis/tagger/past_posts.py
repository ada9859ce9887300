"""Within a sentence: work done at a former workplace is time in a role.

"ran 180 covers on a Saturday at her last place", "ran pick/pack for 150 FTE at previous
site", "lifted pick rates 20% at her last site": an act of the job ([past_posts] verbs) in the
clause before "at (her) last / previous / former" and a workplace states what the candidate
did in post, experience+, whatever the trade's words are. Not in a question, a negation or
a report of what was missing ("could not describe what she delivered in her last role"), not
a put-down ("ran down the staff at his last home"), and not when the sentence already judges
experience ("too junior, given she managed a team of forty at her last job"). A day named in
that work ("on a Saturday") is the old job's, not the candidate's availability.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled

# A day or a shift inside the work done there is the old job's, no availability for this one.
_FORMER = r"\bat\s+(?:(?:her|his|their|my|your|the)\s+)?(?:last|previous|prior|former)\s+"
_FORMER_WORDS = ("last", "previous", "prior", "former")  # a cheap exit before the regexes
_BOUNDS = re.compile(r"[,;:()]|\s[-–—]\s")


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a former workplace, an act of the job, a word that blocks the reading)."""
    place = re.compile(rf"{_FORMER}(?:{alternation(words.past_post_places)})\b", re.I)
    verb = re.compile(rf"\b(?:{alternation(words.past_post_verbs)})\b", re.I)
    blocker = re.compile(rf"\b(?:{alternation(words.past_post_blockers)})\b", re.I)
    return place, verb, blocker


def past_posts(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when the sentence tells work done at a former workplace, experience+."""
    if not words.past_post_verbs or any(theme == words.roles.record for theme, *_ in found):
        return found
    lowered = sentence.lower()
    if not any(word in lowered for word in _FORMER_WORDS):
        return found
    place, verb, blocker = compiled(words, _patterns)
    for match in place.finditer(sentence):
        starts = [m.end() for m in _BOUNDS.finditer(sentence, 0, match.start())]
        clause = sentence[(starts[-1] if starts else 0) : match.end()]
        act = verb.search(clause)
        if act is None or blocker.search(clause):
            continue
        evidence = clause.strip()
        kept = [f for f in found if not (f[0] == words.roles.terms and _within(f, clause))]
        return [*kept, (words.roles.record, 1, evidence, (act.group(0), match.group(0).strip()))]
    return found


def _within(verdict: Found, clause: str) -> bool:
    """True when a cue of ``verdict`` is a word of ``clause`` (a day or shift of the old job)."""
    return any(re.search(rf"\b{re.escape(cue)}\b", clause) for cue in verdict[3])
