"""Stage 5c: the letter's own "communicate" is the writer telling, not the candidate talking.

Formal letters use "communicate" for "inform": "We regret to communicate that ...", "It is with
pleasure that we communicate that the candidate has been considered ...", "these had been
communicated to all candidates in advance". The verb is then no communication topic, so a
verdict in the news it carries ("very adequate to the culture") judges no communication. It is
the writer's when a content clause follows it ("communicate that"), when the writer or the
body that writes is its subject a few words before ("we", "the committee wishes to"), or when
it is a passive passed to someone or through a channel ("communicated to all candidates", "will
be communicated in writing"). "She communicated her ideas clearly" keeps its topic.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

_SUBJECT_WINDOW = 4  # "the Committee wishes to communicate": the writer within these words


def _writer_subject(clause: Clause, verb: int) -> bool:
    """True when the writer or its body is the verb's subject, a few words before it."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(verb - 1, max(clause.start, verb - 1 - _SUBJECT_WINDOW) - 1, -1):
        surface = tokens[k].surface
        if surface in w.letter_writers:
            return True
        if surface in w.letter_stops:
            return False
    return False


def _telling(clause: Clause, item: Item) -> bool:
    """True when the one-word cue ``item`` is the writer's telling verb."""
    w, tokens = clause.lex.words, clause.tokens
    verb = item.start
    after = tokens[verb + 1].surface if verb + 1 < len(tokens) else ""
    if after == "that":
        return True  # "communicate that ...": news passed on
    if verb and tokens[verb - 1].surface in w.letter_passives and after in w.letter_channels:
        return True  # "had been communicated to all candidates", "be communicated in writing"
    return _writer_subject(clause, verb)


def drop_letter_telling(clause: Clause) -> None:
    """Drop the communication topic of a 'communicate' the writer says."""
    w = clause.lex.words
    if w.letter_verbs.isdisjoint(clause.surfaces):
        return
    for item in clause.items:
        if (
            item.kind == "cue"
            and item.end - item.start == 1
            and clause.tokens[item.start].surface in w.letter_verbs
            and _telling(clause, item)
        ):
            item.dropped = True
