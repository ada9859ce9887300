"""The patterns made of the word lists: whole-word regexes, alternations, made once per lists.

``words.py`` re-exports these, so a stage imports them with the lists they read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from analysis.tagger.words import Words

_PLAIN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def plain_words(text: str) -> list[str]:
    """The words of ``text``, lowercased, a contraction one word, punctuation dropped.

    >>> plain_words("Didn't look - well-paced, 2 Qs")
    ["didn't", 'look', 'well', 'paced', '2', 'qs']
    """
    return _PLAIN_WORD.findall(text.lower())


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A case-blind pattern for any of ``words`` as a whole word.

    >>> bool(word_pattern(["you"]).search("You'll see")), bool(word_pattern(["i"]).search("it"))
    (True, False)
    """
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else r"(?!)", re.I)


T = TypeVar("T")
_COMPILED: dict[tuple[int, Callable[[Words], Any]], tuple[Words, Any]] = {}


def compiled(words: Words, build: Callable[[Words], T]) -> T:
    """What ``build`` makes of these word lists (regexes), made once per ``Words``: a frozen
    dataclass of frozensets is slow to hash, so it is looked up by identity, not by value.

    >>> from analysis.tagger.words import Words
    >>> def build(words: Words) -> list[str]:
    ...     return sorted(words.denials)
    >>> w = Words()
    >>> compiled(w, build) is compiled(w, build)
    True
    """
    key = (id(words), build)  # builders are module-level functions: hashed by identity
    hit = _COMPILED.get(key)
    if hit is None or hit[0] is not words:
        hit = _COMPILED[key] = (words, build(words))
    return hit[1]


def in_order(
    text: str, first: re.Pattern[str], then: re.Pattern[str]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first match of ``first`` in ``text`` and the first of ``then`` after it, or None.

    >>> found = in_order("not that, but this", re.compile("not"), re.compile("but"))
    >>> [m.group() for m in found]
    ['not', 'but']
    >>> in_order("but not", re.compile("not"), re.compile("but")) is None
    True
    """
    opened = first.search(text)
    if opened is None:
        return None
    closed = then.search(text, opened.end())
    return None if closed is None else (opened, closed)


def negator_pattern(words: Words) -> re.Pattern[str]:
    """A plain negator ([negation] plain) as a word, or "n't"; made once through ``compiled``.

    >>> from analysis.tagger.words import Words
    >>> bool(negator_pattern(Words(plain_negators=frozenset({"far from"}))).search("far  from"))
    True
    """
    return re.compile(rf"\b(?:{alternation(words.plain_negators)})\b|n't\b", re.I)


def alternation(words: frozenset[str]) -> str:
    """A regex alternative of ``words`` (spaces as runs of whitespace), longest first.

    >>> print(alternation(frozenset({"no", "not at all"})))
    not\\s+at\\s+all|no
    """
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"
