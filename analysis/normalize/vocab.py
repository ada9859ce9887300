"""The words Debrief reads headers and cells with (``data/headers.toml``), compiled for matching."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.errors import DebriefError
from analysis.schema import (
    CHANNELS,
    FEEDBACK_SOURCES,
    MAPPABLE_FIELDS,
    OUTCOMES,
    STAGES,
    stage_for_round,
)

HEADERS_PATH = Path(__file__).resolve().parents[1] / "data" / "headers.toml"

UNRECOGNISED = "?"  # stage text that matched no stage word
BY_ROUND = "by_round"  # "Interview": a stage that depends on the round number

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s\-_/\\.,;:!?()\[\]{}\"'`+*&|<>=~^]+")


def fold(text: object, *, camel: bool = False) -> str:
    """Fold text for matching: lower case, punctuation as spaces, spaces collapsed.

    >>> fold("Company_Name (2nd)"), fold("companyName", camel=True)
    ('company name 2nd', 'company name')
    """
    s = str(text)
    if camel:
        s = _CAMEL.sub(" ", s)
    s = s.casefold()
    if not s.isascii():  # "Rôle" -> "role", "Société" -> "societe"
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", s).strip()


class PhraseMatcher:
    """Find the longest known phrase (whole words) in folded text and return its label."""

    def __init__(self, table: dict[str, Iterable[str]]) -> None:
        self.labels: dict[str, str] = {}
        for label, phrases in table.items():
            for phrase in phrases:
                folded = fold(phrase)
                if folded:
                    self.labels.setdefault(folded, label)
        alternatives = sorted(self.labels, key=len, reverse=True)
        body = "|".join(map(re.escape, alternatives)) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def match(self, folded: str) -> str | None:
        """Return the label of the longest phrase found, or None.

        >>> PhraseMatcher({"offer": ["offer"], "rejected": ["no offer"]}).match("no offer")
        'rejected'
        """
        best, best_len = None, 0
        for found in self._pattern.finditer(folded):
            if len(found.group()) > best_len:
                best, best_len = self.labels[found.group()], len(found.group())
        return best


@dataclass(frozen=True)
class Vocabulary:
    """Header synonyms and value words from ``headers.toml``, compiled for matching."""

    exact: dict[str, tuple[str, ...]]
    keywords: tuple[tuple[str, PhraseMatcher], ...]
    never: PhraseMatcher
    stage_step: PhraseMatcher
    stage_ordinal: PhraseMatcher
    stage_kind: PhraseMatcher
    outcomes: PhraseMatcher
    sources: PhraseMatcher
    channels: PhraseMatcher
    practice: PhraseMatcher
    ticks: frozenset[str]
    not_reached: frozenset[str]
    empty: frozenset[str]
    errors: frozenset[str]  # Excel error values ("#REF!"), case-folded as written
    totals: frozenset[str]
    trackers: dict[str, dict[str, Any]]
    generic_person: frozenset[str] = frozenset()  # "Name", "Email": a person only in a cohort


def folded_set(words: Iterable[str]) -> frozenset[str]:
    """Return the words both case-folded as written and fully folded, for set lookups.

    >>> sorted(folded_set(["N/A"]))
    ['n a', 'n/a']
    """
    words = list(words)
    return frozenset(w.strip().casefold() for w in words) | frozenset(fold(w) for w in words)


def read_word_file(path: Path) -> dict[str, Any]:
    """Return the parsed TOML of a word list, or raise one DebriefError sentence."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        name = Path(path).name
        raise DebriefError(f"The header word list {name} could not be read: {exc}.") from exc


def check_against_schema(data: dict[str, Any], name: str = "headers.toml") -> None:
    """Refuse a word list whose fields or labels are not the schema's (a rename fails loudly).

    >>> check_against_schema({"fields": {"employer": {}}})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.DebriefError: headers.toml names field 'employer', which the canonical ...
    """
    fields = data.get("fields", {})
    named = [*fields, *(rule.get("field", "") for rule in data.get("keywords", []))]
    labels = {
        "field": (named, MAPPABLE_FIELDS),
        "stage": ([label for part in data.get("stages", {}).values() for label in part],
                  (*STAGES, "", BY_ROUND)),
        "outcome": (list(data.get("outcomes", {})), OUTCOMES),
        "feedback source": (list(data.get("sources", {})), FEEDBACK_SOURCES),
        "channel": (list(data.get("channels", {})), CHANNELS),
    }
    for kind, (given, known) in labels.items():
        for label in given:
            if label not in known:
                raise DebriefError(
                    f"{name} names {kind} '{label}', which the canonical table "
                    f"(analysis/schema.py) does not have; {kind}s are: "
                    f"{', '.join(k for k in known if k)}."
                )
    missing = [f for f in MAPPABLE_FIELDS if f not in fields]
    if missing and fields:
        raise DebriefError(
            f"{name} has no header words for field '{missing[0]}' of the canonical table "
            "(analysis/schema.py): add a [fields." + missing[0] + "] section."
        )


def compile_vocabulary(data: dict[str, Any]) -> Vocabulary:
    """Return the compiled matchers for a parsed (and schema-checked) word list."""
    exact = {f: tuple(fold(h) for h in spec.get("exact", ())) for f, spec in data["fields"].items()}
    keywords = tuple(
        (rule["field"], PhraseMatcher({rule["field"]: rule["phrases"]}))
        for rule in data.get("keywords", [])
    )
    return Vocabulary(
        exact=exact,
        keywords=keywords,
        never=PhraseMatcher({"never": data.get("header_rules", {}).get("never", [])}),
        stage_step=PhraseMatcher(data["stages"].get("step", {})),
        stage_ordinal=PhraseMatcher(data["stages"]["ordinal"]),
        stage_kind=PhraseMatcher(data["stages"]["kind"]),
        outcomes=PhraseMatcher(data["outcomes"]),
        sources=PhraseMatcher(data["sources"]),
        channels=PhraseMatcher(data["channels"]),
        practice=PhraseMatcher({"practice": data.get("practice", {}).get("words", [])}),
        ticks=folded_set(data["wide"]["ticks"]),
        not_reached=folded_set(data["wide"]["not_reached"]),
        empty=folded_set(data["cells"]["empty"]),
        errors=frozenset(w.strip().casefold() for w in data["cells"].get("errors", [])),
        totals=folded_set(data["totals"]["words"]),
        trackers=data.get("trackers", {}),
        generic_person=frozenset(fold(w) for w in data.get("cohort", {}).get("generic_person",
                                                                          [])),
    )


@lru_cache(maxsize=4)
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Load the header and value words (default ``analysis/data/headers.toml``).

    >>> load_vocabulary().outcomes.match("no reply")
    'ghosted'
    """
    path = path or HEADERS_PATH
    data = read_word_file(path)
    check_against_schema(data, Path(path).name)
    return compile_vocabulary(data)


_ROUND_NUMBER = re.compile(
    r"(?<!\w)(?:round|interview|stage|r|int)\s*#?\s*(\d{1,2})(?!\d)"
    r"|(?<!\w)(\d{1,2})\s*(?:st|nd|rd|th)(?!\w)"
    r"|^(\d{1,2})$"
)


def round_number_in(folded: str, *, whole: bool = False) -> int | None:
    """Return the round number written in folded text ("interview 2", "3rd"), else None.

    >>> round_number_in("round 2"), round_number_in("final")
    (2, None)
    """
    found = _ROUND_NUMBER.fullmatch(folded) if whole else _ROUND_NUMBER.search(folded)
    return int(next(g for g in found.groups() if g)) if found else None


def stage_of_text(folded: str, vocab: Vocabulary) -> str | None:
    """Read a stage from folded text: a stage, "by_round", "?" (unrecognised) or None.

    A test named anywhere makes the text a test; then round words; then kinds of interview.

    >>> v = load_vocabulary()
    >>> [stage_of_text(fold(t), v) for t in ("Phone screen", "1st round technical", "Interview 2")]
    ['screen', 'first_round', 'second_round']
    """
    if not folded:
        return None
    step = vocab.stage_step.match(folded)
    if step is not None:
        return step
    label = vocab.stage_ordinal.match(folded)
    if label is not None:
        return label or None
    number = round_number_in(folded)
    if number is not None:
        return str(stage_for_round([number])[0]) if number > 0 else None
    label = vocab.stage_kind.match(folded)
    if label is not None:
        return label
    return UNRECOGNISED

