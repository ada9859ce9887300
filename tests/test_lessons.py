"""Next steps and before/after: the first screen's lessons on hand-computed logs."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis import lessons
from analysis.codebook import load_codebook
from analysis.schema import conform_table, empty_mentions
from analysis.summary import build_summary


@pytest.fixture
def book():
    return load_codebook()


def test_biggest_drop_names_the_stage_where_most_applications_ended(summary_log):
    # C1..C8 were all rejected after their first interview; C9 was ghosted before any.
    drop = lessons.biggest_drop(summary_log)
    assert (drop.stage, drop.ended, drop.reached) == ("first_round", 8, 8)
    assert drop.sentence == "8 of your 8 first interviews ended there."


def test_biggest_drop_before_any_interview_is_worded_as_applications(small_log):
    # Decided: A1, A2 after the first round; A4 (ghosted), A5 (rejected) before any interview.
    # A tie goes to the earlier stage, where the search stops first.
    drop = lessons.biggest_drop(small_log)
    assert drop.sentence == "2 of your 5 applications ended before any interview."


def test_no_drop_without_a_decided_application(small_log):
    pending = small_log.assign(outcome="pending")
    assert lessons.biggest_drop(pending) is None


def test_top_issues_are_recurring_specific_themes_with_evidence_and_a_drill(
    summary_log, summary_mentions, book
):
    summary = build_summary(summary_log, summary_mentions, today=dt.date(2026, 3, 25),
                            codebook=book)
    issues = lessons.top_issues(summary, book)
    assert [i.theme for i in issues][:1] == ["hygiene"]
    assert "fit" not in {i.theme for i in issues}  # generic: nothing to practise
    first = issues[0]
    assert first.recurring and first.applications == 4
    assert first.evidence is not None and "untidy" in first.evidence.text.lower()
    assert first.said_by in {"Interviewer / employer", "Recruiter / third party"}
    assert first.drill == book.practice["themes"]["hygiene"]["change"]


def test_a_theme_from_one_application_is_mentioned_once_not_recurring(small_log, book):
    mentions = pd.concat([empty_mentions(), pd.DataFrame({
        "row": [1], "theme": ["preparation"], "polarity": ["improvement"],
        "evidence": ["lacked specific examples"], "cues": [("examples",)],
    })]).astype(empty_mentions().dtypes.to_dict()).reset_index(drop=True)
    summary = build_summary(small_log, mentions, today=dt.date(2026, 3, 1), codebook=book)
    (issue,) = lessons.top_issues(summary, book)
    assert issue.theme == "preparation" and not issue.recurring


def test_requests_due_skip_rejections_too_old_to_ask_about(summary_log, summary_mentions, book):
    # Follow-ups: C4 rejected 01-22 (due 02-05), C8 rejected 03-05 (due 03-19).
    def due_on(day):
        summary = build_summary(summary_log, summary_mentions, today=day, codebook=book)
        return list(lessons.requests_due(summary)["application_id"])

    assert due_on(dt.date(2026, 3, 10)) == ["C4"]  # C8's date has not come yet
    assert due_on(dt.date(2026, 3, 25)) == ["C4", "C8"]
    assert due_on(dt.date(2026, 5, 1)) == ["C8"]  # C4 is 99 days old: too late to ask


def _interview_log(raised_before: int, raised_after: int, each_side: int = 6):
    """``each_side`` dated interviews before 2026-03-01 and as many after, all with feedback."""
    days = ([pd.Timestamp("2026-01-05") + pd.Timedelta(days=7 * i) for i in range(each_side)]
            + [pd.Timestamp("2026-03-02") + pd.Timedelta(days=7 * i) for i in range(each_side)])
    n = len(days)
    table = conform_table(pd.DataFrame({
        "application_id": [f"A{i}" for i in range(n)],
        "company": [f"Co{i}" for i in range(n)], "role": ["Analyst"] * n,
        "event_date": days, "stage": ["first_round"] * n, "round": [1] * n,
        "outcome": ["rejected"] * n, "feedback": ["Some note."] * n,
        "practice": [False] * n, "source_row": list(range(2, n + 2)), "row_status": ["ok"] * n,
        "source_file": ["log.csv"] * n,
    }))
    rows = list(range(raised_before)) + list(range(each_side, each_side + raised_after))
    mentions = pd.concat([empty_mentions(), pd.DataFrame({
        "row": rows, "theme": ["communication"] * len(rows),
        "polarity": ["improvement"] * len(rows), "evidence": ["You rambled."] * len(rows),
        "cues": [("rambled",)] * len(rows),
    })]).astype(empty_mentions().dtypes.to_dict()).reset_index(drop=True)
    return table, mentions


def test_before_and_after_counts_interviews_on_each_side(book):
    table, mentions = _interview_log(raised_before=6, raised_after=0)
    result = lessons.theme_before_after(table, mentions, "communication", dt.date(2026, 3, 1),
                                        book)
    assert (result.before.hits, result.before.interviews) == (6, 6)
    assert (result.after.hits, result.after.interviews) == (0, 6)
    assert result.before.interval[0] == pytest.approx(0.610, abs=1e-3)  # Wilson 6 of 6
    assert result.verdict.startswith("Clear & concise communication comes up less often")
    assert "6 of 6 interviews before, 0 of 6 since" in result.verdict


def test_before_and_after_says_when_there_is_not_enough_to_tell(book):
    table, mentions = _interview_log(raised_before=3, raised_after=0, each_side=4)
    result = lessons.theme_before_after(table, mentions, "communication", dt.date(2026, 3, 1),
                                        book)
    assert result.verdict.startswith("Not enough interviews yet to tell: 4 before and 4 since")


def test_before_and_after_says_which_interviews_it_leaves_out_for_want_of_a_date(book):
    """Undated interviews sit on neither side; the verdict says how many, never silently."""
    table, mentions = _interview_log(raised_before=6, raised_after=0)
    table.loc[[0, 7], "event_date"] = pd.NaT
    result = lessons.theme_before_after(table, mentions, "communication", dt.date(2026, 3, 1),
                                        book)
    assert (result.before.interviews, result.after.interviews, result.undated) == (5, 5, 2)
    assert result.verdict.endswith("(5 of 5 interviews before, 0 of 5 since). 2 interviews "
                                   "without a date are left out.")


def test_before_and_after_with_no_dated_interview_asks_for_the_dates(book):
    table, mentions = _interview_log(raised_before=6, raised_after=0)
    table["event_date"] = pd.NaT
    result = lessons.theme_before_after(table, mentions, "communication", dt.date(2026, 3, 1),
                                        book)
    assert result.undated == 12
    assert result.verdict == lessons.NO_DATES
    assert "Not enough interviews" not in result.verdict


def test_overlapping_intervals_are_no_clear_change(book):
    table, mentions = _interview_log(raised_before=4, raised_after=3)
    result = lessons.theme_before_after(table, mentions, "communication", dt.date(2026, 3, 1),
                                        book)
    assert result.verdict.startswith("No clear change yet")


# ----------------------------------------------------------------------------- words shown


def test_a_stage_reached_once_is_not_worded_one_of_one(small_log):
    """One application, rejected after its only first interview: "Your only ...", not "1 of 1"."""
    one = small_log[small_log["application_id"] == "A2"]
    drop = lessons.biggest_drop(one)
    assert (drop.stage, drop.ended, drop.reached) == ("first_round", 1, 1)
    assert drop.sentence == "Your only first interview so far ended there."


def test_once_mentioned_issue_is_worded_as_such_and_headed_so(small_log, book):
    mentions = pd.concat([empty_mentions(), pd.DataFrame({
        "row": [1], "theme": ["preparation"], "polarity": ["improvement"],
        "evidence": ["lacked specific examples"], "cues": [("examples",)],
    })]).astype(empty_mentions().dtypes.to_dict()).reset_index(drop=True)
    summary = build_summary(small_log, mentions, today=dt.date(2026, 3, 1), codebook=book)
    issues = lessons.top_issues(summary, book)
    assert [lessons.how_often(i) for i in issues] == ["Mentioned once so far"]
    assert lessons.issues_heading(issues) == "One thing to watch (mentioned once)"
    assert "recurring" not in lessons.issues_heading(issues).lower()


def test_recurring_issues_say_in_how_many_applications(summary_log, summary_mentions, book):
    summary = build_summary(summary_log, summary_mentions, today=dt.date(2026, 3, 25),
                            codebook=book)
    issues = lessons.top_issues(summary, book)
    assert lessons.how_often(issues[0]) == "Recurring: came up in 4 applications"
    assert lessons.issues_heading(issues) == "What to work on"


def test_first_thing_to_do_follows_what_the_log_lacks(small_log, book):
    empty = small_log[small_log["row_status"] == "skipped"]  # nothing countable
    no_notes = small_log.assign(feedback=pd.NA)
    for table, start in ((empty, "Start by adding your applications"),
                         (no_notes, "Next, add what interviewers")):
        summary = build_summary(table, empty_mentions(), today=dt.date(2026, 3, 1),
                                codebook=book)
        assert lessons.first_thing_to_do(table, summary).startswith(start)
    summary = build_summary(small_log, empty_mentions(), today=dt.date(2026, 3, 1), codebook=book)
    assert lessons.first_thing_to_do(small_log, summary) is None


@pytest.mark.parametrize(("today", "words"), [
    (dt.date(2026, 3, 19), "due today"),
    (dt.date(2026, 3, 20), "due since 19 Mar (1 day)"),
    (dt.date(2026, 3, 29), "due since 19 Mar (10 days)"),
    (dt.date(2026, 3, 10), "send from 19 Mar"),
])
def test_request_when_says_due_or_since_in_days(today, words):
    assert lessons.request_when(pd.Timestamp("2026-03-19"), today) == words
