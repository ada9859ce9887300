"""Within a sentence: a subject talked through fluently is command of the subject.

"talked shrinkage, planogram compliance and labour scheduling fluently", "talked through CAP
theorem and eventual consistency fluently": the fluency of a talk whose subject is named
between the verb and the adverb judges what the candidate knows, skills+, not the delivery
the adverb alone reads as; "spoke fluently and kept to time" names no subject and stays
communication+.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _pattern(words: Words) -> re.Pattern[str]:
    """A talk verb, a named subject of a word or more, then the fluency adverb."""
    verbs, adverbs = alternation(words.fluent_verbs), alternation(words.fluent_adverbs)
    return re.compile(rf"\b(?:{verbs})\s+(?=[^\W\d_])[^.;:!?]{{2,90}}?\s(?:{adverbs})\b", re.I)


def fluent_subjects(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the fluency of a named subject's talk read as skills+."""
    talked = words.roles.delivery
    if not words.fluent_adverbs or not any(t == talked and s > 0 for t, s, *_ in found):
        return found
    match = compiled(words, _pattern).search(sentence)
    if match is None:
        return found
    adverb = match.group(0).split()[-1]
    talk = [f for f in found if f[0] == words.roles.delivery and f[1] > 0 and f[3] == (adverb,)]
    if not talk:
        return found
    kept = [f for f in found if f not in talk]
    if any(t == words.roles.subject and s > 0 for t, s, *_ in kept):
        return kept
    return [*kept, (words.roles.subject, 1, talk[0][2], talk[0][3])]
