"""Compile the cue file (``analysis/data/cues.toml``) into indexed phrase rules and word lists.

Every word the tagger treats specially lives in the cue file; this module only reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from analysis import text as tx
from analysis.errors import DebriefError
from analysis.tagger.model import IMPROVEMENT, MUTE, STRENGTH, Element, Form, Rule
from analysis.tagger.roles import check_theme_list
from analysis.tagger.words import Words, listed, word_lists, word_pattern

Index = dict[str, list[Rule]]
RuleSpec = tuple[str, str, str, int, bool, bool]

@dataclass
class Lexicon:
    """The compiled cue file: phrase rules indexed by first word, plus word lists."""

    single: dict[str, list[Rule]]  # one-word rules by first-word key
    pairs: dict[str, dict[str, list[Rule]]]  # first-word key -> second-word key -> rules
    gapped: dict[str, list[Rule]]  # rules with a gap after the first word
    spelling: dict[str, str]
    imperatives: frozenset[str]
    not_imperative_after: frozenset[str]
    headers: dict[str, int]
    subordinators: frozenset[str]
    defaults: dict[str, int]
    settings: dict[str, Any]
    known_words: frozenset[str]
    fuzzy_index: dict[str, str]
    words: Words
    generic: frozenset[str] = frozenset()  # themes about the process ("fit")
    employer_terms: frozenset[str] = frozenset()  # themes the employer may state ("logistics")
    domains: dict[str, str] = field(default_factory=dict)  # tenure theme -> its domain theme
    greetings: frozenset[tuple[str, ...]] = frozenset()  # "dear", "good morning"
    sign_offs: frozenset[tuple[str, ...]] = frozenset()  # "kind regards", "cheers"
    candidate_pattern: re.Pattern[str] = re.compile(r"(?!)")  # a word naming the candidate
    acronyms: dict[str, str] = field(default_factory=dict)  # case-sensitive: STAR != star
    vader_signs: dict[str, int] = field(default_factory=dict)  # fallback evaluative words
    # Cue phrases ([themes.*] yields) that judge any topic their clause names ("strong on").
    yielding: frozenset[tuple[Element, ...]] = frozenset()
    token_cache: dict[str, Form] = field(default_factory=dict)
    pair_cache: dict[tuple[str, str], tuple[Rule, int] | None] = field(default_factory=dict)
    # Settings and first words, derived in __post_init__.
    max_gap: int = field(init=False, default=3)
    negation_window: int = field(init=False, default=5)
    excess_window: int = field(init=False, default=2)
    fuzzy_min_length: int = field(init=False, default=7)
    sentence_window: int = field(init=False, default=64)
    vader_threshold: float = field(init=False, default=0.3)
    sign_off_starts: frozenset[str] = field(init=False, default=frozenset())
    greeting_starts: frozenset[str] = field(init=False, default=frozenset())

    @cached_property
    def known_stems(self) -> frozenset[str]:
        """Stems of every known word, built on first need (only unknown long words ask)."""
        return frozenset(tx.stem(w) for w in self.known_words)

    @cached_property
    def third_person_view(self) -> Lexicon:
        """This lexicon for a note written about the candidate as "he"/"she": those words
        name the candidate, not a third party. Rules and caches are shared."""
        words = self.words
        person = words.third_person
        view = replace(
            self,
            words=replace(
                words,
                third_parties=words.third_parties - person,
                candidate=words.candidate | person,
                candidate_subjects=words.candidate_subjects | person,
            ),
            candidate_pattern=word_pattern(words.candidate | words.candidate_objects | person),
        )
        view.token_cache, view.pair_cache = self.token_cache, self.pair_cache
        return view

    @cached_property
    def period_words(self) -> frozenset[str]:
        """Lowercase words whose form is an abbreviation ("e.g", "mr", or a spelling that
        turns into one): a period after them may not end a sentence."""
        short = frozenset(tx.DEFAULT_ABBREVIATIONS) | {"g", "e"}
        return short | {typo for typo, right in self.spelling.items() if right in short}

    def setting(self, name: str, default: float) -> float:
        """A number from the cue file's [settings], or ``default``."""
        return float(self.settings.get(name, default))

    def __post_init__(self) -> None:
        # Read once: the stages consult these per word.
        self.max_gap = int(self.setting("max_gap", 3))
        self.negation_window = int(self.setting("negation_window", 5))
        self.excess_window = int(self.setting("excess_window", 2))
        self.fuzzy_min_length = int(self.setting("fuzzy_min_length", 7))
        self.sentence_window = int(self.setting("sentence_window", 64))
        self.vader_threshold = self.setting("vader_threshold", 0.3)
        self.sign_off_starts = frozenset(p[0] for p in self.sign_offs if p)
        self.greeting_starts = frozenset(p[0] for p in self.greetings if p)


def vader_lexicon_path() -> Path:
    """Where the pip package vaderSentiment keeps its lexicon (no NLTK download needed)."""
    import vaderSentiment

    return Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"


def prepare_word(raw: str, spelling: dict[str, str]) -> str:
    """A cue or note word as phrases compare it: lowercased, respelled, folded.

    >>> prepare_word("Organised", {})
    'organized'
    """
    word = raw.lower()
    word = spelling.get(word, word)
    return tx.fold_spelling(word)


def _respell(word: str, spelling: dict[str, str]) -> str:
    """A cue word as notes' words are read: respelled ("licence" -> "license") when the
    spelling is one word, so a phrase written either way matches both."""
    respelled = prepare_word(word, spelling)
    return respelled if " " not in respelled else prepare_word(word, {})


def compile_phrase(phrase: str, spelling: dict[str, str]) -> tuple[Element, ...]:
    """Turn 'answer ... {the|a} question' into match elements.

    >>> [sorted(e.exact) for e in compile_phrase("answer ... {the|a} question", {})]
    [['answer'], ['a', 'the'], ['question']]
    """
    elements: list[Element] = []
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
        # A listed variant can itself be two words ("eyecontact" -> "eye contact"):
        # keep only single words here, multiword variants are separate phrases.
        exact = {_respell(option, spelling) for option in bare.strip("{}").split("|")}
        stems = set() if exact_only else {tx.stem(word) for word in exact}
        elements.append(Element(frozenset(exact), frozenset(stems), gap))
        gap = False
    return tuple(elements)


def domain_rules(domains: dict[str, Any], theme_ids: Sequence[str]) -> Iterable[RuleSpec]:
    """Topics of each occupation's vocabulary ([domains.nursing] skills = [...]): subject
    knowledge names skills, qualifications and registrations name experience; themes in
    [domains] ``leaning`` read as praise when nothing else judges them (a licence held)."""
    leaning = set(listed(domains, "leaning"))
    # A career stage ("newly qualified", "ASYE", "foundation pharmacist") says where the
    # candidate is, not a thing held: it is a topic with no lean.
    stages = set(listed(domains, "career_stages"))
    for name, spec in domains.items():
        if not isinstance(spec, dict):
            continue
        for theme in spec:
            if theme not in theme_ids:
                raise DebriefError(
                    f"cues.toml [domains.{name}] names '{theme}', which is not a theme."
                )
            lean = 1 if theme in leaning else 0
            for phrase in listed(spec, theme):
                yield "cue", phrase, theme, 0 if phrase in stages else lean, False, False


def by_precedence(themed: list[RuleSpec], domain: list[RuleSpec]) -> list[RuleSpec]:
    """Occupation jargon first, so on a tie it beats another theme's cue ("shrink" in retail
    is no nerves); a jargon word that restates its own theme's cue ("mastery") yields to it."""
    own = {(spec[1].lstrip("="), spec[2]) for spec in themed}
    return [*(s for s in domain if (s[1].lstrip("="), s[2]) not in own), *themed]


def theme_rules(themes: dict[str, Any]) -> Iterable[RuleSpec]:
    """(kind, phrase, theme, prior, self_eval, contextual) for every theme cue."""
    for theme, spec in themes.items():
        contextual = set(listed(spec, "contextual"))
        for phrase in listed(spec, "strength"):
            yield "cue", phrase, theme, 1, True, phrase in contextual
        for phrase in listed(spec, "improvement"):
            yield "cue", phrase, theme, -1, True, phrase in contextual
        leaning = {p: 1 for p in listed(spec, "positive_topics")}
        leaning.update({p: -1 for p in listed(spec, "negative_topics")})
        for phrase in listed(spec, "topics"):
            yield "cue", phrase, theme, leaning.pop(phrase, 0), False, phrase in contextual
        for phrase, lean in leaning.items():
            yield "cue", phrase, theme, lean, False, phrase in contextual


MODIFIER_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("negator", "negation", "negators"),
    ("exception", "negation", "exceptions"),
    ("contrast", "clauses", "contrast"),
    ("advice", "advice", "markers"),
    ("keep", "advice", "keep"),
    ("rival", "comparison", "rival"),
    ("decision", "email", "decisions"),
    ("excess", "intensity", "excess"),
    ("ignore", "pleasantries", "ignore"),
    ("opener", "pleasantries", "openers"),
)


def modifier_rules(cues: dict[str, Any]) -> Iterable[RuleSpec]:
    """Rules for the phrases that modify cues: evaluative words, negators, advice ..."""
    evaluation = cues.get("evaluation", {})
    for phrase in listed(evaluation, "positive"):
        yield "eval", phrase, "", 1, True, False
    for phrase in listed(evaluation, "negative"):
        yield "eval", phrase, "", -1, True, False
    for kind, section, key in MODIFIER_SECTIONS:
        for phrase in listed(cues.get(section, {}), key):
            yield kind, phrase, "", 0, False, False
    for phrase in listed(cues.get("negation", {}), "asides"):
        yield "negator", phrase, MUTE, 0, False, False


def index_rules(rules: list[Rule]) -> tuple[Index, dict[str, Index], Index]:
    """Index rules by their first word, or first two adjacent words, so that matching a
    token only tries phrases whose opening words are actually there."""
    single: Index = {}
    pairs: dict[str, Index] = {}
    gapped: Index = {}
    for rule in rules:
        first, rest = rule.elements[0], rule.elements[1:]
        for k1 in first.index_keys():
            if not rest:
                single.setdefault(k1, []).append(rule)
            elif rest[0].gap_before:
                gapped.setdefault(k1, []).append(rule)
            else:
                for k2 in rest[0].index_keys():
                    pairs.setdefault(k1, {}).setdefault(k2, []).append(rule)
    return single, pairs, gapped


def read_vader_valences() -> dict[str, float]:
    """VADER's word-level valences (-4 .. +4) from the lexicon file, by word."""
    try:
        lines = vader_lexicon_path().read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    valences: dict[str, float] = {}
    for line in lines:
        if line and line[0].isalpha():
            word, score = line.split("\t", 2)[:2]
            valences[word] = float(score)
    return valences


def vader_signs(
    valences: dict[str, float], known: set[str], ignored: set[str], threshold: float
) -> dict[str, int]:
    """Evaluative words the domain lexicon lacks, as +1/-1: a broad fallback lexicon
    ("dreadful", "delightful"). Words the cue file already uses, or lists as carrying no
    judgement, keep their domain meaning.

    >>> vader_signs({"dreadful": -3.0, "good": 1.9, "meh": -0.2}, {"good"}, set(), 1.5)
    {'dreadful': -1}
    """
    return {
        word: 1 if score > 0 else -1
        for word, score in valences.items()
        if abs(score) >= threshold and word not in known and word not in ignored
    }


def check_themes(cues: dict[str, Any], theme_ids: Sequence[str]) -> None:
    """Refuse a cue file without theme cues, or with cues for undefined themes."""
    if not cues.get("themes"):
        raise DebriefError("The codebook has no cue phrases (cues.toml [themes.*] is empty).")
    unknown = sorted(set(cues["themes"]) - set(theme_ids))
    if unknown:
        raise DebriefError(
            f"cues.toml has cues for themes the codebook does not define: {', '.join(unknown)}."
        )


def compile_rules(
    cues: dict[str, Any], spelling: dict[str, str], theme_ids: Sequence[str] = ()
) -> list[Rule]:
    """Every phrase of the cue file as a rule, in file order (the tie-breaker)."""
    domains = cues.get("domains", {})
    specs = [
        *by_precedence(
            list(theme_rules(cues["themes"])),
            list(domain_rules(domains, theme_ids or list(cues["themes"]))),
        ),
        *modifier_rules(cues),
    ]
    # A run-together misspelling ("eyecontact") is one more phrase for the cue it spells.
    joined = {right: typo for typo, right in spelling.items() if " " in right}
    specs += [
        (kind, joined[phrase], theme, prior, self_eval, contextual)
        for kind, phrase, theme, prior, self_eval, contextual in list(specs)
        if phrase in joined
    ]
    return [
        Rule(kind, elements, order, theme, prior, self_eval, contextual)
        for order, (kind, phrase, theme, prior, self_eval, contextual) in enumerate(specs)
        if (elements := compile_phrase(phrase, spelling))
    ]


def fuzzy_index(rules: list[Rule], min_len: int) -> dict[str, str]:
    """Theme cue words of ``min_len`` letters or more, by themselves and one deletion away."""
    theme_words = {
        w
        for r in rules
        if r.kind == "cue"
        for e in r.elements
        for w in e.exact
        if len(w) >= min_len
    }
    fuzzy: dict[str, str] = {}
    for word in sorted(theme_words):
        fuzzy.setdefault(word, word)
        for variant in tx.deletions(word):
            fuzzy.setdefault(variant, word)
    return fuzzy


def fallback_signs(
    cues: dict[str, Any], rules: list[Rule], spelling: dict[str, str], valences: dict[str, float]
) -> dict[str, int]:
    """VADER's strong words as fallback evaluative words, minus the ones the cue file owns."""
    return vader_signs(
        {tx.fold_spelling(w): v for w, v in valences.items()},
        # Words that are a phrase on their own keep the domain meaning; words only seen
        # inside longer phrases ("lovely" in "lovely manner") may still judge.
        {w for rule in rules if len(rule.elements) == 1 for w in rule.elements[0].exact}
        | set(spelling),
        {prepare_word(w, {}) for w in listed(cues.get("vader", {}), "ignore")},
        float(cues.get("settings", {}).get("vader_word_threshold", 1.5)),
    )


def yielding_phrases(cues: dict[str, Any], spelling: dict[str, str]) -> (
    frozenset[tuple[Element, ...]]
):
    """The compiled elements of every theme's ``yields`` phrases (matched by their rules)."""
    return frozenset(
        compile_phrase(phrase, spelling)
        for spec in cues["themes"].values()
        for phrase in listed(spec, "yields")
    )


def theme_roles(cues: dict[str, Any], theme_ids: Sequence[str]) -> (
    tuple[frozenset[str], dict[str, str]]
):
    """Themes the employer may state, and {tenure theme: domain theme}, from [themes.*]."""
    themes = cues["themes"]
    terms = frozenset(t for t, spec in themes.items() if spec.get("employer_terms"))
    domains = {t: str(spec["domain_theme"]) for t, spec in themes.items() if "domain_theme" in spec}
    for theme, domain in domains.items():
        check_theme_list(f"themes.{theme}", "domain_theme", frozenset({domain}), theme_ids)
    return terms, domains


def joined_words(cues: dict[str, Any], section: str, key: str, spelling: dict[str, str]) -> (
    frozenset[str]
):
    """Multiword phrases of one list, each word prepared as notes are."""
    return frozenset(
        " ".join(prepare_word(w, spelling) for w in s.split())
        for s in listed(cues.get(section, {}), key)
    )


def word_tuples(cues: dict[str, Any], section: str, key: str, spelling: dict[str, str]) -> (
    frozenset[tuple[str, ...]]
):
    """Phrases of one list as tuples of prepared words ("kind regards" -> ("kind", "regards"))."""
    return frozenset(
        tuple(prepare_word(w, spelling) for w in s.replace("-", " ").split())
        for s in listed(cues.get(section, {}), key)
    )


def header_signs(cues: dict[str, Any], spelling: dict[str, str]) -> dict[str, int]:
    """{"keep doing": +1, "to improve": -1, ...} from [headers]."""
    return {
        " ".join(prepare_word(w, spelling) for w in h.lstrip("=").split()): sign
        for sign, key in ((1, "strength"), (-1, "improvement"))
        for h in listed(cues.get("headers", {}), key)
    }


def build_lexicon(
    cues: dict[str, Any], theme_ids: Sequence[str], generic: Iterable[str] = ()
) -> Lexicon:
    """Compile the cue file into indexed phrase rules (done once per process)."""
    check_themes(cues, theme_ids)
    spelling = {str(k).lower(): str(v).lower() for k, v in cues.get("spelling", {}).items()}
    rules = compile_rules(cues, spelling, theme_ids)
    single, pairs, gapped = index_rules(rules)
    settings = cues.get("settings", {})
    valences = read_vader_valences()
    known = {w for rule in rules for e in rule.elements for w in e.exact}
    known |= {tx.fold_spelling(w) for w in valences} | set(spelling) | set(spelling.values())
    advice = cues.get("advice", {})
    terms, domains = theme_roles(cues, theme_ids)
    return Lexicon(
        single=single, pairs=pairs, gapped=gapped, spelling=spelling,
        imperatives=frozenset(listed(advice, "imperatives")),
        not_imperative_after=frozenset(listed(advice, "not_imperative_after")) | {":", ","},
        headers=header_signs(cues, spelling),
        subordinators=joined_words(cues, "clauses", "subordinators", spelling),
        defaults={
            theme: {STRENGTH: 1, IMPROVEMENT: -1}.get(str(spec.get("default", "")), 0)
            for theme, spec in cues["themes"].items()
        },
        settings=settings,
        known_words=frozenset(known),
        fuzzy_index=fuzzy_index(rules, int(settings.get("fuzzy_min_length", 7))),
        words=(words := word_lists(cues, theme_ids)),
        candidate_pattern=word_pattern(words.candidate | words.candidate_objects),
        generic=frozenset(generic),
        employer_terms=terms,
        domains=domains,
        greetings=word_tuples(cues, "email", "greetings", spelling),
        sign_offs=word_tuples(cues, "email", "sign_offs", spelling),
        acronyms={str(k): str(v) for k, v in cues.get("acronyms", {}).items()},
        vader_signs=fallback_signs(cues, rules, spelling, valences),
        yielding=yielding_phrases(cues, spelling),
    )
