"""The canonical interview table: the single source of truth every other module reads.

One row per interview, plus one row per application that never reached an interview
(``round == 0``, ``stage == "applied"``), plus one row per practice session (mock interview,
recorded practice: ``practice == True``), whose feedback counts but which is no application.
Columns beyond ``CANONICAL_COLUMNS`` are the user's
own extra columns (prep time, salary, links, ...), kept after the canonical ones.

Stage mapping (what people write -> ``stage``), implemented in ``analysis.normalize``:

=============  ===============================================================
applied        applied, application, submitted, wishlist-to-applied trackers
screen         phone screen, recruiter call, HR call, intro call, screening
first_round    1st interview, first round, HM / hiring-manager interview, video
second_round   2nd round, technical, case, panel, assessment, take-home review
final_round    final, onsite / on-site, superday, last round, executive, 3rd+
offer          offer, offer accepted / declined
=============  ===============================================================

``round`` is the 1-based order of an application's interviews by date, whatever they were
called; "first round" in the product always means ``round == 1``.
"""

from __future__ import annotations

import pandas as pd

STAGES: tuple[str, ...] = (
    "applied",
    "screen",
    "first_round",
    "second_round",
    "final_round",
    "offer",
)
STAGE_LABELS: dict[str, str] = {
    "applied": "Applied",
    "screen": "Screen",
    "first_round": "First round",
    "second_round": "Second round",
    "final_round": "Final round",
    "offer": "Offer",
}

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

# Column -> dtype, in canonical order. Dates are day precision (time of day is dropped).
CANONICAL_DTYPES: dict[str, object] = {
    "application_id": pd.StringDtype(),
    "company": pd.StringDtype(),
    "role": pd.StringDtype(),
    "applied_date": "datetime64[ns]",
    "event_date": "datetime64[ns]",
    "stage": STAGE_DTYPE,
    "round": "Int64",
    "outcome": OUTCOME_DTYPE,
    "feedback": pd.StringDtype(),
    "feedback_source": SOURCE_DTYPE,
    "feedback_channel": CHANNEL_DTYPE,
    "interviewer": pd.StringDtype(),
    # True for mock interviews and recorded practice: their feedback is tagged and counts in
    # theme metrics, but they are not applications, so funnel metrics leave them out.
    "practice": "boolean",
    "source_file": pd.StringDtype(),
    "source_row": "Int64",
    "row_status": STATUS_DTYPE,
    "row_issue": pd.StringDtype(),
}
CANONICAL_COLUMNS: tuple[str, ...] = tuple(CANONICAL_DTYPES)

# The tagger's output: one row per theme mention. ``row`` is the index label of the
# canonical-table row whose ``feedback`` the mention came from.
MENTION_DTYPES: dict[str, object] = {
    "row": "int64",
    "theme": pd.StringDtype(),
    "polarity": POLARITY_DTYPE,
    "evidence": pd.StringDtype(),
    "cues": object,  # tuple[str, ...]: the cue words that matched, for "why this tag"
}
MENTION_COLUMNS: tuple[str, ...] = tuple(MENTION_DTYPES)


def empty_table() -> pd.DataFrame:
    """Return a canonical table with no rows and every column at its canonical dtype."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in CANONICAL_DTYPES.items()})


def empty_mentions() -> pd.DataFrame:
    """Return a mentions frame with no rows."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in MENTION_DTYPES.items()})


def conform_table(df: pd.DataFrame) -> pd.DataFrame:
    """Cast canonical columns to their dtypes, add missing ones as empty, order them first.

    Extra (user) columns are kept, after the canonical ones, in their original order.

    >>> conform_table(pd.DataFrame({"company": ["Acme"]})).columns[:3].tolist()
    ['application_id', 'company', 'role']
    """
    out = df.copy()
    for column, dtype in CANONICAL_DTYPES.items():
        if column not in out.columns:
            out[column] = pd.Series(pd.NA, index=out.index, dtype=object)
        if str(dtype).startswith("datetime64"):
            out[column] = pd.to_datetime(out[column], errors="coerce").astype(dtype)
        else:
            out[column] = out[column].astype(dtype)
    extras = [c for c in out.columns if c not in CANONICAL_DTYPES]
    return out[[*CANONICAL_COLUMNS, *extras]]


def counted_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Return rows that count anywhere: ``row_status == "ok"`` (no duplicates, no skipped)."""
    return table[table["row_status"] == "ok"]


def application_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Return counted rows that belong to real applications (practice sessions left out).

    Funnel and application metrics read these; theme metrics read ``counted_rows`` so that
    feedback from mock interviews still counts.
    """
    counted = counted_rows(table)
    return counted[~counted["practice"].fillna(False).astype(bool)]


def interview_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Return real interviews: application rows with ``round >= 1``."""
    rows = application_rows(table)
    return rows[rows["round"].fillna(0) >= 1]


def extra_columns(table: pd.DataFrame) -> list[str]:
    """Return the user's own columns, kept beside the canonical ones."""
    return [c for c in table.columns if c not in CANONICAL_DTYPES]
