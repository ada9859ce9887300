"""The canonical interview table: the single source of truth every other module reads.

One row per interview, plus one row per application that never reached an interview
(``round == 0``, ``stage == "applied"``), plus one row per assessment step (``round == 0``,
``stage == "assessment"``), plus one row per practice session (mock interview, recorded
practice: ``practice == True``), whose feedback counts but which is no application.
Columns beyond ``CANONICAL_COLUMNS`` are the user's
own extra columns (prep time, salary, links, ...), kept after the canonical ones.

Stage mapping (what people write -> ``stage``), implemented in ``analysis.normalize``
with the words of ``data/headers.toml``:

=============  ===============================================================
applied        applied, application, submitted, wishlist-to-applied trackers
screen         phone screen, recruiter call, HR call, intro call, screening
assessment     online test, assessment centre, recorded (one-way) video interview,
               HireVue, group exercise, psychometric or reasoning test, in-tray
first_round    1st interview, first round, HM / hiring-manager interview, video call
second_round   2nd round, technical, case, panel, take-home review
final_round    final, onsite / on-site, superday, last round, executive, 3rd+
offer          offer, offer accepted / declined
=============  ===============================================================

``round`` is the 1-based order of an application's interviews by date, whatever they were
called; assessment steps are no interview and have round 0. *First round* means the first
interview after any screens and tests (``analysis.present.FIRST_ROUND_DEFINITION``; metrics
can count a phone screen as the first round instead).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from analysis.stages import STAGES

STAGE_LABELS: dict[str, str] = {
    "applied": "Applied",
    "screen": "Screen",
    "assessment": "Assessment",
    "first_round": "First round",
    "second_round": "Second round",
    "final_round": "Final round",
    "offer": "Offer",
}

# Stages a funnel shows only when the log has them (most personal logs have no tests).
OPTIONAL_STAGES: tuple[str, ...] = ("assessment",)
# Steps that are no interview: they come before the first round and are never a round.
STEP_STAGES: tuple[str, ...] = ("assessment",)

OUTCOMES: tuple[str, ...] = (
    "advanced",
    "rejected",
    "offer",
    "withdrew",
    "ghosted",
    "pending",
    "unknown",
)

FEEDBACK_SOURCES: tuple[str, ...] = (
    "interviewer",  # the hiring side: interviewer, hiring manager, HR at the employer
    "recruiter",  # recruiter or another neutral third party (agency, insider)
    "career_services",  # career-services adviser or coach
    "practice",  # mock interview or recorded practice
    "network",  # former boss, professor, friend
    "self",  # the candidate's own notes
    "unknown",
)
SOURCE_LABELS: dict[str, str] = {
    "interviewer": "Interviewer / employer",
    "recruiter": "Recruiter / third party",
    "career_services": "Career services / coach",
    "practice": "Mock or recorded practice",
    "network": "Personal network",
    "self": "Own notes",
    "unknown": "Unknown",
}

CHANNELS: tuple[str, ...] = ("letter", "email", "phone", "in_person", "video", "unknown")
CHANNEL_LABELS: dict[str, str] = {
    "letter": "Letter",
    "email": "Email",
    "phone": "Phone",
    "in_person": "In person",
    "video": "Video",
    "unknown": "Unknown",
}

ROW_STATUSES: tuple[str, ...] = ("ok", "duplicate", "skipped")

POLARITIES: tuple[str, ...] = ("strength", "improvement")

STAGE_DTYPE = pd.CategoricalDtype(list(STAGES), ordered=True)
OUTCOME_DTYPE = pd.CategoricalDtype(list(OUTCOMES))
SOURCE_DTYPE = pd.CategoricalDtype(list(FEEDBACK_SOURCES))
CHANNEL_DTYPE = pd.CategoricalDtype(list(CHANNELS))
STATUS_DTYPE = pd.CategoricalDtype(list(ROW_STATUSES))
POLARITY_DTYPE = pd.CategoricalDtype(list(POLARITIES))

# Column names. Every other module names the table's columns through these constants.
APPLICATION_ID = "application_id"
COMPANY = "company"
ROLE = "role"
APPLIED_DATE = "applied_date"
EVENT_DATE = "event_date"
STAGE = "stage"
ROUND = "round"
OUTCOME = "outcome"
FEEDBACK = "feedback"
FEEDBACK_SOURCE = "feedback_source"
FEEDBACK_CHANNEL = "feedback_channel"
INTERVIEWER = "interviewer"
PRACTICE = "practice"
SOURCE_FILE = "source_file"
SOURCE_ROW = "source_row"
ROW_STATUS = "row_status"
ROW_ISSUE = "row_issue"

# Column -> dtype, in canonical order. Dates are day precision (time of day is dropped).
CANONICAL_DTYPES: dict[str, object] = {
    APPLICATION_ID: pd.StringDtype(),
    COMPANY: pd.StringDtype(),
    ROLE: pd.StringDtype(),
    APPLIED_DATE: "datetime64[ns]",
    EVENT_DATE: "datetime64[ns]",
    STAGE: STAGE_DTYPE,
    ROUND: "Int64",
    OUTCOME: OUTCOME_DTYPE,
    FEEDBACK: pd.StringDtype(),
    FEEDBACK_SOURCE: SOURCE_DTYPE,
    FEEDBACK_CHANNEL: CHANNEL_DTYPE,
    INTERVIEWER: pd.StringDtype(),
    # True for mock interviews and recorded practice: their feedback is tagged and counts in
    # theme metrics, but they are not applications, so funnel metrics leave them out.
    PRACTICE: "boolean",
    SOURCE_FILE: pd.StringDtype(),
    SOURCE_ROW: "Int64",
    ROW_STATUS: STATUS_DTYPE,
    ROW_ISSUE: pd.StringDtype(),
}
CANONICAL_COLUMNS: tuple[str, ...] = tuple(CANONICAL_DTYPES)

# A cohort's table (a careers office's export) also knows people and groups. These columns
# are present only when the log has them, so a personal log's table is what it always was.
PERSON_ID = "person_id"  # the student's id, or a stable pseudonym of their name or email
PROGRAMME = "programme"  # programme, course, major
COHORT = "cohort"  # cohort, graduation or class year
SCHOOL = "school"  # school, faculty, department
ADVISER = "adviser"  # careers adviser or coach
GROUP_FIELDS: tuple[str, ...] = (PROGRAMME, COHORT, SCHOOL, ADVISER)
OPTIONAL_DTYPES: dict[str, object] = {
    PERSON_ID: pd.StringDtype(), **{g: pd.StringDtype() for g in GROUP_FIELDS}
}
# Read from a log to make ``person_id``, never kept: names and emails are personal data.
PERSON_NAME = "person_name"
PERSON_EMAIL = "person_email"
PERSON_FIELDS: tuple[str, ...] = (PERSON_ID, PERSON_NAME, PERSON_EMAIL)

# The tagger's output: one row per theme mention. ``row`` is the index label of the
# canonical-table row whose ``feedback`` the mention came from.
MENTION_ROW = "row"
THEME = "theme"
POLARITY = "polarity"
EVIDENCE = "evidence"
CUES = "cues"
MENTION_DTYPES: dict[str, object] = {
    MENTION_ROW: "int64",
    THEME: pd.StringDtype(),
    POLARITY: POLARITY_DTYPE,
    EVIDENCE: pd.StringDtype(),
    CUES: object,  # tuple[str, ...]: the cue words that matched, for "why this tag"
}
MENTION_COLUMNS: tuple[str, ...] = tuple(MENTION_DTYPES)

# Columns of an exported canonical table that say where a row came from; normalize recognises
# them by their exact names only, so re-importing an export keeps its row accounting.
PROVENANCE_FIELDS: tuple[str, ...] = (PRACTICE, SOURCE_FILE, SOURCE_ROW, ROW_STATUS, ROW_ISSUE)
# The fields a person can map a column of their log to (``headers.toml`` gives their words).
MAPPABLE_FIELDS: tuple[str, ...] = (
    *(c for c in CANONICAL_COLUMNS if c not in PROVENANCE_FIELDS), *PERSON_FIELDS, *GROUP_FIELDS
)
# Each mappable field as a person reads it (column pickers, refusals).
FIELD_LABELS: dict[str, str] = {
    APPLICATION_ID: "Application id",
    COMPANY: "Company",
    ROLE: "Role / job title",
    APPLIED_DATE: "Date applied",
    EVENT_DATE: "Interview date",
    STAGE: "Stage / interview type",
    ROUND: "Round number",
    OUTCOME: "Outcome / status",
    FEEDBACK: "Feedback notes",
    FEEDBACK_SOURCE: "Who gave the feedback",
    FEEDBACK_CHANNEL: "How it was given",
    INTERVIEWER: "Interviewer",
    PERSON_ID: "Student / person id",
    PERSON_NAME: "Student name (kept only as a pseudonym)",
    PERSON_EMAIL: "Student email (kept only as a pseudonym)",
    PROGRAMME: "Programme / course",
    COHORT: "Cohort / graduation year",
    SCHOOL: "School / faculty",
    ADVISER: "Careers adviser",
}


def empty_table() -> pd.DataFrame:
    """Return a canonical table with no rows and every column at its canonical dtype."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in CANONICAL_DTYPES.items()})


def empty_mentions() -> pd.DataFrame:
    """Return a mentions frame with no rows."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in MENTION_DTYPES.items()})


def conform_table(df: pd.DataFrame) -> pd.DataFrame:
    """Cast canonical columns to their dtypes, add missing ones as empty, order them first.

    The person and group columns (``OPTIONAL_DTYPES``) follow when present; extra (user)
    columns are kept after them, in their original order.

    >>> conform_table(pd.DataFrame({"company": ["Acme"]})).columns[:3].tolist()
    ['application_id', 'company', 'role']
    >>> conform_table(pd.DataFrame({"x": [1], "person_id": ["S1"]})).columns[-2:].tolist()
    ['person_id', 'x']
    """
    out = df.copy(deep=False)  # copy-on-write: columns are copied only when they change
    for column, dtype in CANONICAL_DTYPES.items():
        if column not in out.columns:
            out[column] = pd.Series(pd.NA, index=out.index, dtype=object)
        if str(dtype).startswith("datetime64"):
            out[column] = pd.to_datetime(out[column], errors="coerce").astype(dtype)
        else:
            out[column] = out[column].astype(dtype)
    optional = [c for c in OPTIONAL_DTYPES if c in out.columns]
    for column in optional:
        out[column] = out[column].astype(OPTIONAL_DTYPES[column])
    extras = [c for c in out.columns if c not in CANONICAL_DTYPES and c not in OPTIONAL_DTYPES]
    return out[[*CANONICAL_COLUMNS, *optional, *extras]]


def is_counted(table: pd.DataFrame) -> pd.Series:
    """Return True for rows that count anywhere: ``row_status == "ok"``.

    >>> is_counted(pd.DataFrame({"row_status": ["ok", "duplicate", "skipped"]})).tolist()
    [True, False, False]
    """
    return (table[ROW_STATUS] == "ok").fillna(False).astype(bool)


def counted_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Return rows that count anywhere: ``row_status == "ok"`` (no duplicates, no skipped)."""
    return table[is_counted(table)]


def application_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Return counted rows that belong to real applications (practice sessions left out).

    Funnel and application metrics read these; theme metrics read ``counted_rows`` so that
    feedback from mock interviews still counts.
    """
    counted = counted_rows(table)
    return counted[~counted[PRACTICE].fillna(False).astype(bool)]


def interview_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Return real interviews: application rows with ``round >= 1``."""
    rows = application_rows(table)
    return rows[rows[ROUND].fillna(0) >= 1]


def stage_for_round(numbers: ArrayLike) -> np.ndarray:
    """Return the stage each numbered round stands for: 1 (or less) first, 2 second, 3+ final.

    >>> stage_for_round([1, 2, 5]).tolist()
    ['first_round', 'second_round', 'final_round']
    """
    number = np.asarray(numbers, dtype="float64")
    return np.select([number <= 1, number == 2], ["first_round", "second_round"], "final_round")


def extra_columns(table: pd.DataFrame) -> list[str]:
    """Return the user's own columns, kept beside the canonical ones."""
    return [c for c in table.columns if c not in CANONICAL_DTYPES and c not in OPTIONAL_DTYPES]


def group_columns(table: pd.DataFrame) -> list[str]:
    """Return the group columns (programme, cohort, school, adviser) the table has.

    >>> group_columns(pd.DataFrame({"cohort": ["2026"], "company": ["Acme"]}))
    ['cohort']
    """
    return [g for g in GROUP_FIELDS if g in table.columns]


NOT_RECORDED = "Not recorded"  # the group of rows whose group is not written down


def group_values(table: pd.DataFrame, by: str) -> pd.Series:
    """Return each row's group under column ``by``, as text.

    A row without a value takes its application's; under a group field (programme, cohort,
    school, adviser) it then takes its person's; else it is "Not recorded".

    >>> t = pd.DataFrame({"application_id": ["a", "a", "b"], "person_id": ["S1", "S1", "S1"],
    ...                   "cohort": ["2026", None, None]})
    >>> group_values(t, "cohort").tolist()
    ['2026', '2026', '2026']
    """
    values = table[by].astype("string")
    values = values.fillna(values.groupby(table[APPLICATION_ID].astype("string"))
                           .transform("first"))
    if by in GROUP_FIELDS and PERSON_ID in table.columns:
        values = values.fillna(values.groupby(table[PERSON_ID].astype("string"))
                               .transform("first"))
    return values.fillna(NOT_RECORDED)


def person_key(table: pd.DataFrame) -> pd.Series:
    """Return who each row is about: ``person_id``, or "" (the log's own author) when unknown.

    A personal log (no person column) is one person's; in a cohort, rows without an id count
    as one unnamed person.

    >>> person_key(pd.DataFrame({"company": ["Acme"]})).tolist()
    ['']
    """
    if PERSON_ID not in table.columns:
        return pd.Series("", index=table.index, dtype="string")
    return table[PERSON_ID].astype("string").fillna("")
