"""Per clause: knowing a thing, said to be plain, is a verdict on that knowledge.

"You clearly know municipal finance", "she obviously understands messaging frameworks",
"clearly knew the sepsis pathway": a certainty adverb right before a knowing verb praises
what the candidate knows, a subject of the work (skills), whatever topic words the object
holds ("agile delivery" is no delivery). When the object is the employer's own affairs
("clearly knew our range", "the firm's client base", "the brief", "the company") the knowledge
is preparation. A negated verb, the panel as knower ("we clearly understood") and advice
("make sure you clearly understand ...") are left to the cues.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item, Token, wordless_rule

_OWNER_REACH = 5  # "knew a lot about our shops": the owner within these words
_POSSESSIVE = ("'s", "\u2019s")
_ORDER = 10**6 + 2  # after every phrase of the cue file


def sure_knowing(clause: Clause) -> None:
    """Read 'clearly know(s)/knew/understood X' as praise of X known: skills, or
    preparation when X is the employer's own affairs."""
    w = clause.lex.words
    if w.sure_adverbs.isdisjoint(clause.surfaces) or w.sure_verbs.isdisjoint(clause.surfaces):
        return
    tokens = clause.tokens
    verb = next(
        (
            k for k in range(clause.start + 1, clause.end)
            if tokens[k].surface in w.sure_verbs and tokens[k - 1].surface in w.sure_adverbs
        ),
        None,
    )
    if verb is None or _held_back(clause, verb - 1):
        return
    end = next(
        (k for k in range(verb + 1, clause.end) if tokens[k].surface in w.sure_breaks), clause.end
    )
    if end <= verb + 1:
        return  # "clearly knew." has no object
    theme = w.roles.research if _employer_affairs(clause, verb + 1, end) else w.roles.subject
    for it in clause.items:
        if it.kind == "cue" and it.end > verb and it.start < end:
            it.dropped = True  # the object's topic words ("delivery", "the brief") are its subject
    clause.items.append(Item(wordless_rule(theme, _ORDER, 1, True), verb, verb + 1, (verb,)))
    clause.items.sort(key=lambda it: it.start)


def _held_back(clause: Clause, adverb: int) -> bool:
    """True when a negator, an order or the panel as knower comes before the adverb."""
    w, tokens = clause.lex.words, clause.tokens
    if adverb > clause.start and tokens[adverb - 1].surface in w.employer:
        return True  # "we clearly understood your reasons"
    return any(
        it.kind in ("negator", "advice") and it.start < adverb for it in clause.items
    )


def _employer_affairs(clause: Clause, a: int, b: int) -> bool:
    """True when the object opens with the employer's own affairs: 'our ...', 'the firm's
    ...', 'the brief', 'the company'."""
    w, tokens = clause.lex.words, clause.tokens
    words: list[Token] = [t for t in tokens[a:b] if t.is_word][:_OWNER_REACH]
    if not words:
        return False
    if any(t.surface in w.sure_employer_owners for t in words):
        return True  # "clearly knew a lot about our shops"
    head = words[1:2] if words[0].surface in w.sure_determiners else words[:1]
    if head and head[0].surface in w.sure_employer_heads:
        return True
    for t in words[:2]:
        raw = clause.text[t.start : t.end]
        owners = w.sure_employer_heads | w.sure_employer_possessors
        if t.surface in owners and raw.endswith(_POSSESSIVE):
            return True  # "the firm's client base", "the hospital's strategy"
    return False
