"""A struggle after a record held is how the task went, not the record.

"Level 3 PT qualified, but struggled to adapt the session plan", "excellent logbook numbers,
but he struggled to talk through how he would manage a leak", "eleven years on a med-surg
floor is plenty, but she struggled with the utilization review questions": the struggle
verdict judges the task or the questions in its own clause, while the sentence's experience
topic (a credential, a tenure) is judged on its own words. An experience fault cued by the
struggle becomes a skills fault; when another mention already carries the struggle ("struggled
to explain COLREGs" as skills, "struggled to explain it simply" as communication), it goes.
The verbs are data in ``[struggles]`` of the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words


def _struggle(words: Words, cue: str) -> bool:
    """True for a struggle cue ('struggled', 'struggled to', 'struggles with')."""
    parts = cue.lower().split()
    return bool(parts) and parts[0] in words.struggle_verbs


def _after_record(words: Words, evidence: str, cues: tuple[str, ...]) -> bool:
    """True when the record cue is not the struggle's object: it lies outside the struggle's
    clause (the evidence) or before it; 'struggled to find relevant experience' is its object."""
    low = evidence.lower()
    at = min((low.find(c.lower()) for c in cues if _struggle(words, c)), default=-1)
    return at >= 0 and any(low.find(c.lower()) < at for c in cues if not _struggle(words, c))


def task_struggles(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with an experience fault cued by a struggle read as the task's (skills)."""
    if "struggl" not in sentence.lower():
        return found
    record, task = words.roles.record, words.roles.work
    out: list[Found] = []
    for k, m in enumerate(found):
        theme, sign, evidence, cues = m
        if theme != record or sign > 0 or not any(_struggle(words, c) for c in cues) or (
            not _after_record(words, evidence, cues)
        ):
            out.append(m)
            continue
        shared = any(
            o[1] < 0 and any(_struggle(words, c) for c in o[3])
            for j, o in enumerate(found) if j != k
        )
        if not shared and not any(o[0] == task and o[1] < 0 for o in found):
            out.append((task, sign, evidence, cues))
    return out
