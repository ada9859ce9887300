"""The tagger's small value types: matched phrases, tokens, clauses and mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.tagger.lexicon import Lexicon

STRENGTH = "strength"
IMPROVEMENT = "improvement"
POLARITY_NAME = {1: STRENGTH, -1: IMPROVEMENT}

# Kinds of matched phrase; at equal length the earlier kind wins.
KINDS: tuple[str, ...] = (
    "ignore", "exception", "contrast", "keep", "advice", "cue", "decision", "rival", "negator",
    "excess", "eval", "opener",
)
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}

WEAK: tuple[int, ...] = ()  # marks a polarity that only a fallback decided
MUTE = "__mute__"  # theme slot of negators whose target is an aside, not a judgement


@dataclass(frozen=True)
class Mention:
    """One theme found in a note: why (cues) and where (evidence)."""

    theme: str
    polarity: str  # "strength" | "improvement"
    evidence: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Element:
    """One position of a cue phrase: the exact words and stems it accepts."""

    exact: frozenset[str]
    stems: frozenset[str]
    gap_before: bool = False

    def index_keys(self) -> list[str]:
        """Index keys: 'e|word' for exact forms, 's|stem' for stems (as tokens carry them)."""
        return [f"e|{w}" for w in self.exact] + [f"s|{w}" for w in self.stems]


@dataclass(frozen=True)
class Rule:
    """One compiled cue phrase: its kind, words, theme and prior polarity."""

    kind: str
    elements: tuple[Element, ...]
    order: int
    theme: str = ""
    prior: int = 0  # +1 strength, -1 improvement, 0 neutral topic
    self_eval: bool = False
    contextual: bool = False  # yields to another theme's topic in the clause ("clear examples")
    # Index keys each later word accepts: a phrase none of whose keys is in the sentence
    # cannot match there, which is cheaper to see than to try.
    later_keys: tuple[frozenset[str], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        later = tuple(frozenset(element.index_keys()) for element in self.elements[1:])
        object.__setattr__(self, "later_keys", later)


@cache
def wordless_rule(theme: str, order: int, prior: int = 0, self_eval: bool = False) -> Rule:
    """The cue rule of no words a pass adds for a reading no phrase names (one per reading)."""
    return Rule("cue", (Element(frozenset(), frozenset()),), order, theme, prior, self_eval)


@dataclass
class Item:
    """A phrase matched in a sentence: its rule and token positions."""

    rule: Rule
    start: int
    end: int  # exclusive
    positions: tuple[int, ...]
    negated: bool = False
    neg_by: tuple[tuple[int, ...], ...] = ()  # positions of the negators that flipped it
    excess_by: tuple[int, ...] | None = None  # positions of "too" / "overly"
    as_eval: int = 0  # a polar cue demoted to an evaluative word (+1/-1)
    dropped: bool = False  # a topic that only qualifies another theme's word

    @property
    def kind(self) -> str:
        """The rule's kind, or what the clause passes turned the phrase into."""
        if self.dropped:
            return "dropped"
        return "eval" if self.as_eval else self.rule.kind


# Per distinct raw word (cached): surface, stem, index keys, the one-word and gapped phrases
# that start with it, {next word key: phrases} maps for phrases whose second word is next,
# and whether every such phrase is at most two adjacent words (then the best match depends
# only on this word and the next, and is cached).
Form = tuple[str, str, tuple[str, str], tuple[Rule, ...], tuple[dict[str, list[Rule]], ...], bool]


class Token:
    """One token with its character span and the forms phrases are matched on."""

    __slots__ = ("start", "end", "surface", "stem", "is_word", "keys", "starts", "pairs", "simple")

    def __init__(self, start: int, end: int, form: Form | None, raw: str) -> None:
        self.start = start
        self.end = end
        if form is None:
            self.surface = self.stem = raw
            self.is_word, self.keys, self.starts, self.pairs, self.simple = (
                False, (), (), (), False
            )
        else:
            self.surface, self.stem, self.keys, self.starts, self.pairs, self.simple = form
            self.is_word = True


# (theme, sign, evidence, cue phrases as written)
Found = tuple[str, int, str, tuple[str, ...]]


def judges(found: list[Found], theme: str) -> bool:
    """True when some verdict in ``found`` is about ``theme`` (a sentence pass that adds one
    speaks only when nothing else in the sentence has).

    >>> judges([("skills", 1, "Strong SQL", ("strong",))], "skills")
    True
    """
    return any(t == theme for t, *_ in found)


@dataclass
class Clause:
    """One clause being read: the passes narrow ``items`` and may ``skip`` it."""

    lex: Lexicon
    text: str
    tokens: list[Token]
    items: list[Item]
    start: int
    end: int
    mode: int  # +1 under a strengths header, -1 under an improvements header
    skip: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    _surfaces: tuple[tuple[int, int], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )

    def words(self) -> list[str]:
        """The clause's token surfaces."""
        return [t.surface for t in self.tokens[self.start : self.end]]

    @property
    def surfaces(self) -> frozenset[str]:
        """The clause's token surfaces as a set, for the passes' cheap "any of these words
        here?" exits (kept until a pass moves the clause's bounds)."""
        span = (self.start, self.end)
        if self._surfaces is None or self._surfaces[0] != span:
            words = frozenset(t.surface for t in self.tokens[self.start : self.end])
            self._surfaces = (span, words)
        return self._surfaces[1]

    @property
    def evidence(self) -> str:
        """The clause as written, trimmed of the punctuation that cut it."""
        return self.text[self.tokens[self.start].start : self.tokens[self.end - 1].end].strip(
            " ,;:-/("
        )
