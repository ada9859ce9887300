"""Within a sentence: a yes/no question asked and the "no" reported as its answer.

"I asked if nerves had been a problem and she said no, not at all", "We asked whether the
commute would be an issue; he said no": the question's verdicts are what was asked about,
and the reported "no" denies them. A question of blame ("had been a problem", ``[answers]
reported_blames``) is cleared, praise whatever its words' sign; any other is flipped ("I asked
if my answers were too long and she said no": not too long).
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _pattern(words: Words) -> re.Pattern[str]:
    """'asked (someone) if/whether <question>, (and) she said no'."""
    denials = alternation(words.reported_denials)
    return re.compile(
        r"\b(?:asked|wondered|checked)\b(?:\s+[\w']+){0,3}?\s+(?:if|whether)\s+"
        r"(?P<q>[^;?.]+?)\s*(?:,|;|\band\b|-|\u2013|\u2014)\s*(?:and\s+)?"
        r"(?:she|he|they|the\s+\w+)\s+(?:said|answered|replied|told\s+(?:me|us|him|her))\s+"
        rf"(?:(?:a\s+)?(?:firm|flat|straight)\s+)?['\"\u2018]?(?:{denials})\b",
        re.I,
    )


def reported_answers(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the verdicts of a question the sentence reports as answered "no" denied."""
    if not found or "asked" not in sentence.lower() and "wondered" not in sentence.lower():
        return found
    match = compiled(words, _pattern).search(sentence)
    if match is None:
        return found
    question = match.group("q").lower()
    blame = any(re.search(rf"\b{re.escape(b)}\b", question) for b in words.reported_blames)
    out: list[Found] = []
    for theme, sign, evidence, cues in found:
        at = sentence.find(evidence)
        if at >= 0 and at < match.end() and at + len(evidence) > match.start("q"):
            sign = 1 if blame else -sign
            cues = (*cues, "(answered no)")
        out.append((theme, sign, evidence, cues))
    return out
