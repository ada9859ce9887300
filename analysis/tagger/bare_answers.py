"""Bare answers: "Good answers overall" or "answers were fine" judge no delivery.

"Answers" is a communication topic: a delivery word beside it ("clear", "rambling", "too
long") judges how the candidate spoke. A verdict of worth alone ("good", "fine", "sincere",
"thin") says the answers were worth something, not how they were put: the labels give such a
clause no communication mention (their content is preparation or knowledge, which other cues
name when the note says so). An answer named by what it answered ("your values answers",
"answers to the competency questions") or as the place something was looked for ("nothing in
his answers showed ...") is judged on its content too (``qualified_answers``). The words are
data in ``[bare_answers]`` of the cue file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.tagger.model import Clause, Item
from analysis.tagger.tokens import item_words
from analysis.tagger.words import Words, alternation, compiled


def bare_answer_verdicts(clause: Clause) -> None:
    """Drop a bare "answers" topic whose only verdicts in the clause are verdicts of worth
    on the answers themselves ("good answers", "answers were fine")."""
    w = clause.lex.words
    if not clause.surfaces & w.answer_nouns or not clause.surfaces & w.content_verdicts:
        return
    live = [it for it in clause.items if not it.dropped]
    answers = [it for it in live if _bare_answer(clause, it)]
    if not answers or any(it.kind == "negator" for it in live):
        return  # "undo a good answer", "wasn't a good answer": a verdict turned elsewhere
    others = [it for it in live if it not in answers and it.kind in ("cue", "eval")]
    if any(it.rule.theme == w.roles.delivery and it.kind == "cue" for it in others):
        return  # "clear, good answers": a delivery word judges them
    if not all(_worth(clause, it) for it in others if it.kind == "eval"):
        return
    # With no verdict word of the lexicon, the worth word is what VADER would read.
    span = range(clause.start, clause.end)
    worth = [k for k in span if clause.tokens[k].surface in w.content_verdicts]
    if all(any(_attached(clause, a, k) for k in worth) for a in answers):
        for it in answers:
            it.dropped = True


def _attached(clause: Clause, answer: Item, k: int) -> bool:
    """True when the worth word at ``k`` judges the answers: just before them ("good
    answers", "no decent answer"), right after them ("answers fine"), or after them across
    a copula ("answers themselves were fine"), not another noun ("a great job of ...")."""
    tokens = clause.tokens
    if 0 < answer.start - k <= 2:
        return True
    if k == answer.end:
        return True
    return k > answer.end and any(
        tokens[j].surface in clause.lex.words.copulas for j in range(answer.end, k)
    )


def _bare_answer(clause: Clause, item: Item) -> bool:
    """True for a one-word communication topic such as "answers" or "responses"."""
    return (
        item.kind == "cue"
        and item.rule.theme == clause.lex.words.roles.delivery
        and not item.rule.self_eval
        and len(item.positions) == 1
        and clause.tokens[item.start].surface in clause.lex.words.answer_nouns
    )


def _worth(clause: Clause, item: Item) -> bool:
    """True for a one-word verdict of worth ("good", "fine", "sincere")."""
    return len(item.positions) == 1 and (
        clause.tokens[item.start].surface in clause.lex.words.content_verdicts
    )


_QUOTES = frozenset({"'", '"', "\u2019", "\u201d"})
_ASKED = frozenset({"what", "whatever", "which"})
_OWNED = frozenset({"your", "his", "her", "their", "the", "my"})


def qualified_answers(clause: Clause) -> None:
    """Drop an "answers" topic named by what it answered ("your values answers", "the 'why
    leave' answer", "answers to the competency questions") or searched ("nothing in his
    answers showed"): its verdict judges what the answer held (skills, preparation), not its
    delivery, unless a delivery word judges it too."""
    w = clause.lex.words
    if not clause.surfaces & w.answer_nouns:
        return
    live = [it for it in clause.items if not it.dropped]
    for it in live:
        _answered_subject(clause, it, live)
    answers = [it for it in live if _answer_topic(clause, it)]
    if not answers or not all(_qualified(clause, it, live) for it in answers):
        return
    if any(it.kind == "cue" and it.rule.theme == w.roles.delivery for it in live
           if it not in answers):
        return  # "answers to the technical questions were concise": delivery too
    for it in answers:
        it.dropped = True


def _answer_topic(clause: Clause, item: Item) -> bool:
    """True for a communication topic opening on an answer word ("answers", "answer the
    question")."""
    return (
        item.kind == "cue"
        and item.rule.theme == clause.lex.words.roles.delivery
        and not item.rule.self_eval
        and clause.tokens[item.start].surface in clause.lex.words.answer_nouns
    )


def _qualified(clause: Clause, item: Item, live: list[Item]) -> bool:
    """True when a word before the answer names its kind ("values answers", a quoted
    question) or a preposition after it names what it answered ("answer to ...", "the
    question on ...")."""
    w, tokens = clause.lex.words, clause.tokens
    if _searched(clause, item, live):
        return True
    k = item.start - 1
    if k >= clause.start:
        t = tokens[k]
        if t.surface in _QUOTES:
            return True
        taken = any(k in it.positions for it in live if it is not item)
        if t.is_word and not taken and t.surface not in w.unqualifying_words:
            return True
    after = {item.start + 1, item.positions[-1] + 1}
    return any(
        j < clause.end
        and tokens[j].surface in w.answered_prepositions
        and not (
            j + 1 < clause.end and tokens[j + 1].surface in _ASKED and not _quoted(clause, j + 1)
        )
        for j in after
    )  # "answers to what we had asked" judges relevance, which is delivery


def _searched_pattern(words: Words) -> re.Pattern[str]:
    """A negator, then "in" (with "any of" or an owner) just before an answer word."""
    return re.compile(
        rf"\b(?:{alternation(words.searched_negators)})\b[^.;:]{{0,25}}?\bin\s+(?:any\s+of\s+)?"
        r"(?:your|his|her|their|the|my)\s+(?:\w+\s+)?$",
        re.I,
    )


def _searched(clause: Clause, item: Item, live: list[Item]) -> bool:
    """True when the answers are only where something was looked for ("nothing in his answers
    showed ...", "Not once, in any of your answers, did you ..."): what was not found is the
    verdict, unless a word beside them judges them ("nothing we'd fix in your answers")."""
    w, tokens = clause.lex.words, clause.tokens
    if not any(
        k >= clause.start and tokens[k].surface in _OWNED for k in (item.start - 1, item.start - 2)
    ):
        return False  # "in your answers", "in his technical answers": an owner just before
    plain = w.searched_negators | w.searched_showing | w.answer_nouns
    if any(
        it is not item and not (it.kind == "cue" and it.rule.theme != w.roles.delivery)
        and item_words(tokens, it) not in plain
        for it in live
    ):
        return False
    before = clause.text[tokens[clause.start].start : tokens[item.start].start]
    return compiled(w, _searched_pattern).search(before) is not None
def _quoted(clause: Clause, k: int) -> bool:
    """True when the word at ``k`` opens a quotation: "your answer to 'what's your biggest
    weakness'" names the question asked, where "answers to what we asked" is relevance."""
    at = clause.tokens[k].start
    return at > 0 and clause.text[at - 1] in _OPEN_QUOTES


_OPEN_QUOTES = frozenset({"'", '"', "\u2018", "\u201c"})


def _answered_subject(clause: Clause, item: Item, live: list[Item]) -> None:
    """Give the theme of the topic after "on", "about" ... to an answering verdict: "couldn't
    answer the questions on the PLC test" judges knowing the test, not how it was said."""
    w, tokens = clause.lex.words, clause.tokens
    if not (item.kind == "cue" and item.rule.self_eval and item.rule.theme == w.roles.delivery):
        return
    if tokens[item.start].surface not in w.answer_verbs:
        return
    k = item.positions[-1] + 1
    if k >= clause.end or tokens[k].surface not in w.answered_prepositions - {"to"}:
        return
    topic = next((it for it in live if it.kind == "cue" and it.start > k), None)
    if topic is not None and topic.rule.theme == w.roles.subject:
        item.rule = replace(item.rule, theme=topic.rule.theme)
