"""Stage 3: cut sentences into clauses, and read headers and instructions.

Clauses end at contrast words (but, however, although ...), ``;``, ``/``, dashes, "and"
before a new subject, and an instruction after a comma; "Keep doing:" / "Change:" headers set
how a list is read; "tech: solid" keeps topic and verdict together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.tagger.columns import COLUMNS, column_mode, paired_header, sentence_mode
from analysis.tagger.instructions import instruction_at
from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.tokens import ABBREVIATIONS, item_words

ClauseSpan = tuple[int, int, int]  # (start, end, header mode)
INLINE = 2  # |mode| of a header that ends with its line
_HARD_STOPS = frozenset({";", "/", "(", ")", "!", "?", "|"})
_DASHES = frozenset({":", "-", "--", "---"})
_ADVISED = frozenset({"you", "you'll", "you'd"})  # whom a comma-spliced advice addresses
_MODALS = frozenset({"would", "will", "can", "could", "should", "must", "may", "might", "needs"})


@dataclass
class _Cutter:
    """The state of one left-to-right pass over a sentence."""

    lex: Lexicon
    tokens: list[Token]
    boundary: dict[int, Item]
    covered: set[int]
    cues_at: set[int]
    evals_at: set[int]
    shorthand: bool
    mode: int
    start: int = 0
    sub_open: bool = False
    rivals_at: frozenset[int] = frozenset()
    signs_at: dict[int, int] = field(default_factory=dict)  # a verdict word's own sign
    subjects_at: frozenset[int] = frozenset()  # words of subject-knowledge cues (skills)
    advice_at: frozenset[int] = frozenset()  # first words of advice items ("need to")


# A one-word header ("Keep:") may follow one more word; a longer one ("did well") a lead-in
# of up to this many ("Three things you did well:").
_HEADER_LEAD = 4


def header_sign(lex: Lexicon, tokens: list[Token], colon: int, floor: int) -> int:
    """+1/-1 when the words before a colon or dash are a strengths/improvements header.

    >>> from analysis.tagger import build_tagger
    >>> from analysis.tagger.tokens import tokenize
    >>> lex = build_tagger().lexicon
    >>> [header_sign(lex, tokenize(lex, s), len(tokenize(lex, s)), 0)
    ...  for s in ("Three things you did well", "Even better if", "Your answers")]
    [1, -1, 0]
    """
    return header_match(lex, tokens, colon, floor)[0]


def header_match(lex: Lexicon, tokens: list[Token], colon: int, floor: int) -> tuple[int, int]:
    """(sign, words before the header) for the words before a colon; (0, 0) for none."""
    words = [t.surface for t in tokens[floor:colon] if t.is_word]
    for size in (4, 3, 2, 1):
        lead = len(words) - size
        if lead >= 0 and lead <= (1 if size == 1 else _HEADER_LEAD):
            sign = lex.headers.get(" ".join(words[-size:]))
            if sign and not _negated_header(lex, words, lead):
                return sign, lead
    return 0, 0


def _negated_header(lex: Lexicon, words: list[str], lead: int) -> bool:
    """'Not bad: decent answers': a header word right after a negator is a verdict, no header."""
    return lead > 0 and words[lead - 1] in lex.words.header_negators


def order_kept(lex: Lexicon, tokens: list[Token], start: int, mode: int) -> bool:
    """An order after a strengths header on its own line ("Do again: arrive early, dress
    formally") is what to keep doing; one in a later sentence or line still advises."""
    if mode <= 0:
        return False
    if mode == COLUMNS:
        return True  # "Done well / Do differently | Research into the school / ..."
    line = max((k + 1 for k in range(start) if tokens[k].surface == "|"), default=0)
    marks = [k for k in range(line, start) if tokens[k].surface in _DASHES]
    floors = [line, *(k + 1 for k in marks)]
    return any(
        header_match(lex, tokens, k, floor)[0] > 0 for floor, k in zip(floors, marks, strict=False)
    )


def kept_quality(lex: Lexicon, tokens: list[Token], verb: int | None, cues: list[Item]) -> bool:
    """'Keep your honesty', 'keep your calm voice': an order to keep a quality the candidate
    has, named by a cue of praise right after the possessive, says what to keep doing;
    'keep your answers short' names no quality and stays advice."""
    if verb is None or tokens[verb].surface not in lex.words.keep_verbs:
        return False
    if verb + 1 >= len(tokens) or tokens[verb + 1].surface not in lex.words.kept_determiners:
        return False
    first = next((c for c in cues if c.start > verb + 1), None)
    # One word ("honesty", "calm"): "keep your hair tied back" orders a state, not a quality.
    return bool(
        first and first.start == verb + 2 and first.end == verb + 3 and first.rule.prior > 0
    )


def header_line(lex: Lexicon, tokens: list[Token]) -> int:
    """+1/-1 when a whole sentence is only a header ("What went well" on its own line)."""
    end = len(tokens) - (1 if tokens and tokens[-1].surface == ":" else 0)
    if end == 0 or any(not t.is_word for t in tokens[:end]):
        return 0
    return header_sign(lex, tokens, end, 0)


def cut_clauses(
    lex: Lexicon, tokens: list[Token], items: list[Item], mode: int
) -> tuple[list[ClauseSpan], int]:
    """Cut a sentence into (start, end, header mode) token ranges; the mode after it."""
    sign = header_line(lex, tokens)
    if sign:
        return [], sign
    title = paired_header(lex, tokens)  # "Done well / Do differently": two columns
    floor, mode = title if title else (0, sentence_mode(tokens, mode))
    state = _Cutter(
        lex,
        tokens,
        boundary={it.start: it for it in items if it.rule.kind == "contrast"},
        covered={p for it in items for p in range(it.start, it.end)},
        cues_at={it.start for it in items if it.rule.kind == "cue"},
        evals_at={it.start for it in items if it.rule.kind == "eval"},
        shorthand=sum(t.surface == ":" for t in tokens) >= 2 or mode != 0,
        mode=mode,
        rivals_at=frozenset(it.start for it in items if it.rule.kind == "rival"),
        signs_at=verdict_signs(items),
        subjects_at=frozenset(
            p for it in items if it.rule.theme in set(lex.domains.values()) for p in it.positions
        ),
        advice_at=frozenset(it.start for it in items if it.rule.kind == "advice"),
    )
    clauses: list[ClauseSpan] = []
    i = state.start = floor
    while i < len(tokens):
        cut, skip = _cut_at(state, i)
        if cut is None:  # a header: its words are no clause
            state.start = i + 1
            i += 1
        elif cut:
            if state.start < i:
                clauses.append((state.start, i, state.mode))
            state.start = i + skip
            i += skip
        else:
            i += 1
    if state.start < len(tokens):
        clauses.append((state.start, len(tokens), state.mode))
    return [(a, b, column_mode(tokens, a, m, floor)) for a, b, m in clauses], state.mode


def _advice_after(state: _Cutter, comma: int) -> bool:
    """True when a comma splice opens with the candidate told what to do ("..., you just need
    to own it", "..., you'll want to slow down") and a verdict stands before the comma."""
    tokens = state.tokens
    if comma + 2 >= len(tokens) or tokens[comma + 1].surface not in _ADVISED:
        return False
    if not any(k in state.advice_at for k in range(comma + 2, min(comma + 4, len(tokens)))):
        return False
    return any(k in state.evals_at or k in state.cues_at for k in range(state.start, comma))


def _new_subject(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Token ``k`` (after "and") opens a new subject, or is an adverb before one."""
    word = tokens[k].surface
    if word in lex.words.new_subject_adverbs and k + 1 < len(tokens):
        word = tokens[k + 1].surface
    return word in lex.words.new_subjects


def _cut_at(state: _Cutter, i: int) -> tuple[bool | None, int]:
    """(cut here?, tokens the cut consumes); None for a header that sets the mode."""
    tokens, lex = state.tokens, state.lex
    tok = tokens[i]
    if i in state.boundary:
        marker = state.boundary[i]
        phrase = item_words(tokens, marker)
        state.sub_open = phrase in lex.subordinators
        return True, marker.end - i
    if (
        tok.surface == "and"
        and i not in state.covered
        and i + 1 < len(tokens)
        and _new_subject(lex, tokens, i + 1)
        and i > state.start
        and (tokens[i + 1].surface not in lex.words.possessives or _has_verb(lex, tokens, i + 2))
    ):
        # "You were well dressed and the hire had more experience": a new subject
        # starts a new clause, so comparison or advice does not leak across.
        return True, 1
    if tok.surface in lex.words.header_copulas and _copula_header(state, i):
        return None, 1
    if tok.is_word or i in state.covered:
        return False, 1
    return _cut_at_mark(state, i), 1


def _copula_header(state: _Cutter, copula: int) -> bool:
    """A header as a sentence's subject ("Development areas are your answers"): it sets an
    inline mode for the rest of the sentence."""
    tokens, words = state.tokens, state.lex.words
    if copula + 1 >= len(tokens):
        return False
    nxt = tokens[copula + 1].surface
    if nxt not in words.header_copula_objects and not nxt.endswith("ing"):
        return False
    sign, lead = header_match(state.lex, tokens, copula, state.start)
    heads = [t.surface for t in tokens[state.start : copula] if t.is_word][lead:]
    if sign and " ".join(heads) not in words.not_copula_headers:
        state.mode = sign * INLINE
        return True
    return False


def _has_verb(lex: Lexicon, tokens: list[Token], start: int) -> bool:
    """A verb before the next mark: "... and your answers were long" is a new clause, "...
    your motivation and your knowledge of X" one more object."""
    verbs = lex.words.third_party_linking | lex.words.irregular_past | _MODALS
    for tok in tokens[start:]:
        if not tok.is_word:
            return False
        if tok.surface in verbs or tok.surface.endswith(("ed", "n't", "en")):
            return True
    return False


ASIDE_REACH = 6  # tokens inside a bracket that glosses the subject ("(IFRS 15)")


def _subject_aside(state: _Cutter, i: int) -> bool:
    """True for a bracket of a few words between a subject its clause names and its copula
    ("your answers on accessibility (WCAG 2.2) were spot on", "language level (N4) is
    below"): a gloss of the subject, so the verdict after it is the subject's."""
    lex, tokens = state.lex, state.tokens
    if tokens[i].surface == "(":
        opening = i
        close = next(
            (k for k in range(i + 1, min(i + ASIDE_REACH + 1, len(tokens)))
             if tokens[k].surface == ")"),
            None,
        )
    else:
        close = i
        opening = next(
            (k for k in range(i - 1, max(i - ASIDE_REACH - 1, -1), -1)
             if tokens[k].surface == "("),
            None,
        )
    if opening is None or close is None or opening == 0 or close + 1 >= len(tokens):
        return False
    inside = tokens[opening + 1 : close]
    return (
        bool(inside)
        and any(state.start <= k < opening for k in state.cues_at)
        and all(t.is_word or t.surface in (",", "&", "+", "/") for t in inside)
        and tokens[opening - 1].is_word
        and tokens[close + 1].surface in lex.words.compound_verbs
    )


def _cut_at_mark(state: _Cutter, i: int) -> bool | None:
    """Whether a punctuation mark ends a clause (None: it closes a header)."""
    tokens, lex = state.tokens, state.lex
    s = tokens[i].surface
    if s == "/" and _joined_codes(tokens, i):
        return False  # "24/7", "TIG/MIG", "G98/G99": one name, not two clauses.
    if s in ("(", ")") and _subject_aside(state, i):
        return False  # "Answer on penalty clauses (Paciocco) was very good": one clause
    if s in _HARD_STOPS:
        return True
    if s == ".":
        # "e.g." and "Mr." are not the end of anything; "2. knew our products" is a list item.
        prev = tokens[i - 1].surface if i else ""
        if prev.isdigit() and len(prev) <= 2:
            nxt = tokens[i + 1].surface if i + 1 < len(tokens) else ""
            return nxt.isalpha()
        return not (prev in ABBREVIATIONS or len(prev) == 1)
    if s == ":" and _regarding_colon(state, i):
        return False  # "concern re: start date" is one clause.
    if s == ":" and 0 < i < len(tokens) - 1 and tokens[i - 1].surface.isdigit() and (
        tokens[i + 1].surface.isdigit()
    ):
        return False  # "arrived at 10:40" is a time.
    if s in _DASHES:
        sign, lead = header_match(lex, tokens, i, state.start)
        if sign:
            # A header inside prose ("A few points for next time: ...") ends with its
            # sentence unless a line break follows; one that opens the line ("Keep:",
            # "Did well -") lasts until the next header.
            state.mode = sign * (INLINE if lead > 1 else 1)
            state.shorthand = True  # a list follows: "Pros: calm, thoughtful"
            return None
        if s != ":" and _header_follows(lex, tokens, i):
            return True  # "keep: concise, friendly -- change: ...": the dash ends the list
        left = [k for k in range(state.start, i) if tokens[k].is_word]
        # "tech: solid", "comms - waffly" keep topic and verdict together;
        # longer lead-ins and free-standing dashes split.
        return not (len(left) <= 3 and any(k in state.cues_at for k in left))
    if s == "," and (state.shorthand or state.sub_open):
        state.sub_open = False
        return True
    if s == "," and _bare_verdict_after(state, i):
        return True  # "Shaky at first, fine after that": a verdict on what came before.
    if s == "," and _opposed_verdict_after(state, i):
        return True  # "planogram compliance good, weak on window concepts": two points.
    if s == "," and _requirement_after(state, i):
        return True  # "came across cocky, also want more exp": the ask is a point of its own.
    if s == "," and _advice_after(state, i):
        return True  # "Your content is good, you just need to own it": advice of its own.
    # "Stories good, add more numbers": an instruction starts a new clause.
    return s == "," and instruction_at(lex, tokens, i + 1, len(tokens)) is not None


def _joined_codes(tokens: list[Token], slash: int) -> bool:
    """A slash written tight between two codes (with digits, or short as in "ID/AR") joins them."""
    if not 0 < slash < len(tokens) - 1:
        return False
    left, right = tokens[slash - 1], tokens[slash + 1]
    if left.end != tokens[slash].start or right.start != tokens[slash].end:
        return False
    return all(
        any(c.isdigit() for c in t.surface) or (t.is_word and len(t.surface) <= 3)
        for t in (left, right)
    )


def _regarding_colon(state: _Cutter, colon: int) -> bool:
    """True when a colon follows "re" / "on" and no header ends there ("concern re: start
    date" is one clause; "Things to work on:" is a header)."""
    tokens = state.tokens
    if not colon or tokens[colon - 1].surface not in state.lex.words.regarding:
        return False
    return header_match(state.lex, tokens, colon, state.start)[0] == 0


def _header_follows(lex: Lexicon, tokens: list[Token], dash: int) -> bool:
    """True when a header and its colon or dash come right after a dash ("-- change:")."""
    for k in range(dash + 1, min(dash + 6, len(tokens))):
        if tokens[k].surface in _DASHES:
            sign, lead = header_match(lex, tokens, k, dash + 1)
            return sign != 0 and lead == 0
        if not tokens[k].is_word:
            return False
    return False


def _requirement_after(state: _Cutter, comma: int) -> bool:
    """True when a comparison or requirement ("want more", "need someone") opens what follows
    a comma, maybe after a lead word ("also"), and a cue stands before the comma."""
    lead = comma + 2 if comma + 2 < len(state.tokens) and (
        state.tokens[comma + 1].surface in state.lex.words.requirement_leads
    ) else comma + 1
    if lead not in state.rivals_at or state.tokens[lead].surface.endswith("ing"):
        # "..., expecting a senior title": a participle describes the candidate, no ask.
        return False
    return any(k in state.cues_at for k in range(state.start, comma))


def verdict_signs(items: list[Item]) -> dict[int, int]:
    """{start: sign} of every word that judges by itself (an evaluative word or a
    self-evaluating cue), before negation."""
    return {
        it.start: it.rule.prior
        for it in items
        if it.rule.prior
        and (it.rule.kind == "eval" or (it.rule.kind == "cue" and it.rule.self_eval))
    }


def _opposed_verdict_after(state: _Cutter, comma: int) -> bool:
    """True when what follows a comma, up to the next mark, judges subject knowledge only
    with one sign and what came before it in the clause only with the other: a list of
    skills, each with its own verdict ("streams ok, kafka knowledge basic")."""
    tokens, signs, subjects = state.tokens, state.signs_at, state.subjects_at
    before = {signs[k] for k in range(state.start, comma) if k in signs}
    after: set[int] = set()
    k = comma + 1
    while k < len(tokens) and tokens[k].is_word:
        if k in signs:
            after.add(signs[k])
        k += 1
    named = any(j in subjects for j in range(comma + 1, k)) and any(
        j in subjects for j in range(state.start, comma)
    )
    return named and len(before) == 1 and len(after) == 1 and before != after


def _bare_verdict_after(state: _Cutter, comma: int) -> bool:
    """True when an evaluative word opens what follows a comma, up to the next mark, and no
    cue does: a second verdict on the same topic, not more of the same clause."""
    tokens = state.tokens
    if comma + 1 not in state.evals_at or comma == state.start:
        return False
    for k in range(comma + 1, len(tokens)):
        if not tokens[k].is_word:
            break
        if k in state.cues_at:
            return False
    return any(k in state.cues_at for k in range(state.start, comma))
