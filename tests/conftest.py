"""Shared fixtures: small literal logs whose answers are worked out by hand in the comments.

Sections below are grouped by the module that mainly uses them; add yours under a heading.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.schema import conform_table, empty_mentions

# ----------------------------------------------------------------------------- canonical table


@pytest.fixture
def small_log() -> pd.DataFrame:
    """Five applications, six counted interviews, one duplicate row, one skipped row.

    By hand:
    - applications 5 (A1..A5); interviews 6 (A1: 2, A2: 1, A3: 3); offers 1 (A3)
    - interviewed applications 3; rounds reached {1: 3, 2: 2, 3: 1}
    - first-round drop-off: A2 never got past round 1 -> 1 of 3 (a screen counted as a round);
      as the first interview after any screen (the default) A1 and A2 dropped -> 2 of 3
    - furthest stage: A1 first_round, A2 first_round, A3 offer, A4 applied, A5 applied
    - rejections: A1 (2026-01-20, specific feedback), A2 (2026-01-18, generic "better fit"),
      A5 (2026-02-14, no feedback); A4 ghosted
    """
    rows = [
        # application_id, company, role, applied, event, stage, round, outcome, feedback,
        # source, channel, interviewer, source_row, status, issue
        ("A1", "Acme", "Data Analyst", "2026-01-05", "2026-01-12", "screen", 1, "advanced",
         "Friendly call, you were enthusiastic about the role.", "recruiter", "phone",
         "Sam Lee", 2, "ok", None),
        ("A1", "Acme", "Data Analyst", "2026-01-05", "2026-01-20", "first_round", 2, "rejected",
         "Your answers rambled and lacked specific examples.", "interviewer", "email",
         "Dana Fox", 3, "ok", None),
        ("A2", "Beta Ltd", "Analyst", "2026-01-10", "2026-01-18", "first_round", 1, "rejected",
         "We went with a candidate who was a better fit.", "interviewer", "email",
         None, 4, "ok", None),
        ("A2", "Beta Ltd", "Analyst", "2026-01-10", "2026-01-18", "first_round", 1, "rejected",
         "We went with a candidate who was a better fit.", "interviewer", "email",
         None, 5, "duplicate", "Same as row 4."),
        ("A3", "Gamma", "BI Analyst", "2026-02-01", "2026-02-05", "screen", 1, "advanced",
         None, "unknown", "unknown", None, 6, "ok", None),
        ("A3", "Gamma", "BI Analyst", "2026-02-01", "2026-02-12", "second_round", 2, "advanced",
         "Strong SQL test. Be more concise when you walk through a case.", "interviewer",
         "in_person", None, 7, "ok", None),
        ("A3", "Gamma", "BI Analyst", "2026-02-01", "2026-02-20", "final_round", 3, "offer",
         "Great preparation and clear examples.", "interviewer", "phone", None, 8, "ok", None),
        ("A4", "Delta", "Analyst", "2026-02-03", None, "applied", 0, "ghosted",
         None, "unknown", "unknown", None, 9, "ok", None),
        ("A5", "Epsilon", "Analyst", "2026-02-10", "2026-02-14", "applied", 0, "rejected",
         None, "unknown", "unknown", None, 10, "ok", None),
        (None, None, None, None, None, None, None, None,
         "notes: follow up with recruiters", None, None, None, 11, "skipped",
         "No company, role or date: not an application."),
    ]
    columns = [
        "application_id", "company", "role", "applied_date", "event_date", "stage", "round",
        "outcome", "feedback", "feedback_source", "feedback_channel", "interviewer",
        "source_row", "row_status", "row_issue",
    ]
    frame = pd.DataFrame(rows, columns=columns).assign(source_file="small_log.csv")
    frame["practice"] = False
    frame["prep_hours"] = [1, 3, 2, 2, None, 4, 5, None, None, None]  # an extra user column
    return conform_table(frame)


@pytest.fixture
def small_mentions() -> pd.DataFrame:
    """Mentions a tagger would give ``small_log``'s feedback (row = index label in small_log).

    By hand, counted rows only (row 3 is a duplicate): improvements communication 2 (rows 1, 5),
    preparation 1 (row 1), fit 1 (row 2); strengths attitude 1 (row 0), skills 1 (row 5),
    preparation 1 (row 6), communication 1 (row 6).
    """
    rows = [
        (0, "attitude", "strength", "you were enthusiastic about the role", ("enthusiastic",)),
        (1, "communication", "improvement", "Your answers rambled", ("rambled",)),
        (1, "preparation", "improvement", "lacked specific examples", ("lacked", "examples")),
        (2, "fit", "improvement", "a candidate who was a better fit", ("better fit",)),
        (3, "fit", "improvement", "a candidate who was a better fit", ("better fit",)),
        (5, "skills", "strength", "Strong SQL test.", ("sql", "test")),
        (5, "communication", "improvement", "Be more concise when you walk through a case.",
         ("concise",)),
        (6, "preparation", "strength", "Great preparation", ("preparation",)),
        (6, "communication", "strength", "clear examples", ("clear",)),
    ]
    frame = pd.DataFrame(rows, columns=["row", "theme", "polarity", "evidence", "cues"])
    return pd.concat([empty_mentions(), frame]).astype(
        {"row": "int64", "theme": "string", "polarity": empty_mentions()["polarity"].dtype,
         "evidence": "string"}
    ).reset_index(drop=True)


# --- summary (analysis/summary.py, exports, letters)


@pytest.fixture
def summary_log() -> pd.DataFrame:
    """Eight first-round rejections C1..C8, a mock interview (row 6) and a ghosted C9.

    Feedback notes: rows 0-7 (row 8 has none). Note dates run 2026-01-01 .. 02-26, so the
    midpoint is 01-29: first half rows 0-3, second half rows 4-7 (4 notes each).
    By hand (with summary_mentions):
    - improvements: hygiene 4 notes (rows 0, 2 | 4, 7: 2/4 -> 2/4, steady), communication 3
      (rows 4, 5, 6: 0/4 -> 3/4, rising), preparation 3 (rows 0, 1, 2: 3/4 -> 0/4, fading),
      fit 1 (row 3); ranking hygiene, communication (seen later), preparation, fit
    - shares of 8 interviewed applications: hygiene 4/8, communication 2/8 (the mock interview
      is not an application), preparation 3/8
    - strengths: attitude 2 (rows 5, 7), confidence 1 (row 6, the mock interview)
    - rejections 8 (C1..C8), 7 with feedback, 1 generic (C4: fit only)
    - follow-ups: C4 (generic, rejected 01-22, due 02-05), C8 (none, 03-05, due 03-19, Ann Bell)
    - first-round drop-offs: 8
    """
    dates = ["2026-01-01", "2026-01-08", "2026-01-15", "2026-01-22", "2026-02-12",
             "2026-02-19", "2026-02-20", "2026-02-26", "2026-03-05"]
    sources = ["interviewer"] * 4 + ["recruiter"] * 2 + ["career_services", "interviewer",
                                                         "unknown"]
    channels = ["email"] * 4 + ["phone"] * 2 + ["in_person", "letter", "unknown"]
    feedback = [
        "Your shirt was creased and untidy. You had not researched our products.",
        "Your examples were vague.",
        "Untidy appearance. No questions prepared for us.",
        "We went with a candidate who was a better fit.",
        "Your answers rambled on for too long. Dress too casual.",
        "Hard to follow your answers. Warm and enthusiastic.",
        "Answers ran to five minutes each. Good eye contact throughout the session.",
        "Appearance was untidy. Very positive attitude.",
        None,
    ]
    ids = ["C1", "C2", "C3", "C4", "C5", "C6", "P1", "C7", "C8"]
    companies = ["Co1", "Co2", "Co3", "Co4", "Co5", "Co6", "Career Centre", "Co7", "Co8"]
    frame = pd.DataFrame(
        {
            "application_id": ids + ["C9"],
            "company": companies + ["Co9"],
            "role": ["Analyst"] * 6 + ["Mock interview", "Analyst", "Analyst", "Analyst"],
            "applied_date": [None] * 9 + ["2026-02-01"],
            "event_date": dates + [None],
            "stage": ["first_round"] * 9 + ["applied"],
            "round": [1] * 9 + [0],
            "outcome": ["rejected"] * 6 + [None, "rejected", "rejected", "ghosted"],
            "feedback": feedback + [None],
            "feedback_source": sources + ["unknown"],
            "feedback_channel": channels + ["unknown"],
            "interviewer": [None] * 8 + ["Ann Bell", None],
            "practice": [False] * 6 + [True] + [False] * 3,
            "source_row": list(range(2, 12)),
            "row_status": ["ok"] * 10,
        }
    )
    return conform_table(frame.assign(source_file="summary_log.csv"))


@pytest.fixture
def summary_mentions() -> pd.DataFrame:
    """Mentions for ``summary_log`` (see its docstring for the hand-computed answers)."""
    rows = [
        (0, "hygiene", "improvement", "Your shirt was creased and untidy.", ("untidy",)),
        (0, "preparation", "improvement", "You had not researched our products.", ("research",)),
        (1, "preparation", "improvement", "Your examples were vague.", ("examples",)),
        (2, "hygiene", "improvement", "Untidy appearance.", ("untidy",)),
        (2, "preparation", "improvement", "No questions prepared for us.", ("prepared",)),
        (3, "fit", "improvement", "a candidate who was a better fit", ("better fit",)),
        (4, "communication", "improvement", "Your answers rambled on for too long.",
         ("rambled",)),
        (4, "hygiene", "improvement", "Dress too casual.", ("dress",)),
        (5, "communication", "improvement", "Hard to follow your answers.", ("hard to follow",)),
        (5, "attitude", "strength", "Warm and enthusiastic.", ("enthusiastic",)),
        (6, "communication", "improvement", "Answers ran to five minutes each.", ("minutes",)),
        (6, "confidence", "strength", "Good eye contact throughout the session.",
         ("eye contact",)),
        (7, "hygiene", "improvement", "Appearance was untidy.", ("untidy",)),
        (7, "attitude", "strength", "Very positive attitude.", ("positive",)),
    ]
    frame = pd.DataFrame(rows, columns=["row", "theme", "polarity", "evidence", "cues"])
    return pd.concat([empty_mentions(), frame]).astype(
        {"row": "int64", "theme": "string", "polarity": empty_mentions()["polarity"].dtype,
         "evidence": "string"}
    ).reset_index(drop=True)


# ----------------------------------------------------------------------------- exports


@pytest.fixture(scope="session")
def render_markdown():
    """Render Markdown the way GitHub-flavoured readers (Streamlit, notes apps) do, to HTML.

    Bare URLs and e-mail addresses become links, as in GitHub's Markdown; bare domains
    ("example.com") do not.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("gfm-like")
    md.linkify.set({"fuzzy_link": False})
    return md.render


# ----------------------------------------------------------------------------- workspace


@pytest.fixture(autouse=True)
def _workspace_in_tmp(tmp_path_factory, monkeypatch):
    """Every test's default workspace is a fresh temporary path, never the user's data folder
    (the app opens a saved workspace on start; DEBRIEF_WORKSPACE names where it is)."""
    path = tmp_path_factory.mktemp("workspace") / "workspace.sqlite3"
    monkeypatch.setenv("DEBRIEF_WORKSPACE", str(path))
    return path
