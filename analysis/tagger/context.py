"""Stage 4b: which theme a word belongs to when the clause names several.

Contextual adjectives judge the topic they describe ("clear examples" is about examples),
noun compounds belong to their last word ("research experience"), and bare topics beside
another theme's judgement are context.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.asset_praise import drop_echoed_praise
from analysis.tagger.coordinated_traits import drop_coordinated_traits
from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.scope import links
from analysis.tagger.words import Words

_POINT_BREAKS = frozenset({",", "and", "but", ";", "-"})


def demote_modifiers(lex: Lexicon, items: list[Item], tokens: list[Token]) -> None:
    """Contextual cues judge another theme's topic: 'clear examples', 'period too long'.

    A contextual cue ("clear", "too long", "unfamiliar with") belongs to its own theme only
    when the clause names no other theme's topic, or names a topic of its own theme too.
    """
    cues = [it for it in items if it.rule.kind == "cue" and not it.dropped]
    _subject_questions(lex, cues, tokens)
    _drop_asked_subjects(cues, tokens)
    _drop_content_subjects(lex.words, cues, tokens)
    _resolve_compounds(cues, tokens, lex.domains, lex.generic)
    _drop_generic_subjects(lex, cues, tokens)
    cues = [it for it in cues if not it.dropped]
    drop_echoed_praise(lex, cues, tokens)
    drop_coordinated_traits(lex, cues, tokens)  # "bright and engaged": the manner's praise
    cues = [it for it in cues if not it.dropped]
    topics = {it.rule.theme for it in cues if not it.rule.self_eval and not it.rule.contextual}
    generic_topics = [it for it in cues if not it.rule.self_eval and it.rule.contextual]
    own_topics = {it.rule.theme for it in cues if not it.rule.self_eval}
    for t in generic_topics:
        _drop_generic_topic(lex, t, cues, tokens)
    # Only a generic topic that stays can take an adjective: "a clear, logical manner".
    generic_topics = [t for t in generic_topics if not t.dropped]
    for a in cues:
        if not (a.rule.contextual and a.rule.self_eval):
            continue
        # A generic topic right after the adjective is what it describes: "flat delivery".
        described = {p for it in items if it.kind in ("cue", "eval") for p in it.positions}
        near = {
            t.rule.theme
            for t in generic_topics
            if t.start == a.end
            or (0 < t.start - a.end <= 2 and t.start - 1 in described)
            or _in_respect_of(lex, tokens, a, t)
            or (t.end <= a.start and links(lex, tokens, t.end, a.start))
        } - {a.rule.theme}
        if (topics - {a.rule.theme} or near) and a.rule.theme not in own_topics:
            sign = a.rule.prior * (-1 if a.negated else 1)
            a.as_eval = -1 if a.excess_by is not None else sign
    _yield_to_topics(lex, [it for it in cues if not it.dropped], tokens)


def _yield_to_topics(lex: Lexicon, cues: list[Item], tokens: list[Token]) -> None:
    """'Strong on tachograph rules, holds a CPC': a yielding cue judges every topic its
    clause names, its own theme's too; it speaks for its theme only when none is named."""
    if not lex.yielding or not any(not it.rule.self_eval for it in cues):
        return
    for a in cues:
        if a.rule.self_eval and not a.as_eval and a.rule.elements in lex.yielding:
            if not _segment_topic(tokens, a, cues):
                continue  # "holds the licence, good on ETOPS planning": a point of its own
            sign = a.rule.prior * (-1 if a.negated else 1)
            a.as_eval = -1 if a.excess_by is not None else sign


def _segment_topic(tokens: list[Token], cue: Item, cues: list[Item]) -> bool:
    """True when a topic stands in the yielding cue's own comma segment: only a topic it
    sits beside can take its verdict ("strong on exp, 8 yrs"), not one past a comma."""
    def parted(a: int, b: int) -> bool:
        return any(tokens[k].surface in (",", ";") for k in range(a, b))

    return any(
        not it.rule.self_eval
        and not (parted(it.end, cue.start) if it.end <= cue.start else parted(cue.end, it.start))
        for it in cues
    )


def _in_respect_of(lex: Lexicon, tokens: list[Token], adjective: Item, topic: Item) -> bool:
    """True when the topic follows the adjective after "in": "casual in manner"."""
    return topic.start == adjective.end + 1 and (
        tokens[adjective.end].surface in lex.words.respect_prepositions
    )


def _resolve_compounds(
    cues: list[Item], tokens: list[Token], domains: dict[str, str], generic: frozenset[str]
) -> None:
    """Noun compounds: in "research experience" or "technical jargon" the last word names
    the theme, unless it is a generic one ("technical answers" are about skills)."""
    for a, b in zip(cues, cues[1:], strict=False):
        if not a.rule.self_eval and b.start == a.end and a.rule.theme != b.rule.theme:
            if _ends_in_preposition(tokens, a):
                continue  # "didn't ask about pay": no compound (see _drop_asked_subjects).
            if b.rule.self_eval and b.rule.theme in generic and not b.rule.contextual:
                continue  # "experience more closely matched": a verdict (_drop_generic_subjects)
            if domains.get(a.rule.theme) == b.rule.theme and _tenure_on(tokens, a):
                continue  # "12 years on Kubernetes": the domain of the tenure (drop_domain_topics).
            if b.rule.self_eval and b.rule.contextual:
                # "technical answers were shallow": the verdict is on the technical side.
                b.as_eval = b.rule.prior
            elif tokens[b.start].surface.endswith("ing") and not b.rule.self_eval:
                # "experience negotiating renewals": a gerund is what the noun is of.
                b.dropped = True
            elif b.rule.contextual and not b.rule.self_eval:
                b.dropped = True
            else:
                a.dropped = True
                if a.negated and not b.negated and a.end - a.start == 1:
                    # "no SQL certification": the negation is on the compound's head.
                    b.negated, b.neg_by = True, a.neg_by


def _tenure_on(tokens: list[Token], a: Item) -> bool:
    """True for tenure stated as praise ("12 years on"), not a bare topic ("hands-on React")."""
    last = tokens[a.end - 1].surface
    return a.rule.prior > 0 and a.end - a.start >= 2 and last in {"on", "in", "with"}


def _ends_in_preposition(tokens: list[Token], a: Item) -> bool:
    """True for a topic phrase such as "ask about", "examples from" ending in a preposition."""
    return tokens[a.end - 1].surface in {"about", "regarding", "from"}


def _drop_asked_subjects(cues: list[Item], tokens: list[Token]) -> None:
    """'Didn't ask about shifts or training': the topics after a phrase that ends in "about"
    name what the question was about, up to the next point (a comma, "and", "but")."""
    for a in cues:
        if a.rule.self_eval or not _ends_in_preposition(tokens, a):
            continue
        for b in cues:
            if b.start < a.end or b.rule.self_eval or b.rule.theme == a.rule.theme:
                continue
            gap = range(a.end, b.start)
            if any(tokens[j].surface in {",", "and", "but", ";", "-"} for j in gap):
                break
            b.dropped = True


def _drop_content_subjects(words: Words, cues: list[Item], tokens: list[Token]) -> None:
    """'Bring a specific example of leading a team', 'more detail on budgets': the topics
    after an example noun and its linking word name what the example is about, up to the
    next point (a comma, "and", "but"); the verdict is on the example."""
    for a in cues:
        last = tokens[a.end - 1].surface
        if last not in words.content_nouns or a.end >= len(tokens):
            continue
        if tokens[a.end].surface not in words.content_links:
            continue
        for b in cues:
            if b.start <= a.end or b.rule.self_eval or b.rule.theme == a.rule.theme:
                continue
            if any(tokens[j].surface in _POINT_BREAKS for j in range(a.end, b.start)):
                break
            b.dropped = True


def _drop_generic_subjects(lex: Lexicon, cues: list[Item], tokens: list[Token]) -> None:
    """'a candidate whose profile was a closer match': the subject of a generic comparison
    is not a separate verdict, unless the rival owns it ('whose experience more closely
    matched'): then the dimension is the reason and the comparison only measures it."""
    for c in cues:
        if c.rule.theme in lex.generic and c.rule.self_eval and not c.rule.contextual:
            for t in cues:
                if (
                    t.end <= c.start
                    and not t.rule.self_eval
                    and t.rule.theme != c.rule.theme
                    and links(lex, tokens, t.end, c.start)
                ):
                    if _rival_owned(lex, tokens, t):
                        c.dropped = True
                    else:
                        t.dropped = True


def _rival_owned(lex: Lexicon, tokens: list[Token], t: Item) -> bool:
    """'a candidate whose experience ...': the rival's possessive, one word before at most."""
    before = [tok.surface for tok in tokens[max(0, t.start - 2) : t.start]]
    return any(w in lex.words.rival_possessives for w in before)


_LIST_JOINS = frozenset({",", "and", "or", "nor"})


def _listed_possession(lex: Lexicon, tokens: list[Token], a: Item) -> bool:
    """'your punctuality, your manner or your dress': a possessed topic in a list of them is
    a point of its own, not the setting of another theme's word."""
    own = lex.words.possessives
    if a.start < 1 or tokens[a.start - 1].surface not in own:
        return False
    before = a.start >= 2 and tokens[a.start - 2].surface in _LIST_JOINS and (
        _possessed_before(own, tokens, a.start - 2)
    )
    after = a.end + 1 < len(tokens) and (
        tokens[a.end].surface in _LIST_JOINS and tokens[a.end + 1].surface in own
    )
    return before or after


def _possessed_before(own: frozenset[str], tokens: list[Token], join: int) -> bool:
    """True when a possessed item ends at the join ("your punctuality, your manner"), so the
    join lists points; after a clause ("she was calm, and her answers ...") it joins clauses."""
    k = join - 1
    while k >= 0 and tokens[k].surface in _LIST_JOINS:
        k -= 1  # "your punctuality, and your manner"
    return any(tokens[j].surface in own for j in range(max(0, k - 2), k))


def _listed_after_topic(a: Item, cues: list[Item], tokens: list[Token]) -> bool:
    """'your punctuality, appearance or manner': a generic topic joined to another theme's
    topic noun just before it is the next point of a list, not that topic's setting."""
    if a.start < 2 or tokens[a.start - 1].surface not in _LIST_JOINS:
        return False
    return any(
        c.end == a.start - 1 and c.rule.theme != a.rule.theme and not c.rule.self_eval
        for c in cues
    )


def _drop_generic_topic(lex: Lexicon, a: Item, cues: list[Item], tokens: list[Token]) -> None:
    """A generic topic ("answers") only counts when no other theme is named, unless the
    note judges it directly ("hadn't looked at our website")."""
    inner = any(a.start < c.start < a.end for c in cues if c.rule.theme != a.rule.theme)
    # An adjective that may describe it ("delivery was flat") is no other theme.
    others = {
        c.rule.theme
        for c in cues
        if not (
            c.rule.contextual
            and c.rule.self_eval
            and (
                (a.end <= c.start and links(lex, tokens, a.end, c.start))
                or (c.end <= a.start and links(lex, tokens, c.end, a.start))
                or _in_respect_of(lex, tokens, c, a)
            )
        )
    } - {a.rule.theme}
    listed = _listed_possession(lex, tokens, a) or _listed_after_topic(a, cues, tokens)
    if inner or (others and not a.negated and not listed):
        a.dropped = True
        return
    # "Couldn't answer the SQL question": the negation is about the subject its object names.
    obj = next(
        (
            c
            for c in cues
            if c.rule.theme != a.rule.theme
            and not c.rule.self_eval
            and not c.rule.contextual
            and 0 <= c.start - a.end <= 2
        ),
        None,
    )
    if a.negated and obj is not None and not obj.negated:
        obj.negated, obj.neg_by = True, a.neg_by
        a.dropped = True


def _subject_questions(lex: Lexicon, cues: list[Item], tokens: list[Token]) -> None:
    """'couldnt answer the land reg q': a question named by its subject is a knowledge
    question, so answering it judges subject knowledge; 'didn't answer the q asked' does not."""
    w = lex.words
    for it in cues:
        first, last = it.positions[0], it.positions[-1]
        if (
            it.negated
            and last - first > 1
            and tokens[first].surface in w.answer_verbs
            and tokens[last].surface in w.question_nouns
            and it.rule.theme not in w.subject_question_theme
            and any(_names_subject(w, tokens[k]) for k in range(first + 1, last))
        ):
            it.rule = replace(it.rule, theme=min(w.subject_question_theme))


def _names_subject(w: Words, token: Token) -> bool:
    """A word between "answer" and "question" that names what the question was about."""
    surface = token.surface
    return token.is_word and surface not in w.question_modifiers and not surface.endswith("ly")
