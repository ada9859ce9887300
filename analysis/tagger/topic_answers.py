"""Across sentences: a yes/no question on a bare topic, answered by the next sentence.

"Is he reliable? Absolutely." is handled where the question has a verdict of its own (the
answer flips it or not, ``answers``). "Was it your experience? No. Your skills? Also no." and
"Did she know the regulations? Less so." name only a topic: the question judges nothing
until the next sentence answers it. A confirmation praises the topic, a denial faults it;
when the question asks whether the topic was to blame ("Was it your X?") the signs swap. An
elliptical question ("Your skills?") keeps the frame of the yes/no question before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, plain_words

_CLAUSE_END = r"\s*(?:[,.;:!?]|-|\u2013|\u2014|$)"
_OPENER = re.compile(r"\W*([a-z']+)")
TopicsOf = Callable[[str], list[tuple[str, str]]]


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a confirming answer, a denying answer, a blame question's opening)."""
    lead = rf"(?:(?:{alternation(words.denial_leads)})\W+)?"
    yes = rf"^\W*{lead}(?:{alternation(words.confirmations)}){_CLAUSE_END}"
    denials = alternation(words.denials | words.topic_denials)
    no = rf"^\W*{lead}(?:{denials}){_CLAUSE_END}"
    blame = rf"^\W*(?:{alternation(words.blame_openers)})\b"
    return re.compile(yes, re.I), re.compile(no, re.I), re.compile(blame, re.I)


def _is_polar(words: Words, question: str) -> bool:
    """True when ``question`` opens on an auxiliary ("Was it ...?", "Can he ...?")."""
    opener = _OPENER.match(question.lower())
    return opener is not None and opener.group(1) in words.yes_no_auxiliaries


def _only_topic(words: Words, question: str, topics: list[tuple[str, str]]) -> bool:
    """True when ``question`` says nothing beside its topics, auxiliaries and fillers."""
    if not topics:
        return False
    named = {w for _, cue in topics for w in plain_words(cue)}
    left = set(plain_words(question)) - named
    return not left - words.question_fillers - words.yes_no_auxiliaries


def blames(words: Words, question: str) -> bool:
    """True when ``question`` asks whether its topic was to blame ("Was it your lateness?"):
    denied, the topic is cleared whatever the sign the question's words carry."""
    blame = compiled(words, _patterns)[2]
    return (
        question.rstrip().endswith("?")
        and blame.match(question) is not None
        and not _ranks(words, question)
    )


def _ranks(words: Words, question: str) -> bool:
    """'Was it the best-structured answer I've heard?': a superlative grades the topic, so
    the question asks about that praise, not whether the topic was to blame."""
    return bool(set(plain_words(question)) & words.blame_superlatives)


def next_frame(words: Words, frame: str, sentence: str) -> str:
    """The yes/no question an elliptical one after ``sentence`` would borrow its frame from."""
    if sentence.rstrip().endswith("?") and _is_polar(words, sentence):
        return sentence
    return frame


def answered_topics(
    words: Words, question: str, frame: str, topics_of: TopicsOf, answer: str
) -> list[Found]:
    """The bare topics of ``question`` judged by the ``answer`` after it (none: [])."""
    if not question.rstrip().endswith("?"):
        return []
    yes, no, blame = compiled(words, _patterns)
    said = yes.match(answer) or no.match(answer)
    if said is None:
        return []
    if not _is_polar(words, question):
        if not frame or len(question.split()) > 4:
            return []  # "Your skills?" borrows the frame of the question before it ...
        if not blames(words, frame) and not _only_topic(words, frame, topics_of(frame)):
            return []  # ... a blame or a bare topic ("Were you late?" is neither)
        question_frame = frame
    else:
        question_frame = question
    sign = 1 if yes.match(answer) else -1
    if blame.match(question_frame):
        sign = -sign  # "Was it your experience? No." clears the experience
    topics = topics_of(question)
    if not topics or not _only_topic(words, question, topics):
        return []
    word = said.group(0).strip(" \t,.;:!?-\u2013\u2014")
    evidence = question.strip()
    seen: set[str] = set()
    out: list[Found] = []
    for theme, cue in topics:
        if theme not in seen:
            seen.add(theme)
            out.append((theme, sign, evidence, (cue, word, "(answered question)")))
    return out
