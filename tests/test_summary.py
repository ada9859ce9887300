"""The themed summary on logs whose answers are worked out by hand (see conftest docstrings)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.codebook import load_codebook
from analysis.findings import (
    FADING,
    RISING,
    STEADY,
    TOO_FEW,
    ThemeFinding,
    classify_trend,
    findings_frame,
    pick_quotes,
)
from analysis.present import format_date
from analysis.schema import empty_mentions, empty_table
from analysis.summary import build_summary, plan_actions

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def summary(summary_log, summary_mentions):
    return build_summary(summary_log, summary_mentions, today=TODAY)


def test_recurring_issues_are_ranked_by_notes_then_applications_then_recency(summary):
    ranked = [(f.theme, f.count) for f in summary.recurring]
    assert ranked == [("hygiene", 4), ("communication", 3), ("preparation", 3), ("fit", 1)]


def test_shares_are_of_interviewed_applications_without_mock_interviews(summary):
    shares = {f.theme: f.share for f in summary.recurring}
    assert shares == {"hygiene": 0.5, "communication": 0.25, "preparation": 0.375, "fit": 0.125}


def test_trends_compare_the_two_halves_of_the_feedback_period(summary):
    trends = {f.theme: f.trend for f in summary.recurring}
    assert trends == {
        "hygiene": STEADY,
        "communication": RISING,
        "preparation": FADING,
        "fit": TOO_FEW,
    }


def test_stages_name_mock_interviews_separately(summary):
    stages = {f.theme: f.stages for f in summary.recurring + summary.strengths}
    assert stages["communication"] == ("First round", "Mock interview / practice")
    assert stages["confidence"] == ("Mock interview / practice",)


def test_quotes_prefer_specific_then_recent_sentences(summary):
    hygiene = summary.recurring[0]
    assert [(q.company, q.text) for q in hygiene.quotes] == [
        ("Co1", "Your shirt was creased and untidy."),  # the only one of 4+ words
        ("Co7", "Appearance was untidy."),  # then the most recent
        ("Co5", "Dress too casual."),
    ]
    assert hygiene.quotes[0].date == dt.date(2026, 1, 1)


def test_quotes_come_from_distinct_applications_and_never_repeat():
    context = pd.DataFrame(
        {
            "row": [0, 1, 2, 3],
            "theme": ["skills"] * 4,
            "polarity": ["strength"] * 4,
            "evidence": ["Great SQL in the test", "Great SQL in the test",
                         "Clear Python code in the test", "Strong Excel model built live"],
            "application_id": ["A", "B", "A", "C"],
            "date": pd.to_datetime(["2026-03-01", "2026-02-01", "2026-02-20", "2026-01-01"]),
        }
    )
    picked = pick_quotes(context)
    # A's newest quote, then C (distinct application) before A's second quote; B repeats A's text
    assert picked["row"].tolist() == [0, 3, 2]


def test_strengths_are_ranked_too(summary):
    assert [(f.theme, f.count) for f in summary.strengths] == [("attitude", 2), ("confidence", 1)]


def test_action_plan_changes_top_specific_issues_and_keeps_strengths(summary):
    plan = summary.action_plan
    assert [i.theme for i in plan.change] == ["hygiene", "communication", "preparation"]
    assert [i.theme for i in plan.keep] == ["attitude", "confidence"]
    communication = plan.change[1]
    assert communication.practice.startswith("Answer in under two minutes, headline first")
    assert "3 feedback notes" in communication.why and "rising" in communication.why
    assert "Answers ran to five minutes each." in communication.why
    assert all(i.from_feedback for i in plan.items)


def test_action_plan_skips_generic_fit_and_never_keeps_what_must_change(small_log, small_mentions):
    plan = build_summary(small_log, small_mentions, today=TODAY).action_plan
    # improvements: communication 2, preparation 1, fit 1 (generic: nothing to practise);
    # A1 and A2 both ended at their first interview (after A1's screen), so the plan is
    # padded with the first-round priority not yet in it: hygiene, marked as not from feedback
    assert [(i.theme, i.from_feedback) for i in plan.change] == [
        ("communication", True), ("preparation", True), ("hygiene", False)]
    # strengths: communication and preparation also appear, but they are things to change;
    # skills (2026-02-12) is more recent than attitude (2026-01-12)
    assert [i.theme for i in plan.keep] == ["skills", "attitude"]


def _finding(theme: str, polarity: str, count: int) -> ThemeFinding:
    return ThemeFinding(theme, theme, polarity, count, count, None, (), (), TOO_FEW, None, False)


def test_thin_plan_is_padded_from_first_round_priorities_only_after_repeated_drop_offs():
    book = load_codebook()
    recurring = (_finding("communication", "improvement", 2),)
    strengths = (_finding("attitude", "strength", 1),)
    one_stop = plan_actions(recurring, strengths, book, first_round_stops=1)
    assert [i.theme for i in one_stop.change] == ["communication"]
    padded = plan_actions(recurring, strengths, book, first_round_stops=2)
    # priorities: hygiene, attitude (already a strength), communication (taken), preparation
    assert [(i.theme, i.from_feedback) for i in padded.change] == [
        ("communication", True),
        ("hygiene", False),
        ("preparation", False),
    ]
    assert "Not raised in your feedback" in padded.change[1].why


def test_feedback_quality_by_source_and_channel(summary):
    quality = summary.feedback_quality
    assert (quality.rejections, quality.rejections_with_feedback, quality.rejections_generic) == (
        8,
        7,
        1,
    )
    assert quality.feedback_share == pytest.approx(7 / 8)
    assert quality.generic_share == pytest.approx(1 / 7)
    by_channel = quality.by_channel.set_index("feedback_channel")
    assert by_channel.loc["email", ["feedback_rows", "generic_rows"]].tolist() == [4, 1]
    assert by_channel.loc["letter", "generic_share"] == 0
    by_source = quality.by_source.set_index("feedback_source")
    assert by_source.loc["career_services", "feedback_rows"] == 1


def test_small_log_feedback_quality(small_log, small_mentions):
    quality = build_summary(small_log, small_mentions, today=TODAY).feedback_quality
    # rejections A1 (specific), A2 (generic), A5 (no feedback); the duplicate row is ignored
    assert (quality.rejections, quality.rejections_with_feedback, quality.rejections_generic) == (
        3,
        2,
        1,
    )


def test_follow_ups_have_due_dates_and_overdue_flags(summary):
    follow = summary.follow_ups
    assert follow["application_id"].tolist() == ["C4", "C8"]
    assert follow["feedback_given"].tolist() == ["generic", "none"]
    assert follow["request_due"].dt.date.tolist() == [dt.date(2026, 2, 5), dt.date(2026, 3, 19)]
    assert follow["overdue"].tolist() == [True, False]
    assert follow["days_until_due"].tolist() == [-33, 9]
    assert follow["interviewer"].isna().tolist() == [True, False]
    assert follow.loc[1, "interviewer"] == "Ann Bell"


def test_follow_ups_leave_out_specific_feedback_and_rejections_before_an_interview(
    small_log, small_mentions
):
    follow = build_summary(small_log, small_mentions, today=dt.date(2026, 2, 1)).follow_ups
    # A1 got specific feedback; A5 was rejected without an interview: nobody to ask
    assert follow["application_id"].tolist() == ["A2"]
    # due exactly today: not overdue yet
    assert (follow.loc[0, "days_until_due"], bool(follow.loc[0, "overdue"])) == (0, False)


def test_follow_up_interviewer_falls_back_to_the_last_named_one(small_log, small_mentions):
    log = small_log.copy()
    log.loc[1, "feedback"] = "Thanks, we will not proceed."  # A1 rejection now generic
    mentions = small_mentions[small_mentions["row"] != 1]
    follow = build_summary(log, mentions, today=TODAY).follow_ups
    assert follow.set_index("application_id").loc["A1", "interviewer"] == "Dana Fox"
    log.loc[1, "interviewer"] = pd.NA
    follow = build_summary(log, mentions, today=TODAY).follow_ups
    assert follow.set_index("application_id").loc["A1", "interviewer"] == "Sam Lee"


def test_headline_comes_from_metrics(summary):
    head = summary.headline
    assert (head.applications, head.interviews, head.interviewed_applications, head.offers) == (
        9,
        8,
        8,
        0,
    )
    assert (head.period_start, head.period_end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 5))
    assert head.first_round_pass_rate == 0
    assert head.first_round_pass_ci[0] == 0 and 0.3 < head.first_round_pass_ci[1] < 0.35


def test_empty_log_gives_an_empty_summary():
    summary = build_summary(empty_table(), empty_mentions(), today=TODAY)
    assert summary.recurring == () and summary.strengths == ()
    assert summary.action_plan.items == ()
    assert summary.follow_ups.empty
    assert summary.headline.applications == 0 and summary.headline.first_round_pass_ci is None
    assert summary.feedback_quality.feedback_share is None


def test_findings_frame_has_one_row_per_theme(summary):
    frame = findings_frame(summary.recurring)
    assert frame["theme"].tolist() == ["hygiene", "communication", "preparation", "fit"]
    assert frame.loc[0, "last_seen"] == pd.Timestamp("2026-02-26")


@pytest.mark.parametrize(
    ("hits", "expected"),
    [
        ((0, 4, 3, 4), RISING),
        ((3, 4, 0, 4), FADING),
        ((2, 4, 2, 4), STEADY),
        ((1, 4, 1, 4), TOO_FEW),  # fewer than 3 notes
        ((3, 4, 0, 0), TOO_FEW),  # no feedback in the second half
        ((2, 10, 2, 5), RISING),  # rate 0.2 -> 0.4: +20 points
        ((2, 10, 3, 20), STEADY),  # rate 0.2 -> 0.15: -5 points
    ],
)
def test_classify_trend(hits, expected):
    assert classify_trend(*hits) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 30), st.integers(1, 30), st.integers(0, 30), st.integers(1, 30)
)
def test_classify_trend_is_symmetric(h1, n1, h2, n2):
    h1, h2 = min(h1, n1), min(h2, n2)
    mirrored = {RISING: FADING, FADING: RISING, STEADY: STEADY, TOO_FEW: TOO_FEW}
    assert classify_trend(h2, n2, h1, n1) == mirrored[classify_trend(h1, n1, h2, n2)]


def test_format_date():
    assert format_date(dt.date(2026, 2, 5)) == "5 February 2026"
    assert format_date(None) == ""


BOOK = load_codebook()
THEMES = ("communication", "preparation", "hygiene", "attitude", "fit")


@st.composite
def messy_logs(draw):
    """Random canonical tables with random mentions of the rows that have feedback."""
    from analysis.schema import CHANNELS, FEEDBACK_SOURCES, OUTCOMES, STAGES, conform_table

    n = draw(st.integers(0, 12))
    day = st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2026, 4, 30)))
    rows = {
        "application_id": [draw(st.sampled_from(["A", "B", "C", "D", None])) for _ in range(n)],
        "company": [draw(st.sampled_from(["Acme", "<b>Beta</b>", "=1+1", None])) for _ in range(n)],
        "event_date": [draw(day) for _ in range(n)],
        "stage": [draw(st.sampled_from([*STAGES, None])) for _ in range(n)],
        "round": [draw(st.integers(0, 3)) for _ in range(n)],
        "outcome": [draw(st.sampled_from([*OUTCOMES, None])) for _ in range(n)],
        "feedback": [draw(st.sampled_from([None, "", "  ", "Some feedback."])) for _ in range(n)],
        "feedback_source": [draw(st.sampled_from(FEEDBACK_SOURCES)) for _ in range(n)],
        "feedback_channel": [draw(st.sampled_from(CHANNELS)) for _ in range(n)],
        "interviewer": [draw(st.sampled_from(["Sam", None])) for _ in range(n)],
        "practice": [draw(st.booleans()) for _ in range(n)],
        "row_status": [draw(st.sampled_from(["ok", "ok", "ok", "duplicate", "skipped"]))
                       for _ in range(n)],
    }
    table = conform_table(pd.DataFrame(rows))
    mention_rows = []
    for label, text in table["feedback"].items():
        if pd.notna(text) and text.strip():
            for theme in draw(st.lists(st.sampled_from(THEMES), max_size=3)):
                polarity = draw(st.sampled_from(["strength", "improvement"]))
                mention_rows.append((label, theme, polarity, "Some feedback.", ()))
    frame = pd.DataFrame(mention_rows, columns=["row", "theme", "polarity", "evidence", "cues"])
    mentions = pd.concat([empty_mentions(), frame]).astype(empty_mentions().dtypes.to_dict())
    return table, mentions.reset_index(drop=True)


@settings(max_examples=25, deadline=None)
@given(messy_logs(), st.dates(dt.date(2026, 1, 1), dt.date(2026, 6, 30)))
def test_any_log_gives_a_consistent_summary(log, today):
    table, mentions = log
    summary = build_summary(table, mentions, today=today, codebook=BOOK)
    plan = summary.action_plan
    assert len(plan.keep) <= 3 and len(plan.change) <= 3
    assert not {i.theme for i in plan.keep} & {i.theme for i in plan.change}
    assert "fit" not in {i.theme for i in plan.items}  # generic: nothing to practise
    for finding in summary.recurring + summary.strengths:
        assert finding.count >= 1 and 1 <= len(finding.quotes) <= 3
        assert finding.share is None or 0 <= finding.share <= 1
    counts = [f.count for f in summary.recurring]
    assert counts == sorted(counts, reverse=True)
    quality = summary.feedback_quality
    assert quality.rejections_generic <= quality.rejections_with_feedback <= quality.rejections
    follow = summary.follow_ups
    assert follow["application_id"].is_unique
    assert len(follow) <= quality.rejections
    dated = follow.dropna(subset=["request_due"])
    assert ((dated["request_due"] - dated["rejected_on"]).dt.days == 14).all()
    # issue 13: "overdue" only within 90 days of the rejection; older ones are too late to ask
    too_late = (pd.Timestamp(today) - dated["rejected_on"]).dt.days > 90
    assert (dated["too_late"] == too_late).all()
    assert (dated["overdue"] == ((dated["request_due"] < pd.Timestamp(today)) & ~too_late)).all()


@settings(max_examples=8, deadline=None)
@given(messy_logs())
def test_every_writer_handles_any_log(log):
    from analysis.export.html import summary_to_html
    from analysis.export.letters import draft_letters
    from analysis.export.markdown import summary_to_markdown
    from analysis.export.xlsx import summary_to_xlsx

    table, mentions = log
    summary = build_summary(table, mentions, today=TODAY, codebook=BOOK)
    assert summary_to_xlsx(summary, table, mentions, codebook=BOOK).startswith(b"PK")
    assert "</html>" in summary_to_html(summary, table, mentions, codebook=BOOK)
    assert summary_to_markdown(summary).startswith("# ")
    letters = draft_letters(summary)
    assert letters.count("\n## ") == len(summary.follow_ups)


def test_feedback_without_an_interview_date_is_dated_by_the_application(
    small_log, small_mentions
):
    log = small_log.copy()
    log.loc[8, ["event_date", "feedback"]] = [pd.NaT, "You need more experience."]
    extra = pd.DataFrame(
        [(8, "experience", "improvement", "You need more experience.", ("experience",))],
        columns=["row", "theme", "polarity", "evidence", "cues"],
    )
    mentions = pd.concat([small_mentions, extra.astype(small_mentions.dtypes.to_dict())])
    summary = build_summary(log, mentions.reset_index(drop=True), today=TODAY)
    experience = next(f for f in summary.recurring if f.theme == "experience")
    assert experience.last_seen == dt.date(2026, 2, 10)  # A5's application date
    assert experience.quotes[0].date == dt.date(2026, 2, 10)
    assert experience.stages == ("Applied",) and experience.rounds == ()
