"""Across sentences: a question, or a reported expectation, that the next sentence denies.

"Were you nervous? You didn't look it." and "My mentor thought they'd love my stories. They
didn't." say the opposite of the sentence before: its verdicts flip. The denial must be the
whole first clause of the next sentence ("Not at all", "Not really", "You didn't look it"),
so a new finding ("You didn't ask any questions") is never read as an answer.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.topic_answers import blames
from analysis.tagger.words import Words, alternation, compiled

_CLAUSE_END = r"\s*(?:[,.;:!?]|-|\u2013|\u2014|$)"



def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a denying answer at the start of a sentence, an expectation verb anywhere)."""
    subjects = alternation(words.echo_subjects)
    auxiliaries = alternation(words.echo_auxiliaries)
    verbs = alternation(words.echo_verbs)
    echo = rf"(?:{subjects})\s+(?:{auxiliaries})(?:\s+(?:{verbs}))?(?:\s+(?:it|that|so))?"
    lead = rf"(?:(?:{alternation(words.denial_leads)})\W+)?"  # "Honestly, we couldn't tell."
    denied = rf"(?:{alternation(words.denials)}|{echo}){_CLAUSE_END}"
    disbelief = rf"(?P<disbelief>{alternation(words.disbeliefs)})\b"
    denial = rf"^\W*{lead}(?:{denied}|{disbelief})"
    expectation = rf"\b(?:{alternation(words.expectations)})\b"
    return re.compile(denial, re.I), re.compile(expectation, re.I)


def _report_pattern(words: Words) -> re.Pattern[str]:
    """A report verb ("You say you ...", "The agency told us he ...")."""
    return re.compile(rf"\b(?:{alternation(words.disbelieved_reports)})\b", re.I)


def _reported(words: Words, sentence: str) -> bool:
    """True when ``sentence`` reports what someone said, so disbelief after it denies it."""
    return compiled(words, _report_pattern).search(sentence) is not None


def _unknown_pattern(words: Words) -> re.Pattern[str]:
    """A next sentence that opens by not answering: "Honestly, no one mentioned it.", "No idea"."""
    lead = rf"(?:(?:{alternation(words.denial_leads)})\W+)?"
    tail = r"(?:\s+(?:why|tbh|really|honestly|either\s+way))?"  # "no idea why"
    unknown = rf"(?:{alternation(words.unknown_answers)}){tail}{_CLAUSE_END}"
    return re.compile(rf"^\W*{lead}{unknown}", re.I)


def _unanswered(words: Words, before: str, after: str) -> bool:
    """True when ``before`` is a yes/no question and ``after`` opens by not answering it."""
    if not before.rstrip().endswith("?"):
        return False
    opener = re.match(r"\W*([a-z']+)", before.lower())
    if opener is not None and opener.group(1) in words.open_questions:
        return False  # "Why were you late? No idea." asks why; the lateness stands.
    return compiled(words, _unknown_pattern).match(after) is not None


def flip_denied(words: Words, before: str, found: list[Found], after: str) -> list[Found]:
    """The verdicts of sentence ``before``, flipped when sentence ``after`` denies it, and
    dropped when it opens by not answering a yes/no question ("No idea", "Nobody said")."""
    if not found:
        return found
    if _unanswered(words, before, after):
        return []
    denial, expectation = compiled(words, _patterns)
    answer = denial.match(after)
    if answer is None:
        return found
    if before.rstrip().endswith("?"):
        opener = re.match(r"\W*([a-z']+)", before.lower())
        if opener is not None and opener.group(1) in words.open_questions:
            return found  # "Why did you apologise? No idea." asks what, not whether.
    elif not expectation.search(before) and not (
        answer.group("disbelief") and _reported(words, before)
    ):
        return found
    said = answer.group(0).strip(" \t,.;:!?-\u2013\u2014")
    if blames(words, before):
        return [(theme, 1, evidence, (*cues, said)) for theme, _, evidence, cues in found]
    return [(theme, -sign, evidence, (*cues, said)) for theme, sign, evidence, cues in found]


def append_answered(
    words: Words,
    found: list[Found],
    previous: tuple[str, list[Found]],
    sentence: str,
    more: list[Found],
) -> tuple[str, list[Found]]:
    """Append ``more`` (the mentions of ``sentence``) to ``found``, first flipping the previous
    sentence's mentions (the tail of ``found``) when ``sentence`` denies it; the new previous."""
    before, last = previous
    if last:
        found[len(found) - len(last) :] = flip_denied(words, before, last, sentence)
    found += more
    return sentence, more
