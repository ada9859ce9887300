"""Tag feedback notes with themes, each a strength or an improvement, with its evidence.

How a note is read (every word list lives in ``analysis/data/cues.toml``):

1. Tokens (NLTK ``RegexpTokenizer``) are lowercased, spelling-folded ("organised" =
   "organized"), corrected (listed misspellings, then one slip away from a cue word of six
   letters or more) and Snowball-stemmed, so "rambled/rambling/rambles" meet. Sentences end at
   . ! ? and line breaks; NLTK Punkt (built from ``PunktParameters`` in code) decides when a
   period may belong to an abbreviation ("e.g.", "Mr.").
2. Phrases are matched longest first: theme cues, evaluative words, negators, advice markers,
   rival-candidate phrases, contrast words, "too", and phrases that carry nothing ("thank you
   for your time"). ``...`` in a phrase allows a gap whose words stay free for modifiers.
3. Sentences are cut into clauses at contrast words (but, however, although ...), ``;``,
   ``/``, dashes, "and" before a new subject, and an instruction after a comma; "Keep doing:" /
   "Change:" headers set how a list is read; "tech: solid" keeps topic and verdict together.
4. Each cue gets a polarity. Self-evaluating cues ("concise", "rambled") carry their own,
   flipped by negation in scope ("not concise", "never came across as arrogant", "never lost
   composure"); topic cues ("eye contact", "salary") take the nearest evaluative word ("good
   eye contact") or their negation ("no eye contact"); "too X" is an improvement; advice ("try
   to", "be more ...", an instruction) and comparison with another candidate ("the hire had more
   experience") make the clause an improvement. Contextual adjectives judge the topic they
   describe ("clear examples" is about examples), bare topics beside another theme's judgement
   are context, and a third party described ("the interviewer was friendly") is no theme.
   Fallbacks (VADER's word valences for evaluative words the cue file lacks, a topic's lean,
   a theme's default, VADER's clause score as the last tie-breaker) only speak where nothing
   in the cue file judged, and yield to any real verdict in the clause.
5. Whose verdict it is: a clause opening on a third party ("the interviewer was", "we're
   keen to") gives the candidate no theme before naming them (the employer's own terms,
   salary or visa, excepted); a generic rejection ("went with another candidate") yields to
   a specific reason in the same clause ("... who lived closer"), which it then judges; a
   skill named after an experience cue is that experience's domain ("years on SAP").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis import text as tx
from analysis.codebook import Codebook, load_codebook
from analysis.errors import DebriefError
from analysis.schema import MENTION_COLUMNS, MENTION_DTYPES, empty_mentions

STRENGTH = "strength"
IMPROVEMENT = "improvement"
_POLARITY_NAME = {1: STRENGTH, -1: IMPROVEMENT}

# Kinds of matched phrase; at equal length the earlier kind wins.
KINDS: tuple[str, ...] = (
    "ignore", "exception", "contrast", "keep", "advice", "cue", "rival", "negator", "excess",
    "eval", "opener",
)
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}

# Inputs smaller than this are tagged in-process: a pool costs more than it saves.
POOL_THRESHOLD = 3000
CHUNK_SIZE = 2000
SENTENCE_CACHE_SIZE = 50_000

_WORDS = re.compile(r"[A-Za-z0-9]")
_WEAK: tuple[int, ...] = ()  # marks a polarity that only a fallback decided
_MUTE = "__mute__"  # theme slot of negators whose target is an aside, not a judgement
_POSSESSIVES = frozenset({"your", "his", "her", "their", "my"})
_CANDIDATE_WORDS = frozenset({"you", "your", "yours", "yourself", "you're", "i", "i'm", "my"})
# Themes about the process rather than the person: a third party can state them.
_PROCESS = frozenset({"fit"})
_CANDIDATE = re.compile(r"\b(?:you|your|yours|yourself|you're|i|i'm|my|me|myself)\b", re.I)
_PREPOSITIONS = frozenset(
    {"about", "on", "in", "of", "for", "with", "into", "regarding", "around", "behind"}
)
_ENDS = frozenset(".!?")
# Contractions that already hold the verb: "we're keen", "they've been ...".
_SPEAKER_IS = frozenset({"we're", "they're", "we've", "they've"})
_SPEAKERS = frozenset({"we", "we're", "we've", "we'd", "we'll", "our", "us"})
# Themes that are the employer's terms as much as the candidate's: a speaker can state them.
_TERMS = frozenset({"logistics"})
_TENURE, _DOMAIN = "experience", "skills"
_ASKED = frozenset({"asked", "ask", "asking", "enquired", "inquired", "wondered", "queried"})
_QUERY_WORDS = frozenset({"whether", "if", "about", "how", "what", "when", "where", "why"})
_AFTER_WHEN = frozenset({"when", "while", "whilst", "as", "because", "since", "after", "and"})
_ARTICLES = frozenset({"the", "our", "my", "a"})
_LACKS = frozenset({"lack", "lacked", "lacking", "lacks", "without", "no", "absence"})
_FREQUENCY = frozenset({"never", "always"})
# Past forms after "never"/"always" that make a report, not an order ("never lost the thread").
_IRREGULAR_PAST = frozenset(
    {"lost", "got", "made", "kept", "gave", "took", "went", "came", "said", "told", "spoke",
     "knew", "held", "ran", "found", "left", "felt", "sat", "stood", "wore", "brought",
     "thought", "seemed", "let", "put", "met", "missed", "forgot", "did", "had", "was", "were"}
)
_ALTERNATIVES = frozenset({"rather than", "instead of"})
_REGARDING = frozenset({"re", "regarding", "about", "on", "wrt", "around", "over"})
# "The panel felt she lacked X" reports a person's opinion of the candidate; only a thing
# ("the interview felt rushed") is described by "felt".
_OPINION_VERBS = frozenset({"felt"})
# A negated subject reaches its verdict across its own phrase ("Nobody on the panel doubted").
_SUBJECT_NEGATORS = frozenset({"nobody", "none", "noone"})
_THINGS = frozenset(
    {"interview", "call", "meeting", "session", "conversation", "discussion", "process",
     "set up", "setup", "environment", "culture", "building", "site", "office", "role"}
)


@dataclass(frozen=True)
class Mention:
    """One theme found in a note: why (cues) and where (evidence)."""

    theme: str
    polarity: str  # "strength" | "improvement"
    evidence: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class _Element:
    exact: frozenset[str]
    stems: frozenset[str]
    gap_before: bool = False


@dataclass(frozen=True)
class _Rule:
    kind: str
    elements: tuple[_Element, ...]
    order: int
    theme: str = ""
    prior: int = 0  # +1 strength, -1 improvement, 0 neutral topic
    self_eval: bool = False
    contextual: bool = False  # yields to another theme's topic in the clause ("clear examples")


@dataclass
class _Item:
    """A phrase matched in a sentence: its rule and token positions."""

    rule: _Rule
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
        if self.dropped:
            return "dropped"
        return "eval" if self.as_eval else self.rule.kind


class _Token:
    """One token with its character span and the forms phrases are matched on."""

    __slots__ = ("start", "end", "surface", "stem", "is_word", "keys", "starts", "pairs", "simple")

    def __init__(self, start: int, end: int, form: _Form | None, raw: str) -> None:
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


# Per distinct raw word (cached): surface, stem, index keys, the one-word and gapped phrases
# that start with it, {next word key: phrases} maps for phrases whose second word is next,
# and whether every such phrase is at most two adjacent words (then the best match depends
# only on this word and the next, and is cached).
_Form = tuple[
    str, str, tuple[str, str], tuple["_Rule", ...], tuple[dict[str, list["_Rule"]], ...], bool
]


@dataclass
class _Lexicon:
    """The compiled cue file: phrase rules indexed by first word, plus word lists."""

    single: dict[str, list[_Rule]]  # one-word rules by first-word key
    pairs: dict[str, dict[str, list[_Rule]]]  # first-word key -> second-word key -> rules
    gapped: dict[str, list[_Rule]]  # rules with a gap after the first word
    spelling: dict[str, str]
    imperatives: frozenset[str]
    not_imperative_after: frozenset[str]
    imperative_lead: frozenset[str]
    continuations: frozenset[str]
    headers: dict[str, int]
    subordinators: frozenset[str]
    defaults: dict[str, int]
    settings: dict[str, Any]
    known_words: frozenset[str]
    known_stems: frozenset[str]
    fuzzy_index: dict[str, str]
    acronyms: dict[str, str] = field(default_factory=dict)  # case-sensitive: STAR != star
    linking: frozenset[str] = frozenset()  # words a negation reaches an evaluative word across
    new_subjects: frozenset[str] = frozenset()  # "and" + one of these starts a new clause
    third_parties: frozenset[str] = frozenset()  # interviewer, panel, they ...
    third_party_linking: frozenset[str] = frozenset()  # was, seemed ...
    vader_signs: dict[str, int] = field(default_factory=dict)  # fallback evaluative words
    token_cache: dict[str, _Form] = field(default_factory=dict)


# --------------------------------------------------------------------------- lexicon build


def _vader_lexicon_path() -> Path:
    """Where the pip package vaderSentiment keeps its lexicon (no NLTK download needed)."""
    import vaderSentiment

    return Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"


def _prepare_word(raw: str, spelling: dict[str, str]) -> str:
    word = raw.lower()
    word = spelling.get(word, word)
    return tx.fold_spelling(word)


def _compile_phrase(phrase: str, spelling: dict[str, str]) -> tuple[_Element, ...]:
    """Turn 'answer ... {the|a} question' into match elements."""
    elements: list[_Element] = []
    gap = False
    for part in phrase.replace("-", " ").split():
        if part == "...":
            gap = True
            continue
        exact_only = part.startswith("=")
        bare = part.lstrip("=")
        if bare.startswith("{") != bare.endswith("}"):
            # "{could not|cannot}" would silently become two half-groups.
            raise DebriefError(
                f"The cue phrase '{phrase}' has a {{...}} group with a space inside; "
                "list each alternative as one word, or write the phrase out twice."
            )
        options = bare.strip("{}").split("|")
        exact: set[str] = set()
        stems: set[str] = set()
        for option in options:
            # A listed variant can itself be two words ("eyecontact" -> "eye contact"):
            # keep only single words here, multiword variants are separate phrases.
            word = _prepare_word(option, {})
            exact.add(word)
            if not exact_only:
                stems.add(tx.stem(word))
        elements.append(_Element(frozenset(exact), frozenset(stems), gap))
        gap = False
    return tuple(elements)


def _listed(section: dict[str, Any], key: str) -> list[str]:
    values = section.get(key, [])
    if not isinstance(values, list):
        raise DebriefError(f"The cue list '{key}' in cues.toml must be a list of phrases.")
    return [str(v) for v in values]


_RuleSpec = tuple[str, str, str, int, bool, bool]


def _theme_rules(themes: dict[str, Any]) -> Iterable[_RuleSpec]:
    """(kind, phrase, theme, prior, self_eval, contextual) for every theme cue."""
    for theme, spec in themes.items():
        contextual = set(_listed(spec, "contextual"))
        for phrase in _listed(spec, "strength"):
            yield "cue", phrase, theme, 1, True, phrase in contextual
        for phrase in _listed(spec, "improvement"):
            yield "cue", phrase, theme, -1, True, phrase in contextual
        leaning = {p: 1 for p in _listed(spec, "positive_topics")}
        leaning.update({p: -1 for p in _listed(spec, "negative_topics")})
        for phrase in _listed(spec, "topics"):
            yield "cue", phrase, theme, leaning.pop(phrase, 0), False, phrase in contextual
        for phrase, lean in leaning.items():
            yield "cue", phrase, theme, lean, False, phrase in contextual


def _modifier_rules(cues: dict[str, Any]) -> Iterable[_RuleSpec]:
    evaluation = cues.get("evaluation", {})
    for phrase in _listed(evaluation, "positive"):
        yield "eval", phrase, "", 1, True, False
    for phrase in _listed(evaluation, "negative"):
        yield "eval", phrase, "", -1, True, False
    sections = (
        ("negator", "negation", "negators"),
        ("exception", "negation", "exceptions"),
        ("contrast", "clauses", "contrast"),
        ("advice", "advice", "markers"),
        ("keep", "advice", "keep"),
        ("rival", "comparison", "rival"),
        ("excess", "intensity", "excess"),
        ("ignore", "pleasantries", "ignore"),
        ("opener", "pleasantries", "openers"),
    )
    for kind, section, key in sections:
        for phrase in _listed(cues.get(section, {}), key):
            yield kind, phrase, "", 0, False, False
    for phrase in _listed(cues.get("negation", {}), "asides"):
        yield "negator", phrase, _MUTE, 0, False, False


def _element_keys(element: _Element) -> list[str]:
    """Index keys of one phrase element: 'e|word' for exact forms, 's|stem' for stems."""
    return [f"e|{w}" for w in element.exact] + [f"s|{w}" for w in element.stems]


_Index = dict[str, list[_Rule]]


def _index_rules(rules: list[_Rule]) -> tuple[_Index, dict[str, _Index], _Index]:
    """Index rules by their first word, or first two adjacent words, so that matching a
    token only tries phrases whose opening words are actually there."""
    single: _Index = {}
    pairs: dict[str, _Index] = {}
    gapped: _Index = {}
    for rule in rules:
        first, rest = rule.elements[0], rule.elements[1:]
        for k1 in _element_keys(first):
            if not rest:
                single.setdefault(k1, []).append(rule)
            elif rest[0].gap_before:
                gapped.setdefault(k1, []).append(rule)
            else:
                for k2 in _element_keys(rest[0]):
                    pairs.setdefault(k1, {}).setdefault(k2, []).append(rule)
    return single, pairs, gapped


def _read_vader_valences() -> dict[str, float]:
    """VADER's word-level valences (-4 .. +4) from the lexicon file, by word."""
    try:
        lines = _vader_lexicon_path().read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    valences: dict[str, float] = {}
    for line in lines:
        if line and line[0].isalpha():
            word, score = line.split("\t", 2)[:2]
            valences[word] = float(score)
    return valences


def _vader_signs(
    valences: dict[str, float], known: set[str], ignored: set[str], threshold: float
) -> dict[str, int]:
    """Evaluative words the domain lexicon lacks, as +1/-1: a broad fallback lexicon
    ("dreadful", "delightful"). Words the cue file already uses, or lists as carrying no
    judgement, keep their domain meaning."""
    return {
        word: 1 if score > 0 else -1
        for word, score in valences.items()
        if abs(score) >= threshold and word not in known and word not in ignored
    }


def build_lexicon(cues: dict[str, Any], theme_ids: Sequence[str]) -> _Lexicon:
    """Compile the cue file into indexed phrase rules (done once per process)."""
    if not cues.get("themes"):
        raise DebriefError("The codebook has no cue phrases (cues.toml [themes.*] is empty).")
    unknown = sorted(set(cues["themes"]) - set(theme_ids))
    if unknown:
        raise DebriefError(
            f"cues.toml has cues for themes the codebook does not define: {', '.join(unknown)}."
        )
    spelling = {str(k).lower(): str(v).lower() for k, v in cues.get("spelling", {}).items()}
    specs = [*_theme_rules(cues["themes"]), *_modifier_rules(cues)]
    # A run-together misspelling ("eyecontact") is one more phrase for the cue it spells.
    joined = {right: typo for typo, right in spelling.items() if " " in right}
    specs += [
        (kind, joined[phrase], theme, prior, self_eval, contextual)
        for kind, phrase, theme, prior, self_eval, contextual in list(specs)
        if phrase in joined
    ]
    rules = [
        _Rule(kind, elements, order, theme, prior, self_eval, contextual)
        for order, (kind, phrase, theme, prior, self_eval, contextual) in enumerate(specs)
        if (elements := _compile_phrase(phrase, spelling))
    ]
    single, pairs, gapped = _index_rules(rules)
    known_words = {w for rule in rules for e in rule.elements for w in e.exact}
    settings = cues.get("settings", {})
    min_len = int(settings.get("fuzzy_min_length", 7))
    fuzzy: dict[str, str] = {}
    theme_words = {
        w
        for r in rules
        if r.kind == "cue"
        for e in r.elements
        for w in e.exact
        if len(w) >= min_len
    }
    for word in sorted(theme_words):
        fuzzy.setdefault(word, word)
        for variant in tx.deletions(word):
            fuzzy.setdefault(variant, word)
    valences = _read_vader_valences()
    vader_words = {tx.fold_spelling(w) for w in valences}
    all_known = known_words | vader_words | set(spelling) | set(spelling.values())
    headers = {
        " ".join(_prepare_word(w, spelling) for w in h.split()): sign
        for sign, key in ((1, "strength"), (-1, "improvement"))
        for h in _listed(cues.get("headers", {}), key)
    }
    defaults = {
        theme: {STRENGTH: 1, IMPROVEMENT: -1}.get(str(spec.get("default", "")), 0)
        for theme, spec in cues["themes"].items()
    }
    advice = cues.get("advice", {})
    vader_signs = _vader_signs(
        {tx.fold_spelling(w): v for w, v in valences.items()},
        # Words that are a phrase on their own keep the domain meaning; words only seen
        # inside longer phrases ("lovely" in "lovely manner") may still judge.
        {w for rule in rules if len(rule.elements) == 1 for w in rule.elements[0].exact}
        | set(spelling),
        {_prepare_word(w, {}) for w in _listed(cues.get("vader", {}), "ignore")},
        float(settings.get("vader_word_threshold", 1.5)),
    )
    return _Lexicon(
        single=single,
        pairs=pairs,
        gapped=gapped,
        spelling=spelling,
        imperatives=frozenset(_listed(advice, "imperatives")),
        not_imperative_after=frozenset(_listed(advice, "not_imperative_after")) | {":", ","},
        imperative_lead=frozenset(_listed(advice, "imperative_lead")),
        continuations=frozenset(_listed(cues.get("negation", {}), "continuations")),
        headers=headers,
        subordinators=frozenset(
            " ".join(_prepare_word(w, spelling) for w in s.split())
            for s in _listed(cues.get("clauses", {}), "subordinators")
        ),
        defaults=defaults,
        settings=settings,
        known_words=frozenset(all_known),
        known_stems=frozenset(tx.stem(w) for w in all_known),
        fuzzy_index=fuzzy,
        acronyms={str(k): str(v) for k, v in cues.get("acronyms", {}).items()},
        linking=frozenset(_listed(cues.get("negation", {}), "linking")),
        new_subjects=frozenset(_listed(cues.get("clauses", {}), "new_subjects")),
        third_parties=frozenset(_listed(cues.get("third_parties", {}), "people")),
        third_party_linking=frozenset(_listed(cues.get("third_parties", {}), "linking")),
        vader_signs=vader_signs,
    )


# --------------------------------------------------------------------------------- tagger


class Tagger:
    """Finds themes in feedback text; build once (``build_tagger``) and reuse."""

    def __init__(self, codebook: Codebook, lexicon: _Lexicon) -> None:
        self.codebook = codebook
        self.lexicon = lexicon
        self.splitter = tx.build_sentence_splitter()
        self.abbreviations = frozenset(tx.DEFAULT_ABBREVIATIONS) | {"g", "e"}
        self.vader_cache: dict[str, float] = {}
        self.pair_cache: dict[tuple[str, str], tuple[_Rule, int] | None] = {}
        # None switches the sentence cache off (the benchmark's cold, all-unique figure).
        self.sentence_cache: dict[tuple[str, int], Any] | None = {}
        settings = lexicon.settings
        self.max_gap = int(settings.get("max_gap", 3))
        self.negation_window = int(settings.get("negation_window", 5))
        self.excess_window = int(settings.get("excess_window", 2))
        self.fuzzy_min_length = int(settings.get("fuzzy_min_length", 7))
        self.vader_threshold = float(settings.get("vader_threshold", 0.3))

    @cached_property
    def vader(self) -> Any:
        """NLTK's VADER, reading the lexicon shipped in vaderSentiment via nltk.data.path."""
        import nltk
        from nltk.sentiment.vader import SentimentIntensityAnalyzer

        folder = str(_vader_lexicon_path().parent)
        if folder not in nltk.data.path:
            nltk.data.path.append(folder)
        return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")

    def _about_candidate(self, text: str) -> bool:
        """True when a clause addresses the candidate ("you", "your", or "I"/"my" in own
        notes); VADER breaks ties only there, never on process facts."""
        return bool(_CANDIDATE.search(text))

    def _vader_compound(self, text: str) -> float:
        """VADER's compound score for a clause, cached (the same clauses recur)."""
        cache = self.vader_cache
        score = cache.get(text)
        if score is None:
            score = self.vader.polarity_scores(text)["compound"]
            if len(cache) < 100_000:
                cache[text] = score
        return score

    # ----------------------------------------------------------------------------- tokens
    def _token_form(self, raw: str) -> _Form:
        cache = self.lexicon.token_cache
        hit = cache.get(raw)
        if hit is not None:
            return hit
        lex = self.lexicon
        word = lex.acronyms.get(raw, raw).lower()
        word = lex.spelling.get(word, word)
        word = tx.fold_spelling(word)
        if (
            len(word) >= self.fuzzy_min_length
            and word not in lex.known_words
            and tx.stem(word) not in lex.known_stems
        ):
            word = self._correct_typo(word)
        stem = tx.stem(word)
        keys = (f"e|{word}", f"s|{stem}")
        starts = tuple(
            dict.fromkeys(
                r for k in keys for r in (*lex.single.get(k, ()), *lex.gapped.get(k, ()))
            )
        )
        pairs = tuple(lex.pairs[k] for k in keys if k in lex.pairs)
        simple = all(len(r.elements) == 1 for r in starts) and all(
            len(r.elements) == 2 for by_second in pairs for rs in by_second.values() for r in rs
        )
        form = (word, stem, keys, starts, pairs, simple)
        if len(cache) < 500_000:
            cache[raw] = form
        return form

    def _correct_typo(self, word: str) -> str:
        """A cue word one edit away (same first letter), or the word itself."""
        index = self.lexicon.fuzzy_index
        candidates = {index[word]} if word in index else set()
        for variant in tx.deletions(word):
            if variant in index:
                candidates.add(index[variant])
        candidates = {c for c in candidates if c[0] == word[0] and _is_slip(word, c)}
        return min(candidates) if len(candidates) == 1 else word

    def _tokens(self, text: str) -> list[_Token]:
        form = self._token_form
        return [
            _Token(a, b, form(raw) if _WORDS.match(raw[0]) else None, raw)
            for a, b in tx.token_spans(text)
            for raw in (text[a:b],)
        ]

    def _sentences(self, text: str, tokens: list[_Token]) -> list[list[_Token]]:
        """Split tokens into sentences: at . ! ? and line breaks; Punkt decides when a period
        may belong to an abbreviation or an initial ("e.g.", "Mr.", "J.")."""
        abbreviations = self.abbreviations
        for i, tok in enumerate(tokens):
            if tok.surface == "." and i and tokens[i - 1].is_word:
                prev = tokens[i - 1].surface
                if prev in abbreviations or len(prev) == 1:
                    return self._punkt_sentences(text, tokens)
        sentences: list[list[_Token]] = []
        current: list[_Token] = []
        for i, tok in enumerate(tokens):
            if current and "\n" in text[current[-1].end : tok.start]:
                sentences.append(current)
                current = []
            current.append(tok)
            last = i + 1 == len(tokens)
            if tok.surface in _ENDS and (last or tokens[i + 1].surface not in _ENDS):
                sentences.append(current)
                current = []
        if current:
            sentences.append(current)
        return sentences

    def _punkt_sentences(self, text: str, tokens: list[_Token]) -> list[list[_Token]]:
        spans = tx.sentence_spans(text, self.splitter)
        sentences: list[list[_Token]] = [[] for _ in spans]
        n = 0
        for tok in tokens:
            while n + 1 < len(spans) and tok.start >= spans[n][1]:
                n += 1
            sentences[n].append(tok)
        return [s for s in sentences if s]

    # ---------------------------------------------------------------------------- phrases
    def _match_at(self, tokens: list[_Token], i: int, taken: set[int]) -> _Item | None:
        token = tokens[i]
        if not token.pairs and len(token.starts) == 1 and len(token.starts[0].elements) == 1:
            return _Item(token.starts[0], i, i + 1, (i,))
        if token.simple:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            free = following is not None and following.is_word and i + 1 not in taken
            nxt = following.surface if free else ""
            key = (token.surface, nxt)
            cache = self.pair_cache
            if key not in cache:
                found = self._best_match(tokens, i, taken)
                if len(cache) >= 200_000:
                    cache.clear()
                cache[key] = None if found is None else (found.rule, len(found.positions))
            hit = cache[key]
            if hit is None:
                return None
            rule, size = hit
            return _Item(rule, i, i + size, (i,) if size == 1 else (i, i + 1))
        return self._best_match(tokens, i, taken)

    def _best_match(self, tokens: list[_Token], i: int, taken: set[int]) -> _Item | None:
        token = tokens[i]
        candidates = list(token.starts)
        if token.pairs and i + 1 < len(tokens) and i + 1 not in taken:
            following = tokens[i + 1]
            for by_second in token.pairs:
                for k2 in following.keys:
                    found_pairs = by_second.get(k2)
                    if found_pairs:
                        candidates += found_pairs
        if not candidates:
            return None
        best: tuple[tuple[int, int, int, int], _Item] | None = None
        for rule in candidates:
            elements = rule.elements
            if len(elements) == 1:
                # Indexed by this very word: it matches; only exactness is left to score.
                found = (i,), int(token.surface in elements[0].exact)
            elif len(elements) == 2 and not elements[1].gap_before:
                found = (i, i + 1), int(token.surface in elements[0].exact) + int(
                    tokens[i + 1].surface in elements[1].exact
                )
            else:
                found = self._match_rule(tokens, i, rule, taken)
            if found is None:
                continue
            positions, exact_hits = found
            score = (len(positions), exact_hits, -_KIND_RANK[rule.kind], -rule.order)
            if best is None or score > best[0]:
                best = (score, _Item(rule, i, positions[-1] + 1, positions))
        return best[1] if best else None

    def _match_rule(
        self, tokens: list[_Token], i: int, rule: _Rule, taken: set[int]
    ) -> tuple[tuple[int, ...], int] | None:
        positions: list[int] = []
        exact_hits = 0
        j = i
        for n, element in enumerate(rule.elements):
            reach = self.max_gap + 1 if (element.gap_before and n) else 1
            hit = None
            for k in range(j, min(j + reach, len(tokens))):
                tok = tokens[k]
                if not tok.is_word or k in taken:
                    break
                if tok.surface in element.exact:
                    hit, exact_hits = k, exact_hits + 1
                    break
                if tok.stem in element.stems:
                    hit = k
                    break
            if hit is None:
                return None
            positions.append(hit)
            j = hit + 1
        return tuple(positions), exact_hits

    def _match_sentence(self, tokens: list[_Token]) -> list[_Item]:
        """Longest phrase at each word, left to right; words inside a gap stay free, so the
        "excellent" in "asked excellent questions" still counts as praise."""
        items: list[_Item] = []
        taken: set[int] = set()
        in_gap: set[int] = set()  # inside a theme phrase's gap: free for modifiers only
        for i, token in enumerate(tokens):
            if not (token.starts or token.pairs) or i in taken:
                continue
            item = self._match_at(tokens, i, taken)
            if item is not None and i in in_gap and item.rule.kind == "cue":
                if not (item.rule.contextual and item.rule.self_eval):
                    continue
                # "asked sharp questions": an adjective inside the phrase judges it.
                item.as_eval = item.rule.prior
            if item is not None:
                items.append(item)
                taken.update(item.positions)
                # A generic phrase ("answer ... questions") lets the topic in its gap
                # ("accounting") speak; a specific one ("explain ... simply") does not.
                gapped = item.end - item.start > len(item.positions)
                if item.rule.kind == "cue" and gapped and not item.rule.contextual:
                    in_gap.update(range(item.start, item.end))
        return items

    # ---------------------------------------------------------------------------- clauses
    def _header_sign(self, tokens: list[_Token], colon: int, floor: int) -> int:
        words = [t.surface for t in tokens[floor:colon] if t.is_word]
        for size in (4, 3, 2, 1):
            if len(words) >= size and len(words) - size <= 1:
                sign = self.lexicon.headers.get(" ".join(words[-size:]))
                if sign:
                    return sign
        return 0

    def _clauses(
        self, tokens: list[_Token], items: list[_Item], mode: int
    ) -> tuple[list[tuple[int, int, int]], int]:
        """Cut a sentence into (start, end, header mode) token ranges."""
        boundary = {it.start: it for it in items if it.rule.kind == "contrast"}
        covered = {p for it in items for p in range(it.start, it.end)}
        shorthand = sum(t.surface == ":" for t in tokens) >= 2 or mode != 0
        cues_at = {it.start for it in items if it.rule.kind == "cue"}
        clauses: list[tuple[int, int, int]] = []
        start = 0
        sub_open = False
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            cut, skip = False, 1
            if i in boundary:
                cut, skip = True, boundary[i].end - i
                phrase = " ".join(tokens[k].surface for k in boundary[i].positions)
                sub_open = phrase in self.lexicon.subordinators
            elif (
                tok.surface == "and"
                and i not in covered
                and i + 1 < len(tokens)
                and tokens[i + 1].surface in self.lexicon.new_subjects
                and i > start
            ):
                # "You were well dressed and the hire had more experience": a new subject
                # starts a new clause, so comparison or advice does not leak across.
                cut = True
            elif not tok.is_word and i not in covered:
                s = tok.surface
                if s in {";", "/", "(", ")", "!", "?"}:
                    cut = True
                elif s == ".":
                    # "e.g." and "Mr." are not the end of anything.
                    prev = tokens[i - 1].surface if i else ""
                    cut = not (prev in self.abbreviations or len(prev) == 1)
                elif s == ":" and i and tokens[i - 1].surface in _REGARDING:
                    # "concern re: start date" is one clause.
                    cut = False
                elif s in {":", "-", "--", "---"}:
                    sign = self._header_sign(tokens, i, start)
                    if sign:
                        mode, cut = sign, True
                        shorthand = True  # a list follows: "Pros: calm, thoughtful"
                        start = i + 1
                        i += 1
                        continue
                    left = [k for k in range(start, i) if tokens[k].is_word]
                    # "tech: solid", "comms - waffly" keep topic and verdict together;
                    # longer lead-ins and free-standing dashes split.
                    cut = not (len(left) <= 3 and any(k in cues_at for k in left))
                elif s == "," and (shorthand or sub_open):
                    cut, sub_open = True, False
                elif s == "," and self._instruction_at(tokens, i + 1, len(tokens)) is not None:
                    # "Stories good, add more numbers": an instruction starts a new clause.
                    cut = True
            if cut:
                if start < i:
                    clauses.append((start, i, mode))
                start = i + skip
                i += skip
                continue
            i += 1
        if start < len(tokens):
            clauses.append((start, len(tokens), mode))
        return clauses, mode

    # ---------------------------------------------------------------------------- polarity
    def _instruction_at(self, tokens: list[_Token], start: int, end: int) -> int | None:
        """Position of the verb when the clause is an instruction ("Bring examples")."""
        lex = self.lexicon
        words = [k for k in range(start, end) if tokens[k].is_word]
        for n, k in enumerate(words):
            surface = tokens[k].surface
            if surface in lex.imperative_lead and n < 2:
                continue
            if surface not in lex.imperatives:
                return None
            nxt = tokens[k + 1].surface if k + 1 < end else ""
            if surface in _FREQUENCY and (nxt.endswith("ed") or nxt in _IRREGULAR_PAST):
                # "never flustered", "always prepared": a verdict in shorthand, not an order.
                return None
            return None if nxt in lex.not_imperative_after else k
        return None

    def _apply_negation(self, tokens: list[_Token], items: list[_Item]) -> list[_Item]:
        """Mark negated targets; unresolved negators become negative evaluative words."""
        window = self.negation_window
        pending: list[_Item] = []
        carry_end: int | None = None
        carry_lack = False
        extra: list[_Item] = []
        for item in items:
            kind = item.rule.kind
            if kind == "negator":
                # Negators chain ("never lost", "not once did you lose") when close together.
                if pending and item.start - pending[-1].end > 3:
                    extra.extend(pending)
                    pending = []
                pending.append(item)
                carry_end = None
                continue
            if kind not in ("cue", "eval"):
                continue
            if (
                pending
                and kind == "eval"
                and tokens[pending[-1].start].surface not in _SUBJECT_NEGATORS
                and not self._links(tokens, pending[-1].end, item.start)
            ):
                # "couldn't write a basic query": the negation is on the verb, not "basic".
                continue
            if pending and any(
                t.surface in {",", ";"} for t in tokens[pending[-1].end : item.start]
            ):
                # "couldn't finish the problem, ran out of time": the comma ends the scope.
                extra.extend(pending)
                pending = []
            if pending:
                # "Nobody on the panel thought you were rude": a negated subject reaches
                # past its own phrase and the opinion verb after it.
                reach = window + (
                    4 if tokens[pending[-1].start].surface in _SUBJECT_NEGATORS else 0
                )
                if item.start - pending[-1].end <= reach:
                    if any(p.rule.theme == _MUTE for p in pending):
                        # "confident without being pushy": the aside is not a theme.
                        item.dropped = True
                    item.negated = len(pending) % 2 == 1
                    item.neg_by = tuple(p.positions for p in pending)
                    carry_end = item.end
                    carry_lack = len(pending) == 1 and tokens[pending[0].start].surface in _LACKS
                else:
                    extra.extend(pending)
                pending = []
            elif carry_end is not None:
                between = [t.surface for t in tokens[carry_end : item.start]]
                # "lacked energy and conviction": a missing thing's partner is missing too.
                joins = self.lexicon.continuations | ({"and", ","} if carry_lack else set())
                # ... but a criticism after "and" is a new finding ("lacked structure and
                # rambled"), not one more missing thing.
                criticism = item.rule.self_eval and item.rule.prior < 0
                if between and all(w in joins for w in between) and not criticism and (
                    items and any(it.end == carry_end and it.negated for it in items)
                ):
                    item.negated = True
                    carry_end = item.end
                else:
                    carry_end = None
        extra.extend(pending)
        # A negator inside a phrase's gap negates the phrase: "answered ... not ... clearly".
        negators = [it for it in items if it.rule.kind == "negator" and it.rule.theme != _MUTE]
        for item in items:
            if item.rule.kind == "cue" and item.end - item.start > len(item.positions):
                inner = [n for n in negators if item.start < n.start < item.end]
                if inner:
                    item.negated = not item.negated
                    item.neg_by = tuple(n.positions for n in inner)
                    extra = [n for n in extra if n not in inner]
        for neg in extra:
            neg.as_eval = -1
        return items

    def _word_evals(
        self, tokens: list[_Token], inside: list[_Item], start: int, end: int
    ) -> list[tuple[int, int]]:
        """(position, sign) of fallback evaluative words in a clause outside any phrase,
        flipped by a negator just before them ("wasn't dreadful")."""
        signs = self.lexicon.vader_signs
        if not signs:
            return []
        covered = {p for it in inside for p in range(it.start, it.end)}
        negators = {
            p for it in inside if it.rule.kind == "negator" for p in it.positions
        }
        hits = []
        for k in range(start, end):
            sign = signs.get(tokens[k].surface) if k not in covered else None
            if sign:
                if any(p in negators for p in range(k - 3, k)):
                    sign = -sign
                hits.append((k, sign))
        return hits

    def _contrast_alternatives(self, tokens: list[_Token], inside: list[_Item]) -> None:
        """'open rather than defensive': a fault named as the road not taken is praise, and the
        'rather than' is no advice; 'use examples rather than theory' stays advice."""
        for marker in inside:
            if marker.rule.kind != "advice":
                continue
            phrase = " ".join(tokens[k].surface for k in marker.positions)
            if phrase not in _ALTERNATIVES:
                continue
            after = next((it for it in inside if it.start == marker.end), None)
            if after is not None and after.kind == "cue" and after.rule.prior < 0:
                if after.rule.self_eval:
                    marker.dropped = True
                    after.negated = not after.negated
                    after.neg_by = (*after.neg_by, marker.positions)

    def _links(self, tokens: list[_Token], start: int, end: int) -> bool:
        """True when only articles, adverbs and linking verbs stand between two positions
        ("not a great", "wasn't very good", "didn't seem strong")."""
        return all(t.surface in self.lexicon.linking for t in tokens[start:end])

    def _apply_excess(self, items: list[_Item]) -> None:
        targets = [it for it in items if it.rule.kind in ("cue", "eval")]
        for ex in (it for it in items if it.rule.kind == "excess"):
            target = next(
                (t for t in targets if 0 <= t.start - ex.end < self.excess_window), None
            )
            if target is not None:
                target.excess_by = ex.positions
            else:
                ex.as_eval = -1

    def _demote_modifiers(self, items: list[_Item], tokens: list[_Token]) -> None:
        """Contextual cues judge another theme's topic: 'clear examples', 'period too long'.

        A contextual cue ("clear", "too long", "unfamiliar with") belongs to its own theme only
        when the clause names no other theme's topic, or names a topic of its own theme too.
        """
        cues = [it for it in items if it.rule.kind == "cue"]
        # Noun compounds: in "research experience" or "technical jargon" the last word names
        # the theme, unless it is a generic one ("technical answers" are about skills).
        for a, b in zip(cues, cues[1:], strict=False):
            if not a.rule.self_eval and b.start == a.end and a.rule.theme != b.rule.theme:
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
        for c in cues:
            if c.rule.theme in _PROCESS and c.rule.self_eval and not c.rule.contextual:
                # "a candidate whose skills were a closer match": the subject of a generic
                # comparison is not a separate verdict.
                for t in cues:
                    if (
                        t.end <= c.start
                        and not t.rule.self_eval
                        and t.rule.theme != c.rule.theme
                        and self._links(tokens, t.end, c.start)
                    ):
                        t.dropped = True
        cues = [it for it in cues if not it.dropped]
        topics = {
            it.rule.theme for it in cues if not it.rule.self_eval and not it.rule.contextual
        }
        generic_topics = [it for it in cues if not it.rule.self_eval and it.rule.contextual]
        own_topics = {it.rule.theme for it in cues if not it.rule.self_eval}
        for a in cues:
            if not a.rule.contextual:
                continue
            if not a.rule.self_eval:
                # A generic topic ("answers") only counts when no other theme is named,
                # unless the note judges it directly ("hadn't looked at our website").
                inner = any(
                    a.start < c.start < a.end for c in cues if c.rule.theme != a.rule.theme
                )
                # An adjective that may describe it ("delivery was flat") is no other theme.
                others = {
                    c.rule.theme
                    for c in cues
                    if not (
                        c.rule.contextual
                        and c.rule.self_eval
                        and (
                            (a.end <= c.start and self._links(tokens, a.end, c.start))
                            or (c.end <= a.start and self._links(tokens, c.end, a.start))
                        )
                    )
                } - {a.rule.theme}
                if inner or (others and not a.negated):
                    a.dropped = True
                continue
            # A generic topic right after the adjective is what it describes: "flat delivery".
            described = {p for it in items if it.kind in ("cue", "eval") for p in it.positions}
            near = {
                t.rule.theme
                for t in generic_topics
                if t.start == a.end
                or (0 < t.start - a.end <= 2 and t.start - 1 in described)
                or (t.end <= a.start and self._links(tokens, t.end, a.start))
            } - {a.rule.theme}
            if (topics - {a.rule.theme} or near) and a.rule.theme not in own_topics:
                sign = a.rule.prior * (-1 if a.negated else 1)
                a.as_eval = -1 if a.excess_by is not None else sign

    def _eval_sign(self, item: _Item) -> int:
        if item.as_eval:
            return item.as_eval
        sign = item.rule.prior
        if item.excess_by is not None:
            return -1
        return -sign if item.negated else sign

    def _resolve(
        self,
        item: _Item,
        evals: list[_Item],
        clause_text: str,
        lone: bool,
        word_evals: Sequence[tuple[int, int]] = (),
    ) -> tuple[int, list[tuple[int, ...]]]:
        """Polarity of one cue before clause-level overrides, and the phrases that decided."""
        rule = item.rule
        if item.excess_by is not None:
            return -1, [item.excess_by]
        if rule.self_eval:
            if rule.theme in _PROCESS and rule.prior < 0:
                # "The role won't be filled" is still a generic reason, not praise.
                return -1, list(item.neg_by)
            sign = -rule.prior if item.negated else rule.prior
            before = next((e for e in evals if e.end == item.start), None)
            if sign > 0 and before is not None and self._eval_sign(before) < 0:
                # "not a great listener", "poor communicator": the word before judges it.
                return -1, [before.positions, *before.neg_by]
            return sign, list(item.neg_by)
        if item.negated:
            return -(rule.prior or 1), list(item.neg_by)
        if rule.prior < 0:
            # "strong smell of smoke": praise words only intensify a bad topic.
            return -1, []
        if evals:
            nearest = min(
                evals,
                key=lambda e: (
                    e.start - item.end if e.start >= item.end else item.start - e.end,
                    e.start > item.start,
                ),
            )
            return self._eval_sign(nearest), [nearest.positions, *nearest.neg_by]
        # Below here nothing in the domain lexicon judged the topic: fall back, weakly.
        if word_evals:
            # VADER's word valences as a broad evaluative lexicon ("a dreadful answer").
            position, sign = min(word_evals, key=lambda hit: abs(hit[0] - item.start))
            return sign, [(position,), _WEAK]
        if rule.prior:
            return rule.prior, [_WEAK]
        # Defaults and VADER only speak for clauses about the candidate: "They explained the
        # salary band" is a process fact, "Your salary ask was beyond our budget" is not.
        about_candidate = rule.theme in _PROCESS or self._about_candidate(clause_text)
        default = self.lexicon.defaults.get(rule.theme, 0)
        if default and about_candidate:
            return default, [_WEAK]
        if default or not lone or not about_candidate:
            return 0, []
        compound = self._vader_compound(clause_text)
        if abs(compound) >= self.vader_threshold:
            return (1 if compound > 0 else -1), [_WEAK]
        return 0, []

    def _tag_clause(
        self, text: str, tokens: list[_Token], items: list[_Item], start: int, end: int, mode: int
    ) -> list[tuple[str, int, str, tuple[str, ...]]]:
        inside = [it for it in items if start <= it.start < end]
        inside = self._skip_pleasantry(tokens, inside, start, end)
        if inside is None:
            return []
        start, inside = inside
        if not any(it.rule.kind == "cue" for it in inside):
            return []
        other_until = self._about_someone_else(tokens, start, end)
        if other_until > start and not any(it.rule.kind == "rival" for it in inside):
            # "We're keen to move you on": what precedes the candidate describes the speaker.
            # The employer's own terms ("we can't sponsor visas") still speak of logistics.
            # So do its topics when the role or team is described ("The role is office based").
            speaker = self._speaker_opens(tokens, start, end)
            inside = [
                it
                for it in inside
                if it.rule.kind != "cue"
                or it.rule.theme in _PROCESS
                or (it.rule.theme in _TERMS and (speaker or not it.rule.self_eval))
                or it.positions[-1] >= other_until
            ]
        inside = self._drop_asides_about_others(tokens, inside, start, end)
        self._apply_negation(tokens, inside)
        self._apply_excess(inside)
        self._demote_modifiers(inside, tokens)
        self._contrast_alternatives(tokens, inside)
        kinds = {it.kind for it in inside}
        keep = "keep" in kinds
        verb = self._instruction_at(tokens, start, end)
        advice = "advice" in kinds or verb is not None
        rival = any(
            it.rule.kind == "rival" and not self._rival_inverted(tokens, it, start)
            for it in inside
        )
        evals = [it for it in inside if it.kind == "eval"]
        evidence = text[tokens[start].start : tokens[end - 1].end].strip(" ,;:-/(")
        markers = [it for it in inside if it.rule.kind in ("advice", "rival", "keep")]
        found = []
        cues = [it for it in inside if it.kind == "cue"]
        tenure = next((it.start for it in cues if it.rule.theme == _TENURE), None)
        if tenure is not None:
            # "years on SAP migrations", "experience with Kubernetes": the skill after an
            # experience cue is the domain of that experience, not a separate verdict.
            cues = [
                it
                for it in cues
                if not (
                    it.rule.theme == _DOMAIN
                    and not it.rule.self_eval
                    and it.start > tenure
                    # "..., and stronger modelling skills" is a second point.
                    and not any(t.surface in {",", "and"} for t in tokens[tenure : it.start])
                )
            ]
        judged = {it.rule.theme for it in cues if it.rule.self_eval}
        word_evals: list[tuple[int, int]] | None = None
        verdicts: set[tuple[str, int]] = set()  # (theme, sign) a cue judged by itself
        borrowed: set[tuple[str, int]] = set()  # ... a topic took from a nearby word
        queried = any(
            tokens[k].surface in _ASKED and tokens[k + 1].surface in _QUERY_WORDS
            for k in range(start, end - 1)
        )
        if rival:
            # "went with a candidate who had run a similar programme": the comparison names
            # the dimension, so a generic rejection phrase does not mute it.
            judged -= _PROCESS
        for item in cues:
            theme = item.rule.theme
            if not item.rule.self_eval and (judged - {theme}):
                # A bare topic beside another theme's explicit judgement is context
                # ("modest about your achievements"); so is the verb of an instruction
                # ("Structure your stories with the STAR method").
                bare = not item.negated and item.excess_by is None and not evals
                # ... unless it is the candidate's own trait: "your enthusiasm (obvious)".
                owned = (
                    item.rule.prior
                    and item.start >= 1
                    and tokens[item.start - 1].surface in _POSSESSIVES
                    # "asked about your motivation" names a subject, not a trait shown.
                    and (item.start < 2 or tokens[item.start - 2].surface not in _PREPOSITIONS)
                )
                if (bare and not owned) or (item.start == verb and len(cues) > 1):
                    continue
            elif item.start == verb and len(cues) > 1:
                continue
            if word_evals is None:
                word_evals = [] if evals else self._word_evals(tokens, inside, start, end)
            # "confidence dipped badly once the numbers questions started": a word right beside
            # another theme's own verdict modifies that verdict, not this topic.
            own_evals = [
                e
                for e in evals
                if not any(
                    c.rule.self_eval
                    and c.rule.theme != theme
                    and (e.end == c.start or e.start == c.end)
                    for c in cues
                )
            ]
            if not item.rule.self_eval and own_evals != evals and not own_evals:
                continue
            asked = queried and not item.rule.self_eval and not own_evals
            sign, deciders = self._resolve(
                item, own_evals, evidence, len(cues) == 1 and not asked, word_evals
            )
            if asked and _WEAK in deciders:
                # "You asked whether the rota includes weekends": a subject raised, no verdict.
                continue
            if keep:
                sign = 1
            elif advice or rival or mode < 0:
                sign, deciders = -1, deciders + [m.positions for m in markers]
            elif sign == 0 and mode > 0:
                # "Strengths - energy, SQL": the header, not a word here, says it is praise.
                sign, deciders = 1, [*deciders, _WEAK]
            if sign == 0:
                continue
            weak = _WEAK in deciders
            if item.rule.self_eval or item.rule.prior:
                verdicts.add((theme, sign))
            elif not weak:
                borrowed.add((theme, sign))
            phrases = sorted({item.positions, *deciders} - {_WEAK})
            shown = tuple(dict.fromkeys(_phrase(text, tokens, p) for p in phrases))
            found.append((theme, sign, evidence, shown, weak))
        # A fallback guess yields to anything that actually judged the same theme here.
        decided = {theme for theme, _, _, _, weak in found if not weak}
        if decided:
            # "The shift pattern didn't seem to interest you": a theme only a fallback guessed
            # is the setting of a clause whose verdict is about something else.
            decided |= {theme for theme, _, _, _, _ in found}
        # A generic rejection ("went with another candidate") that comes with a specific
        # reason in the same clause ("... who lived closer") is that reason, not a generic one.
        specific = any(t not in _PROCESS and sign < 0 for t, sign, _, _, _ in found)
        # "a strong smell of smoke on your clothes": a cue that judges itself outranks a
        # topic of the same theme that borrowed the opposite verdict from a nearby word.
        overruled = {
            (theme, sign)
            for theme, sign in borrowed - verdicts
            if (theme, -sign) in verdicts
        }
        found = [f for f in found if (f[0], f[1]) not in overruled]
        return [
            (theme, sign, evidence, shown)
            for theme, sign, evidence, shown, weak in found
            if not (weak and theme in decided) and not (specific and theme in _PROCESS and sign < 0)
        ]

    def _drop_asides_about_others(
        self, tokens: list[_Token], inside: list[_Item], start: int, end: int
    ) -> list[_Item]:
        """'You stayed courteous even when the interviewer was abrupt': cues after a third
        party's subject in mid-clause describe that party, up to the next mention of you."""
        lex = self.lexicon
        for k in range(start + 1, end - 2):
            if tokens[k].surface not in _AFTER_WHEN or tokens[k + 1].surface not in _ARTICLES:
                continue
            subject = tokens[k + 2].surface
            if subject not in lex.third_parties or k + 3 >= end:
                continue
            if tokens[k + 3].surface not in lex.third_party_linking:
                continue
            until = next(
                (j for j in range(k + 3, end) if tokens[j].surface in _CANDIDATE_WORDS), end
            )
            return [
                it
                for it in inside
                if not (
                    it.rule.kind == "cue"
                    and it.rule.theme not in _PROCESS
                    and k + 3 <= it.start < until
                )
            ]
        return inside

    @staticmethod
    def _speaker_opens(tokens: list[_Token], start: int, end: int) -> bool:
        """True when the clause opens on the employer speaking ("we", "we're", "our")."""
        first = next((tokens[k].surface for k in range(start, end) if tokens[k].is_word), "")
        return first in _SPEAKERS

    def _about_someone_else(self, tokens: list[_Token], start: int, end: int) -> int:
        """Where a clause about a third party ('The interviewer was friendly', 'We're keen to
        see you') first names the candidate: cues before it describe someone else. ``start``
        when the clause does not open on a third party, ``end`` when no candidate is named."""
        lex = self.lexicon
        positions = [k for k in range(start, end) if tokens[k].is_word]
        words = [tokens[k].surface for k in positions]
        if words[:1] in (["the"], ["our"], ["my"], ["a"], ["one"]):
            words, positions = words[1:], positions[1:]
        for size in (2, 1):
            subject = " ".join(words[:size])
            if (
                len(words) > size
                and subject in lex.third_parties
                and (words[size] in lex.third_party_linking or words[0] in _SPEAKER_IS)
            ):
                if words[size] in _OPINION_VERBS and subject not in _THINGS:
                    return start
                return next(
                    (k for k, w in zip(positions, words, strict=True) if w in _CANDIDATE_WORDS),
                    end,
                )
        return start

    def _ellipsis(
        self,
        text: str,
        tokens: list[_Token],
        inside: list[_Item],
        start: int,
        end: int,
        topics: list[_Item],
    ) -> list[tuple[str, int, str, tuple[str, ...]]]:
        """Mentions for a verdict-only clause about the previous clause's topics."""
        self._apply_negation(tokens, inside)
        evals = [it for it in inside if it.kind == "eval"]
        if not evals:
            return []
        verdict = evals[0]
        sign = self._eval_sign(verdict)
        if any(it.rule.kind == "advice" for it in inside) or (
            self._instruction_at(tokens, start, end) is not None
        ):
            # "Answers sounded memorised - it would help to sound more natural": advice.
            sign = -1
        evidence = text[tokens[start].start : tokens[end - 1].end].strip(" ,;:-/(")
        return [
            (
                theme,
                sign,
                evidence,
                (_phrase(text, tokens, topic.positions), _phrase(text, tokens, verdict.positions)),
            )
            for theme, topic in {t.rule.theme: t for t in topics}.items()
        ]

    def _skip_pleasantry(
        self, tokens: list[_Token], inside: list[_Item], start: int, end: int
    ) -> tuple[int, list[_Item]] | None:
        """Drop a courtesy opening ("Thank you for coming in,") up to its comma."""
        first_word = next((k for k in range(start, end) if tokens[k].is_word), None)
        opener = next(
            (it for it in inside if it.start == first_word and it.rule.kind == "opener"), None
        )
        if opener is None:
            return start, inside
        comma = next((k for k in range(opener.end, end) if tokens[k].surface == ","), None)
        if comma is None:
            return None
        return comma + 1, [it for it in inside if it.start > comma]

    @staticmethod
    def _rival_inverted(tokens: list[_Token], rival: _Item, start: int) -> bool:
        """'you were stronger than the other candidates' praises the candidate."""
        before = [t.surface for t in tokens[max(start, rival.start - 3) : rival.start]]
        if "than" not in before:
            return False
        return any(t.surface in {"you", "your", "you're"} for t in tokens[start : rival.start])

    # -------------------------------------------------------------------------------- API
    def _tag_sentence(
        self, text: str, tokens: list[_Token], mode: int
    ) -> tuple[list[tuple[str, int, str, tuple[str, ...]]], int]:
        """Mentions in one sentence and the header mode after it; cached by sentence text,
        since cohort notes share sentences ("We went with a candidate who was a better fit")."""
        key = (text[tokens[0].start : tokens[-1].end], mode)
        cache = self.sentence_cache
        if cache is not None and key in cache:
            return cache[key]
        items = self._match_sentence(tokens)
        clauses, new_mode = self._clauses(tokens, items, mode)
        found: list[tuple[str, int, str, tuple[str, ...]]] = []
        topics: list[_Item] = []
        for c_start, c_end, c_mode in clauses:
            inside = [it for it in items if c_start <= it.start < c_end]
            if topics and not any(it.rule.kind == "cue" for it in inside):
                # "Your algorithm was correct but slow": the verdict after "but" judges the
                # same topic.
                found += self._ellipsis(text, tokens, inside, c_start, c_end, topics)
                topics = []
                continue
            found += self._tag_clause(text, tokens, items, c_start, c_end, c_mode)
            topics = [it for it in inside if it.kind == "cue" and not it.rule.self_eval]
        if cache is not None:
            if len(cache) >= SENTENCE_CACHE_SIZE:
                cache.clear()
            cache[key] = (found, new_mode)
        return found, new_mode

    def tag_text(self, text: str) -> list[Mention]:
        """Themes in one note, one mention per (theme, polarity), in order of first evidence.

        >>> [(m.theme, m.polarity) for m in build_tagger().tag_text("Not concise.")]
        [('communication', 'improvement')]
        """
        if not isinstance(text, str) or not text.strip():
            return []
        text = tx.clean_text(text)
        merged: dict[tuple[str, int], tuple[str, list[str]]] = {}
        mode = 0
        for tokens in self._sentences(text, self._tokens(text)):
            found, mode = self._tag_sentence(text, tokens, mode)
            for theme, sign, evidence, cues in found:
                key = (theme, sign)
                if key not in merged:
                    merged[key] = (evidence, list(cues))
                else:
                    seen = merged[key][1]
                    seen.extend(c for c in cues if c not in seen)
        return [
            Mention(theme, _POLARITY_NAME[sign], evidence, tuple(cues))
            for (theme, sign), (evidence, cues) in merged.items()
        ]


def _is_slip(typed: str, word: str) -> bool:
    """One letter dropped, doubled/added, or two swapped (not swapped for another letter:
    that turns real words into each other, "relayed" -> "relaxed").

    >>> _is_slip("enthusiam", "enthusiasm"), _is_slip("rambeld", "rambled")
    (True, True)
    >>> _is_slip("relayed", "relaxed"), _is_slip("length", "lengthy")
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


def _phrase(text: str, tokens: list[_Token], positions: tuple[int, ...]) -> str:
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


def build_tagger(codebook: Codebook | None = None) -> Tagger:
    """Build a tagger from a codebook (the default one when None); do it once and reuse.

    >>> build_tagger().tag_text("You rambled.")[0].cues
    ('rambled',)
    """
    codebook = codebook or load_codebook()
    return Tagger(codebook, build_lexicon(codebook.cues, codebook.theme_ids))


_DEFAULT_TAGGER: Tagger | None = None


def _default_tagger() -> Tagger:
    global _DEFAULT_TAGGER
    if _DEFAULT_TAGGER is None:
        _DEFAULT_TAGGER = build_tagger()
    return _DEFAULT_TAGGER


def tag_text(text: str, tagger: Tagger | None = None) -> list[Mention]:
    """Tag one note with the given tagger (or a shared default one).

    >>> [(m.theme, m.polarity) for m in tag_text("Great eye contact.")]
    [('confidence', 'strength')]
    """
    return (tagger or _default_tagger()).tag_text(text)


# ------------------------------------------------------------------------- whole tables

_WORKER_TAGGER: Tagger | None = None


def _init_worker(codebook: Codebook, sentence_cache: bool) -> None:
    """Pool initializer: build the tagger once per worker process."""
    global _WORKER_TAGGER
    _WORKER_TAGGER = build_tagger(codebook)
    if not sentence_cache:
        _WORKER_TAGGER.sentence_cache = None


# Tagged texts travel as columns: mentions per text, then one entry per mention.
_Columns = tuple[list[int], list[str], list[str], list[str], list[tuple[str, ...]]]


def _tag_columns(tagger: Tagger, texts: list[str]) -> _Columns:
    counts: list[int] = []
    themes: list[str] = []
    polarities: list[str] = []
    evidence: list[str] = []
    cues: list[tuple[str, ...]] = []
    for text in texts:
        mentions = tagger.tag_text(text)
        counts.append(len(mentions))
        for m in mentions:
            themes.append(m.theme)
            polarities.append(m.polarity)
            evidence.append(m.evidence)
            cues.append(m.cues)
    return counts, themes, polarities, evidence, cues


def _tag_chunk(texts: list[str]) -> _Columns:
    return _tag_columns(_WORKER_TAGGER or _default_tagger(), texts)


def _tag_unique(
    texts: list[str],
    tagger: Tagger,
    progress: Callable[[float], None] | None,
    workers: int | None,
) -> _Columns:
    """Tag distinct texts, in a process pool when there are many and more than one core."""
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    chunks = [texts[i : i + CHUNK_SIZE] for i in range(0, len(texts), CHUNK_SIZE)]
    out: _Columns = ([], [], [], [], [])
    if n_workers <= 1 or len(texts) < POOL_THRESHOLD:
        results: Iterable[_Columns] = (_tag_columns(tagger, chunk) for chunk in chunks)
        _collect(results, out, len(chunks), progress)
        return out
    with ProcessPoolExecutor(
        max_workers=n_workers,
        initializer=_init_worker,
        initargs=(tagger.codebook, tagger.sentence_cache is not None),
    ) as pool:
        _collect(pool.map(_tag_chunk, chunks), out, len(chunks), progress)
    return out


def _collect(
    results: Iterable[_Columns],
    out: _Columns,
    n_chunks: int,
    progress: Callable[[float], None] | None,
) -> None:
    # Evidence and cues repeat across notes (shared sentences); keeping one copy of each
    # bounds memory on cohort-sized inputs whose results arrive from worker processes.
    shared: dict[Any, Any] = {}
    for n, (counts, themes, polarities, evidence, cues) in enumerate(results, 1):
        out[0].extend(counts)
        out[1].extend(themes)
        out[2].extend(polarities)
        out[3].extend([shared.setdefault(e, e) for e in evidence])
        out[4].extend([shared.setdefault(c, c) for c in cues])
        if progress:
            progress(n / n_chunks)


def tag_feedback(
    table: pd.DataFrame,
    tagger: Tagger | None = None,
    *,
    text_column: str = "feedback",
    progress: Callable[[float], None] | None = None,
    workers: int | None = None,
) -> pd.DataFrame:
    """The mentions frame (schema.MENTION_COLUMNS) for every row with text, whatever its status.

    ``row`` is the input row's index label. Each distinct text is tagged once (cohort logs
    repeat notes) and its mentions are copied to every row holding it; big inputs use a
    process pool with ``workers`` processes (default: all cores), small ones run in-process.
    """
    if text_column not in table.columns:
        columns = ", ".join(map(str, table.columns)) or "none"
        raise DebriefError(
            f"There is no '{text_column}' column to tag; the columns are: {columns}."
        )
    tagger = tagger or _default_tagger()
    texts = table[text_column]
    has_text = texts.map(_has_text, na_action="ignore").fillna(False).astype(bool)
    notes = texts[has_text.to_numpy()].astype(str)
    if notes.empty:
        if progress:
            progress(1.0)
        return empty_mentions()
    codes, unique = pd.factorize(notes.to_numpy())
    counts, themes, polarities, evidence, cues = _tag_unique(
        list(unique), tagger, progress, workers
    )
    # Row r holds text codes[r], whose mentions sit at offsets[code] .. + counts[code].
    per_text = np.asarray(counts, dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(per_text)[:-1]))
    per_row = per_text[codes]
    total = int(per_row.sum())
    if total == 0:
        return empty_mentions()
    row_starts = np.repeat(np.cumsum(per_row) - per_row, per_row)
    take = np.repeat(offsets[codes], per_row) + (np.arange(total) - row_starts)
    cue_column = np.empty(len(cues), dtype=object)
    cue_column[:] = cues
    frame = pd.DataFrame(
        {
            "row": np.repeat(_row_labels(notes.index), per_row),
            "theme": np.asarray(themes, dtype=object)[take],
            "polarity": np.asarray(polarities, dtype=object)[take],
            "evidence": np.asarray(evidence, dtype=object)[take],
            "cues": cue_column[take],
        },
        columns=list(MENTION_COLUMNS),
    )
    return frame.astype({c: t for c, t in MENTION_DTYPES.items() if c != "cues"})


def _has_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _row_labels(index: pd.Index) -> np.ndarray:
    """Index labels as int64 (positions when the labels are not integers)."""
    if pd.api.types.is_integer_dtype(index.dtype):
        return index.to_numpy(dtype="int64")
    return np.arange(len(index), dtype="int64")
