"""Within a sentence: a denial hedged by "exactly", and a question that asserts by denying.

"You weren't unprepared, exactly, but you hadn't read the brief": a negated verdict that a
hedge ("exactly", "as such", "per se") trails is no praise of its own; the sentence's other
clauses (or the next sentences) say what was meant, so it is dropped. "Who wouldn't be
impressed by thirty years in the fire service?" asserts that everyone would: the negation
of a who-question opening on a negated auxiliary is undone, so its verdicts flip. "Did she
even look at our website?" denies what it asks about; "Would it have hurt to smile?" says
that what it names was not done: a fault.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, negator_pattern


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a hedge right after a clause, a rhetorical who-question's opening)."""
    hedge = re.compile(rf"[\s,]*(?:{alternation(words.denial_hedges)})\b", re.I)
    auxiliaries = alternation(words.echo_auxiliaries)
    rhetorical = re.compile(rf"^\W*who\s+(?:{auxiliaries})\b[^?]*\?\W*$", re.I)
    return hedge, rhetorical


def _trailing_hedge(words: Words) -> re.Pattern[str]:
    """A hedge that ends a clause's own evidence: "I wouldn't call it rambling exactly",
    "I'm not sure 'unprepared' is fair"; not a precise figure ("in at 9:00 exactly")."""
    return re.compile(rf"(?<!\d)\W+(?:{alternation(words.denial_hedges)})\W*$", re.I)


def _saying_hedge(words: Words) -> re.Pattern[str]:
    """A clause opening "I'm not saying ...": it denies a stronger version of a fault."""
    return re.compile(rf"^\W*(?:{alternation(words.saying_hedges)})\b", re.I)


def _yes_no_patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a yes/no question with a rhetorical marker, a question that asserts a fault)."""
    aux = alternation(words.yes_no_auxiliaries)
    marker = alternation(words.rhetorical_markers)
    even = re.compile(rf"^\W*(?:{aux})\s+(?:[\w'-]+\s+){{1,3}}?(?:{marker})\b[^?]*\?\W*$", re.I)
    fault = re.compile(rf"^\W*(?:{alternation(words.fault_questions)})\b[^?]*\?\W*$", re.I)
    return even, fault


def _asserted(words: Words, sentence: str) -> str | None:
    """What a rhetorical yes/no question asserts: "fault", "denial", or None (no such one)."""
    even, fault = compiled(words, _yes_no_patterns)
    if fault.match(sentence):
        return "fault"
    if even.match(sentence):
        return "denial"
    return None


def _doubt_pattern(words: Words) -> re.Pattern[str]:
    """A sentence opening on "whether" whose predicate leaves it in doubt (group 1 ends it)."""
    doubts = alternation(words.open_doubts)
    return re.compile(rf"^\W*whether\b(.*?)\b(?:{doubts})\b", re.I)


def doubted_whether(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """'Whether two years as a chargehand is enough is another matter': praise inside a
    "whether" clause that the sentence leaves in doubt is a gap."""
    match = compiled(words, _doubt_pattern).match(sentence)
    if match is None:
        return found
    clause = match.group(1)
    doubted = [s > 0 and (e in clause or clause in e) for _, s, e, _ in found]
    return [
        (t, -1, e, (*c, "(left in doubt)")) if d else (t, s, e, c)
        for (t, s, e, c), d in zip(found, doubted, strict=True)
    ]


def settle_hedges(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, without hedged denials and with rhetorical ones flipped."""
    if not found:
        return found
    found = doubted_whether(words, sentence, found)
    hedge, rhetorical = compiled(words, _patterns)
    if rhetorical.match(sentence):
        return [(t, -s, e, (*c, "(rhetorical question)")) for t, s, e, c in found]
    asserted = _asserted(words, sentence)
    if asserted is not None:
        # "Did she even look?" denies what it names; "Would it have hurt to smile?" faults it.
        return [(t, -1 if asserted == "fault" else -s, e, (*c, "(rhetorical question)"))
                for t, s, e, c in found]
    out: list[Found] = []
    hedged = False
    for theme, sign, evidence, cues in found:
        at = sentence.find(evidence)
        if sign > 0 and compiled(words, _saying_hedge).match(evidence):
            # "I'm not saying you rambled": the milder fault is what is meant.
            out.append((theme, -1, evidence, (*cues, "(hedged denial)")))
            hedged = True
            continue
        trailing = compiled(words, _trailing_hedge).search(evidence)
        if at >= 0 and compiled(words, negator_pattern).search(evidence) and (
            trailing or hedge.match(sentence, at + len(evidence))
        ):
            hedged = True
            continue
        if hedged and evidence.strip(" ,.;:-").lower() in words.denial_hedges:
            continue  # ", exactly," read as the verdict of the clause before
        out.append((theme, sign, evidence, cues))
    return out
