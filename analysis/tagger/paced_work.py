"""Pace or structure said of a piece of work the candidate did, not of their talk.

"Well paced" and "well structured" are delivery words: of answers or a presentation they judge
how the candidate spoke (communication). Said of a lesson taught, a demo, a micro-teach, a
take-home or an issue tree ("the demo lesson was well paced", "Take-home was clean, well
structured"), they judge the work itself, which the labels call skills. A communication mention
whose only cues are such words, with one of those works named before them (and no answer or
presentation), becomes a skills mention of the same sign (or yields to one the
sentence already has). The word lists are data in ``[paced_work]`` of the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words, plain_words


def _judged_work(words: Words, evidence: str) -> bool:
    """True when a work is named before the first pace word and no answer or talk is."""
    tokens = plain_words(evidence)
    first = next((k for k, t in enumerate(tokens) if t in words.paced_work_heads), 0)
    before = tokens[:first]
    if any(t in words.paced_work_delivery for t in before):
        return False
    pairs = {f"{a} {b}" for a, b in zip(before, before[1:], strict=False)}
    return bool(words.paced_work_nouns & (set(before) | pairs))


def _only_pace(words: Words, cues: tuple[str, ...]) -> bool:
    """True when every cue is a pace or structure word ("well", "paced", "well-structured")."""
    return all(
        part in words.paced_work_cues for cue in cues for part in plain_words(cue)
    )


def paced_work(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with pace or structure words on a lesson or a take-home read as skills."""
    low = sentence.lower()
    if not any(head in low for head in words.paced_work_heads):
        return found
    delivery, work = words.roles.delivery, words.roles.work
    out: list[Found] = []
    for theme, sign, evidence, cues in found:
        if theme == delivery and _only_pace(words, cues) and _judged_work(words, evidence):
            if any(m[0] == work and m[1] == sign for m in found):
                continue
            theme = work
        out.append((theme, sign, evidence, cues))
    return out
