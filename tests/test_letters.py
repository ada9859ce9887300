"""Feedback-request letters: content a recruiter would read, placeholders, templates, safety."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.codebook import load_codebook
from analysis.errors import DebriefError
from analysis.export.letters import (
    NOTHING_TO_ASK,
    compose_letters,
    draft_letter,
    draft_letters,
    fill_template,
)
from analysis.summary import build_summary

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def summary(summary_log, summary_mentions):
    return build_summary(summary_log, summary_mentions, today=TODAY)


def _sections(markdown: str) -> list[str]:
    return re.split(r"\n(?=## )", markdown)[1:]


def test_one_section_per_follow_up_soonest_due_first(summary):
    text = draft_letters(summary, sender_name="Jo Doe")
    sections = _sections(text)
    assert len(sections) == 2
    assert sections[0].startswith("## 1. Co4: Analyst")
    assert "- Send by: 5 February 2026 (overdue by 33 days)" in sections[0]
    assert sections[1].startswith("## 2. Co8: Analyst")
    assert "- Send by: 19 March 2026 (in 9 days)" in sections[1]


def test_letter_says_what_a_good_request_says(summary):
    c8 = compose_letters(summary, sender_name="Jo Doe")[1]
    assert c8.subject == "Thank you, and a request for feedback: Analyst at Co8"
    assert c8.body.startswith("Dear Ann Bell,\n\n")
    assert "the Analyst position at Co8 on 5 March 2026" in c8.body  # role, company, date
    assert "Thank you" in c8.body  # thanks
    assert "grow" in c8.body  # interest in growing
    assert "three things I did well and three things I could do differently" in c8.body
    assert "do not feel any obligation to reply" in c8.body  # no pressure
    assert "by email or a short call" in c8.body  # whichever channel suits them
    assert c8.body.endswith("Kind regards,\nJo Doe")
    assert len(c8.body.split()) < 150  # short


def test_unknown_names_become_placeholders(summary):
    c4 = compose_letters(summary)[0]
    assert c4.to == "[Interviewer name]"
    assert c4.body.startswith("Dear [Interviewer name],")
    assert c4.body.endswith("[Your name]")
    text = draft_letters(summary)
    assert "- To: [Interviewer name]" in text  # no link: nothing to escape


def test_missing_role_company_and_date_are_placeholders(summary):
    follow = summary.follow_ups.copy()
    follow.loc[0, ["role", "company"]] = None
    follow.loc[0, ["rejected_on", "request_due"]] = None
    follow.loc[0, ["overdue", "days_until_due"]] = None
    thin = dataclasses.replace(summary, follow_ups=follow)
    letter = compose_letters(thin)[0]
    assert "the [role] position at [company] on [interview date]" in letter.body
    assert letter.due == "as soon as you can"


def test_templates_come_from_the_codebook(summary):
    book = load_codebook()
    custom = dataclasses.replace(
        book,
        letters={"letter": {**book.letters["letter"], "greeting": "Hi {interviewer} at {company}!",
                            "growth": ""}},
    )
    body = compose_letters(summary, custom)[1].body
    assert body.startswith("Hi Ann Bell at Co8!\n\n")
    assert "grow" not in body  # an emptied paragraph is left out


def test_no_follow_ups_means_no_letters(small_log, small_mentions):
    summary = build_summary(small_log, small_mentions, today=TODAY)
    nothing = dataclasses.replace(summary, follow_ups=summary.follow_ups.iloc[0:0])
    assert NOTHING_TO_ASK in draft_letters(nothing)
    assert _sections(draft_letters(nothing)) == []


def test_hostile_text_stays_plain_and_cannot_escape_its_block(summary_log, summary_mentions):
    log = summary_log.copy()
    log.loc[3, "company"] = "Evil ```\n## Injected\n<script>alert(1)</script> {sender}"
    log.loc[3, "role"] = "[x](http://evil.example)"
    text = draft_letters(build_summary(log, summary_mentions, today=TODAY), sender_name="Jo")
    heading = _sections(text)[0].splitlines()[0]
    # only what Markdown would read as markup is escaped (issue 13: no "\\." or "\\(")
    assert heading == (
        "## 1. Evil \\`\\`\\` \\## Injected "
        "\\<script>alert(1)\\</script> {sender}: [x\\](http\\://evil.example)"
    )
    assert "\n## Injected" not in text  # the newline in the company name is gone
    body = _sections(text)[0].split("````text\n", 1)[1]
    assert body.endswith("Jo\n````\n")  # a longer fence than the ``` inside
    # in the letter itself the text is plain, as it will be sent, and {sender} is not filled
    assert "at Evil ``` ## Injected <script>alert(1)</script> {sender} on 22 January" in body


def test_fill_template_fills_names_and_keeps_unknown_ones():
    assert fill_template("Dear {interviewer}, {{literal}} {x}", {"interviewer": "Sam"}) == (
        "Dear Sam, {literal} {x}"
    )


@pytest.mark.parametrize("template", ["Dear {interviewer.__class__}", "Dear {0}", "Dear {}",
                                      "Dear {interviewer[0]}", "Dear {interviewer"])
def test_fill_template_refuses_anything_but_plain_names(template):
    with pytest.raises(DebriefError, match="letters.toml"):
        fill_template(template, {"interviewer": "Sam"})


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=30))
def test_any_value_is_inserted_verbatim(value):
    assert fill_template("<{company}>", {"company": value}) == f"<{value}>"


def test_each_draft_names_company_role_stage_and_interview_date(summary):
    """Issue 13 item 9."""
    letters = compose_letters(summary)
    c4, c8 = letters
    assert "the first-round interview about the Analyst position at Co4 on 22 January 2026" \
        in c4.body
    assert (c8.stage, c8.interview_date) == ("First round", "5 March 2026")
    section = _sections(draft_letters(summary))[1]
    assert "- Stage: First round\n- Interview date: 5 March 2026\n" in section


def test_rejections_older_than_90_days_are_too_late_to_ask_not_overdue(summary_log,
                                                                       summary_mentions):
    """Issue 13 item 9: a year-old rejection read 'overdue by 299 days'."""
    later = build_summary(summary_log, summary_mentions, today=dt.date(2026, 5, 1))
    follow = later.follow_ups.set_index("application_id")
    # C4 rejected 22 January (99 days before 1 May): too late; C8 rejected 5 March: overdue
    assert follow.loc["C4", ["too_late", "overdue"]].tolist() == [True, False]
    assert follow.loc["C8", ["too_late", "overdue"]].tolist() == [False, True]
    text = draft_letters(later)
    assert [s.splitlines()[0] for s in _sections(text)] == ["## 1. Co8: Analyst"]
    assert "1 rejection more than 90 days old: too late to ask for feedback" in text
    assert "overdue by 99" not in text and "- Send by: 19 March 2026 (overdue by 43 days)" in text
    from analysis.export.markdown import summary_to_markdown

    md = summary_to_markdown(later)
    assert "too late to ask (rejected more than 90 days ago)" in md
    assert "overdue by 85 days" not in md  # C4's request was due on 5 February


@pytest.mark.parametrize(
    ("part", "text", "message"),
    [
        ("practice.toml", "[themes.posture]\nchange = 'Sit up.'\n", "names the theme 'posture'"),
        ("letters.toml", "[stages]\nfirst_interview = 'first chat'\n",
         "[stages] entry 'first_interview', which is not a stage"),
    ],
)
def test_a_codebook_naming_unknown_themes_or_stages_is_refused(tmp_path, part, text, message):
    """Issue 14: codebook data is checked against the schema at load, so a rename fails loudly."""
    (tmp_path / part).write_text(text, encoding="utf-8")
    with pytest.raises(DebriefError, match=re.escape(message)):
        load_codebook(tmp_path)


def test_draft_letter_gives_one_applications_text_to_preview(summary):
    # issue 13 item 9: the app previews and edits one letter per application
    text = draft_letter(summary, "C8", sender_name="Jo Doe")
    assert text.startswith("Subject: Thank you, and a request for feedback: Analyst at Co8\n\n"
                           "Dear Ann Bell,\n\n")
    assert text.endswith("Kind regards,\nJo Doe")
    assert text == compose_letters(summary, sender_name="Jo Doe")[1].text
    assert "Co4" in draft_letter(summary, "C4") and "Co8" not in draft_letter(summary, "C4")


def test_draft_letter_refuses_an_application_without_a_request_in_one_sentence(
        summary, summary_log, summary_mentions):
    with pytest.raises(DebriefError, match=r"^That application has no feedback request"):
        draft_letter(summary, "C1")  # C1 came with specific feedback
    late = build_summary(summary_log, summary_mentions, today=TODAY + dt.timedelta(days=200))
    with pytest.raises(DebriefError, match=r"more than 90 days old: too late to ask"):
        draft_letter(late, "C8")


def test_every_draft_names_company_role_stage_and_interview_date(summary):
    for letter in compose_letters(summary):
        assert letter.application_id in ("C4", "C8")
        assert f"the first-round interview about the Analyst position at {letter.company} on " \
            f"{letter.interview_date}" in letter.body
    assert [x.interview_date for x in compose_letters(summary)] == ["22 January 2026",
                                                                    "5 March 2026"]
