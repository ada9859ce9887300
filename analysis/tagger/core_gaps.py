"""Within a sentence: a gap the writer calls basic to the post is a gap in the trade's skill.

"Didn't know when a SAR needs to be filed, which is basic for this desk", "could not describe
how she would prioritise a backlog, which is core to the job", "wasn't convinced he understood
the difference between revenue and capital budgets, which is basic at this grade": an
inability ([core_gaps] leads) before a "which is basic / core / essential ..." tail names
something any holder of the post must be able to do, skills-. The tail's own words ("for a
warehouse team leader") judge nothing; a sentence that names another fault keeps it.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the "which is basic ..." tail, an inability before it, a record's blocker)."""
    cores = alternation(words.core_gap_cores)
    tail = re.compile(
        rf",?\s*\bwhich\s+(?:is|are|was|were|'s)\s+(?:(?:pretty|really|fairly|quite|so|very)\s+)?"
        rf"(?:{cores})\b",
        re.I,
    )
    lead = re.compile(rf"(?<![\w'])(?:{alternation(words.core_gap_leads)})(?![\w'])", re.I)
    blocker = re.compile(rf"\b(?:{alternation(words.core_gap_blockers)})\b", re.I)
    return tail, lead, blocker


def core_gaps(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` read with a basic-to-the-post gap as skills-, when the sentence has one."""
    if not words.core_gap_cores or "which" not in sentence.lower():
        return found
    tail_re, lead_re, blocker = compiled(words, _patterns)
    tail = tail_re.search(sentence)
    if tail is None:
        return found
    head = sentence[: tail.start()]
    lead = lead_re.search(head)
    if lead is None or blocker.search(head):
        return found
    rest = sentence[tail.end() :]
    kept = [f for f in found if not _only_in(f, rest, head)]
    if any(sign < 0 for _, sign, *_ in kept):
        return kept
    subject = words.roles.subject
    kept = [f for f in kept if f[0] != subject]
    return [*kept, (subject, -1, head.strip(), (lead.group(0),))]


def _only_in(verdict: Found, rest: str, head: str) -> bool:
    """True when every cue of ``verdict`` is a word of the tail and none of the head."""
    cues = verdict[3]
    return bool(cues) and all(
        _has(rest, c) and not _has(head, c) for c in cues
    )


def _has(text: str, cue: str) -> bool:
    """True when ``cue`` is a word or phrase of ``text``."""
    return re.search(rf"\b{re.escape(cue)}\b", text, re.I) is not None
