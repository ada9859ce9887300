"""Lessons first in the app (issue 13): Next steps, Am I getting better?, the letter editor,
honest small numbers and the first-round definition, through AppTest as a person uses them.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from appdriver import assert_clean, metric, plain, run_app, texts, upload

from analysis.present import format_date


@pytest.fixture(autouse=True)
def _clean_caches():
    """Streamlit caches live in the process: every test starts from nothing."""
    import streamlit as st

    st.cache_data.clear()
    yield


def days_ago(n: int) -> str:
    return (dt.date.today() - dt.timedelta(days=n)).isoformat()


HEADER = "Company,Role,Applied,Interview date,Interview type,Outcome,Feedback,Feedback from\n"
# One application, one interview, specific feedback (communication), rejected 20 days ago.
ONE_INTERVIEW = (
    HEADER + f"Zeta Corp,Analyst,{days_ago(30)},{days_ago(20)},1st interview,Rejected,"
    '"Your answers rambled and you gave no concrete examples.",Interviewer\n'
).encode()
# Nobody can be counted: the one row has no company or role, so it is skipped.
EMPTY = b"Company,Role,Applied,Outcome\n,,2026-01-01,\n"
# Two rejections after a first interview with only "better fit" (a request is due for each,
# 20 and 40 days ago), and one 200 days ago (too late to ask).
GENERIC = (
    HEADER
    + f"Eta Labs,Data Analyst,{days_ago(40)},{days_ago(20)},1st interview,Rejected,"
    '"We went with a candidate who was a better fit.",Recruiter\n'
    + f"Kappa Ltd,BI Analyst,{days_ago(60)},{days_ago(40)},1st interview,Rejected,,\n"
    + f"Old Co,Analyst,{days_ago(220)},{days_ago(200)},1st interview,Rejected,,\n"
).encode()


def panel_text(at) -> str:
    """Everything the Next steps panel says, as a person reads it."""
    parts = [m.value for m in at.main.markdown] + [c.value for c in at.main.caption]
    parts += [str(i.value) for i in at.main.info]
    # Markdown's own bold and heading marks are not read out; escaped user text keeps its own.
    return plain(re.sub(r"(?<!\\)\*\*|^#+ ", "", "\n".join(parts), flags=re.M))


def test_next_steps_on_the_sample_name_the_drop_issues_evidence_and_drills():
    """The sample: where the search stops, three recurring issues each with a quote and a drill."""
    from analysis import lessons
    from analysis.codebook import load_codebook
    from analysis.normalize import import_logs
    from analysis.pipeline import summarise, tag_table
    from ui import state

    at = run_app()
    assert_clean(at)
    table = import_logs([(state.SAMPLE_PATH.name, state.SAMPLE_PATH.read_bytes())]).table
    summary = summarise(table, tag_table(table), today=dt.date.today())
    steps = lessons.next_steps(table, summary, load_codebook())
    shown = panel_text(at)
    assert at.main.subheader[0].value == "Next steps"  # first thing under the title
    assert f"Where you stop most: {steps.drop.sentence}" in shown
    assert len(steps.issues) == 3
    for number, issue in enumerate(steps.issues, 1):
        assert f"{number}. {issue.label} · Recurring: came up in {issue.applications} " \
               "applications" in shown
        assert f"> {issue.evidence.text}" in shown
        assert issue.said_by in shown
        assert f"Practise: {issue.drill}" in shown


def test_next_steps_with_an_empty_log_say_what_to_do_first():
    """No application could be counted: no numbers, no chart, one sentence on what to add."""
    at = upload(run_app(), ("empty.csv", EMPTY))
    assert_clean(at)
    assert not texts(at, "error")
    assert any(t.startswith("Start by adding your applications") for t in texts(at, "info"))
    assert not at.main.metric and not at.get("plotly_chart")


def test_next_steps_with_one_interview_never_say_recurring_or_a_bare_percentage():
    """One interview: "mentioned once", "Your only first interview", counts not percentages."""
    at = upload(run_app(), ("one.csv", ONE_INTERVIEW))
    assert_clean(at)
    shown = panel_text(at)
    assert "Where you stop most: Your only first interview so far ended there." in shown
    assert "One thing to watch (mentioned once)" in shown
    assert "Mentioned once so far" in shown
    assert "recurring" not in shown.lower()
    assert "What to work on first" not in shown
    assert metric(at, "Response rate") == "1 of 1"
    assert metric(at, "First-round pass rate") == "0 of 1"
    assert not any(m.value.endswith("%") for m in at.main.metric)


def test_requests_due_now_open_their_draft_one_click_away_and_edits_download():
    """Two recent rejections without specifics get a request each; the 200-day-old one none."""
    at = upload(run_app(), ("generic.csv", GENERIC))
    assert_clean(at)
    titles = [plain(e.label) for e in at.main.expander]
    asks = [t for t in titles if t.startswith("Ask ")]
    assert len(asks) == 2
    assert any(t.startswith("Ask Eta Labs (Data Analyst, First round) for feedback: due since")
               for t in asks)
    assert not any("Old Co" in t for t in titles)
    boxes = [b for b in at.main.text_area if b.key.startswith("letter::overview::")]
    assert len(boxes) == 2
    eta = next(b for b in boxes if "Eta Labs" in b.value)
    interviewed = format_date(dt.date.fromisoformat(days_ago(20)))
    assert "first-round interview about the Data Analyst position at Eta Labs on " \
        f"{interviewed}" in eta.value
    eta.set_value("Dear Eta Labs, one question.").run()
    assert_clean(at)
    eta = next(b for b in at.main.text_area if b.key == eta.key)
    assert eta.value == "Dear Eta Labs, one question."
    # The edit follows to the Export page's editor for the same application.
    at.switch_page("pages/export.py").run()
    assert_clean(at)
    edited = [b.value for b in at.main.text_area if b.key.startswith("letter::export::")]
    assert "Dear Eta Labs, one question." in edited


def test_export_letter_editor_edits_each_recent_request_and_says_which_are_too_late():
    """Export: an editor per request still worth sending; the 200-day-old one is too late."""
    at = upload(run_app(), ("generic.csv", GENERIC))
    at.switch_page("pages/export.py").run()
    assert_clean(at)
    boxes = [b for b in at.main.text_area if b.key.startswith("letter::export::")]
    assert sorted(b.key for b in boxes) == [
        "letter::export::eta-labs/data-analyst", "letter::export::kappa/bi-analyst"
    ]
    captions = [plain(c.value) for c in at.main.caption]
    assert "Old Co (Analyst): rejected 200 days ago, too late to ask." in captions
    assert not any("overdue" in t.lower() for t in captions + [plain(e.label)
                                                               for e in at.main.expander])
    kappa = next(b for b in boxes if b.key.endswith("kappa/bi-analyst"))
    kappa.set_value("My own words to Kappa.").run()
    assert_clean(at)
    assert at.text_area(key=kappa.key).value == "My own words to Kappa."
    downloads = [b.proto.label for b in at.get("download_button")]
    assert downloads.count("Download this letter") == 2
    reset = at.button(key="letter_reset::export::kappa/bi-analyst")
    reset.click().run()
    assert at.text_area(key=kappa.key).value.startswith("Subject: Thank you, and a request")


def interviews_log(before: int, after: int) -> bytes:
    """``before`` interviews 100-50 days ago, all told they rambled; ``after`` since, all fine."""
    lines = [HEADER]
    for i in range(before):
        day = days_ago(100 - 7 * i)
        lines.append(f"Co{i},Analyst,{day},{day},1st interview,Rejected,"
                     '"Your answers rambled on.",Interviewer\n')
    for i in range(after):
        day = days_ago(40 - 7 * i)
        lines.append(f"Later{i},Analyst,{day},{day},1st interview,Rejected,"
                     '"Thank you for your time.",Interviewer\n')
    return "".join(lines).encode()


def test_am_i_getting_better_compares_before_and_since_the_day_marked():
    """6 interviews raised communication before the day, none of 6 since: it comes up less."""
    at = upload(run_app(), ("progress.csv", interviews_log(6, 6)))
    assert_clean(at)
    assert at.selectbox(key="progress_theme").value == "communication"
    at.date_input(key="progress_started_on").set_value(
        dt.date.today() - dt.timedelta(days=45)).run()
    assert_clean(at)
    day = dt.date.today() - dt.timedelta(days=45)
    assert metric(at, f"Before {day:%d %b}") == "6 of 6"
    assert metric(at, f"Since {day:%d %b}") == "0 of 6"
    assert "95% Wilson interval" in next(m.help for m in at.main.metric
                                         if m.label.startswith("Before"))
    verdicts = [t for t in texts(at, "info") if "since you started" in t]
    assert verdicts == ["Clear & concise communication comes up less often since you started "
                        "working on it (6 of 6 interviews before, 0 of 6 since)."]
    # The day is kept for the theme: another run (another page and back) shows it again.
    at.switch_page("pages/funnel.py").run()
    at.switch_page("pages/overview.py").run()
    assert at.date_input(key="progress_started_on").value == dt.date.today() - dt.timedelta(
        days=45)


def test_am_i_getting_better_says_plainly_when_it_cannot_tell_yet():
    """3 interviews before and 2 since: not enough to tell, and no rate is given."""
    at = upload(run_app(), ("progress.csv", interviews_log(3, 2)))
    at.date_input(key="progress_started_on").set_value(
        dt.date.today() - dt.timedelta(days=45)).run()
    assert_clean(at)
    assert "Not enough interviews yet to tell: 3 before and 2 since (5 on each side needed)." \
        in texts(at, "info")
    assert metric(at, f"Before {dt.date.today() - dt.timedelta(days=45):%d %b}") == "3 of 3"


def test_first_round_is_defined_and_the_screens_switch_changes_it_on_every_page():
    """By hand (UPLOAD_CSV): without screens 1 of 3 passed round 1 (Iota); counting Zeta's phone
    screen, which it passed, as its first round: 2 of 3. The switch holds across pages."""
    from appdriver import UPLOAD_CSV

    from analysis.present import FIRST_ROUND_DEFINITION, FIRST_ROUND_WITH_SCREENS

    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    assert metric(at, "First-round pass rate") == "1 of 3"
    assert FIRST_ROUND_DEFINITION in [c.value for c in at.main.caption]
    assert FIRST_ROUND_DEFINITION in next(
        m.help for m in at.main.metric if m.label == "First-round pass rate")
    at.toggle(key="count_screens_as_round::overview").set_value(True).run()
    assert_clean(at)
    assert metric(at, "First-round pass rate") == "2 of 3"
    assert FIRST_ROUND_WITH_SCREENS in [c.value for c in at.main.caption]
    at.switch_page("pages/funnel.py").run()
    at.session_state["funnel_tab"] = "First-round drop-off"
    at.run()
    assert_clean(at)
    assert at.toggle(key="count_screens_as_round::funnel").value is True
    assert metric(at, "Never got past round 1") == "1 of 3"
    assert FIRST_ROUND_WITH_SCREENS in [c.value for c in at.main.caption]
    at.toggle(key="count_screens_as_round::funnel").set_value(False).run()
    assert metric(at, "Never got past round 1") == "2 of 3"


def test_response_times_and_ghosting_on_the_funnel():
    """By hand (UPLOAD_CSV): first answers after 7 (Zeta), 8 (Eta) and 4 (Iota) days: median 7
    of 3; Theta never answered ("No reply"): 1 ghosted. By source and by channel, as tables."""
    from appdriver import UPLOAD_CSV

    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.switch_page("pages/funnel.py").run()
    at.session_state["funnel_tab"] = "Response times"
    at.run()
    assert_clean(at)
    assert metric(at, "Days to a first answer") == "7 days"
    assert "over 3 applications" in next(m.help for m in at.main.metric
                                         if m.label == "Days to a first answer")
    assert metric(at, "Ghosted") == "1"
    by_source, by_channel = (t.value for t in at.main.dataframe)
    assert list(by_source.columns) == ["Who gave the feedback", "Applications", "Heard back",
                                       "Median days", "Ghosted"]
    assert by_source["Applications"].sum() == 4 and by_channel["Applications"].sum() == 4
    assert by_source["Ghosted"].sum() == 1


def test_where_they_ended_shows_the_chart_of_themes_by_exit_stage():
    """Recurring issues: the new tab draws the chart; its cells are counts under ten exits."""
    from appdriver import UPLOAD_CSV

    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.switch_page("pages/issues.py").run()
    at.session_state["issues_tab"] = "Where they ended"
    at.run()
    assert_clean(at)
    (chart,) = at.get("plotly_chart")
    import json

    heat = json.loads(chart.proto.spec)["data"][0]
    assert any("of 2 first-round exits" in cell for row in heat["hovertext"] for cell in row)
    assert not any(cell.endswith("%") for row in heat["text"] for cell in row)


def test_evidence_sentences_come_first_on_rows_tall_enough_to_wrap():
    """At 800 px the sentence is the first column, on rows three lines high (it wraps there)."""
    from appdriver import UPLOAD_CSV

    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.switch_page("pages/issues.py").run()
    at.session_state["issues_tab"] = "Evidence"
    at.run()
    assert_clean(at)
    grid = at.main.dataframe[0].proto
    assert list(grid.column_order)[0] == "Sentence"
    assert grid.row_height >= 3 * 20


def test_a_new_log_opens_on_its_own_most_raised_theme_not_the_samples():
    """The sample opens on preparation; a log that raises communication three times and
    preparation once opens on communication."""
    at = run_app()
    assert at.selectbox(key="progress_theme").value == "preparation"
    lines = [HEADER]
    for i, note in enumerate(["Your answers rambled on."] * 3
                             + ["You had not researched the company at all."]):
        day = days_ago(60 - 7 * i)
        lines.append(f"Co{i},Analyst,{day},{day},1st interview,Rejected,\"{note}\",Interviewer\n")
    at = upload(at, ("mine.csv", "".join(lines).encode()))
    assert_clean(at)
    assert at.selectbox(key="progress_theme").options[:2] == [
        "Clear & concise communication", "Preparation & examples"]
    assert at.selectbox(key="progress_theme").value == "communication"


def test_a_new_log_gets_its_own_default_start_day_but_a_marked_day_stays():
    """The sample's default day must not linger after an upload; the day the person marked does."""
    at = run_app()
    sample_day = at.date_input(key="progress_started_on").value
    at = upload(at, ("progress.csv", interviews_log(6, 6)))
    assert_clean(at)
    new_day = at.date_input(key="progress_started_on").value
    assert new_day != sample_day
    assert dt.date.fromisoformat(days_ago(100)) <= new_day <= dt.date.today()
    marked = dt.date.today() - dt.timedelta(days=45)
    at.date_input(key="progress_started_on").set_value(marked).run()
    at.sidebar.text_input(key="filter_text").input("co").run()  # another view of the same log
    assert_clean(at)
    assert at.date_input(key="progress_started_on").value == marked
