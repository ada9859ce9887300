"""Learners engaged, or a lesson engaging, judge the teaching done, not the candidate's keenness.

"Engaged" and "engaging" are attitude cues, written for the candidate ("really engaged
throughout", "an engaging manner"). Said of the learners a lesson held ("kids engaged", "2nd
yrs actually engaged", "kept the Year 10s engaged", "had the class engaged") or of the lesson
itself ("teaching demo engaging", "the lesson extract was engaging"), named before the word
with no person between, they judge the lesson, the work (skills), with the same sign. "Warm
and engaged with the kids" names the learners after the word and keeps the candidate's manner
(``[engaged_work]``).
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words, plain_words


def _engaged_learners(words: Words, evidence: str) -> bool:
    """True when learners or a lesson are named before the first engagement word, no person
    after them."""
    tokens = plain_words(evidence)
    first = next((k for k, t in enumerate(tokens) if t in words.engaged_work_heads), None)
    if first is None:
        return False
    held = words.engaged_work_learners | words.paced_work_nouns
    for k in range(first - 1, -1, -1):
        token = tokens[k]
        if token in words.engaged_work_persons:
            return False
        year_group = token in words.year_group_units and (
            (k > 0 and tokens[k - 1] in words.year_group_ordinals) or tokens[k + 1][:1].isdigit()
        )
        if token in held or year_group:
            return True
    return False


def engaged_work(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with an attitude mention of learners engaged read as the lesson's, skills."""
    low = sentence.lower()
    if "engag" not in low or not words.engaged_work_heads:
        return found
    manner, work = words.roles.manner, words.roles.work
    out: list[Found] = []
    for theme, sign, evidence, cues in found:
        if (
            theme == manner
            and all(p in words.engaged_work_cues for c in cues for p in plain_words(c))
            and _engaged_learners(words, evidence)
        ):
            if any(m[0] == work and m[1] == sign for m in found):
                continue
            theme = work
        out.append((theme, sign, evidence, cues))
    return out
