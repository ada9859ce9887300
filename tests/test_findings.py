"""Who said it (issue 13 item 8): findings, the summary and the letters keep employers' feedback
apart from the candidate's own notes and an adviser's, and ask employers about the rest."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.codebook import load_codebook
from analysis.export.html import summary_to_html
from analysis.export.letters import compose_letters
from analysis.export.markdown import summary_to_markdown
from analysis.findings import SOURCE_GROUPS, source_groups
from analysis.schema import FEEDBACK_SOURCES, conform_table, empty_mentions
from analysis.summary import build_summary

TODAY = dt.date(2026, 2, 20)


@pytest.fixture
def voices_log() -> pd.DataFrame:
    """Acme (own note at the screen, then a silent first-round rejection), Beta (the
    interviewer's feedback), a coach's mock interview, Delta (silent rejection) and Echo (a
    rejection with only the candidate's own note).

    By hand (with voices_mentions): employers 1 note (communication to improve, skills a
    strength); advisers 1 note (preparation); own notes 2 (communication 2, confidence 1).
    Unconfirmed (own notes or adviser only, no employer): preparation, confidence.
    Rejections: Acme, Beta, Delta, Echo = 4, only Beta's with feedback (Echo's note is the
    candidate's own). Follow-ups: Acme (own notes: communication, which Acme never said),
    Delta (none), Echo (communication, confidence).
    """
    frame = pd.DataFrame({
        "application_id": ["A1", "A1", "B1", "P1", "D1", "E1"],
        "company": ["Acme", "Acme", "Beta", "Career Centre", "Delta", "Echo"],
        "role": ["Analyst", "Analyst", "Analyst", "Mock interview", "Analyst", "Analyst"],
        "applied_date": [None] * 6,
        "event_date": ["2026-02-01", "2026-02-10", "2026-02-05", "2026-02-03", "2026-02-12",
                       "2026-02-14"],
        "stage": ["screen", "first_round", "first_round", "first_round", "first_round",
                  "first_round"],
        "round": [0, 1, 1, 1, 1, 1],
        "outcome": ["advanced", "rejected", "rejected", None, "rejected", "rejected"],
        "feedback": ["I rambled on every answer.", None, "Your answers rambled. Great SQL.",
                     "Prepare sharper examples.", None, "I was nervous and I rambled."],
        "feedback_source": ["self", "unknown", "interviewer", "career_services", "unknown",
                            "self"],
        "feedback_channel": ["unknown"] * 6,
        "interviewer": [None, "Dana Fox", None, None, None, None],
        "practice": [False, False, False, True, False, False],
        "source_row": list(range(2, 8)),
        "row_status": ["ok"] * 6,
    })
    return conform_table(frame.assign(source_file="voices.csv"))


@pytest.fixture
def voices_mentions() -> pd.DataFrame:
    rows = [
        (0, "communication", "improvement", "I rambled on every answer", ("rambled",)),
        (2, "communication", "improvement", "Your answers rambled", ("rambled",)),
        (2, "skills", "strength", "Great SQL", ("sql",)),
        (3, "preparation", "improvement", "Prepare sharper examples", ("prepare",)),
        (5, "confidence", "improvement", "I was nervous", ("nervous",)),
        (5, "communication", "improvement", "I rambled", ("rambled",)),
    ]
    frame = pd.DataFrame(rows, columns=["row", "theme", "polarity", "evidence", "cues"])
    return pd.concat([empty_mentions(), frame]).astype(empty_mentions().dtypes.to_dict())


@pytest.fixture
def summary(voices_log, voices_mentions):
    return build_summary(voices_log, voices_mentions, today=TODAY)


def test_every_feedback_source_has_a_group() -> None:
    assert set(SOURCE_GROUPS) == set(FEEDBACK_SOURCES)
    assert source_groups(pd.Series(["interviewer", "recruiter", "career_services", "practice",
                                    "network", "self", None])).tolist() == [
        "employer", "employer", "adviser", "adviser", "adviser", "self", "unknown"]


def test_voices_keep_employers_apart_from_own_notes(summary) -> None:
    voices = {v.group: v for v in summary.voices}
    assert list(voices) == ["employer", "adviser", "self"]  # no note of unknown source
    assert voices["employer"].notes == 1
    assert voices["employer"].improvements == (("Clear & concise communication", 1),)
    assert voices["employer"].strengths == (("Skills", 1),)
    assert voices["adviser"].improvements == (("Preparation & examples", 1),)
    assert voices["self"].notes == 2
    assert voices["self"].improvements == (("Clear & concise communication", 2),
                                           ("Confidence & body language", 1))
    communication = next(f for f in summary.recurring if f.theme == "communication")
    assert communication.sources == (("employer", 1), ("self", 2))


def test_unconfirmed_themes_are_those_no_employer_named(summary) -> None:
    assert set(summary.unconfirmed) == {"preparation", "confidence"}


def test_own_notes_are_not_feedback_received(summary) -> None:
    quality = summary.feedback_quality
    assert (quality.rejections, quality.rejections_with_feedback) == (4, 1)
    follow = summary.follow_ups.set_index("company")
    assert list(follow.index) == ["Acme", "Delta", "Echo"]
    assert set(follow.loc["Acme", "own_notes"]) == {"communication"}
    assert follow.loc["Delta", "own_notes"] == ()
    assert set(follow.loc["Echo", "own_notes"]) == {"communication", "confidence"}


def test_reports_say_who_said_it(summary) -> None:
    md = summary_to_markdown(summary)
    said = md[md.index("## Who said it"):md.index("## Recurring issues")]
    assert ("From employers and recruiters (1 note): to improve: clear & concise communication "
            "(1); strengths: skills (1).") in said
    assert ("From your own notes (2 notes): to improve: clear & concise communication (2), "
            "confidence & body language (1).") in said
    assert "not yet by any employer or recruiter: preparation & examples" in said
    assert "| employers 1, own notes 2 |" in md  # the communication row's "Who said it"
    assert "(Echo, 14 February 2026, Own notes)" in md  # each quote names its source
    html = summary_to_html(summary)
    assert 'id="who-said-it"' in html and "From your own notes (2 notes)" in html


def test_letters_ask_the_employer_about_own_notes_and_unconfirmed_themes(summary) -> None:
    letters = {letter.company: letter.body for letter in compose_letters(summary, load_codebook())}
    acme, delta, echo = letters["Acme"], letters["Delta"], letters["Echo"]
    assert ("In my own notes after the interview I felt my answers ran long or were hard to "
            "follow; did you see that too?") in acme
    assert "In my own notes" not in delta
    assert ("I felt I came across as less confident than I wanted to and my answers ran long "
            "or were hard to follow; did you see that too?") in echo  # in the note's order
    # the themes no employer has named, except those this letter already asks about
    assert "One thing I am working on is preparing specific examples" in delta
    assert "coming across with confidence" in acme and "coming across with confidence" not in echo
    for body in letters.values():  # the three-well / three-differently request stays
        assert "three things I did well and three things I could do differently" in body
        assert body.index("three things I did well") < body.index("do not feel any obligation")
