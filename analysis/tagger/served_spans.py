"""Within a sentence: time served told as a span is the record, experience+.

"has been a senior carer for nine years", "has coached at provincial level for a decade",
"she's been picking here through an agency for two years": a perfect of a verb of work
([served_spans] verbs), then "for" and a length of time in the same clause. "Eleven seasons
as head groundsman", "four winters on the cross-dock": a count of seasons and the post. Not a
span away from work ("has been out of work for two years"), a need ("someone who has managed
for five years"), a denial or a span too short ("has only been qualified for six months"),
and not when the sentence already judges the record.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled

_BOUNDS = r"[^,;:.!?()]"  # the span stays inside one clause


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a perfect verb of work, then "for" and a span; a count of seasons and a post; blockers)."""
    verbs, units = alternation(words.served_verbs), alternation(words.served_units)
    counts = alternation(words.served_counts)
    span = r"for\s+(?:(?:over|almost|nearly|more\s+than|the\s+(?:last|past))\s+)?"
    perfect = re.compile(
        rf"(?:\b(?:has|have|had)|'s|'ve|'d)\s+(?:(?:also|now|already)\s+)?(?:{verbs})\b"
        rf"{_BOUNDS}{{0,80}}?\b{span}(?:(?:{counts}|\d+\+?)\s+)?(?:{units})\b",
        re.I,
    )
    seasons = re.compile(
        rf"\b(?:{counts}|\d+)\s+(?:\w+\s+)?(?:{alternation(words.served_seasons)})\s+(?:as|at|on|with)\b",
        re.I,
    )
    blocker = re.compile(rf"\b(?:{alternation(words.served_blockers)})\b", re.I)
    return perfect, seasons, blocker


def served_spans(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when the sentence tells a span of time served, experience+."""
    record = words.roles.record
    if not words.served_verbs or any(theme == record for theme, *_ in found):
        return found
    lowered = sentence.lower()
    if not any(unit in lowered for unit in words.served_units):
        return found
    perfect, seasons, blocker = compiled(words, _patterns)
    for pattern in (perfect, seasons):
        match = pattern.search(sentence)
        if match is None:
            continue
        start = max(sentence.rfind(mark, 0, match.start()) for mark in ",;:.!?(")
        clause = sentence[start + 1 : match.end()]
        if blocker.search(clause):
            continue
        return [*found, (record, 1, clause.strip(), (match.group(0).strip(),))]
    return found
