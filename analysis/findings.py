"""Themes found in the feedback: counts, shares, trends and the best evidence for each.

Definitions (what a user sees, so keep them in sync with the report text):

- **count**: feedback notes (counted rows, mock interviews included) that mention the theme with
  that polarity; a note that mentions it twice counts once.
- **share**: of the applications that reached an interview, the share whose feedback mentions
  the theme (mock interviews are no applications, so they are not in the share).
- **trend**: the feedback period (first to last dated note; a note's date is its interview
  date, else its application date) is cut in half at its midpoint.
  In each half, the rate is notes mentioning the theme / notes with feedback. With at least
  ``MIN_TREND_NOTES`` mentioning notes and feedback in both halves, the theme is *rising* when
  the rate grew by ``TREND_MARGIN`` (15 percentage points) or more, *fading* when it fell by as
  much, else *steady*; with fewer it is *too few to tell*.
- **who said it**: each note's ``feedback_source`` falls in one source group
  (``SOURCE_GROUPS``): employers and recruiters, coaches and other advisers, the candidate's own
  notes, or no source recorded. Findings count notes per group; a theme is *unconfirmed* when
  only the candidate's own notes or an adviser raised it as something to improve and no
  employer or recruiter did.
- **quotes**: up to three evidence sentences, at most one per application until every
  application has one; specific (``MIN_QUOTE_WORDS`` words or more) first, then most recent,
  then longest; the same sentence is never shown twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis import metrics
from analysis.codebook import Codebook
from analysis.present import format_date, plural
from analysis.schema import STAGE_LABELS, STAGES, counted_rows, interview_rows

MIN_TREND_NOTES = 3
TREND_MARGIN = 0.15
MAX_QUOTES = 3
MIN_QUOTE_WORDS = 4
PRACTICE_STAGE = "Mock interview / practice"

RISING, FADING, STEADY, TOO_FEW = "rising", "fading", "steady", "too few to tell"

# Who said it (issue 13 item 8): the summary keeps what employers said apart from the
# candidate's own reflection. Every schema.FEEDBACK_SOURCES id belongs to one group.
EMPLOYER, ADVISER, SELF, UNKNOWN = "employer", "adviser", "self", "unknown"
SOURCE_GROUPS: dict[str, str] = {
    "interviewer": EMPLOYER, "recruiter": EMPLOYER, "career_services": ADVISER,
    "practice": ADVISER, "network": ADVISER, "self": SELF, "unknown": UNKNOWN,
}
GROUP_LABELS: dict[str, str] = {
    EMPLOYER: "employers and recruiters", ADVISER: "coaches, practice and your network",
    SELF: "your own notes", UNKNOWN: "notes with no source recorded",
}
GROUP_SHORT: dict[str, str] = {EMPLOYER: "employers", ADVISER: "advisers", SELF: "own notes",
                               UNKNOWN: "not recorded"}
GROUP_ORDER: tuple[str, ...] = (EMPLOYER, ADVISER, SELF, UNKNOWN)


@dataclass(frozen=True)
class Quote:
    """One piece of evidence, with where and when it was said."""

    text: str
    company: str
    date: dt.date | None
    stage: str
    source: str


@dataclass(frozen=True)
class ThemeFinding:
    """One theme as a strength or an improvement, with its numbers and best evidence."""

    theme: str
    label: str
    polarity: str
    count: int
    applications: int
    share: float | None
    stages: tuple[str, ...]
    rounds: tuple[int, ...]
    trend: str
    last_seen: dt.date | None
    generic: bool
    quotes: tuple[Quote, ...] = ()
    # (source group, notes) in GROUP_ORDER, e.g. (("employer", 3), ("self", 1))
    sources: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Voice:
    """What one source group said: its notes and the themes it raised, most raised first."""

    group: str
    label: str
    notes: int
    improvements: tuple[tuple[str, int], ...]  # (theme label, notes)
    strengths: tuple[tuple[str, int], ...]


def source_groups(sources: pd.Series) -> pd.Series:
    """The source group of each ``feedback_source`` (missing or unknown: 'unknown').

    >>> source_groups(pd.Series(["recruiter", "self", None])).tolist()
    ['employer', 'self', 'unknown']
    """
    ids = sources.astype("string").fillna(UNKNOWN)
    return ids.map(SOURCE_GROUPS).fillna(UNKNOWN).astype("string")


def as_date(value: Any) -> dt.date | None:
    """Turn a Timestamp/date/NaT into a date or None."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date()


def ratio(part: float, whole: float) -> float | None:
    """part / whole, or None when whole is zero.

    >>> ratio(1, 4), ratio(1, 0)
    (0.25, None)
    """
    return float(part) / float(whole) if whole else None


def has_text(values: pd.Series) -> pd.Series:
    """True where a text cell holds something other than whitespace."""
    return values.fillna("").astype("string").str.strip().ne("").fillna(False).astype(bool)


def is_practice(rows: pd.DataFrame) -> pd.Series:
    """True for mock interviews and recorded practice (a missing flag is a real interview)."""
    return rows["practice"].fillna(False).astype(bool)


def note_context(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of counted rows with their context, one row per (note, theme, polarity).

    Keeps the first evidence of a theme within a note, so a note counts once per theme.
    """
    context = metrics.tag_context(table, mentions)
    extra = [c for c in ("practice", "interviewer", "outcome") if c not in context.columns]
    if extra:
        context = context.join(table[extra], on="row")
    return (
        context.assign(
            theme=context["theme"].astype("string"),
            polarity=context["polarity"].astype("string"),
            practice=is_practice(context),
            date=feedback_date(context),
            group=source_groups(context["feedback_source"]),
        )
        .drop_duplicates(["row", "theme", "polarity"])
        .reset_index(drop=True)
    )


def feedback_date(rows: pd.DataFrame) -> pd.Series:
    """When feedback was given: the interview date, else the application date (as metrics)."""
    return rows["event_date"].fillna(rows["applied_date"])


def feedback_notes(table: pd.DataFrame) -> pd.DataFrame:
    """Counted rows that carry feedback text, with their ``date``."""
    counted = counted_rows(table)
    notes = counted[has_text(counted["feedback"])]
    return notes.assign(date=feedback_date(notes))


def period_halves(dates: pd.Series, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    """Label each date 'first' or 'second' half of [start, end] (NA when undated)."""
    midpoint = start + (end - start) / 2
    half = pd.Series(pd.NA, index=dates.index, dtype="string")
    half = half.mask(dates.notna() & (dates < midpoint), "first")
    return half.mask(dates.notna() & (dates >= midpoint), "second")


def classify_trend(first_hits: int, first_notes: int, second_hits: int, second_notes: int) -> str:
    """Rising, fading or steady from mention rates in two halves; 'too few to tell' if thin.

    >>> classify_trend(0, 4, 3, 4)
    'rising'
    >>> classify_trend(1, 4, 1, 4)
    'too few to tell'
    """
    if first_hits + second_hits < MIN_TREND_NOTES or not first_notes or not second_notes:
        return TOO_FEW
    change = second_hits / second_notes - first_hits / first_notes
    if change >= TREND_MARGIN - 1e-9:
        return RISING
    if change <= -TREND_MARGIN + 1e-9:
        return FADING
    return STEADY


def theme_trends(context: pd.DataFrame, notes: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Trend per (theme, polarity), comparing the two halves of the feedback period."""
    dates = notes["date"].dropna()
    if dates.empty:
        return {}
    note_half = period_halves(notes["date"], dates.min(), dates.max())
    notes_per_half = note_half.value_counts()
    hits = (
        context.assign(half=period_halves(context["date"], dates.min(), dates.max()))
        .dropna(subset=["half"])
        .groupby(["theme", "polarity", "half"])["row"]
        .nunique()
    )
    trends = {}
    for theme, polarity in context[["theme", "polarity"]].drop_duplicates().itertuples(index=False):
        trends[(theme, polarity)] = classify_trend(
            int(hits.get((theme, polarity, "first"), 0)),
            int(notes_per_half.get("first", 0)),
            int(hits.get((theme, polarity, "second"), 0)),
            int(notes_per_half.get("second", 0)),
        )
    return trends


def pick_quotes(context: pd.DataFrame, limit: int = MAX_QUOTES) -> pd.DataFrame:
    """The most telling evidence per (theme, polarity) of a note_context: see module docstring."""
    if context.empty:
        return context
    text = context["evidence"].fillna("").astype("string").str.strip()
    words = text.str.split().str.len().fillna(0).astype(int)
    ranked = (
        context.assign(
            _text=text,
            _key=text.str.casefold(),
            _words=words,
            _specific=words >= MIN_QUOTE_WORDS,
            # a note without an application id (mock interview) is its own "application"
            _app=context["application_id"]
            .astype("string")
            .fillna("row-" + context["row"].astype(str)),
        )
        .loc[lambda df: df["_text"] != ""]
        .sort_values(
            ["_specific", "date", "_words"],
            ascending=False,
            na_position="last",
            kind="stable",
        )
        .drop_duplicates(["theme", "polarity", "_key"])
    )
    one_per_app = ranked.drop_duplicates(["theme", "polarity", "_app"])
    ordered = pd.concat([one_per_app, ranked.drop(one_per_app.index)])
    return ordered.groupby(["theme", "polarity"], sort=False).head(limit)


def _stage_position(stage: str) -> int:
    """Funnel order of a stage id (unknown ones last)."""
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


def _stage_text(row: pd.Series) -> str:
    if row.get("practice"):
        return PRACTICE_STAGE
    stage = row.get("stage")
    return "" if stage is None or pd.isna(stage) else STAGE_LABELS.get(str(stage), str(stage))


def _quote_from(row: pd.Series) -> Quote:
    company = row.get("company")
    source = row.get("feedback_source")
    return Quote(
        text=str(row["_text"]),
        company="" if company is None or pd.isna(company) else str(company),
        date=as_date(row.get("date")),
        stage=_stage_text(row),
        source="" if source is None or pd.isna(source) else str(source),
    )


@dataclass(frozen=True)
class ThemeFacts:
    """What every finding is measured against: applications, trends, quotes, counts."""

    interviewed_apps: set[str]
    trends: dict[tuple[str, str], str]
    quotes: dict[tuple[str, str], tuple[Quote, ...]]
    counts: pd.DataFrame


def theme_facts(table: pd.DataFrame, context: pd.DataFrame) -> ThemeFacts:
    """Compute, once for all themes, what ``one_finding`` reads."""
    return ThemeFacts(
        interviewed_apps=set(interview_rows(table)["application_id"].dropna().astype(str)),
        trends=theme_trends(context, feedback_notes(table)),
        quotes={
            key: tuple(_quote_from(q) for _, q in group.iterrows())
            for key, group in pick_quotes(context).groupby(["theme", "polarity"], sort=False)
        },
        # context holds one row per (note, theme, polarity), so "mentions" here counts notes
        counts=metrics.theme_counts(context).set_index(["theme", "polarity"]),
    )


def one_finding(theme: str, polarity: str, group: pd.DataFrame, facts: ThemeFacts,
                codebook: Codebook) -> ThemeFinding:
    """The finding for one theme and polarity from its rows of the note context."""
    real = group[~group["practice"]]  # mock interviews have no real stage or round
    apps = set(real["application_id"].dropna().astype(str))
    rounds = real["round"].dropna().astype(int)
    stage_ids = sorted(set(real["stage"].dropna().astype(str)), key=_stage_position)
    stages = [STAGE_LABELS.get(s, s) for s in stage_ids]
    if group["practice"].any():
        stages.append(PRACTICE_STAGE)
    key = (theme, polarity)
    return ThemeFinding(
        theme=theme,
        label=codebook.label(theme),
        polarity=polarity,
        count=int(facts.counts.loc[key, "mentions"]),
        applications=int(facts.counts.loc[key, "applications"]),
        share=ratio(len(apps & facts.interviewed_apps), len(facts.interviewed_apps)),
        stages=tuple(dict.fromkeys(stages)),
        rounds=tuple(sorted(set(rounds[rounds >= 1].tolist()))),
        trend=facts.trends.get(key, TOO_FEW),
        last_seen=as_date(group["date"].max()),
        generic=theme in codebook.generic_themes,
        quotes=facts.quotes.get(key, ()),
        sources=group_counts(group),
    )


def group_counts(rows: pd.DataFrame) -> tuple[tuple[str, int], ...]:
    """(source group, notes) of note-context rows, in ``GROUP_ORDER``, groups with notes only."""
    counts = rows.groupby("group")["row"].nunique()
    return tuple((g, int(counts[g])) for g in GROUP_ORDER if counts.get(g, 0))


def _ranked_labels(rows: pd.DataFrame, codebook: Codebook) -> tuple[tuple[str, int], ...]:
    counts = rows.groupby("theme", sort=False)["row"].nunique()
    counts = counts.sort_values(ascending=False, kind="stable")
    return tuple((codebook.label(str(t)), int(n)) for t, n in counts.items())


def find_voices(table: pd.DataFrame, context: pd.DataFrame,
                codebook: Codebook) -> tuple[Voice, ...]:
    """What each source group said, in ``GROUP_ORDER`` (groups with feedback notes only)."""
    notes = source_groups(feedback_notes(table)["feedback_source"]).value_counts()
    voices = []
    for group in GROUP_ORDER:
        if not notes.get(group, 0):
            continue
        said = context[context["group"] == group]
        voices.append(Voice(
            group, GROUP_LABELS[group], int(notes[group]),
            _ranked_labels(said[said["polarity"] == "improvement"], codebook),
            _ranked_labels(said[said["polarity"] == "strength"], codebook),
        ))
    return tuple(voices)


def unconfirmed_themes(context: pd.DataFrame, codebook: Codebook) -> tuple[str, ...]:
    """Improvement themes only the candidate's own notes or an adviser raised, most first."""
    if context.empty:
        return ()
    wanted = (context["polarity"] == "improvement") & ~context["theme"].isin(
        codebook.generic_themes)
    raised = context[wanted]
    confirmed = set(raised.loc[raised["group"] == EMPLOYER, "theme"])
    others = raised[raised["group"].isin([SELF, ADVISER]) & ~raised["theme"].isin(confirmed)]
    counts = others.groupby("theme", sort=False)["row"].nunique()
    return tuple(str(t) for t in counts.sort_values(ascending=False, kind="stable").index)


def own_note_themes(context: pd.DataFrame, codebook: Codebook) -> dict[str, tuple[str, ...]]:
    """Per application, the improvement themes its own notes raise and no employer note on it
    did (what a feedback request can ask the employer about)."""
    keys = ["application_id", "theme"]
    wanted = ((context["polarity"] == "improvement")
              & ~context["theme"].isin(codebook.generic_themes)
              & context["application_id"].notna())
    raised = context[wanted]
    said = raised.loc[raised["group"] == EMPLOYER, keys].drop_duplicates()
    own = (raised.loc[raised["group"] == SELF, keys].drop_duplicates()
           .merge(said, how="left", on=keys, indicator=True)
           .loc[lambda df: df["_merge"] == "left_only"])
    return {str(a): tuple(str(t) for t in g) for a, g in own.groupby("application_id")["theme"]}


def find_themes(
    table: pd.DataFrame, context: pd.DataFrame, codebook: Codebook
) -> dict[str, tuple[ThemeFinding, ...]]:
    """Ranked findings per polarity ('strength', 'improvement').

    Ranking: notes, then applications, then most recent, then codebook order.
    """
    found: dict[str, tuple[ThemeFinding, ...]] = {"strength": (), "improvement": ()}
    if context.empty:
        return found
    facts = theme_facts(table, context)
    order = {theme: i for i, theme in enumerate(codebook.theme_ids)}
    for polarity in found:
        rows = context[context["polarity"] == polarity]
        findings = [
            one_finding(str(theme), polarity, group, facts, codebook)
            for theme, group in rows.groupby("theme", sort=False)
        ]
        findings.sort(
            key=lambda f: (
                -f.count,
                -f.applications,
                -(f.last_seen.toordinal() if f.last_seen else 0),
                order.get(f.theme, len(order)),
            )
        )
        found[polarity] = tuple(findings)
    return found


def explain(finding: ThemeFinding) -> str:
    """One plain sentence of evidence for an action item (user text unescaped)."""
    where = f" ({', '.join(finding.stages)})" if finding.stages else ""
    kind = "a strength" if finding.polarity == "strength" else "something to improve"
    text = f"Named as {kind} in {plural(finding.count, 'feedback note')}{where}"
    if finding.trend in (RISING, FADING):
        text += f", {finding.trend}"
    text += "."
    if finding.quotes:
        quote = finding.quotes[0]
        said = ", ".join(part for part in (quote.company, format_date(quote.date)) if part)
        text += f" For example: \u201c{quote.text}\u201d" + (f" ({said})." if said else "")
    return text


def findings_frame(findings: tuple[ThemeFinding, ...]) -> pd.DataFrame:
    """Findings as a table (one row per theme), e.g. for a preview or a spreadsheet."""
    return pd.DataFrame(
        {
            "theme": [f.theme for f in findings],
            "label": [f.label for f in findings],
            "polarity": [f.polarity for f in findings],
            "count": [f.count for f in findings],
            "applications": [f.applications for f in findings],
            "share": [f.share for f in findings],
            "stages": [", ".join(f.stages) for f in findings],
            "trend": [f.trend for f in findings],
            "last_seen": pd.to_datetime([f.last_seen for f in findings]),
            "generic": [f.generic for f in findings],
        }
    )
