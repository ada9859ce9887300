"""Stage 1: tokens and sentences.

Tokens (one regular expression, see analysis.text) are lowercased, spelling-folded ("organised"
= "organized"), corrected (listed misspellings, then one slip away from a cue word of six
letters or more) and Snowball-stemmed, so "rambled/rambling/rambles" meet. Sentences end at . !
? and line breaks; NLTK Punkt decides when a period may belong to an abbreviation ("e.g.",
"Mr.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis import text as tx
from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Form, Item, Token
from analysis.tagger.ratings import read_marks

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

ABBREVIATIONS = frozenset(tx.DEFAULT_ABBREVIATIONS) | {"g", "e"}
# "No. 5" abbreviates "number" only before a number: "Was it your experience? No. Your
# skills?" ends a sentence at "No.".
NUMBER_SIGNS = frozenset({"no"})


def abbreviation_before(prev: str, following: str) -> bool:
    """True when a period after the word ``prev`` (and before the text ``following``) may
    belong to an abbreviation or an initial rather than end a sentence."""
    if prev in NUMBER_SIGNS:
        return following.lstrip(" #")[:1].isdigit()
    return prev in ABBREVIATIONS or len(prev) == 1


# A clock time ("5am", "10pm") is one word for the cue file: "=clocktime starts" is a working
# pattern ("the 5am starts", "a 10pm-6am pattern"), while "booked thurs 2pm" names no theme.
CLOCK_TIME = re.compile(r"\d{1,2}(?:am|pm)")
CLOCK_WORD = "clocktime"


def clock_word(word: str) -> str:
    """``CLOCK_WORD`` for a clock time ("5am", "10pm"), else the word itself."""
    return CLOCK_WORD if CLOCK_TIME.fullmatch(word) else word


def token_form(lex: Lexicon, raw: str) -> Form:
    """How one raw word is matched (cached per lexicon: notes repeat their words)."""
    cache = lex.token_cache
    hit = cache.get(raw)
    if hit is not None:
        return hit
    word = lex.acronyms.get(raw, raw).lower()
    word = clock_word(lex.spelling.get(word, word))
    word = tx.fold_spelling(word)
    if (
        len(word) >= lex.fuzzy_min_length
        and word not in lex.known_words
        and tx.stem(word) not in lex.known_stems
    ):
        word = correct_typo(lex.fuzzy_index, word)
    stem = tx.stem(word)
    keys = (f"e|{word}", f"s|{stem}")
    starts = tuple(
        dict.fromkeys(r for k in keys for r in (*lex.single.get(k, ()), *lex.gapped.get(k, ())))
    )
    pairs = tuple(lex.pairs[k] for k in keys if k in lex.pairs)
    simple = all(len(r.elements) == 1 for r in starts) and all(
        len(r.elements) == 2 for by_second in pairs for rs in by_second.values() for r in rs
    )
    form = (word, stem, keys, starts, pairs, simple)
    if len(cache) < 500_000:
        cache[raw] = form
    return form


def correct_typo(index: dict[str, str], word: str) -> str:
    """A cue word one edit away (same first letter), or the word itself.

    >>> index = {w: "enthusiasm" for w in {"enthusiasm", *tx.deletions("enthusiasm")}}
    >>> correct_typo(index, "enthusiam"), correct_typo(index, "enthusiastic")
    ('enthusiasm', 'enthusiastic')
    """
    candidates = {index[word]} if word in index else set()
    for variant in tx.deletions(word):
        if variant in index:
            candidates.add(index[variant])
    candidates = {c for c in candidates if c[0] == word[0] and is_slip(word, c)}
    return min(candidates) if len(candidates) == 1 else word


def is_slip(typed: str, word: str) -> bool:
    """One letter dropped, doubled/added, or two swapped (not swapped for another letter:
    that turns real words into each other, "relayed" -> "relaxed").

    >>> is_slip("enthusiam", "enthusiasm"), is_slip("rambeld", "rambled")
    (True, True)
    >>> is_slip("relayed", "relaxed"), is_slip("length", "lengthy")
    (False, False)
    """
    if abs(len(typed) - len(word)) == 1:
        # A letter more or less at the end is another word, not a slip ("length"/"lengthy").
        return typed[:-1] != word and word[:-1] != typed
    if len(typed) != len(word):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and typed[diffs[0]] == word[diffs[1]]
        and typed[diffs[1]] == word[diffs[0]]
    )


def tokenize(lex: Lexicon, text: str) -> list[Token]:
    """The tokens of a cleaned note, each with its matching forms."""
    cache = lex.token_cache
    tokens = []
    for a, b in tx.token_spans(text):
        raw = text[a:b]
        if _number_plus(text, tokens, a, raw):
            continue  # "10+ yrs", "5+ years": the number is a floor, the unit still follows it
        if raw[0].isdigit() and _number_part(text, tokens, a, raw):
            # "2.5 yrs", "1,500 hours": one number, its point no sentence end, its comma no
            # clause break, its fraction no count of its own
            del tokens[-1]
            a = tokens.pop().start
            raw = text[a:b]
        elif raw[0].isupper() and _dotted_part(text, tokens, a, raw):
            # "M.Pharm", "Pharm.D", "B.Ed": one degree, its point no sentence end
            del tokens[-1]
            a = tokens.pop().start
            raw = text[a:b].replace(".", "")
        # The token pattern only yields ASCII words, "w/" and punctuation.
        form = cache.get(raw) or (token_form(lex, raw) if raw[0].isalnum() else None)
        tokens.append(Token(a, b, form, raw))
    # "culture fit 10/10": the mark is one verdict word
    return read_marks(text, tokens, lambda word: token_form(lex, word))


def _number_plus(text: str, tokens: list[Token], a: int, raw: str) -> bool:
    """True for a "+" glued to the number before it and followed by a space ("10+ yrs")."""
    return (
        raw == "+"
        and bool(tokens)
        and tokens[-1].end == a
        and tokens[-1].surface.isdigit()
        and text[a + 1 : a + 2] == " "
    )


def _number_part(text: str, tokens: list[Token], a: int, raw: str) -> bool:
    """True for the digits after a point or a thousands comma glued to a number ("2.5",
    "1,500"): the last two tokens and this one are one number."""
    if not raw.isdigit() or len(tokens) < 2 or a < 2:
        return False
    mark, number = tokens[-1], tokens[-2]
    if mark.surface not in (".", ",") or mark.start != a - 1 or number.end != a - 1:
        return False
    return number.surface.isdigit() and (mark.surface == "." or len(raw) == 3)


DOTTED_PIECE = 5  # letters in each piece of a dotted degree ("Pharm.D", "B.Tech")


def _dotted_part(text: str, tokens: list[Token], a: int, raw: str) -> bool:
    """True for a capitalised piece glued by a point to a capitalised piece before it, one of
    them an initial or two letters ("M.Pharm", "Pharm.D", "B.Ed", "Ph.D", "LL.B"): the last two
    tokens and this one are one degree's code ("MPharm"), not a sentence end."""
    if len(tokens) < 2 or len(raw) > DOTTED_PIECE or not raw.isalpha():
        return False
    mark, piece = tokens[-1], tokens[-2]
    if mark.surface != "." or mark.start != a - 1 or piece.end != a - 1:
        return False
    before = text[piece.start : piece.end]
    return (
        before[:1].isupper()
        and before.isalpha()
        and len(before) <= DOTTED_PIECE
        and min(len(before), len(raw)) <= 2
    )


def split_sentences(
    lex: Lexicon, text: str, tokens: list[Token], splitter: PunktSentenceTokenizer
) -> list[list[Token]]:
    """Split tokens into sentences: at . ! ? and line breaks; Punkt decides when a period
    may belong to an abbreviation or an initial ("e.g.", "Mr.", "J."); none is longer than
    the cue file's ``sentence_window`` tokens."""
    limit = lex.sentence_window
    for i, tok in enumerate(tokens):
        if tok.surface == "." and i and tokens[i - 1].is_word:
            following = text[tok.end : tok.end + 8]
            if abbreviation_before(tokens[i - 1].surface, following):
                return bound_sentences(punkt_sentences(text, tokens, splitter), limit)
    ends = lex.words.sentence_ends
    lines = "\n" in text
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        if lines and current and "\n" in text[current[-1].end : tok.start]:
            sentences.append(current)
            current = []
        current.append(tok)
        last = i + 1 == len(tokens)
        if tok.surface in ends and (last or tokens[i + 1].surface not in ends):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return bound_sentences(sentences, limit)


_SOFT_BREAKS = frozenset({",", ";", ":", "-", "--", "---", "/", "(", ")"})


def bound_sentences(sentences: list[list[Token]], limit: int) -> list[list[Token]]:
    """Sentences of at most ``limit`` tokens: a longer one is cut at its last clause mark
    in each window (else at the window's end), so the work per sentence stays bounded and a
    note without a full stop tags in time linear in its length.

    >>> toks = [Token(i, i + 1, None, w) for i, w in enumerate("a b , c d e".split())]
    >>> [[t.surface for t in s] for s in bound_sentences([toks], 4)]
    [['a', 'b', ','], ['c', 'd', 'e']]
    """
    out: list[list[Token]] = []
    for sentence in sentences:
        while len(sentence) > limit:
            cut = next(
                (k + 1 for k in range(limit - 1, limit // 2 - 1, -1)
                 if sentence[k].surface in _SOFT_BREAKS),
                limit,
            )
            out.append(sentence[:cut])
            sentence = sentence[cut:]
        if sentence:
            out.append(sentence)
    return out


def punkt_sentences(
    text: str, tokens: list[Token], splitter: PunktSentenceTokenizer
) -> list[list[Token]]:
    """Sentences by NLTK Punkt's spans, for text with abbreviations or initials."""
    spans = tx.sentence_spans(text, splitter)
    sentences: list[list[Token]] = [[] for _ in spans]
    n = 0
    for tok in tokens:
        while n + 1 < len(spans) and tok.start >= spans[n][1]:
            n += 1
        sentences[n].append(tok)
    return [s for s in sentences if s]


def inner_capital(written: str) -> bool:
    """True when a capital follows the first character, as in an acronym or a named term
    ("ADR", "McKinsey", "the NHS pension").

    >>> inner_capital("ADR"), inner_capital("Green belt"), inner_capital("x")
    (True, False, False)
    """
    return any(c.isupper() for c in written[1:])


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*")


def acronym(written: str) -> bool:
    """True for a word written in capitals (digits, "&") with two capitals or more.

    >>> acronym("TIPS"), acronym("A&E"), acronym("BICSc"), acronym("B2")
    (True, True, False, False)
    """
    return bool(_ACRONYM.fullmatch(written))


# A credential's code, as a regex: two capitals, then up to six letters, digits or "&" ("BICSc",
# "ACCAs", "PRINCE2"), wider than an acronym word because a code may run on in lower case.
CREDENTIAL_CODE = r"\b[A-Z]{2,}[A-Za-z0-9&]{0,6}"


def item_words(tokens: list[Token], item: Item) -> str:
    """The words of a matched phrase as the word lists spell them ("not in a position to")."""
    return " ".join(tokens[k].surface for k in item.positions)


def phrase_text(text: str, tokens: list[Token], positions: tuple[int, ...]) -> str:
    """A matched phrase as written: "eye contact", or "answer ... question" across a gap."""
    parts: list[str] = []
    run_start = prev = positions[0]
    for p in (*positions[1:], None):
        if p is not None and p == prev + 1:
            prev = p
            continue
        parts.append(text[tokens[run_start].start : tokens[prev].end])
        if p is not None:
            run_start = prev = p
    return " ... ".join(parts)
