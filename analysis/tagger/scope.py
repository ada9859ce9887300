"""Stage 4: what each negator, "too" and contextual adjective reaches within a clause.

Self-evaluating cues ("concise", "rambled") are flipped by negation in scope ("not concise",
"never came across as arrogant", "never lost composure"); "too X" is an improvement;
contextual adjectives judge the topic they describe ("clear examples" is about examples).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.tagger.asides import aside_after
from analysis.tagger.denied_lacks import lack_denied
from analysis.tagger.head_faults import denies_head_fault
from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import MUTE, Item, Token
from analysis.tagger.own_negation import unreached_cue
from analysis.tagger.shared_negation import shared_negators
from analysis.tagger.slips import denies_slip
from analysis.tagger.tokens import item_words


@dataclass
class _Scope:
    """Negators waiting for a target, and the last negated target (for "lacked X and Y")."""

    pending: list[Item] = field(default_factory=list)
    extra: list[Item] = field(default_factory=list)  # negators that reached nothing
    carry_end: int | None = None
    carry_lack: bool = False
    denying: bool = False  # the pending negator passed over a topic to deny a verdict
    aside: tuple[int, int] | None = None  # "was not, contrary to what we heard, late"

RELATIVES = frozenset({"that", "which", "who", "whom", "when", "while", "whose"})


def links(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """True when only articles, adverbs and linking verbs stand between two positions
    ("not a great", "wasn't very good", "didn't seem strong")."""
    linking = lex.words.linking
    return all(t.surface in linking for t in tokens[start:end])


def apply_negation(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """Mark negated targets; unresolved negators become negative evaluative words."""
    scope = _Scope()
    for item in items:
        kind = item.rule.kind
        if scope.pending and scope.aside and scope.aside[0] <= item.start < scope.aside[1]:
            continue  # "He was not, contrary to what the agency warned us, late"
        if kind == "negator":
            if _echoed_negation(lex, tokens, item):
                continue  # "... was not the issue, and neither was your dress"
            if scope.denying and item_words(tokens, item) in lex.words.lacks:
                # "Nobody felt your experience was lacking": the absence is the verdict denied.
                item.as_eval, item.neg_by = 1, tuple(p.positions for p in scope.pending)
                scope.pending, scope.denying = [], False
                continue
            # Negators chain ("never lost", "not once did you lose") when close together,
            # a denied opinion further ("I don't think anyone could say you lacked ...").
            if scope.pending and (
                item.start - scope.pending[-1].end
                > _chain_gap(lex, tokens, scope.pending[-1], item.start)
                # "quals not there, no cima": a comma ends the chain.
                or any(t.surface == "," for t in tokens[scope.pending[-1].end : item.start])
            ):
                scope.extra.extend(scope.pending)
                scope.pending = []
            # "didn't raise her voice or lose her composure": "lose" is denied too.
            scope.pending += shared_negators(lex, tokens, items, scope.carry_end, item)
            scope.pending.append(item)
            scope.carry_end = None
            scope.aside = aside_after(lex.words, tokens, item)
        elif kind in ("cue", "eval"):
            _reach(lex, tokens, items, scope, item)
    scope.extra.extend(scope.pending)
    extra = _negate_inside_gaps(items, scope.extra)
    for neg in extra:
        neg.as_eval = 1 if denies_slip(lex, tokens, neg) else -1  # "without losing her"
    return items


def _echoed_negation(lex: Lexicon, tokens: list[Token], negator: Item) -> bool:
    """'Your CV was not the issue, and neither, frankly, was your dress', '... is not in doubt,
    nor is your commitment': "neither"/"nor" and an auxiliary echo the verdict before; the
    topic after them shares it instead of being negated."""
    w = lex.words
    if item_words(tokens, negator) not in w.echo_negators or negator.start == 0:
        return False
    for k in range(negator.end, min(len(tokens), negator.end + 4)):
        surface = tokens[k].surface
        if surface in w.yes_no_auxiliaries:
            # ... "nor did he ask any questions" negates a clause of its own.
            after = tokens[k + 1].surface if k + 1 < len(tokens) else ""
            return bool(after) and after not in w.inverted_subjects
        if surface != "," and surface not in w.linking and not surface.endswith("ly"):
            return False
    return False


def _chain_gap(lex: Lexicon, tokens: list[Token], negator: Item, until: int) -> int:
    """How far a negator waits for the next one to chain with it: a denied opinion ("don't
    think", "wouldn't say", "nobody could accuse you of") spans the clause it opens, up to six
    words."""
    phrase, w = item_words(tokens, negator), lex.words
    if phrase in w.verdict_negators:
        return 6
    opinion = any(t.surface in w.denied_opinions for t in tokens[negator.end : until])
    return (6 if phrase in w.subject_negators and opinion else 3) + inversion_gap(
        lex, tokens, negator
    )


def inversion_gap(lex: Lexicon, tokens: list[Token], negator: Item) -> int:
    """'Not once during the ninety minutes did he lose his composure': a fronted negator
    ("not once", "at no point") reaches past its time phrase to the inverted auxiliary and
    subject ("did he"); how many words that adds to its reach (0: no inversion)."""
    w = lex.words
    if item_words(tokens, negator) not in w.inverting_negators:
        return 0
    last = min(len(tokens) - 1, negator.end + 8)
    for k in range(negator.end, last):
        if tokens[k].surface in (",", ";"):
            return 0
        subject = tokens[k + 1].surface in w.inverted_subjects
        if subject and tokens[k].surface in w.yes_no_auxiliaries:
            return k + 2 - negator.end
    return 0


def _reach(lex: Lexicon, tokens: list[Token], items: list[Item], scope: _Scope, item: Item) -> None:
    """Let pending negators reach ``item``, or carry an earlier negation over to it."""
    pending = scope.pending
    subject_negated = bool(pending) and " ".join(
        tokens[k].surface for k in pending[-1].positions
    ) in lex.words.subject_negators
    if subject_negated and item.start == pending[-1].end and not item.rule.self_eval:
        return  # "Not a single answer went over": the subject it quantifies is no target.
    if _denies_a_later_verdict(lex, tokens, items, pending, item):
        scope.denying = True
        return  # "I wouldn't say your answers were concise": it denies the verdict.
    if scope.denying and item.rule.kind == "eval":
        scope.denying = False  # "Nobody felt, at any point, that it was weak": commas too.
        item.negated, item.neg_by = True, tuple(p.positions for p in pending)
        scope.pending = []
        return
    if (
        pending
        and item.rule.kind == "eval"
        and not subject_negated
        and not links(lex, tokens, pending[-1].end, item.start)
        # "I doubt the salary was the problem": a negated opinion denies its verdict.
        and item_words(tokens, pending[-1]) not in lex.words.verdict_negators
    ):
        return  # "couldn't write a basic query": the negation is on the verb, not "basic".
    between = tokens[pending[-1].end : item.start] if pending else []
    skipped = _skip_aside(scope, between, pending) if scope.aside is not None else range(0)
    if skipped:
        between = between[len(skipped) :]
    # "Not one of them thought, even briefly, that ...": a negated opinion spans its commas.
    opinion = subject_negated and any(t.surface in lex.words.denied_opinions for t in between)
    if not opinion and any(t.surface in {",", ";"} for t in between):
        # "couldn't finish the problem, ran out of time": the comma ends the scope.
        scope.extra.extend(pending)
        scope.pending = pending = []
    if pending and _passes_task_topic(lex, tokens, items, pending[-1], item):
        return
    if pending and unreached_cue(lex, tokens, item, pending[-1]):
        scope.extra.extend(pending)
        scope.pending = []
        return
    if pending:
        # "Nobody on the panel thought you were rude": a negated subject reaches
        # past its own phrase and the opinion verb after it.
        reach = lex.negation_window + (4 if subject_negated else 0) + (4 if opinion else 0)
        reach += _that_clause_reach(lex, tokens, pending[-1], between)
        _negate_within(lex, tokens, scope, item, reach + len(skipped))
    elif scope.carry_end is not None and not unreached_cue(lex, tokens, item, None):
        _carry(lex, tokens, items, scope, item)


def _negate_within(
    lex: Lexicon, tokens: list[Token], scope: _Scope, item: Item, reach: int
) -> None:
    """Negate ``item`` when the last pending negator reaches it (``reach`` words, an aside
    skipped included, plus an inversion's and a task's own span); else the pending negators
    reached nothing."""
    pending = scope.pending
    reach += inversion_gap(lex, tokens, pending[-1]) + _task_reach(lex, tokens, pending[-1])
    if item.start - pending[-1].end <= reach:
        if any(p.rule.theme == MUTE for p in pending):
            item.dropped = True  # "confident without being pushy": the aside is no theme.
        item.negated = len(pending) % 2 == 1
        item.neg_by = tuple(p.positions for p in pending)
        scope.carry_end = item.end
        scope.carry_lack = len(pending) == 1 and tokens[pending[0].start].surface in (
            lex.words.lacks
        )
    else:
        scope.extra.extend(pending)
    scope.pending = []


def _skip_aside(scope: _Scope, between: list[Token], pending: list[Item]) -> range:
    """The positions in ``between`` (the tokens after the last pending negator) of the aside
    right after it ("not, contrary to what the agency warned us, late"), or none."""
    if not pending or scope.aside is None or scope.aside[0] != pending[-1].end:
        return range(0)
    return range(0, min(len(between), scope.aside[1] - scope.aside[0]))


def _that_clause_reach(
    lex: Lexicon, tokens: list[Token], negator: Item, between: list[Token]
) -> int:
    """'I wouldn't say at any point in the hour that she seemed unprepared': a denied opinion
    reaches into the 'that' clause it opens, however long the phrase before 'that'."""
    phrase = item_words(tokens, negator)
    if phrase not in lex.words.verdict_negators:
        return 0
    # "I don't think there was a single question you dodged": an opinion verb opens its
    # clause with "that" left out as well, unless that clause is the writer's own act ("I
    # don't think I'd change anything about ...", read as advice kept).
    opened = phrase.rsplit(" ", 1)[-1] in lex.words.denied_opinions and not (
        between and between[0].surface in lex.words.writer_subjects
    )
    return 8 if opened or any(t.surface == "that" for t in between) else 0


def _passes_task_topic(
    lex: Lexicon, tokens: list[Token], items: list[Item], negator: Item, item: Item
) -> bool:
    """'Struggled to explain his own project in simple terms': a failed attempt passes over a
    neutral topic of its task to the manner cue that ends it, in reach, before any comma."""
    if item.rule.kind != "cue" or item.rule.prior != 0:
        return False
    if item_words(tokens, negator) not in lex.words.task_negators:
        return False
    reach = negator.end + lex.negation_window + _task_reach(lex, tokens, negator)
    for later in items:
        if later.start < item.end or later.start > reach:
            continue
        if any(t.surface in {",", ";"} for t in tokens[item.end : later.start]):
            return False
        return later.rule.kind == "cue" and later.rule.prior != 0
    return False


def _task_reach(lex: Lexicon, tokens: list[Token], negator: Item) -> int:
    """'Struggled to explain his own project in simple terms': a failed attempt reaches over
    the task it names (the verb and its object) to the manner cue at its end."""
    return 4 if item_words(tokens, negator) in lex.words.task_negators else 0


def _denies_a_later_verdict(
    lex: Lexicon, tokens: list[Token], items: list[Item], pending: list[Item], item: Item
) -> bool:
    """A negated opinion ("wouldn't say", "not sure") passes over a topic to the verdict
    that follows it in the clause; with no verdict after, it negates the topic."""
    if not pending or item.rule.kind != "cue":
        return False
    if denies_head_fault(lex, tokens, items, pending[-1], item):
        return True  # "Not a skills problem but an experience one"
    if item.rule.prior >= 0 and _denies_a_fault(lex, tokens, items, pending[-1], item):
        return True  # "Nothing about her punctuality worried us"
    if item.rule.self_eval:
        return False
    phrase, w = item_words(tokens, pending[-1]), lex.words
    # "Not one of the panel thought your knowledge was the problem": a negated subject
    # with an opinion verb denies the opinion's verdict in the same way.
    opinion = phrase in w.subject_negators and any(
        t.surface in w.denied_opinions for t in tokens[pending[-1].end : item.start]
    ) or lack_denied(lex, tokens, items, pending[-1], item)
    if phrase not in w.verdict_negators and not opinion:
        return False
    until = _cleft_denial_end(lex, tokens, pending[-1], item)
    return any(
        item.start < o.start < until
        and (
            o.rule.kind == "eval"
            or o.rule.self_eval
            or (o.rule.kind == "negator" and item_words(tokens, o) in w.lacks)
        )
        for o in items
    )


def _cleft_denial_end(lex: Lexicon, tokens: list[Token], negator: Item, item: Item) -> int:
    """'It wasn't your experience, which was more than enough', 'It wasn't your background
    that cost you, eight years on the line is plenty': a cleft denial ("it wasn't") denies
    the verdict of its own "that" clause, not one past the comma after its topic, which is
    said outright; where its reach ends (any other negator reaches the clause's end)."""
    if item_words(tokens, negator) not in lex.words.cleft_negators:
        return len(tokens)
    return next(
        (k for k in range(item.end, len(tokens)) if tokens[k].surface in lex.words.denial_breaks),
        len(tokens),
    )


def _denies_a_fault(
    lex: Lexicon, tokens: list[Token], items: list[Item], negator: Item, item: Item
) -> bool:
    """'Nothing about his communication worried me', 'Not that her appearance was a problem':
    a negated subject, then a topic, then a fault said of it, denies the fault: praise."""
    if item_words(tokens, negator) not in lex.words.fault_deniers:
        return False
    after = [o for o in items if o.start >= item.end and o.rule.kind in ("cue", "eval")]
    # ... the next verdict after the topic, with no topic or negator ("nor") between.
    if not after or after[0].rule.kind != "eval" or after[0].rule.prior >= 0:
        return False
    return not any(
        o.rule.kind == "negator" and item.end <= o.start < after[0].start for o in items
    )


def _carry(lex: Lexicon, tokens: list[Token], items: list[Item], scope: _Scope, item: Item) -> None:
    """'lacked energy and conviction': a missing thing's partner is missing too."""
    carry_end = scope.carry_end
    between = [t.surface for t in tokens[carry_end : item.start]]
    joins = lex.words.continuations | ({"and", ","} if scope.carry_lack else set())
    # "not your manner or your dress": a possessive after "or" / "nor" is no new subject.
    core = [w for w in between if w not in lex.words.possessives and w not in {"the", "a", "an"}]
    if core and core != between and all(w in lex.words.continuations for w in core):
        between = core
    # ... but a criticism after "and" is a new finding ("lacked structure and rambled"),
    # not one more missing thing.
    criticism = item.rule.self_eval and item.rule.prior < 0
    before = next((it for it in items if it.end == carry_end and it.negated), None)
    if not between and before is not None and before.rule.theme == item.rule.theme:
        # "Not a single answer drifted off topic": a cue right after a negated cue of its
        # theme is the rest of that phrase, negated with it.
        item.negated, item.neg_by = True, before.neg_by
        scope.carry_end = item.end
    elif between and (
        (all(w in joins for w in between) and not criticism)
        or _or_list(lex, tokens, between, item)
    ) and (items and any(it.end == carry_end and it.negated for it in items)):
        item.negated = True
        partner = next(it for it in items if it.end == carry_end and it.negated)
        item.neg_by = item.neg_by or partner.neg_by  # "not X or Y": Y denied by X's negator
        scope.carry_end = item.end
    else:
        scope.carry_end = None


def _or_list(lex: Lexicon, tokens: list[Token], between: list[str], item: Item) -> bool:
    """'never fidgeted, slouched or looked away': the items of a list that ends in 'or' share
    the negator of its first item, criticisms too (after 'and' a criticism is a new finding)."""
    ors = lex.words.continuations
    if any(w not in ors and w != "," for w in between):
        return False
    if any(w in ors for w in between):
        return True
    for t in tokens[item.end : item.end + 8]:
        if t.surface in ors:
            return True
        if not t.is_word and t.surface != ",":
            return False
        if t.surface in lex.words.list_breaks:
            return False
    return False


def _negate_inside_gaps(items: list[Item], extra: list[Item]) -> list[Item]:
    """A negator inside a phrase's gap negates the phrase: "answered ... not ... clearly"."""
    negators = [it for it in items if it.rule.kind == "negator" and it.rule.theme != MUTE]
    for item in items:
        if item.rule.kind == "cue" and item.end - item.start > len(item.positions):
            inner = [n for n in negators if item.start < n.start < item.end]
            if inner:
                item.negated = not item.negated
                item.neg_by = tuple(n.positions for n in inner)
                extra = [n for n in extra if n not in inner]
    return extra


def word_evals(
    lex: Lexicon, tokens: list[Token], inside: list[Item], start: int, end: int
) -> list[tuple[int, int]]:
    """(position, sign) of fallback evaluative words in a clause outside any phrase,
    flipped by a negator just before them ("wasn't dreadful")."""
    signs = lex.vader_signs
    if not signs:
        return []
    covered = {p for it in inside for p in range(it.start, it.end)}
    negators = {p for it in inside if it.rule.kind == "negator" for p in it.positions}
    hits = []
    for k in range(start, end):
        sign = signs.get(tokens[k].surface) if k not in covered else None
        if sign:
            if any(p in negators for p in range(k - 3, k)):
                sign = -sign
            hits.append((k, sign))
    return hits



def _ends_clause(tokens: list[Token], k: int) -> bool:
    """True when position ``k`` is past the words of its clause."""
    return k >= len(tokens) or not tokens[k].is_word


def apply_excess(lex: Lexicon, items: list[Item], tokens: list[Token]) -> None:
    """'too casual': "too" makes the cue right after it an improvement."""
    window = lex.excess_window
    targets = [it for it in items if it.rule.kind in ("cue", "eval")]
    for ex in (it for it in items if it.rule.kind == "excess"):
        if len(ex.positions) == 1 and _ends_clause(tokens, ex.end):
            ex.dropped = True  # "the panel were in suits too": "too" is "also" here.
            continue
        target = next((t for t in targets if 0 <= t.start - ex.end < window), None)
        if target is not None:
            target.excess_by = ex.positions
        else:
            ex.as_eval = -1


def fixed_faults(
    lex: Lexicon, tokens: list[Token], items: list[Item], start: int, end: int
) -> None:
    """'you spotted the error in the P&L', 'you tracked down the failing test': a fault the
    candidate finds or fixes is their skill, not their fault."""
    w = lex.words
    if not any(it.rule.prior < 0 for it in items):
        return
    subjects = w.candidate_subjects | w.third_person | {"i"}
    for k in range(start, end):
        bare = k == start or not tokens[k - 1].is_word  # "- spotted the warranty issues"
        if not (bare or tokens[k - 1].surface in subjects):
            continue  # a finder's subject, or none in shorthand ("Spotted the bug at once")
        two = " ".join(t.surface for t in tokens[k : k + 2])
        plain = tokens[k].surface in w.plain_finds
        size = 2 if two in w.fixes else 1 if tokens[k].surface in w.fixes or plain else 0
        if not size:
            continue
        fault = _found_fault(lex, tokens, items, k + size)
        if plain and fault is not None and not _fault_noun(lex, tokens, fault):
            continue  # "found the deferred tax question difficult": the difficulty reported
        if fault is None or (bare and not _found_in_work(lex, tokens, items, fault)):
            continue
        if fault.kind == "eval":
            fault.as_eval = 1
        else:
            fault.negated = True
            fault.neg_by = (tuple(range(k, k + size)),)


def _found_fault(lex: Lexicon, tokens: list[Token], items: list[Item], after: int) -> Item | None:
    """The fault a finding verb ends at ``after`` takes as its object: the first judging
    item within four words, reached over determiners and the fault's own plain or domain
    words ("picked up the daily methotrexate dosing error"), never over a relative ("that")."""
    w = lex.words
    judged = [it for it in items if it.kind in ("cue", "eval") and it.rule.prior]
    fault = next((it for it in judged if 0 <= it.start - after <= 4), None)
    if fault is None or fault.rule.prior >= 0 or fault.negated:
        return None
    themed = {p for it in items if it is not fault and it.rule.prior for p in it.positions}
    for t, k in ((tokens[k], k) for k in range(after, fault.start)):
        if k > after and t.surface in RELATIVES:
            return None  # "he corrected your brunoise that worried him": not the fault's verb
        if t.surface in w.fault_reflexives:
            return None  # "caught myself glancing at my phone": the finder's own fault
        if t.surface in w.fault_determiners:
            continue
        if k in themed or not t.is_word:
            return None
    if fault.start - after > 3 and not any(
        it.rule.theme in lex.domains.values() for it in items if after <= it.start < fault.start
    ):
        return None
    return fault


def _fault_noun(lex: Lexicon, tokens: list[Token], fault: Item) -> bool:
    """True when a plain find's fault is a cue or one of the fault nouns ("the fault")."""
    return fault.kind == "cue" or item_words(tokens, fault) in lex.words.found_fault_nouns


def _found_in_work(lex: Lexicon, tokens: list[Token], items: list[Item], fault: Item) -> bool:
    """True when a subjectless find is the candidate's: its fault is subject knowledge or a
    noun of a fault found in the work ("spotted the penalty clause issue")."""
    if _about_skill(lex, items, fault):
        return True
    return item_words(tokens, fault) in lex.words.found_fault_nouns


def _about_skill(lex: Lexicon, items: list[Item], fault: Item) -> bool:
    """True when the fault or a topic right before it is subject knowledge (a skills word):
    a subjectless "Caught the late train" finds nothing."""
    domain = set(lex.domains.values())
    return fault.rule.theme in domain or any(
        it.rule.theme in domain and it.end <= fault.start and fault.start - it.end <= 1
        for it in items
    )
