"""Theme metrics over the mentions frame joined with its rows' context."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.metrics.applications import applications_frame
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    CHANNEL_LABELS,
    CHANNELS,
    COMPANY,
    EVENT_DATE,
    EVIDENCE,
    FEEDBACK,
    FEEDBACK_CHANNEL,
    FEEDBACK_SOURCE,
    FEEDBACK_SOURCES,
    MENTION_ROW,
    POLARITY,
    PRACTICE,
    ROLE,
    ROUND,
    SOURCE_LABELS,
    STAGE,
    STAGES,
    THEME,
    counted_rows,
)

ROUND_BUCKETS: tuple[str, ...] = ("Round 1", "Round 2", "Round 3+", "No interview", "Practice")
RECURRING_MIN_APPLICATIONS = 2  # a theme raised in one application is "mentioned once"

# Context columns taken from the table for each mention (see tag_context).
CONTEXT_COLUMNS: tuple[str, ...] = (
    APPLICATION_ID,
    COMPANY,
    ROLE,
    APPLIED_DATE,
    EVENT_DATE,
    STAGE,
    ROUND,
    FEEDBACK_SOURCE,
    FEEDBACK_CHANNEL,
    FEEDBACK,
    PRACTICE,
)


def tag_context(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of counted rows that still have feedback, joined with their row's context.

    Columns: the mention columns (row, theme, polarity, evidence, cues) then CONTEXT_COLUMNS.
    Mentions of duplicate or skipped rows, of rows not in ``table`` (filtered out) or of rows
    whose feedback was blanked (filtered by source) are dropped.
    """
    counted = counted_rows(table)
    counted = counted[counted[FEEDBACK].notna()]
    context = counted.reindex(columns=list(CONTEXT_COLUMNS))
    kept = mentions[mentions[MENTION_ROW].isin(context.index)]
    joined = kept.join(context, on=MENTION_ROW)
    return joined.reset_index(drop=True)


def _mention_date(context: pd.DataFrame) -> pd.Series:
    return context[EVENT_DATE].fillna(context[APPLIED_DATE])


def is_recurring(applications: int | pd.Series) -> bool | pd.Series:
    """Return True for a theme raised in at least two applications (one is "mentioned once").

    >>> is_recurring(1), is_recurring(2)
    (False, True)
    """
    return applications >= RECURRING_MIN_APPLICATIONS


def theme_counts(context: pd.DataFrame) -> pd.DataFrame:
    """Mentions and distinct applications per theme and polarity, most mentioned first.

    Columns: theme, polarity, mentions, applications, recurring (two applications or more).
    """
    counts = (
        context.groupby([THEME, POLARITY], observed=True, sort=False)
        .agg(mentions=(MENTION_ROW, "size"), applications=(APPLICATION_ID, "nunique"))
        .reset_index()
    )
    counts = counts.astype({THEME: "string", "mentions": "int64", "applications": "int64"})
    counts["recurring"] = is_recurring(counts["applications"]).astype(bool)
    return counts.sort_values(
        ["mentions", "applications", POLARITY, THEME],
        ascending=[False, False, True, True],
    ).reset_index(drop=True)


def round_bucket(rounds: pd.Series, practice: pd.Series | None = None) -> pd.Series:
    """Label rounds "Round 1", "Round 2", "Round 3+", "No interview" (0 or missing), "Practice".

    >>> round_bucket(pd.Series([0, 1, 2, 5])).tolist()
    ['No interview', 'Round 1', 'Round 2', 'Round 3+']
    """
    r = pd.to_numeric(rounds, errors="coerce").fillna(0).to_numpy()
    is_practice = (
        np.zeros(len(r), dtype=bool)
        if practice is None
        else practice.fillna(False).astype(bool).to_numpy()
    )
    labels = np.select(
        [is_practice, r >= 3, r == 2, r == 1],
        [ROUND_BUCKETS[4], ROUND_BUCKETS[2], ROUND_BUCKETS[1], ROUND_BUCKETS[0]],
        ROUND_BUCKETS[3],
    )
    return pd.Series(
        pd.Categorical(labels, categories=ROUND_BUCKETS, ordered=True), index=rounds.index
    )


def theme_by_round(context: pd.DataFrame) -> pd.DataFrame:
    """Improvement mentions per theme (rows) and round bucket (columns: all ROUND_BUCKETS).

    Index: theme (most mentioned first); values: int counts. Mock interviews are "Practice".
    """
    improvements = context[context[POLARITY] == "improvement"]
    buckets = round_bucket(improvements[ROUND], improvements.get(PRACTICE))
    counts = (
        pd.DataFrame({THEME: improvements[THEME].astype("string"), "bucket": buckets})
        .groupby([THEME, "bucket"], observed=True)
        .size()
        .unstack("bucket")
        if len(improvements)
        else pd.DataFrame(columns=list(ROUND_BUCKETS))
    )
    counts = counts.reindex(columns=list(ROUND_BUCKETS)).fillna(0).astype("int64")
    counts.columns = pd.Index(list(ROUND_BUCKETS), name="round_bucket")
    counts.index = pd.Index(counts.index.astype("string"), name=THEME)
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return counts.loc[order]


def theme_trend(context: pd.DataFrame, freq: str = "MS") -> pd.DataFrame:
    """Mentions per period (event date, else applied date) by theme and polarity.

    Columns: period (start of the period), theme, polarity, mentions. Periods with no
    mention of a theme are absent (not zero rows).
    """
    # Only the grouping columns: grouping by period sorts every column it carries.
    dated = context[[THEME, POLARITY]].assign(date=_mention_date(context))
    dated = dated[dated["date"].notna()]
    counts = (
        dated.groupby(
            [pd.Grouper(key="date", freq=freq), THEME, POLARITY], observed=True
        )
        .size()
        .rename("mentions")
        .reset_index()
        .rename(columns={"date": "period"})
    )
    counts = counts[counts["mentions"] > 0]
    return counts.astype(
        {THEME: "string", "mentions": "int64", "period": "datetime64[ns]"}
    ).reset_index(drop=True)


# How notes are grouped for the generic-share tables: value order, labels, label column.
_NOTE_GROUPS: dict[str, tuple[tuple[str, ...], dict[str, str], str]] = {
    FEEDBACK_SOURCE: (FEEDBACK_SOURCES, SOURCE_LABELS, "source_label"),
    FEEDBACK_CHANNEL: (CHANNELS, CHANNEL_LABELS, "channel_label"),
}


def generic_share_by(
    table: pd.DataFrame,
    mentions: pd.DataFrame,
    column: str,
    codebook: Codebook | None = None,
) -> pd.DataFrame:
    """Per feedback source or channel: notes received, notes that said nothing specific, share.

    A note is generic when its mentions are all generic themes (``codebook.generic_themes``,
    i.e. fit) or it has no theme at all. Columns: ``column``, its label column
    (source_label / channel_label), feedback_rows, generic_rows, generic_share; values in
    schema order, only those with notes.
    """
    order, labels, label_column = _NOTE_GROUPS[column]
    generic_themes = (codebook or load_codebook()).generic_themes
    counted = counted_rows(table)
    notes = counted[counted[FEEDBACK].fillna("").str.strip() != ""]
    specific_rows = mentions.loc[~mentions[THEME].isin(generic_themes), MENTION_ROW]
    is_generic = ~notes.index.isin(specific_rows)
    key = notes[column].astype("string").fillna("unknown")
    counts = (
        pd.DataFrame({column: key, "generic": is_generic}, index=notes.index)
        .groupby(column, sort=False)
        .agg(feedback_rows=("generic", "size"), generic_rows=("generic", "sum"))
    )
    counts = counts.reindex([v for v in order if v in counts.index]).reset_index()
    return counts.assign(
        **{
            column: counts[column].astype("string"),
            label_column: pd.Series([labels.get(v, v) for v in counts[column]], dtype="string"),
        },
        feedback_rows=counts["feedback_rows"].astype("int64"),
        generic_rows=counts["generic_rows"].astype("int64"),
        generic_share=counts["generic_rows"] / counts["feedback_rows"],
    )[[column, label_column, "feedback_rows", "generic_rows", "generic_share"]]


def generic_share_by_source(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Generic share per feedback source: which ways of asking yield specific answers."""
    return generic_share_by(table, mentions, FEEDBACK_SOURCE, codebook)


def generic_share_by_channel(
    table: pd.DataFrame, mentions: pd.DataFrame, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Generic share per channel (letter, email, phone, ...)."""
    return generic_share_by(table, mentions, FEEDBACK_CHANNEL, codebook)


def evidence_for(
    context: pd.DataFrame, theme: str, polarity: str | None = None
) -> pd.DataFrame:
    """Every sentence behind a theme (optionally one polarity), oldest first.

    Columns: the context's columns plus ``date`` (event date, else applied date).
    """
    chosen = context[context[THEME] == theme]
    if polarity is not None:
        chosen = chosen[chosen[POLARITY] == polarity]
    chosen = chosen.assign(date=_mention_date(chosen))
    return chosen.sort_values(["date", MENTION_ROW], na_position="last", kind="stable").reset_index(
        drop=True
    )


def top_improvements(
    context: pd.DataFrame,
    n: int = 3,
    *,
    codebook: Codebook | None = None,
    include_generic: bool = False,
) -> pd.DataFrame:
    """The n most recurring improvement themes, each with its most recent evidence sentence.

    Generic themes (fit) are left out unless ``include_generic``: "better fit" is not a lesson.
    Ties go to the theme seen in more applications, then the more recent. Columns: theme,
    label, mentions, applications, evidence, company, role, date, feedback_source, recurring
    (raised in two applications or more: else it was "mentioned once").
    """
    book = codebook or load_codebook()
    improvements = context[context[POLARITY] == "improvement"]
    if not include_generic:
        improvements = improvements[~improvements[THEME].isin(book.generic_themes)]
    dated = improvements.assign(
        date=_mention_date(improvements),
        evidence_length=improvements[EVIDENCE].fillna("").str.len(),
    )
    # Most recent first; on the same day the longer (more specific) sentence wins.
    latest = dated.sort_values(
        ["date", "evidence_length"], ascending=[False, False], na_position="last", kind="stable"
    ).drop_duplicates(THEME)
    counts = dated.groupby(THEME, sort=False).agg(
        mentions=(MENTION_ROW, "size"), applications=(APPLICATION_ID, "nunique")
    )
    top = (
        latest.set_index(THEME)
        .join(counts)
        .reset_index()
        .sort_values(
            ["mentions", "applications", "date"],
            ascending=[False, False, False],
            na_position="last",
            kind="stable",
        )
        .head(n)
    )
    return top.assign(**{THEME: top[THEME].astype("string")}).assign(
        label=pd.Series([book.label(t) for t in top[THEME]], index=top.index, dtype="string"),
        mentions=top["mentions"].astype("int64"),
        applications=top["applications"].astype("int64"),
        recurring=is_recurring(top["applications"]).astype(bool),
    )[
        [THEME, "label", "mentions", "applications", EVIDENCE, COMPANY, ROLE, "date",
         FEEDBACK_SOURCE, "recurring"]
    ].reset_index(drop=True)


def themes_by_end_stage(
    table: pd.DataFrame, mentions: pd.DataFrame, *, polarity: str = "improvement"
) -> pd.DataFrame:
    """For each theme: in how many of the applications that ended at each stage it came up.

    An application ended at its furthest stage once it was decided (rejected, ghosted,
    withdrew) or at "offer"; pending ones have not ended. One row per theme raised and stage
    where an application ended, zeros included ("preparation came up in 4 of 6 first-round
    exits"). Columns: theme, end_stage, applications_with_theme, applications_ended, share.
    """
    apps = applications_frame(table)
    ended = apps[apps["final_outcome"] != "pending"]
    end_stage = ended.set_index(APPLICATION_ID)["furthest_stage"].astype("string")
    context = tag_context(table, mentions)
    context = context[(context[POLARITY] == polarity)
                      & context[APPLICATION_ID].isin(end_stage.index)]
    raised = pd.DataFrame({
        THEME: context[THEME].astype("string").to_numpy(),
        "end_stage": context[APPLICATION_ID].map(end_stage).to_numpy(),
        APPLICATION_ID: context[APPLICATION_ID].to_numpy(),
    }).groupby([THEME, "end_stage"])[APPLICATION_ID].nunique()
    totals = end_stage.value_counts()
    stages = [s for s in STAGES if s in totals.index]
    grid = pd.MultiIndex.from_product([sorted(set(raised.index.get_level_values(0))), stages],
                                      names=[THEME, "end_stage"])
    out = raised.reindex(grid, fill_value=0).rename("applications_with_theme").reset_index()
    out["applications_ended"] = out["end_stage"].map(totals).astype("int64")
    out["share"] = out["applications_with_theme"] / out["applications_ended"]
    return out.astype({THEME: "string", "end_stage": "string",
                       "applications_with_theme": "int64"})
