"""A shortcut for the common note: one line of plain sentences, tagged sentence by sentence
from a cache keyed by the sentence's own text, so that a sentence seen before ("Thanks for
coming in on Monday.") is neither tokenised nor read again.

``plain_chunks`` cuts such a note into the same sentences the full path would find, or says
None when the full path must run: a line break, a period that may end an abbreviation or an
initial (Punkt decides those), a greeting at the start or a sign-off near the end (the email
parts need the whole note's tokens).
"""

from __future__ import annotations

import re

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.tokens import NUMBER_SIGNS, token_form

# A run of sentence ends followed by a space: the full path ends a sentence there too, and
# cutting at a space keeps the token pattern's context the same on both sides.
_END_RUN = re.compile(r"[.!?]+(?=\s)")
# Characters that start or make a token (see analysis.text.TOKEN_PATTERN).
_TOKEN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?/()\"&+|-"
)
_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*")
_ANY_TOKEN = re.compile(r"[A-Za-z0-9]+|[.,;:!?/()\"&+|]|-+")
# Read backwards from a period: what makes no token (spaces, quotes ...), then the ASCII word.
_REVERSED_WORD = re.compile(r"[^A-Za-z0-9.,;:!?/()\"&+|\-]*([A-Za-z0-9']*)")
_LOOK_BACK = 48
_SIGN_OFF_TAIL = 16  # tokens: a sign-off phrase, a comma and a short name


def plain_chunks(lex: Lexicon, text: str) -> list[tuple[int, int]] | None:
    """Character spans of the sentences of a plain one-line note, or None.

    >>> from analysis.tagger import build_tagger
    >>> lex = build_tagger().lexicon
    >>> text = "Great SQL. You rambled!  Late."
    >>> [text[a:b] for a, b in plain_chunks(lex, text)]
    ['Great SQL.', 'You rambled!', 'Late.']
    >>> plain_chunks(lex, "Dear Sam, thanks."), plain_chunks(lex, "See e.g. SQL.")
    (None, None)
    """
    if "\n" in text or _abbreviation_period(lex, text):
        return None
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END_RUN.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    chunks = [_strip(text, a, b) for a, b in spans]
    chunks = [(a, b) for a, b in chunks if a < b]
    if not chunks or _opens_email(lex, text, chunks):
        return None
    return chunks


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its leading and trailing whitespace (str.strip's whitespace).

    >>> _strip(" a b  .", 0, 5), _strip("   ", 0, 3)
    ((1, 4), (3, 3))
    """
    piece = text[start:end]
    body = piece.lstrip()
    start += len(piece) - len(body)
    return start, start + len(body.rstrip())


def _surface(lex: Lexicon, raw: str) -> str:
    """The form the full path would give a raw word (cached per lexicon)."""
    return token_form(lex, raw)[0]


def _abbreviation_period(lex: Lexicon, text: str) -> bool:
    """A period after a word that may be an abbreviation or an initial ("e.g.", "Mr.").

    Conservative: a one-letter word, or one whose form is a listed abbreviation, sends the
    note down the full path (where Punkt decides).
    """
    short = lex.period_words
    at = text.find(".")
    while at != -1:
        word = _word_before(text, at).strip("'")
        if word and (len(word) == 1 or word.lower() in short):
            if word.lower() not in NUMBER_SIGNS or text[at + 1 : at + 9].lstrip(" #")[:1].isdigit():
                return True
        at = text.find(".", at + 1)
    return False


def _word_before(text: str, at: int) -> str:
    """The ASCII word (letters, digits, apostrophes) before ``at``, over what makes no token.

    >>> _word_before("See Mr .", 7), _word_before("end, .", 5)
    ('Mr', '')
    """
    low = max(0, at - _LOOK_BACK)
    match = _REVERSED_WORD.match(text[low:at][::-1])
    if match is None or (low and match.end() == at - low):
        low = 0  # the gap or the word runs past the window: read it all
        match = _REVERSED_WORD.match(text[:at][::-1])
    return match.group(1)[::-1] if match else ""


def _first_surface(lex: Lexicon, text: str, start: int) -> str:
    """The form of the first word at or after ``start`` ("" when none)."""
    match = _WORD.search(text, start)
    return _surface(lex, match.group(0)) if match else ""


def _opens_email(lex: Lexicon, text: str, chunks: list[tuple[int, int]]) -> bool:
    """A greeting first, or a sentence near the end that opens like a sign-off."""
    if _first_surface(lex, text, chunks[0][0]) in lex.greeting_starts:
        return True
    # Only the last few chunks (by tokens to the end) can sign off. Most notes have no
    # sign-off word at all, so look for one first and count the tokens after it only then.
    end = chunks[-1][1]
    for a, _ in reversed(chunks[1:]):
        if _first_surface(lex, text, a) in lex.sign_off_starts:
            # Further back only means more tokens to the end: this one decides.
            return len(_ANY_TOKEN.findall(text, a, end)) <= _SIGN_OFF_TAIL
    return False
