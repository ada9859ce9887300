"""Stage 1b: the parts of an email or letter, so that only its body is read.

A greeting at the very start ("Dear Priya," "Hi Grace -", "Hello Sam,") and a sign-off with
everything after it ("Kind regards, | Talent Team", "Warmly, the Pebble & Pine team") carry
no theme: a team called "Talent Acquisition" is no praise of skills. The decision itself
("we will not be progressing your application") is a ``decision`` phrase in the cue file and
the courtesies around it are pleasantries; the reasons are what is left to judge.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Token

_GREETING_REACH = 6  # words a greeting's name may take ("Dear Ms Kowalczyk,")
_NAME_REACH = 6  # words a sign-off's name may take ("Graduate Recruitment, Pemberton Hale LLP")
_STOPS = frozenset({",", "-", "--", "!", ":"})


def body_span(lex: Lexicon, text: str, tokens: list[Token]) -> tuple[int, int]:
    """Token range of the body: after a greeting, before a sign-off."""
    start = greeting_end(lex, text, tokens)
    end = sign_off_start(lex, text, tokens, start)
    if start and end == len(tokens):
        # A letter that opened on a greeting may close on a bare signature line
        # ("Early Careers Team, Vantage Insurance").
        end = signature_line_start(text, tokens, start)
    return start, end


def _starts_with(tokens: list[Token], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` at token ``i`` (0 when none)."""
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if n > best and tuple(t.surface for t in tokens[i : i + n]) == phrase:
            best = n
    return best


def _line_ends_after(text: str, tokens: list[Token], k: int) -> bool:
    """True when token ``k`` is the last of its line (or of the text)."""
    return k + 1 >= len(tokens) or "\n" in text[tokens[k].end : tokens[k + 1].start]


def greeting_end(lex: Lexicon, text: str, tokens: list[Token]) -> int:
    """Index of the first token after an opening greeting and its name (0 when none).

    The greeting ends at a comma, dash or "!" within a few words, or at the end of its line.
    """
    size = _starts_with(tokens, 0, lex.greetings) if (
        tokens and tokens[0].surface in lex.greeting_starts
    ) else 0
    if not size:
        return 0
    for k in range(size - 1, min(len(tokens), size + _GREETING_REACH)):
        if tokens[k].surface in _STOPS:
            return k + 1
        if _line_ends_after(text, tokens, k):
            return k + 1
    return 0


def sign_off_start(lex: Lexicon, text: str, tokens: list[Token], floor: int) -> int:
    """Index of the first token of a closing sign-off (``len(tokens)`` when none).

    A sign-off opens a line or a sentence and is followed by a line end, or by a comma and
    at most a short name up to the end of its line.
    """
    starts = lex.sign_off_starts
    for i in range(floor + 1, len(tokens)):
        if tokens[i].surface not in starts or not _opens_line_or_sentence(text, tokens, i):
            continue
        size = _starts_with(tokens, i, lex.sign_offs)
        if size and _closes(text, tokens, i + size - 1):
            return i
    return len(tokens)


def signature_line_start(text: str, tokens: list[Token], floor: int) -> int:
    """Start of a last line that is only a short name, after a line break (else the end)."""
    first = next(
        (
            k
            for k in range(len(tokens) - 1, floor, -1)
            if "\n" in text[tokens[k - 1].end : tokens[k].start]
        ),
        None,
    )
    if first is None:
        return len(tokens)
    line = tokens[first:]
    if len([t for t in line if t.is_word]) > _NAME_REACH:
        return len(tokens)
    if any(t.surface in {".", "!", "?", ":"} for t in line[:-1]):
        return len(tokens)
    return first if _looks_like_a_name(text, line) else len(tokens)


def _opens_line_or_sentence(text: str, tokens: list[Token], i: int) -> bool:
    """True when token ``i`` follows a sentence end or a line break."""
    prev = tokens[i - 1]
    return prev.surface in {".", "!", "?"} or "\n" in text[prev.end : tokens[i].start]


def _closes(text: str, tokens: list[Token], last: int) -> bool:
    """After a sign-off phrase ending at ``last``: a line end, or ", Name" to the line end."""
    if _line_ends_after(text, tokens, last):
        return True
    nxt = last + 1
    if tokens[nxt].surface not in {",", "!", "-"}:
        return False
    for k in range(nxt, min(len(tokens), nxt + _NAME_REACH + 1)):
        if tokens[k].surface in {".", "?"} and k + 1 < len(tokens):
            return False
        if _line_ends_after(text, tokens, k):
            return _looks_like_a_name(text, tokens[nxt + 1 : k + 1])
    return False


def _looks_like_a_name(text: str, tokens: list[Token]) -> bool:
    """'Talent Team', 'the Pebble & Pine team', 'Dev': capitalised words, not a remark."""
    # Short words ("the", "of", "and") are no evidence either way.
    words = [t for t in tokens if t.is_word and (t.end - t.start > 3 or text[t.start].isupper())]
    capitals = sum(text[t.start].isupper() for t in words)
    return not words or 2 * capitals >= len(words)
