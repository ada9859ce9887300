"""Which canonical field each column of a log holds: guessed from its header, or chosen."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.errors import DebriefError
from analysis.normalize.vocab import (
    BY_ROUND,
    UNRECOGNISED,
    Vocabulary,
    fold,
    load_vocabulary,
    round_number_in,
    stage_of_text,
)
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    CANONICAL_COLUMNS,
    COMPANY,
    EVENT_DATE,
    GROUP_FIELDS,
    MAPPABLE_FIELDS,
    OPTIONAL_DTYPES,
    OUTCOME,
    PERSON_FIELDS,
    PROVENANCE_FIELDS,
    ROLE,
    ROUND,
    STAGE,
    STAGES,
)

STAGE_COLUMN = "stage:"  # a wide log's stage column maps to "stage:<stage>"
IGNORED = ""  # a column kept as an extra column

_STAGE_SUFFIX = re.compile(r"(?:^|\s)(?:date|on|reached|done)$")


def header_claim(header: str, vocab: Vocabulary) -> tuple[str, int]:
    """Return (field, score) for one header; lower scores are stronger claims.

    >>> header_claim("Employer", load_vocabulary())
    ('company', 2)
    """
    folded = fold(header, camel=True)
    if header in CANONICAL_COLUMNS or header in OPTIONAL_DTYPES:
        return header, -1  # an exported canonical table maps onto itself
    for name, synonyms in vocab.exact.items():
        if folded in synonyms:
            return name, synonyms.index(folded)
    stage = stage_column_stage(folded, vocab)
    if stage:
        return STAGE_COLUMN + stage, 500
    if folded and vocab.never.match(folded) is None:
        for rank, (name, matcher) in enumerate(vocab.keywords):
            if matcher.match(folded):
                return name, 1000 + rank
    return IGNORED, 10_000


def stage_column_stage(folded: str, vocab: Vocabulary) -> str | None:
    """Return the stage a header names when it is nothing but a stage ("Phone screen date").

    >>> stage_column_stage("phone screen date", load_vocabulary())
    'screen'
    """
    bare = _STAGE_SUFFIX.sub("", folded).strip()
    if not bare:
        return None
    stage = stage_of_text(bare, vocab)
    if stage in (None, UNRECOGNISED, BY_ROUND, "applied"):
        return None
    known = any(bare in m.labels for m in (vocab.stage_step, vocab.stage_ordinal,
                                           vocab.stage_kind))
    return stage if known or round_number_in(bare, whole=True) is not None else None


def guess_mapping(
    columns: Sequence[str], overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """Guess which canonical field each column holds ("" = kept as an extra column).

    Each field goes to at most one column (the strongest claim); a wide log's stage columns map
    to ``"stage:<stage>"`` when there are at least two of them. ``overrides`` wins.

    >>> guess_mapping(["Employer", "Job Title", "Interview date", "What they said", "Prep"])
    {'Employer': 'company', 'Job Title': 'role', 'Interview date': 'event_date', \
'What they said': 'feedback', 'Prep': ''}
    """
    vocab = load_vocabulary()
    columns = [str(c) for c in columns]
    claims = {c: header_claim(c, vocab) for c in columns}
    stage_columns = [c for c, (f, _) in claims.items() if f.startswith(STAGE_COLUMN)]
    mapping = {c: IGNORED for c in columns}
    if len(stage_columns) >= 2:
        mapping.update({c: claims[c][0] for c in stage_columns})
    best: dict[str, tuple[int, int, str]] = {}
    for position, column in enumerate(columns):
        name, score = claims[column]
        if name and not name.startswith(STAGE_COLUMN):
            if name not in best or (score, position) < best[name][:2]:
                best[name] = (score, position, column)
    mapping.update({column: name for name, (_, _, column) in best.items()})
    mapping = keep_cohort_fields(mapping, vocab)
    if overrides:
        mapping = apply_overrides(mapping, overrides)
    return mapping


def keep_cohort_fields(mapping: dict[str, str], vocab: Vocabulary) -> dict[str, str]:
    """Keep person and group fields only in a cohort's log (see ``[cohort]`` in headers.toml).

    >>> v = load_vocabulary()
    >>> keep_cohort_fields({"Email": "person_email", "Firm": "company"}, v)["Email"]
    ''
    >>> keep_cohort_fields({"Email": "person_email", "Course": "programme"}, v)["Email"]
    'person_email'
    """
    person = [c for c, f in mapping.items() if f in PERSON_FIELDS]
    specific = [c for c in person if fold(c, camel=True) not in vocab.generic_person]
    grouped = any(f in GROUP_FIELDS for f in mapping.values())
    if specific or (person and grouped):
        return mapping
    return {c: IGNORED if f in (*PERSON_FIELDS, *GROUP_FIELDS) else f for c, f in mapping.items()}


def valid_fields() -> list[str]:
    """Return every field name a column can be mapped to (stage columns as stage:<stage>).

    >>> valid_fields()[:3], valid_fields()[-1]
    (['application_id', 'company', 'role'], 'stage:offer')
    """
    return [*MAPPABLE_FIELDS, *(STAGE_COLUMN + s for s in STAGES if s != "applied")]


def check_field(name: str) -> None:
    """Refuse a field name Debrief does not know, listing the ones it does."""
    allowed = {*valid_fields(), *PROVENANCE_FIELDS, IGNORED}
    if name not in allowed:
        raise DebriefError(
            f"'{name}' is not a field Debrief knows; use one of: {', '.join(valid_fields())} "
            "(or nothing to ignore the column)."
        )


def _no_column(column: str, columns: Sequence[str]) -> DebriefError:
    return DebriefError(
        f"There is no column '{column}' in this log; its columns are: {', '.join(columns)}."
    )


def apply_overrides(mapping: dict[str, str], overrides: dict[str, str]) -> dict[str, str]:
    """Return ``mapping`` with the person's choices applied; a field moved here leaves others.

    >>> apply_overrides({"A": "company", "B": ""}, {"B": "company"})
    {'A': '', 'B': 'company'}
    """
    out = dict(mapping)
    for column, name in overrides.items():
        if column not in out:
            raise _no_column(column, list(out))
        name = (name or "").strip()
        check_field(name)
        if name and not name.startswith(STAGE_COLUMN):
            out.update({c: IGNORED for c, f in out.items() if f == name})
        out[column] = name
    return out


def validate_mapping(mapping: dict[str, str], columns: Sequence[str]) -> dict[str, str]:
    """Check a mapping handed in by a caller; unlisted columns are extras.

    >>> validate_mapping({"Firm": "company"}, ["Firm", "When"])
    {'Firm': 'company', 'When': ''}
    """
    columns = [str(c) for c in columns]
    unknown = [c for c in mapping if c not in columns]
    if unknown:
        raise _no_column(unknown[0], columns)
    for name in mapping.values():
        check_field(name)
    taken = [f for f in mapping.values() if f and not f.startswith(STAGE_COLUMN)]
    twice = sorted({f for f in taken if taken.count(f) > 1})
    if twice:
        raise DebriefError(
            f"More than one column is mapped to '{twice[0]}'; map one and leave the others out."
        )
    return {c: mapping.get(c, IGNORED) for c in columns}


def check_usable(mapping: dict[str, str]) -> None:
    """Refuse a mapping with no column saying who (company, role, id) and one saying when."""
    fields = set(mapping.values())
    has_who = bool(fields & {COMPANY, ROLE, APPLICATION_ID})
    has_when = bool(
        fields & {APPLIED_DATE, EVENT_DATE, STAGE, ROUND, OUTCOME}
        or any(f.startswith(STAGE_COLUMN) for f in fields)
    )
    if not (has_who and has_when):
        found = ", ".join(f"'{c}'" for c in mapping) or "none"
        raise DebriefError(
            "This table does not look like an interview log: a log needs a company or role "
            "column and at least one date, stage or status column, and the columns found were "
            f"{found}."
        )


def field_columns(mapping: dict[str, str]) -> dict[str, str]:
    """Return field -> column for the mapped fields (stage columns and extras left out).

    >>> field_columns({"Firm": "company", "Misc": "", "Final": "stage:final_round"})
    {'company': 'Firm'}
    """
    return {f: c for c, f in mapping.items() if f and not f.startswith(STAGE_COLUMN)}


def stage_columns(mapping: dict[str, str]) -> list[tuple[str, str]]:
    """Return (column, stage) for a wide log's stage columns, in file order.

    >>> stage_columns({"Firm": "company", "Final": "stage:final_round"})
    [('Final', 'final_round')]
    """
    return [(c, f[len(STAGE_COLUMN):]) for c, f in mapping.items() if f.startswith(STAGE_COLUMN)]


def tracker_of(mapping: dict[str, str], vocab: Vocabulary) -> str:
    """Return the tracker whose export these headers are ("huntr", "linkedin"), else "".

    >>> tracker_of({"title": "role", "listName": "stage"}, load_vocabulary())
    'huntr'
    """
    folded = {fold(c, camel=True) for c in mapping}
    for name, spec in vocab.trackers.items():
        if spec.get("requires") and set(map(fold, spec["requires"])) <= folded:
            return name
    return ""
