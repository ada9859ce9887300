"""What the candidate's questions were about is their subject, not a second verdict.

"Asked good questions about our induction and CPD programme", "asked good questions about our
out-of-hours rota and CPD budget": the questions are the candidate's preparation (or interest),
which a cue names; the employer's programme, rota or budget after "about" is what they asked of,
so the verdict word the questions share ("good") judges no CPD or pay of the candidate's. A
mention of another theme whose cues are the questions' verdict words or words after the
"about" (before any comma) yields to the questions' mention. The frame is data in
``[asked_about]`` of the cue file.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _subject_span(words: Words, evidence: str) -> str:
    """The words after the questions' 'about', up to the next comma or semicolon."""
    frames = alternation(words.asked_about_frames)
    match = re.search(rf"\b(?:{frames})\b", evidence.lower())
    if match is None:
        return ""
    return re.split(r"[,;]", evidence.lower()[match.end() :], maxsplit=1)[0]


def _frames(words: Words) -> re.Pattern[str]:
    """Any of the questions' 'about' frames, as a word run."""
    return re.compile(rf"\b(?:{alternation(words.asked_about_frames)})\b", re.I)


def _names_questions(words: Words, sentence: str) -> bool:
    """Whether ``sentence`` holds one of the questions' 'about' frames."""
    return compiled(words, _frames).search(sentence) is not None


def _asking(words: Words, cue: str) -> bool:
    """The questions' own cue: 'questions about', 'Asked ... Qs about', 'Asked ... qs'"""
    low = cue.lower()
    if "questions about" in low:
        return True
    parts = low.split()
    return parts[0] in words.asked_about_verbs and not words.question_nouns.isdisjoint(parts)


def asked_subjects(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without mentions of what the candidate's questions were about."""
    if len(found) < 2 or not _names_questions(words, sentence):
        return found
    asked = [m for m in found if any(_asking(words, c) for c in m[3])]
    if not asked:
        return found
    shared = {c.lower() for m in asked for c in m[3]}
    spans = [_subject_span(words, m[2]) for m in asked]

    def _subject(m: Found) -> bool:
        if m in asked:
            return False
        rest = [c.lower() for c in m[3] if c.lower() not in shared]
        return bool(rest) and all(
            any(re.search(rf"\b{re.escape(c)}\b", span) for span in spans) for c in rest
        )

    return [m for m in found if not _subject(m)]
