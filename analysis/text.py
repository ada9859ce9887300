"""Text plumbing for the tagger: clean text, split sentences, tokenise with character spans.

Only NLTK pieces that need no downloaded data are used: ``PunktSentenceTokenizer`` built from
``PunktParameters`` in code and the Snowball stemmer. Words are found by one regular expression
(the pattern NLTK's ``RegexpTokenizer`` would take), compiled with ``re`` directly: NLTK's
wrapper runs every call through its ReDoS guard, five times slower on short notes, and this
pattern cannot backtrack badly (each alternative is a run of one character class). Spelling is
folded *symmetrically* (the same fold is applied to cue words and to notes), so "organised" and
"organized" meet on one key without a dictionary of every British spelling.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache


def _import_nltk_without_scipy() -> None:
    """Import NLTK with SciPy held back: the package's ``__init__`` imports every submodule,
    and three of them (collocation statistics, Gale-Church alignment, a transition parser)
    import SciPy when it is installed, about 0.6 s of start-up for functions Debrief never
    calls; without SciPy NLTK defines stand-ins that raise when called. Only this import is
    affected: ``import scipy`` works as usual afterwards."""
    if "nltk" in sys.modules or "scipy" in sys.modules:
        return
    sys.modules["scipy"] = None  # type: ignore[assignment]  # makes `import scipy` fail
    try:
        import nltk  # noqa: F401
    finally:
        del sys.modules["scipy"]


_import_nltk_without_scipy()

from nltk.stem.snowball import SnowballStemmer  # noqa: E402
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # noqa: E402

# Typographic characters people paste from mail clients, folded to ASCII.
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u2013": " - ", "\u2014": " - ", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u2022": "\n", "\u25cf": "\n", "\u2026": "...",
    }
)

# Words (inner apostrophes kept: "didn't", "candidate's"), numbers, and the punctuation that
# bounds clauses. A hyphen inside a word is dropped, so "long-winded" = "long winded".
# A free-standing dash between spaces is kept as a clause boundary. Note shorthand "w/" and
# "w/o" stay one word (the spelling table reads them as "with"/"without"), not a "/" boundary.
TOKEN_PATTERN = (
    r"\b[Ww]/[Oo]\b|\b[Ww]/(?=\s|[A-Za-z])"
    r"|[A-Za-z0-9]+(?:'[A-Za-z]+)*|(?<!\S)-+(?!\S)|[.,;:!?/()\"&+|]"
)
_TOKENS = re.compile(TOKEN_PATTERN)

PUNCTUATION: frozenset[str] = frozenset(". , ; : ! ? / ( ) \" & + - |".split()) | {"--", "---"}

DEFAULT_ABBREVIATIONS: tuple[str, ...] = (
    "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "vs", "approx", "incl", "re",
    "st", "jr", "sr", "inc", "ltd", "co", "dept", "mgr", "min", "mins", "hr", "hrs", "yr",
    "yrs", "no", "ca", "cf", "esp", "sec",
)

# Three or more spaces (or a tab) between words lay a note out in columns ("WELL: tidy
# BETTER: too slow"): the gap is a line break, so a header after it opens a new section.
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_LINE_SPLIT = re.compile(r"\n\s*(?:[-*]\s+)?")


def build_sentence_splitter(abbreviations: Iterable[str] = DEFAULT_ABBREVIATIONS) -> (
    PunktSentenceTokenizer
):
    """Build a Punkt sentence splitter from parameters in code (no trained model, no download).

    >>> splitter = build_sentence_splitter()
    >>> [s for s in splitter.tokenize("Good, e.g. the SQL test. Too long.")]
    ['Good, e.g. the SQL test.', 'Too long.']
    """
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in abbreviations}
    return PunktSentenceTokenizer(params)


# A free-standing arrow or equals sign between a header and its list ("well = your
# knowledge; better = explaining it", "Do differently -> bring a pen") is a dash.
_ARROW = re.compile(r"(?<!\S)(?:-+>|=+>?|\u2192)(?!\S)")


def clean_text(text: str) -> str:
    """Fold typographic quotes, dashes and bullets to plain ASCII equivalents, and a column gap
    (three or more spaces, or a tab, between words) to a line break.

    >>> clean_text("you\u2019re \u201cgreat\u201d \u2014 really")
    'you\\'re "great"  -  really'
    >>> clean_text("WELL: tidy   BETTER: slow")
    'WELL: tidy\\nBETTER: slow'
    """
    text = text.translate(_TYPOGRAPHY)
    if "=" in text or ">" in text or "\u2192" in text:
        text = _ARROW.sub("-", text)  # "well = ...", "Things to improve -> ...": a dash
    if "   " not in text and "\t" not in text:
        return text  # the common note has no column gap: skip the search
    return _COLUMN_GAP.sub("\n", text)


def sentence_spans(text: str, splitter: PunktSentenceTokenizer) -> list[tuple[int, int]]:
    """Character spans of the sentences (and separate lines) of ``text``.

    Punkt is only consulted when the text could hold more than one sentence: most notes are
    one line, and skipping it there keeps tagging fast.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_SPLIT.finditer(text):
        spans.extend(_line_sentences(text, start, match.start(), splitter))
        start = match.end()
    spans.extend(_line_sentences(text, start, len(text), splitter))
    return spans


def _line_sentences(
    text: str, start: int, end: int, splitter: PunktSentenceTokenizer
) -> list[tuple[int, int]]:
    line = text[start:end]
    if not line.strip():
        return []
    if not _SENTENCE_END.search(line):
        return [(start, end)]
    return [(start + a, start + b) for a, b in splitter.span_tokenize(line)]


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text``.

    >>> s = "Long-winded, didn't listen."
    >>> [s[a:b] for a, b in token_spans(s)]
    ['Long', 'winded', ',', "didn't", 'listen', '.']
    """
    # One findall pass, then spans by scanning forward: several times faster than a
    # per-match generator (finditer / span_tokenize) on short notes.
    spans = []
    position = 0
    find = text.find
    for token in _TOKENS.findall(text):
        start = find(token, position)
        position = start + len(token)
        spans.append((start, position))
    return spans


# Symmetric spelling folds: applied to cue words and notes alike, so they only need to be
# consistent, not correct English. Each is (pattern, replacement, minimum word length).
_FOLDS: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers|able)$"), r"iz\1", 6),
    (re.compile(r"(?<=[a-z]{3})isation"), "ization", 8),
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|ful|able|ite|ites|ably)?$"), r"or\1", 5),
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing)$"), r"yz\1", 6),
    (re.compile(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1", 5),
    (re.compile(r"(?<=[a-z]{3})mme(s)?$"), r"m\1", 6),
    (re.compile(r"dgement"), "dgment", 8),
)


_FOLD_HINT = re.compile(r"is|our|ys|tre|mme|dgement")


@lru_cache(maxsize=200_000)
def fold_spelling(word: str) -> str:
    """Fold British/American spelling differences of a lowercase word to one form.

    >>> [fold_spelling(w) for w in ("organised", "organized", "colour", "behaviour", "analyse")]
    ['organized', 'organized', 'color', 'behavior', 'analyze']
    """
    if word.endswith("'s"):
        word = word[:-2]
    if not _FOLD_HINT.search(word):
        return word  # most words hold none of the folded endings: skip the seven patterns
    for pattern, replacement, min_len in _FOLDS:
        if len(word) >= min_len:
            word = pattern.sub(replacement, word)
    return word


_STEMMER = SnowballStemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a folded lowercase word (cached: notes repeat the same words).

    >>> stem("rambled") == stem("rambling") == stem("rambles")
    True
    """
    return _STEMMER.stem(word)


def deletions(word: str) -> set[str]:
    """Every string one deletion away from ``word`` (for edit-distance-1 typo lookup).

    >>> sorted(deletions("abc"))
    ['ab', 'ac', 'bc']
    """
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
