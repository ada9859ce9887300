"""Within a sentence: two things of a subject mixed up are a gap in the subject, not delivery.

"confused unlevered and levered free cash flow", "got the going concern indicators muddled",
"mixed it up with ISO 9001", "the safeguarding thresholds were muddled": the confusion word
alone reads as muddled talk (communication-), but its object, or the thing before 'was', names
what the candidate mixed up, a thing of the work, so the sentence judges the subject known,
skills-. The speaker, the employer ('confused us with a competitor', 'mixed up our two sites')
and the talk itself ('her answers were muddled') stay as they were (``[confusions]``).
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, plain_words

_GAP = r"[^.;:!?,]{0,50}?"  # the object of 'got ... muddled'
_BREAKS = re.compile(r"[.;:!?,()]|\s-\s|\s\u2014\s|\b(?:and|but)\b")  # where a subject starts


def _patterns(words: Words) -> tuple[re.Pattern[str], ...]:
    """The object after the verb, 'got X muddled', 'mixed it up with', 'X were muddled'."""
    verbs, dets = alternation(words.confusion_verbs), alternation(words.confusion_determiners)
    blocked = alternation(words.confusion_blocked)
    obj = rf"(?:(?:{dets})\s+)?(?!(?:{blocked}|{dets})\b)[^\W_]"
    ends = r"muddled(?:\s+up)?|confused|mixed\s+up"
    return (
        re.compile(rf"\b(?P<verb>{verbs})\s+{obj}", re.I),
        re.compile(rf"\b(?:got|get|gets|getting|had)\s+{obj}{_GAP}\s(?P<verb>{ends})\b", re.I),
        re.compile(r"\b(?P<verb>mixed|mixes|mixing)\s+it\s+up\s+with\s+[^\W_]", re.I),
        re.compile(
            rf"\b(?P<head>[^\W\d_][\w-]*)\s+(?:was|were|got|seemed|looked)\s+"
            rf"(?:(?:a\s+bit|slightly|quite|rather|very|badly|a\s+little|all)\s+)?(?P<verb>{ends})\b",
            re.I,
        ),
    )


def _first_words(words: Words) -> re.Pattern[str]:
    """Any confusion verb's first word, the pass's cheap early exit."""
    firsts = frozenset(v.split()[0] for v in words.confusion_verbs)
    return re.compile(rf"\b(?:{alternation(firsts)})\b", re.I)


def _mixed_subject(words: Words, sentence: str) -> re.Match[str] | None:
    """The first confusion whose object is a thing of the work (None when there is none)."""
    rivals = words.confusion_rivals
    for pattern in compiled(words, _patterns):
        for match in pattern.finditer(sentence):
            if _talk_or_adjective(words, sentence, match):
                continue
            rest = sentence[match.end() : match.end() + 60].lower()
            if any(re.search(rf"\b{re.escape(r)}\b", rest) for r in rivals):
                continue  # "confused the bank with a competitor": the employer's affairs
            return match
    return None


def _talk_or_adjective(words: Words, sentence: str, match: re.Match[str]) -> bool:
    """True when the thing before 'was muddled' names the talk or the speaker ('her
    explanation of the design was muddled'), or the verb is an adjective ('a muddled way')."""
    before = _BREAKS.split(sentence[: match.start("verb")])[-1]
    said = plain_words(before)
    if match.groupdict().get("head") is not None:
        return any(w in words.confusion_delivery for w in said)
    return bool(said) and said[-1] in words.confusion_adjectival and match.re.pattern.startswith(
        r"\b(?P<verb>"
    )


def confused_subjects(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with a subject mixed up read as skills-, not muddled delivery."""
    if not words.confusion_verbs or not compiled(words, _first_words).search(sentence):
        return found
    match = _mixed_subject(words, sentence)
    if match is None:
        return found
    first = {v.split()[0] for v in words.confusion_verbs} | {"mixed"}
    talk = (words.roles.delivery, words.roles.research)
    mixed = [
        f for f in found
        if f[0] in talk and f[1] < 0 and any(c.lower().split()[0] in first for c in f[3])
    ]
    kept = [f for f in found if f not in mixed]
    if any(t == words.roles.subject and s < 0 for t, s, *_ in kept):
        return kept
    evidence = mixed[0][2] if mixed else match.group(0)
    return [*kept, (words.roles.subject, -1, evidence, (match.group("verb"),))]
