"""What a clause asks: "asked about the rota" names a subject, "asked whether I'd relocate" is a
question, "asked why I hadn't looked at their site" reports a lack; ``verdict`` reads each cue
in that light."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.tagger.model import Clause, Item

if TYPE_CHECKING:
    from analysis.tagger.lexicon import Lexicon
    from analysis.tagger.model import Token


def query_in(lex: Lexicon, tokens: list[Token], start: int, end: int) -> tuple[bool, bool]:
    """(asked about something, asked whether): "asked (me) about the rota" names a subject;
    "asked me whether I'd be willing to relocate" is a question, not a verdict either way."""
    w = lex.words
    queried = polar = False
    for k in range(start, end - 1):
        if tokens[k].surface not in w.asked:
            continue
        nxt = k + 2 if tokens[k + 1].surface in w.asked_objects and k + 2 < end else k + 1
        if _why_not(lex, tokens, nxt, end):
            continue  # "asked why I hadn't looked at their site": the lack is the report
        queried = queried or tokens[nxt].surface in w.query_words
        polar = polar or tokens[nxt].surface in w.polar_query
    return queried, polar


def _why_not(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """True for a why-not question at ``k`` ("why I hadn't looked", "why you never asked"):
    it takes the lack as given, so what it names is a gap, not a subject raised."""
    if tokens[k].surface != "why":
        return False
    lacks = lex.words.presumed_lacks
    return any(tokens[j].surface in lacks for j in range(k + 1, min(k + 5, end)))


def polar_before(clause: Clause, item: Item) -> bool:
    """False when ``item`` ends before "asked whether/if" with a join between ("second-guessed
    every answer and kept asking whether ..."): that verdict is an act of its own."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(clause.start, clause.end - 1):
        if tokens[k].surface not in w.asked:
            continue
        nxt = k + 2 if tokens[k + 1].surface in w.asked_objects and k + 2 < clause.end else k + 1
        if tokens[nxt].surface not in w.polar_query:
            continue
        if item.start <= k < item.end or item.start <= nxt < item.end:
            return False  # the cue is the asking itself ("kept asking if his answers ...")
        joined = any(tokens[j].surface in w.polar_joins for j in range(item.end, k))
        return k < item.start or not joined
    return True


def query_in_cue(clause: Clause, item: Item) -> bool:
    """True when ``item`` opens with "whether/if" after "asked" ("asked whether I'd ever
    actually worked on one"): the cue is built on the question, so the asking is its reading."""
    w, tokens = clause.lex.words, clause.tokens
    k = item.start
    return (
        k > clause.start and tokens[k].surface in w.polar_query
        and tokens[k - 1].surface in w.asked | w.asked_objects
    )


def asked_before(clause: Clause, item: Item) -> bool:
    """True when "asked about/whether" comes before ``item`` in its clause: "She'd read our
    report and asked about the targets" praises the reading; only what follows is asked."""
    w, tokens = clause.lex.words, clause.tokens
    return any(
        tokens[k].surface in w.asked for k in range(clause.start, min(item.start, clause.end))
    )


def asked_subject(clause: Clause, item: Item) -> bool:
    """True when a topic follows "ask(ed) about" in its clause ("didn't ask about training",
    "ask about the rota"): it names what the question was about; the asking is preparation."""
    w, tokens = clause.lex.words, clause.tokens
    for k in range(clause.start, min(item.start, clause.end - 1)):
        if tokens[k].surface in w.asked and tokens[k + 1].surface in w.query_words:
            # "... asked about the overrun and never answered it": a new point after "and".
            gap = range(k + 1, item.start)
            return k not in item.positions and not any(
                tokens[j].surface in {",", "and", "but", ";", "-"} for j in gap
            )
    return False
