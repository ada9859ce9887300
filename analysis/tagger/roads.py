"""The road not taken: "use an analogy instead of the formulas", "not just code".

In an order or a decision, a topic named after "rather than" or "instead of" is what the
candidate should do less of, set against the point before it: the verdict is on that point
("an analogy"), and the topic after the marker is no second point of its own. After "not
just" or "not only" with something before it in the sentence ("the whole panel, not just the
chair", "stories of leading people, not just code") the topic is one already covered, in any
mood; "Not only was ..." opening a sentence, or a past verb after the marker, is left alone.
A bare "not" after the comma of an order is the same ("dress for the office, not the site",
"look at the lens, not the screen"); after a finding it still denies ("comes from retail, not
logistics").
A fault named there ("open rather than defensive") is left to ``taken_roads.contrast_alternatives``;
only neutral topics are dropped (markers are ``[roads]`` in the cue file).
"""

from __future__ import annotations

from analysis.tagger.instructions import instruction_at
from analysis.tagger.model import Clause
from analysis.tagger.tokens import item_words
from analysis.tagger.words import Words, compiled

_REACH = 6  # words after the marker in which a topic is the road not taken


def drop_untaken_roads(clause: Clause) -> None:
    """Drop a neutral topic just after 'rather than' / 'instead of' / 'not just'."""
    w = clause.lex.words
    if not w.road_markers and not w.road_inclusive:
        return
    surfaces = [t.surface for t in clause.tokens[clause.start : clause.end]]
    if not compiled(w, _road_words).intersection(surfaces):
        return  # none of the markers' words is here
    for k, surface in enumerate(surfaces):
        if surface in w.road_bare and _after_order(clause, clause.start + k):
            _drop_after(clause, clause.start + k + 1)  # "dress for the office, not the site"
    for k in range(len(surfaces) - 1):
        pair = f"{surfaces[k]} {surfaces[k + 1]}"
        begin = clause.start + k
        if pair in w.road_markers and _is_order(clause, begin):
            _drop_after(clause, begin + 2)
        elif pair in w.road_inclusive and begin > 0 and not _past_verb(clause, begin + 2):
            _drop_after(clause, begin + 2)  # "the whole panel, not just the chair"


def _road_words(w: Words) -> frozenset[str]:
    """Every word a road marker opens with: a clause with none of them has no road."""
    return w.road_bare | {pair.split()[0] for pair in w.road_markers | w.road_inclusive}


def _drop_after(clause: Clause, end: int) -> None:
    """Drop the neutral topics within reach after a marker that ends at ``end``."""
    for item in clause.items:
        if item.kind != "cue" or not end <= item.start < end + _REACH:
            continue
        if item.rule.self_eval or item.rule.prior:
            continue
        if any(not t.is_word for t in clause.tokens[end : item.start]):
            continue
        item.dropped = True


def _past_verb(clause: Clause, k: int) -> bool:
    """True when the word at ``k`` is a past verb ("someone who had run one, not just worked
    in one" names a requirement, not a covered topic)."""
    if k >= clause.end:
        return False
    surface = clause.tokens[k].surface
    return surface.endswith("ed") or surface in clause.lex.words.irregular_past


def _after_order(clause: Clause, begin: int) -> bool:
    """True when ``begin`` follows the comma of an order ("Talk about outcomes, not ...")."""
    tokens = clause.tokens
    if begin < 2 or tokens[begin - 1].surface not in (",", "-", "–", "—"):
        return False
    after = [it for it in clause.items if it.start > begin]
    if any(it.kind == "eval" or it.rule.self_eval for it in after):
        return False  # "Your pace was good, not too fast" judges in its own words
    start = begin - 1
    while start > 0 and tokens[start - 1].surface not in (":", ";", "|", "/"):
        start -= 1
    return instruction_at(clause.lex, tokens, start, begin - 1) is not None


def _is_order(clause: Clause, begin: int) -> bool:
    """True when the clause before ``begin`` is advice, an instruction or a decision."""
    alternatives = clause.lex.words.alternatives
    for it in clause.items:
        if it.end > begin or it.kind not in ("advice", "decision"):
            continue
        phrase = item_words(clause.tokens, it)
        if phrase not in alternatives:
            return True
    at = instruction_at(clause.lex, clause.tokens, clause.start, clause.end)
    return at is not None and at < begin
