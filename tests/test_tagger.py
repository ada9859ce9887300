"""Theme tagger: each linguistic case on notes written for these tests (not the dev set),
the offline guarantee, the table API, and score floors on held-out notes and the dev set."""

from __future__ import annotations

import ast
import re
import socket
import subprocess
import sys
from pathlib import Path

import nltk
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tagger as tagger_module
from analysis.codebook import load_codebook
from analysis.errors import DebriefError
from analysis.schema import MENTION_COLUMNS, empty_mentions
from analysis.tagger import Mention, build_tagger, tag_feedback, tag_text
from analysis.tagger import batch as batch_module
from analysis.tagger.roles import ROLE_NAMES

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"

# Dev-set figures reached (python ../shared/eval/score_themes.py ...): theme 1.000, strict 1.000.
DEV_THEME_FLOOR = 0.99
DEV_STRICT_FLOOR = 0.99
GEN_THEME_FLOOR = 0.955
GEN_STRICT_FLOOR = 0.95


@pytest.fixture(scope="module")
def tagger() -> tagger_module.Tagger:
    return build_tagger()


def pairs(tagger: tagger_module.Tagger, text: str) -> set[str]:
    """Mentions as 'theme:+' / 'theme:-' strings, the eval set's notation."""
    return {
        f"{m.theme}:{'+' if m.polarity == 'strength' else '-'}" for m in tagger.tag_text(text)
    }


def labels(spec: str) -> set[str]:
    return set(filter(None, spec.split(";")))


# ------------------------------------------------------------------ linguistic cases

CASES: dict[str, list[tuple[str, str]]] = {
    "stemming": [
        ("You rambled on the second question.", "communication:-"),
        ("Rambling answers throughout.", "communication:-"),
        ("A bit rambly when nervous.", "communication:-;confidence:-"),
        ("She interrupts people.", "communication:-"),
    ],
    "multiword": [
        ("Good eye contact with the whole panel.", "confidence:+"),
        ("Another applicant was a better fit.", "fit:-"),
        ("Structure your stories with the STAR method.", "preparation:-"),
        ("Concerns about culture fit.", "fit:-"),
        ("Your body language was closed off.", "confidence:-"),
    ],
    "negation": [
        ("Your explanations were not concise.", "communication:-"),
        ("He didn't seem enthusiastic.", "attitude:-"),
        ("You never lost composure under pressure.", "confidence:+"),
        ("We had no concerns about your technical ability.", "skills:+"),
        ("A lack of concrete examples.", "preparation:-"),
        ("You answered without any examples.", "preparation:-"),
        ("Could not solve the coding exercise.", "skills:-"),
        ("Failed to show any interest in the product.", "attitude:-"),
        ("Not arrogant at all.", "attitude:+"),
        ("Hardly any eye contact.", "confidence:-"),
    ],
    "comparison": [
        ("The hire had more stakeholder experience.", "experience:-"),
        ("We chose someone with stronger Python skills.", "skills:-"),
        ("Other candidates were more articulate.", "communication:-"),
        ("The successful applicant was more confident.", "confidence:-"),
        ("We need someone with a finance degree.", "experience:-"),
        ("You were more prepared than the other candidates.", "preparation:+"),
    ],
    "advice": [
        ("You might want to tighten your answers.", "communication:-"),
        ("Try to smile and show some energy.", "attitude:-"),
        ("Consider researching the company beforehand.", "preparation:-"),
        ("Work on your posture.", "confidence:-"),
        ("You would benefit from more measurable results.", "preparation:-"),
        ("Next time, dress more formally.", "hygiene:-"),
        ("Make sure you listen to the whole question.", "communication:-"),
        ("Be less modest about your achievements.", "confidence:-"),
        ("Bring specific examples.", "preparation:-"),
        ("Keep doing what you did with your examples.", "preparation:+"),
    ],
    "shorthand": [
        ("tech: solid / dress: too casual", "skills:+;hygiene:-"),
        ("comms - waffly; attitude - great", "communication:-;attitude:+"),
        ("Strengths: clear structure, good questions. To improve: eye contact.",
         "communication:+;preparation:+;confidence:-"),
    ],
    "clauses": [
        ("Friendly, but your answers rambled.", "attitude:+;communication:-"),
        ("Strong coding; however, you were late.", "skills:+;logistics:-"),
        ("Although your portfolio was great, you looked nervous.", "skills:+;confidence:-"),
        ("Calm, though rather unprepared.", "confidence:+;preparation:-"),
        ("Your stories were vivid whereas your SQL was weak.", "preparation:+;skills:-"),
        ("Concise on the case, but long-winded on motivation questions.",
         "communication:+;communication:-"),
        ("You were well dressed and the hire had more experience.", "hygiene:+;experience:-"),
        ("Your algorithm was correct but slow.", "skills:+;skills:-"),
    ],
    "spelling": [
        ("Very well organised answers.", "communication:+"),
        ("Your behaviour toward the panel was rude.", "attitude:-"),
        ("Distracting body odour.", "hygiene:-"),
        ("we went with a candidate who was a better fit", "fit:-"),
        ("YOU WERE VERY NERVOUS", "confidence:-"),
    ],
    "typos": [
        ("Your enthusiam was infectious.", "attitude:+"),
        ("You came across as arrogent.", "attitude:-"),
        ("Answers were consise.", "communication:+"),
        ("You seemed unprepaired.", "preparation:-"),
        ("Proffesional appearance.", "hygiene:+"),
        # Not in the misspelling list: one slip away from a long cue word.
        ("You fidegted a lot.", "confidence:-"),
        ("Very confdient.", "confidence:+"),
        ("Your tone was condescnding.", "attitude:-"),
        # ... but a different real word is not a slip.
        ("The length of the call surprised me.", ""),
    ],
    "pleasantries": [
        ("Thanks for your time today.", ""),
        ("The second round is next week.", ""),
        ("Interview was on Zoom with two engineers.", ""),
        ("We will keep your CV on file.", ""),
        ("Thank you for coming in, your answers were too long.", "communication:-"),
        ("They explained the salary band and benefits package.", ""),
        ("They mentioned the start date would be in March.", ""),
        ("Please complete the online assessment by Thursday.", ""),
        ("The interviewer was friendly and put me at ease.", ""),
        ("Dress code is business casual according to the recruiter.", ""),
        ("The company is growing fast and hiring in several teams.", ""),
        ("Sorry for the delay in replying.", ""),
        ("Your salary expectations were more than we budgeted.", "logistics:-"),
    ],
    "labelling_rules": [
        ("You talked over the panel.", "communication:-"),
        ("You listened well.", "communication:+"),
        ("Lots of energy.", "attitude:+"),
        ("Your nerves showed.", "confidence:-"),
        ("Speak louder.", "confidence:-"),
        ("Your answers sounded over-rehearsed.", "communication:-"),
        ("You arrived late.", "logistics:-"),
        ("The role was closed due to a hiring freeze.", "fit:-"),
        ("An internal hire got the job.", "fit:-"),
        ("You would fit in well with the team.", "fit:+"),
    ],
    "evaluation_of_topics": [
        ("Your dress was too casual.", "hygiene:-"),
        ("You dressed sharply.", "hygiene:+"),
        ("Your handshake was weak.", "confidence:-"),
        ("Excellent handshake.", "confidence:+"),
        ("Salary expectations were too high.", "logistics:-"),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"{case}-{n}") for case, rows in CASES.items()
     for n, (t, e) in enumerate(rows)],
)
def test_linguistic_case(tagger, text: str, expected: str) -> None:
    assert pairs(tagger, text) == labels(expected)


def test_mention_explains_itself(tagger) -> None:
    [mention] = tagger.tag_text("Thanks for coming in. Honestly, your answers rambled.")
    assert mention == Mention(
        "communication", "improvement", "Honestly, your answers rambled", ("rambled",)
    )


def test_negation_cue_is_shown(tagger) -> None:
    [mention] = tagger.tag_text("You didn't make much eye contact")
    assert mention.cues == ("didn't", "eye contact")
    assert mention.evidence == "You didn't make much eye contact"


def test_one_mention_per_theme_and_polarity(tagger) -> None:
    mentions = tagger.tag_text("You rambled. You rambled again. Your answers were long-winded.")
    assert [(m.theme, m.polarity) for m in mentions] == [("communication", "improvement")]
    assert mentions[0].cues == ("rambled", "long-winded")


def test_tag_text_convenience_and_empty_input() -> None:
    assert tag_text("") == []
    assert tag_text("   ") == []
    assert tag_text(None) == []  # type: ignore[arg-type]
    assert [m.theme for m in tag_text("Great portfolio.")] == ["skills"]


# ------------------------------------------------------------------ offline guarantee


def test_builds_and_tags_without_network_or_downloads(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network or download attempted")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = build_tagger(load_codebook())
    # The VADER tie-breaker loads lazily: use it too ("Your posture" has no other signal).
    assert pairs(fresh, "Your posture was a delight.") == {"confidence:+"}
    assert fresh.vader is not None
    assert pairs(fresh, "Not concise; the hire had more experience.") == {
        "communication:-", "experience:-"
    }


def test_codebook_cues_are_data(tmp_path) -> None:
    (tmp_path / "cues.toml").write_text(
        '[themes.skills]\nstrength = ["pivot tables"]\n', encoding="utf-8"
    )
    custom = build_tagger(load_codebook(tmp_path))
    assert pairs(custom, "Nice pivot tables.") == {"skills:+"}


def test_cue_group_with_a_space_is_refused() -> None:
    cues = {"themes": {"communication": {"improvement": ["{could not|cannot} get a word in"]}}}
    with pytest.raises(DebriefError, match="group with a space"):
        tagger_module.build_lexicon(cues, ["communication"])


def test_cues_for_unknown_theme_are_refused(tmp_path) -> None:
    (tmp_path / "cues.toml").write_text('[themes.charisma]\nstrength = ["magnetic"]\n')
    with pytest.raises(DebriefError, match="charisma"):
        build_tagger(load_codebook(tmp_path))


def test_every_role_names_a_defined_theme() -> None:
    # The theme each pass's reading names is codebook data ([roles] in cues.toml).
    codebook = load_codebook()
    roles = build_tagger(codebook).lexicon.words.roles
    assert set(codebook.cues["roles"]) == set(ROLE_NAMES)
    for name in ROLE_NAMES:
        assert getattr(roles, name) in codebook.theme_ids, name


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[roles]\nsubject = "knowledge"\n', r"\[roles\] subject = 'knowledge' names a theme"),
        ('[roles]\ncharm = "attitude"\n', r"\[roles\] has charm, which no pass reads"),
        ('[tasks]\nthemes = ["admin"]\n', r"\[tasks\] themes names admin"),
        ('[themes.experience]\ndomain_theme = "trade"\n', r"domain_theme names trade"),
    ],
)
def test_a_role_naming_an_undefined_theme_is_refused(tmp_path, toml, message) -> None:
    (tmp_path / "cues.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(DebriefError, match=message):
        build_tagger(load_codebook(tmp_path))


def test_a_role_given_to_a_new_theme_needs_no_code(tmp_path) -> None:
    # A test score against its bar is a "work" reading: give that role a new theme and the
    # score pass speaks of it.
    (tmp_path / "themes.toml").write_text('[themes.tests]\nlabel = "Tests"\n')
    (tmp_path / "cues.toml").write_text('[roles]\nwork = "tests"\n')
    note = "excel test 42%, pass mark 70"
    assert pairs(build_tagger(), note) == {"skills:-"}
    assert pairs(build_tagger(load_codebook(tmp_path)), note) == {"tests:-"}


def test_a_missing_role_is_refused() -> None:
    cues = {"themes": {"skills": {"strength": ["sql"]}}, "roles": {"subject": "skills"}}
    with pytest.raises(DebriefError, match="no theme for the role 'work'"):
        tagger_module.build_lexicon(cues, ["skills"])


def _theme_literals(path: Path, theme_ids: set[str]) -> list[str]:
    """String literals of a theme id in a module's code (docstrings aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr)
    }
    return [
        f"{path.name}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in theme_ids and id(node) not in docs
    ]


def test_no_tagger_module_names_a_theme_id() -> None:
    # A pass names a role (words.roles.subject), never "skills": a theme renamed or split in
    # the codebook then needs no code.
    theme_ids = set(load_codebook().theme_ids)
    found = [
        hit
        for path in sorted((ROOT / "analysis" / "tagger").glob("*.py"))
        for hit in _theme_literals(path, theme_ids)
    ]
    assert found == []


# ------------------------------------------------------------------ whole tables


def test_tag_feedback_frame(tagger, small_log) -> None:
    mentions = tag_feedback(small_log, tagger)
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert mentions.dtypes.to_dict() == empty_mentions().dtypes.to_dict()
    # Rows 4, 7, 8 have no feedback; row 3 duplicates row 2 but is still tagged.
    assert set(mentions["row"]) == {0, 1, 2, 3, 5, 6, 9} - {9}
    got = set(zip(mentions["row"], mentions["theme"], mentions["polarity"], strict=True))
    assert {
        (0, "attitude", "strength"),
        (1, "communication", "improvement"),
        (1, "preparation", "improvement"),
        (2, "fit", "improvement"),
        (3, "fit", "improvement"),
        (5, "skills", "strength"),
        (5, "communication", "improvement"),
        (6, "preparation", "strength"),
    } <= got
    assert all(isinstance(c, tuple) and c for c in mentions["cues"])


def test_tag_feedback_keeps_index_labels_and_skips_blank(tagger) -> None:
    table = pd.DataFrame(
        {"feedback": ["You rambled.", None, "  ", "Great energy.", pd.NA]},
        index=[10, 20, 30, 40, 50],
    ).astype({"feedback": "string"})
    mentions = tag_feedback(table, tagger)
    assert mentions[["row", "theme"]].values.tolist() == [[10, "communication"], [40, "attitude"]]


def test_tag_feedback_no_text_gives_empty_frame(tagger) -> None:
    table = pd.DataFrame({"feedback": pd.Series([None, ""], dtype="string")})
    assert tag_feedback(table, tagger).equals(empty_mentions())


def test_tag_feedback_missing_column(tagger) -> None:
    with pytest.raises(DebriefError, match="no 'notes' column.*feedback"):
        tag_feedback(pd.DataFrame({"feedback": ["x"]}), tagger, text_column="notes")


def test_repeated_notes_are_tagged_once(monkeypatch) -> None:
    fresh = build_tagger()
    calls: list[str] = []
    original = fresh.tag_text
    monkeypatch.setattr(fresh, "tag_text", lambda text: calls.append(text) or original(text))
    table = pd.DataFrame({"feedback": ["You rambled.", "Great energy.", "You rambled."] * 50})
    mentions = tag_feedback(table, fresh, workers=1)
    assert sorted(calls) == ["Great energy.", "You rambled."]
    assert len(mentions) == 150
    assert mentions["row"].tolist() == list(range(150))


def test_process_pool_matches_in_process(monkeypatch, tagger) -> None:
    monkeypatch.setattr(batch_module, "POOL_THRESHOLD", 10)
    monkeypatch.setattr(batch_module, "CHUNK_SIZE", 7)
    notes = [f"Note {n}: you rambled" if n % 3 else f"Note {n}: great SQL" for n in range(40)]
    table = pd.DataFrame({"feedback": notes})
    seen: list[float] = []
    pooled = tag_feedback(table, tagger, workers=2, progress=seen.append)
    local = tag_feedback(table, tagger, workers=1)
    pd.testing.assert_frame_equal(pooled, local)
    assert seen[-1] == 1.0 and seen == sorted(seen)


# ------------------------------------------------------------------ properties


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_gives_well_formed_mentions(tagger, text: str) -> None:
    themes = set(load_codebook().theme_ids)
    for m in tagger.tag_text(text):
        assert m.theme in themes
        assert m.polarity in ("strength", "improvement")
        assert m.cues and all(m.cues)
        assert m.evidence.strip()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(["You rambled.", "Great SQL test.", "Thanks!", "Late again."]),
             min_size=1, max_size=6),
)
def test_evidence_comes_from_the_note(tagger, sentences: list[str]) -> None:
    text = " ".join(sentences)
    for m in tagger.tag_text(text):
        assert m.evidence in text
        assert all(part in text for cue in m.cues for part in cue.split(" ... "))


# ------------------------------------------------------------------ held-out notes

# Written for these tests in the style of the eval set but with other wording (more in
# HELD_OUT below); labels follow the eval README's rules.
HELD_OUT: list[tuple[str, str]] = [
    ("the successful candidate brought a lot more hands-on project management experience",
     "experience:-"),
    ("Your years at Deloitte count strongly in your favour.", "experience:+"),
    ("we felt you were a little under-qualified for the senior post", "experience:-"),
    ("They chose a candidate with a chartered accountancy qualification.", "experience:-"),
    ("Your two years of freelance work gave you relevant exposure.", "experience:+"),
    ("We'd prefer someone with more international experience.", "experience:-"),
    ("You were dressed far too casually - trainers and a t-shirt.", "hygiene:-"),
    ("Nicely groomed and smartly presented.", "hygiene:+"),
    ("Your shirt had visible stains on it.", "hygiene:-"),
    ("Make sure your clothes are ironed.", "hygiene:-"),
    ("Appearance was neat and tidy.", "hygiene:+"),
    ("Very eager to learn and keen to join us.", "attitude:+"),
    ("You seemed quite full of yourself.", "attitude:-"),
    ("A genuinely warm and pleasant person to talk to.", "attitude:+"),
    ("Came across as disinterested and distracted.", "attitude:-"),
    ("Your tone was condescending towards the junior interviewer.", "attitude:-"),
    ("You didn't show much interest in the team.", "attitude:-"),
    ("You were not arrogant at all, which we appreciated.", "attitude:+"),
    ("Your replies were waffly and unfocused.", "communication:-"),
    ("You answered clearly and to the point.", "communication:+"),
    ("You veered off on a tangent about your hobbies.", "communication:-"),
    ("Keep your answers more succinct.", "communication:-"),
    ("Heavy use of technical jargon lost half the panel.", "communication:-"),
    ("Listened well and built on what others said.", "communication:+"),
    ("The answers weren't very well structured.", "communication:-"),
    ("Your delivery felt robotic and over-practised.", "communication:-"),
    ("You had obviously done your homework on our clients.", "preparation:+"),
    ("You couldn't tell us what our company actually sells.", "preparation:-"),
    ("Your examples were too general; give specific numbers.", "preparation:-"),
    ("Really strong, relevant stories from your previous job.", "preparation:+"),
    ("Impressively well prepared.", "preparation:+"),
    ("Your solution to the coding challenge was elegant.", "skills:+"),
    ("You got stuck on the basic SQL joins.", "skills:-"),
    ("The technical test showed gaps in your Java knowledge.", "skills:-"),
    ("You were unable to finish the case exercise.", "skills:-"),
    ("Your Excel was not as advanced as the role demands.", "skills:-"),
    ("Strong eye contact and a confident handshake.", "confidence:+"),
    ("Stop fidgeting with your hands.", "confidence:-"),
    ("Remember to speak louder in the final.", "confidence:-"),
    ("You held your nerve under tough questioning.", "confidence:+"),
    ("You downplayed your achievements.", "confidence:-"),
    ("We decided to go with a candidate who is a stronger fit.", "fit:-"),
    ("We will not be progressing your application further.", ""),
    ("The role is no longer open due to restructuring.", "fit:-"),
    ("We think you'd be a brilliant cultural fit.", "fit:+"),
    ("The post was offered to an internal candidate.", "fit:-"),
    ("Your salary requirements are outside our range.", "logistics:-"),
    ("You turned up half an hour late.", "logistics:-"),
    ("We can't offer sponsorship for your visa.", "logistics:-"),
    ("Thank you for taking the time to interview with us.", ""),
    ("The hiring manager will call you on Friday.", ""),
    ("Still waiting to hear back.", ""),
    ("Lovely energy, but you talked for too long on each question.",
     "attitude:+;communication:-"),
    ("Excellent coding; however the other finalist had more leadership experience.",
     "skills:+;experience:-"),
    ("Smartly dressed and relaxed but you didn't know much about our products.",
     "hygiene:+;confidence:+;preparation:-"),
    ("Aced the technical round, but looked very anxious.", "skills:+;confidence:-"),
    ("Smart appearance and good eye contact, but not enough experience in fintech.",
     "hygiene:+;confidence:+;experience:-"),
    ("We have no doubts about your technical skills.", "skills:+"),
    ("Couldn't fault your preparation.", "preparation:+"),
    ("Coach: good stories but add measurable outcomes.", "preparation:+;preparation:-"),
    ("Hiring manager: keep doing: great energy, strong examples. Improve: slow down, "
     "dress more formally.", "attitude:+;preparation:+;communication:-;hygiene:-"),
    ("Spoke way too fast because I was nervous.", "communication:-;confidence:-"),
    ("Technically strong, but we need someone who can start next month.",
     "skills:+;logistics:-"),
    ("Monotonous voice made it hard to stay interested.", "communication:-"),
    ("your enthusiasim was great but your answers rambeled", "attitude:+;communication:-"),
    ("skills: strong / comms: waffly / dress: fine", "skills:+;communication:-;hygiene:+"),
    ("Other applicants had stronger Python skills.", "skills:-"),
    ("You may want to cut down the length of your answers.", "communication:-"),
    ("You never lost your cool.", "confidence:+"),
    ("We thought you were an excellent candidate, but we have decided to move forward with "
     "someone else.", "fit:-"),
    ("Your behaviour towards the receptionist was unprofessional.", "attitude:-"),
    ('You were late for the interview.', 'logistics:-'),
    ('Strong, well-chosen examples with clear results.', 'preparation:+'),
    ('They asked if I had concerns; they worried I had no client experience.', 'experience:-'),
    ('Your references were very positive.', 'experience:+'),
    ('Liked your portfolio; salary expectations too high.', 'skills:+;logistics:-'),
    ('Nervous and unsure.', 'confidence:-'),
    ("You didn't seem enthusiastic.", 'attitude:-'),
    ('Good experience but your examples lacked detail.', 'experience:+;preparation:-'),
    ('You presented yourself very smartly.', 'hygiene:+'),
    ('Your explanation of the algorithm was very clear.', 'communication:+'),
    ('Your work history shows steady progression, which we liked.', 'experience:+'),
    ('Looked tired and unkempt.', 'hygiene:-'),
    ('Wear more formal clothes next time.', 'hygiene:-'),
    ('The commute was a concern.', 'logistics:-'),
    ('Professional and well prepared.', 'attitude:+;preparation:+'),
    ('Impressive SQL; however, the successful candidate had more team leadership experience.',
     'skills:+;experience:-'),
    ('It was evident you had studied our annual report.', 'preparation:+'),
    ('You explained your thesis clearly to a non-specialist panel.', 'communication:+'),
    ('Recruiter passed on that they thought I was too inexperienced.', 'experience:-'),
    ('Cocky tone throughout.', 'attitude:-'),
    ('Your enthusiasm was clear but your answers were too long.', 'attitude:+;communication:-'),
    ('Monotone voice made it hard to follow.', 'communication:-'),
    ('Spent too long on your first answer.', 'communication:-'),
    ('Be more succinct.', 'communication:-'),
    ('You avoided looking at the panel.', 'confidence:-'),
    ('No concerns about your coding.', 'skills:+'),
    ('Very positive outlook.', 'attitude:+'),
    ('Show more passion for the product.', 'attitude:-'),
    ('You did not know the basics of Git.', 'skills:-'),
    ('Fantastic attitude.', 'attitude:+'),
    ('Your references were glowing.', 'experience:+'),
    ('The distance from your home was a worry.', 'logistics:-'),
    ('Concise and upbeat.', 'communication:+;attitude:+'),
    ('We offered the job to a candidate whose skills were a closer match.', 'skills:-'),
    ('Answered each question clearly and briefly.', 'communication:+'),
    ('Your consulting background is exactly what the team needs.', 'experience:+'),
    ('Recruiter said the hiring manager thought I was too junior.', 'experience:-'),
    ('You arrived with smart questions about our growth plans.', 'preparation:+'),
    ('Please make more effort with grooming.', 'hygiene:-'),
    ('You got sidetracked talking about your holiday.', 'communication:-'),
    ('Wonderful attitude.', 'attitude:+'),
    ('No concerns about your skills.', 'skills:+'),
    ('Your lack of people management experience was the main issue.', 'experience:-'),
    ('Aced the numerical reasoning test.', 'skills:+'),
    ('We were looking for someone with more B2B experience.', 'experience:-'),
    ('They felt I was overqualified and would get bored.', 'experience:-'),
    ("You're clearly talented, but we need someone who can start now.", 'skills:+;logistics:-'),
    ('Your algorithm was correct but slow.', 'skills:+;skills:-'),
    ('Our HR team will be in touch.', ''),
    ('You never seemed arrogant.', 'attitude:+'),
    ('The successful candidate was a chartered engineer.', 'experience:-'),
    ('Flat, monotone delivery.', 'communication:-'),
    ('Spoke too quickly when nervous.', 'communication:-;confidence:-'),
    ('Limp handshake and you slouched.', 'confidence:-'),
    ('Your day rate is higher than we can pay.', 'logistics:-'),
    ('The vacancy was cancelled following a reorganisation.', 'fit:-'),
    ('Your internship is directly relevant.', 'experience:+'),
    ("Your answers weren't focused.", 'communication:-'),
    ('The role requires travel, which you did not want.', 'logistics:-'),
    ('You were quite curt with the coordinator.', 'attitude:-'),
    ("We're not moving forward at this time.", ''),
    ('You seemed to resent being asked about your grades.', 'attitude:-'),
    ('You have not worked with enterprise clients before.', 'experience:-'),
    ('Your answers were clear and to the point.', 'communication:+'),
    ("You didn't come across as confident.", 'confidence:-'),
    ('Prepare some stories that show impact.', 'preparation:-'),
    ("You couldn't finish the SQL task in time.", 'skills:-'),
    ('Thanks for your patience during the process.', ''),
    ('Your posture was excellent.', 'confidence:+'),
    ('We need someone available immediately.', 'logistics:-'),
    ('No issues with your experience.', 'experience:+'),
    ('Headcount was frozen after the merger.', 'fit:-'),
    ('Sounded sure of yourself.', 'confidence:+'),
    ('You said you could not relocate.', 'logistics:-'),
    ('Compelling examples with clear metrics.', 'preparation:+'),
    ('You came across as timid.', 'confidence:-'),
    ('Your research background brings depth we lack.', 'experience:+'),
    ('Your visa status is a problem for us.', 'logistics:-'),
    ('Your design skills impressed the team.', 'skills:+'),
    ('Your answers were vague and generic.', 'preparation:-'),
    ('You kept your composure well.', 'confidence:+'),
    ('Mock panel: I rambled on every question.', 'communication:-'),
    ('Your passion for education shone through.', 'attitude:+'),
    ('Great enthusiasm, however your answers were unfocused.', 'attitude:+;communication:-'),
    ('Spoke too softly.', 'confidence:-'),
    ('You structured each answer well.', 'communication:+'),
    ('Great financial modelling skills.', 'skills:+'),
    ('You made several errors in the Excel test.', 'skills:-'),
    ('Lacked specific examples.', 'preparation:-'),
    ('Very well presented.', 'hygiene:+'),
    ('Good interview but we filled the role.', 'fit:-'),
    ('You failed the aptitude test.', 'skills:-'),
    ('Professional and prepared.', 'attitude:+;preparation:+'),
    ('Your salary expectations exceeded our range.', 'logistics:-'),
    ('Looked tired.', 'hygiene:-'),
    ('Weak handshake.', 'confidence:-'),
    ('Lacked confidence in the presentation.', 'confidence:-'),
    ('Your military background gives you great leadership experience.', 'experience:+'),
    ("You rambled and didn't know much about us.", 'communication:-;preparation:-'),
    ('Your maths was rusty.', 'skills:-'),
    ('Smart, professional attire.', 'hygiene:+'),
    ('Hard to follow at times.', 'communication:-'),
    ('Your enthusiasm was obvious.', 'attitude:+'),
    ('Your coding was excellent.', 'skills:+'),
    ('Speak more confidently.', 'confidence:-'),
    ('Excellent communication skills.', 'communication:+'),
    ('Try to keep your answers shorter.', 'communication:-'),
    ('You struggled with the technical questions.', 'skills:-'),
    ('There is currently a hiring freeze.', 'fit:-'),
    ('Consider a more professional outfit.', 'hygiene:-'),
    ('You arrived late.', 'logistics:-'),
    ('Poor eye contact.', 'confidence:-'),
    ('You were not particularly well organised.', 'communication:-'),
    ("It's not that you lacked skills, but the others had more experience.",
     'skills:+;experience:-'),
    ("You didn't come across as arrogant at any point.", 'attitude:+'),
    ('We had no doubts about your enthusiasm.', 'attitude:+'),
    ('Not once did you lose your composure.', 'confidence:+'),
    ("Your answers weren't always relevant to the question.", 'communication:-'),
    ('There was no real structure to your answers.', 'communication:-'),
    ('You failed to give a single concrete example.', 'preparation:-'),
    ('You were unable to explain your SQL.', 'skills:-'),
    ('Without any research into our company, it was hard to judge your motivation.',
     'preparation:-'),
    ('You could have been more concise.', 'communication:-'),
    ('It would help to bring examples with numbers.', 'preparation:-'),
    ('Going forward, work on your eye contact.', 'confidence:-'),
    ('Maybe slow down a little when answering.', 'communication:-'),
    ('Perhaps show a bit more enthusiasm.', 'attitude:-'),
    ('You should prepare questions for the interviewer.', 'preparation:-'),
    ('Remember to dress smartly.', 'hygiene:-'),
    ("Don't be afraid to sell yourself.", 'confidence:-'),
    ('Keep up the great energy.', 'attitude:+'),
    ('Continue to use the STAR method.', 'preparation:+'),
    ('The chosen applicant was more articulate.', 'communication:-'),
    ('Someone with stronger SQL got the role.', 'skills:-'),
    ('Other finalists were better prepared.', 'preparation:-'),
    ('The hire had a lot more client-facing experience.', 'experience:-'),
    ('You were more technically capable than the other candidates.', 'skills:+'),
    ('Compared to the others, your examples were thin.', 'preparation:-'),
    ('We went for someone with a stronger track record.', 'experience:-'),
    ('Another candidate impressed us more with their confidence.', 'confidence:-'),
    ('prep: thorough / stories: vague / attire: smart', 'preparation:+;preparation:-;hygiene:+'),
    ('Strengths - energy, SQL. Weaknesses - rambling, late.',
     'attitude:+;skills:+;communication:-;logistics:-'),
    ('+ good questions; - too quiet', 'preparation:+;confidence:-'),
    ('Positives: articulate. Negatives: no examples.', 'communication:+;preparation:-'),
    ('Thanks so much for coming in; we really enjoyed meeting you.', ''),
    ("We'll let you know about the second stage shortly.", ''),
    ('The panel included the head of data.', ''),
    ('Apologies for the delay in getting back to you.', ''),
    ('Your CV is on file.', ''),
    ('You came accross as very profesional and organized.', 'attitude:+;communication:+'),
    ('Grammer in your cover letter was poor.', 'communication:-'),
    ('You seemed nervus and your anwsers were to long.', 'confidence:-;communication:-'),
    ('Your previous roles were all quite junior.', 'experience:-'),
    ('Five years at a top consultancy is a real strength.', 'experience:+'),
    ("We felt you didn't have the depth of experience for a lead role.", 'experience:-'),
    ('Scruffy trainers let the outfit down.', 'hygiene:-'),
    ('Immaculately dressed.', 'hygiene:+'),
    ('You came across as really keen and engaged.', 'attitude:+'),
    ('Your attitude towards feedback was defensive.', 'attitude:-'),
    ('You spoke badly about your last employer.', 'attitude:-'),
    ('Gave long, meandering answers.', 'communication:-'),
    ('Nicely structured responses.', 'communication:+'),
    ('Stop using so much jargon.', 'communication:-'),
    ('Great at explaining technical concepts simply.', 'communication:+'),
    ("You hadn't prepared for the obvious questions.", 'preparation:-'),
    ("You'd clearly read up on our strategy.", 'preparation:+'),
    ('Give examples, not generalities.', 'preparation:-'),
    ('Solid technical test.', 'skills:+'),
    ("You couldn't answer basic accounting questions.", 'skills:-'),
    ('Your modelling was sloppy.', 'skills:-'),
    ('You looked at the floor a lot.', 'confidence:-'),
    ('You projected real confidence.', 'confidence:+'),
    ('You sounded unsure about your own CV.', 'confidence:-'),
    ('We have decided to go in a different direction.', 'fit:-'),
    ("Budget constraints mean the role won't be filled this year.", 'fit:-'),
    ("You'd fit in really well here.", 'fit:+'),
    ('You wanted more than we can pay.', 'logistics:-'),
    ('You were 15 minutes late to the video call.', 'logistics:-'),
    ("You'd need a visa and we can't sponsor.", 'logistics:-'),
    ('Thanks for your interest in the role.', ''),
    ('The interview was with two directors.', ''),
    ('Great energy, but too many filler words.', 'attitude:+;communication:-'),
    ('Strong analytical skills, however the winning candidate had more sector experience.',
     'skills:+;experience:-'),
    ('Polished appearance, but you seemed unsure of our product.', 'hygiene:+;preparation:-'),
    ('Your answers lacked substance.', 'preparation:-'),
    ("You weren't very engaged.", 'attitude:-'),
    ('No problems with your coding.', 'skills:+'),
    ('You never rambled.', 'communication:+'),
    ('Lacked poise.', 'confidence:-'),
    ('Coach: great posture, but speak up.', 'confidence:+;confidence:-'),
    ('Recruiter: they went with a more experienced person.', 'experience:-'),
    ('Be less wordy.', 'communication:-'),
    ('Feedback call with the recruiter: the client went with someone who had more years in '
     'insurance. They did say my presentation was very clear.',
     'experience:-;communication:+'),
    ('Hiring manager email: thank you for your time. Unfortunately we will not be moving '
     'forward. The panel felt your answers lacked depth on stakeholder management.',
     'fit:-;preparation:-'),
    ('interviewer said i came across nervous and didnt make much eye contact', 'confidence:-'),
    ('Your organisational skills are excellent and your CV is well laid out.', 'skills:+'),
    ('Behaviour towards the panel was respectful; colour-coded slides were a nice touch.',
     'attitude:+'),
    ('You showed genuine enthusiasm but your technical answers were shallow.',
     'attitude:+;skills:-'),
    ('We were impressed by your portfolio, however we have offered the role to an internal '
     'candidate.',
     'skills:+;fit:-'),
    ('Please work on keeping answers short and to the point.', 'communication:-'),
    ('You were late and appeared flustered when you arrived.', 'logistics:-;confidence:-'),
    ('Great rapport with the team, very personable.', 'attitude:+'),
    ("The panel liked your humour but felt your examples didn't show impact.",
     'attitude:+;preparation:-'),
    ('Strong candidate overall; we simply had someone with more direct experience.',
     'experience:-'),
    ('Your presentation slides were cluttered and hard to read.', 'communication:-'),
    ('You should research the company more thoroughly before interviews.', 'preparation:-'),
    ('Comms: clear. Prep: weak. Dress: fine.', 'communication:+;preparation:-;hygiene:+'),
    ("Didn't sell yourself enough.", 'confidence:-'),
    ('Very knowledgeable about cloud architecture.', 'skills:+'),
    ('You were a bit abrupt with the receptionist and seemed impatient.', 'attitude:-'),
    ('Your answers to the competency questions were structured well using STAR.',
     'communication:+;preparation:+'),
    ('We could not match your salary expectations.', 'logistics:-'),
    ('The interview went well overall and we will be in touch.', ''),
    ("You're clearly bright but you need more hands-on experience.", 'skills:+;experience:-'),
    ('Interviewer was running late so we only had 20 minutes.', ''),
    ('You kept looking at the clock, which came across as disinterested.', 'attitude:-'),
    ('Your explanations were too technical for a non-technical audience.', 'communication:-'),
    ('Lovely smile and warm manner.', 'attitude:+'),
    ("You didn't demonstrate leadership in your examples.", 'preparation:-'),
    ('The feedback was that my handshake was limp and I mumbled.', 'confidence:-'),
    ('Excellent knowledge of our products; you had clearly done your homework.', 'preparation:+'),
    ('We need someone fluent in German.', 'skills:-'),
    ('Appeared a bit scruffy - jacket creased, shoes unpolished.', 'hygiene:-'),
    ('You over-prepared and sounded scripted.', 'communication:-'),
    ('Positive, can-do attitude.', 'attitude:+'),
    ('You were reluctant to discuss your failures.', 'attitude:-'),
    ('The role has been made redundant before we could hire.', 'fit:-'),
    ("You'd need to move to Bristol and you said that isn't possible.", 'logistics:-'),
    ('Kept calm when the demo broke.', 'confidence:+'),
    ('Your case maths had errors.', 'skills:-'),
    ('Tailor your examples to the job description.', 'preparation:-'),
    ('Answered succinctly but needs more detail in examples.', 'communication:+;preparation:-'),
]


def micro_f1(gold: list[set[str]], got: list[set[str]]) -> float:
    tp = sum(len(g & p) for g, p in zip(gold, got, strict=True))
    fp = sum(len(p - g) for g, p in zip(gold, got, strict=True))
    fn = sum(len(g - p) for g, p in zip(gold, got, strict=True))
    return 2 * tp / (2 * tp + fp + fn)


def test_held_out_notes_score(tagger) -> None:
    gold = [labels(spec) for _, spec in HELD_OUT]
    got = [pairs(tagger, text) for text, _ in HELD_OUT]
    themes = [{p.split(":")[0] for p in s} for s in gold], [{p.split(":")[0] for p in s}
                                                            for s in got]
    # Reached 0.987 / 0.987 on these 303 notes; the floor leaves room for lexicon edits.
    assert micro_f1(*themes) >= 0.97
    assert micro_f1(gold, got) >= 0.97


# ------------------------------------------------------------ generalisation notes

# A second set written later, aimed at what independent notes showed the tagger missing:
# evaluative words outside the lexicon ("dipped", "cocky", "spot on"), negation that praises
# ("without a single error", "not at all lacking", "no problem with"), advice phrasings
# ("I'd suggest", "you'll want to", "you'd benefit from"), fit idioms ("slot straight into",
# "mesh with"), objects brought or forgotten, and third parties (the interviewer, the team).
GENERALISATION: list[tuple[str, str]] = [
    ('Your confidence dipped badly once the numbers questions started.', 'confidence:-'),
    ('You completed the reconciliation without a single error.', 'skills:+'),
    ('Your enthusiasm was not at all lacking, it lifted the whole panel.', 'attitude:+'),
    ('We had no problem with your salary expectations.', 'logistics:+'),
    ("You clearly hadn't read the job description before coming in.", 'preparation:-'),
    ("It was obvious you hadn't practised your opening pitch.", 'preparation:-'),
    ('You seemed to shrink into the chair whenever the director spoke.', 'confidence:-'),
    ('At times it felt like you were going through the motions.', 'attitude:-'),
    ('Shoes were scuffy and the shirt looked slept in.', 'hygiene:-'),
    ('You came across as a bit cocky when we asked about setbacks.', 'attitude:-'),
    ('Your energy was infectious and the team loved it.', 'attitude:+'),
    ('Your costing of the pilot was spot on.', 'skills:+'),
    ("We think you'd slot straight into the ops team.", 'fit:+'),
    ("Honestly, the chemistry with the wider team just wasn't there.", 'fit:-'),
    ('We have decided not to proceed with your application.', ''),
    ("We'll be progressing other applicants at this stage.", 'fit:-'),
    ('Your body language was open and relaxed throughout.', 'confidence:+'),
    ('You kept your hands in your pockets for most of the interview.', 'confidence:-'),
    ('You tended to play down your achievements on the rebrand.', 'confidence:-'),
    ('It would have helped to research the company a little more.', 'preparation:-'),
    ('Please bring a printed copy of your portfolio next time.', 'preparation:-'),
    ('You mixed us up with a competitor twice.', 'preparation:-'),
    ('We were hoping for someone local, as the role needs site visits at short notice.',
     'logistics:-'),
    ("You've led a team of twelve which is exactly the scale we run at.", 'experience:+'),
    ("Your background in B2B marketing is thinner than the other finalists'.", 'experience:-'),
    ("I'd suggest tightening your answers to two minutes each.", 'communication:-'),
    ('I think the biggest thing is to slow down when you explain your code.', 'communication:-'),
    ("You'll want to have a couple of stories ready about conflict.", 'preparation:-'),
    ("You'd benefit from more eye contact with the whole panel.", 'confidence:-'),
    ('Your portfolio was strong but you forgot to bring it on the day.', 'skills:+;preparation:-'),
    ('The structure of your answers made them easy to follow.', 'communication:+'),
    ('Your answers were quite vague about what you personally delivered.', 'preparation:-'),
    ('The hire had far more agency experience than you.', 'experience:-'),
    ('The interviewer was running late and apologised.', ''),
    ('We talked about the commute and parking, thanks for asking.', ''),
    ('You asked whether the rota included weekends; it does.', ''),
    ('Right now the team is small but growing.', ''),
    ('Your written test had several careless mistakes.', 'skills:-'),
    ('You interrupted the chair a couple of times.', 'communication:-'),
    ('You never once came across as defensive, even under challenge.', 'attitude:+'),
    ("You weren't especially prepared for questions about our funding model.", 'preparation:-'),
    ('Great smile and a warm handshake.', 'attitude:+;confidence:+'),
    ('Dress was a touch too casual for a client meeting, but the technical round was excellent.',
     'hygiene:-;skills:+'),
    ('The other candidate was more fluent in German.', 'skills:-'),
    ('Another applicant could start in two weeks rather than three months.', 'logistics:-'),
    ('You seemed genuinely curious about how the lab runs.', 'attitude:+'),
    ('The panel felt your examples lacked measurable outcomes.', 'preparation:-'),
    ('Your voice was steady and you projected well.', 'confidence:+'),
    ('A lot of jargon, which lost the non-technical panel members.', 'communication:-'),
    ('You arrived twenty minutes late without letting us know.', 'logistics:-'),
    ('We went with an internal candidate.', 'fit:-'),
    ('The position has been put on hold due to budget.', 'fit:-'),
    ('Your coding exercise was clean and well tested.', 'skills:+'),
    ('You spoke very quietly and it was hard to hear you at times.', 'confidence:-'),
    ('Your references spoke highly of your leadership.', 'experience:+'),
    ("You were a touch arrogant about your last team's failures.", 'attitude:-'),
    ('You could be more concise when describing your role.', 'communication:-'),
    ('Your grooming was immaculate.', 'hygiene:+'),
    ("You didn't ask us a single question at the end.", 'preparation:-'),
    ('You seemed unsure of yourself during the case study, though your analysis was sound.',
     'confidence:-;skills:+'),
    ('Your answers sounded like you were reading a script.', 'communication:-'),
    ("The shift pattern didn't seem to interest you much.", 'attitude:-'),
    ('Good cultural match, the team really warmed to you.', 'fit:+'),
    ('You lost your place a few times in the presentation.', 'confidence:-'),
    ('The successful candidate had spent longer in-house.', 'experience:-'),
    ('felt flat in the 2nd half, energy dropped right off', 'attitude:-'),
    ('Your handshake was a bit limp and you avoided looking at me.', 'confidence:-'),
    ("We'd have liked more evidence of stakeholder management at director level.", 'experience:-'),
    ("The person we've appointed has run a similar unit for six years.", 'experience:-'),
    ('Your SQL was rock solid, the window functions especially.', 'skills:+'),
    ('You spoke in circles and never quite landed an answer.', 'communication:-'),
    ('Candidly, you seemed more interested in the salary than the work.', 'attitude:-'),
    ('You came in jeans and a crumpled tee for a board-level interview.', 'hygiene:-'),
    ('notes to self: over-explained the migration, keep it to 3 bullet pts', 'communication:-'),
    ('Your knowledge of our supply chain was genuinely impressive.', 'preparation:+'),
    ("The team felt you'd struggle to work with our fast pace and small crew.", 'fit:-'),
    ('Your availability from next Monday is ideal.', 'logistics:+'),
    ("You couldn't explain the trade-offs in your own design.", 'skills:-'),
    ('Avoid bad-mouthing previous managers in future interviews.', 'attitude:-'),
    ('The hiring panel found you articulate and persuasive.', 'communication:+'),
    ('You seemed rattled when we challenged your forecast.', 'confidence:-'),
    ('Lots of filler - um, like, you know - in every answer.', 'communication:-'),
    ("We couldn't match your salary expectations.", 'logistics:-'),
    ("You'd obviously looked at our annual report.", 'preparation:+'),
    ('Your case study answer was muddled, and the maths had gaps.', 'communication:-;skills:-'),
    ('Not the strongest technically, but very personable.', 'skills:-;attitude:+'),
    ('You were overly modest about the product launch you led.', 'confidence:-'),
    ('Please work on keeping eye contact with everyone on the panel.', 'confidence:-'),
    ("The role is office-based five days a week which you said wouldn't work.", 'logistics:-'),
    ('Your examples were specific and quantified.', 'preparation:+'),
    ('The other shortlisted person had chartered status.', 'experience:-'),
    ('You came across as a little aloof with the receptionist.', 'attitude:-'),
    ('You tended to go off on tangents about your old job.', 'communication:-'),
    ('Your presentation slides were cluttered and hard to read.', 'communication:-'),
    ('We thought you were a strong fit culturally.', 'fit:+'),
    ("You didn't seem to know what the role involved day to day.", 'preparation:-'),
    ('Your coding was sloppy - variable names all over the place, no tests.', 'skills:-'),
    ('Your posture and tone were both excellent.', 'confidence:+;attitude:+'),
    ('The decision was extremely close and came down to internal politics.', 'fit:-'),
    ('You asked sharp questions about our roadmap.', 'preparation:+'),
    ('Sorry, the panel overran and we kept you waiting.', ''),
    ('You were not nervous at all.', 'confidence:+'),
    ('You lack exposure to regulated environments.', 'experience:-'),
    ('Your technical explanation was clear but your motivation for leaving felt vague.',
     'communication:+;attitude:-'),
    ('Your cologne was overpowering in a small room.', 'hygiene:-'),
    ("I'd encourage you to quantify your impact more.", 'preparation:-'),
    ('You remained courteous even when the interviewer was abrupt.', 'attitude:+'),
    ("We're not sure you'd mesh with the existing team.", 'fit:-'),
    ('You clearly know Excel inside out.', 'skills:+'),
    ('A touch overconfident, bordering on brash.', 'confidence:-;attitude:-'),
    ("You talked too much about yourself and not enough about the team's needs.",
     'communication:-'),
    ('Your Python was fine, but the system design round exposed real gaps.', 'skills:+;skills:-'),
    ("We'd like to see you show more curiosity about the customers.", 'attitude:-'),
    ("You looked exhausted and your suit didn't fit well.", 'hygiene:-'),
    ('Mgr said my answers were waffly, esp on the why-this-company q', 'communication:-'),
    ('You showed up forty minutes early which was a little awkward for reception.', 'logistics:-'),
    ('You listened carefully and built on what the panel said.', 'communication:+'),
    ('The chosen candidate speaks fluent Mandarin.', 'skills:-'),
    ('You were gracious when we pointed out the bug in your solution.', 'attitude:+'),
    ("You weren't able to give a single example of leading change.", 'preparation:-'),
    ("Honestly your CV undersells you - you're stronger in person.", 'confidence:-'),
    ("Your expectations on remote working don't match our office policy.", 'logistics:-'),
    ('There were no red flags on attitude at all.', 'attitude:+'),
    ('Very poised under pressure; never flustered.', 'confidence:+'),
    ('You gave generic answers that could apply to any company.', 'preparation:-'),
    ('Your hands were shaking and you kept clearing your throat.', 'confidence:-'),
    ('The panel loved the way you structured the case with a clear framework.',
     'communication:+;skills:+'),
    ("We've had to freeze all external hiring until the spring.", 'fit:-'),
    ('You clearly put in the work researching our competitors.', 'preparation:+'),
    ('Your tone with the junior staff member was dismissive.', 'attitude:-'),
    ('You mumbled through the first few answers.', 'confidence:-'),
    ('The other finalist had already managed a P&L of similar size.', 'experience:-'),
    ('Make sure you know the basics of GAAP before the next round.', 'skills:-'),
    ('Arrived on the dot and well prepared with notes on our products.',
     'logistics:+;preparation:+'),
    ('You might want to trim the length of your introduction.', 'communication:-'),
    ('Nice energy, very upbeat, the whole panel warmed to you.', 'attitude:+'),
    ('Your answers lacked structure and wandered.', 'communication:-'),
    ("We don't think the salary we can offer would work for you.", 'logistics:-'),
    ("You didn't seem bothered about the training programme.", 'attitude:-'),
    ('Your knowledge of the regulations was impressive for someone so new to the field.',
     'skills:+;experience:-'),
    ('Pros: calm, thoughtful, good with numbers. Cons: no portfolio to show, quite '
     'late to the call.',
     'confidence:+;skills:+;preparation:-;logistics:-'),
    ('Thank you for attending. Unfortunately, on this occasion the panel felt that '
     "another candidate's experience of running multi-site teams was more closely "
     'aligned to what we need.',
     'experience:-'),
    ('Hiring manager mentioned your handshake was crushing and you stood a bit too close.',
     'confidence:-'),
    ('you werent very forthcoming about why you left your last job', 'attitude:-'),
    ('Your explanations of the ledger process were crystal clear.', 'communication:+'),
    ('The feedback was that you seemed to lack drive.', 'attitude:-'),
    ('Your salary range sits above what the role pays.', 'logistics:-'),
    ('Great rapport with the panel and a lovely sense of humour.', 'attitude:+'),
    ('You could have prepared better for the competency questions.', 'preparation:-'),
    ('We noticed a strong smell of smoke on your clothes.', 'hygiene:-'),
    ('Your interview answers lacked energy and conviction.', 'attitude:-;confidence:-'),
    ("You gave the impression you hadn't looked at the job advert.", 'preparation:-'),
    ('You know our market very well, that came across strongly.', 'preparation:+'),
    ("The hire has a Masters in the field; you don't.", 'experience:-'),
    ('Your test scores put you in the top five percent of applicants.', 'skills:+'),
    ('You over-promised on what you could deliver in month one, which felt naive.', 'attitude:-'),
    ("You kept checking your watch during the panel's questions.", 'attitude:-'),
    ('Your tie was crooked and your shirt untucked.', 'hygiene:-'),
    ("We can't offer the hybrid pattern you asked for.", 'logistics:-'),
    ("You're personable but came across as disorganised in your answers.",
     'attitude:+;communication:-'),
    ("You didn't make much eye contact and your voice trailed off.", 'confidence:-'),
    ('Your take-home assignment was thorough and well documented.', 'skills:+'),
    ('Your cover letter had several typos.', 'communication:-'),
    ('We were impressed with your ten years in aviation safety.', 'experience:+'),
    ('Your reasoning was solid, but your delivery was flat.', 'skills:+;communication:-'),
    ('Hi Sam, thanks again for your time on Friday. The panel enjoyed meeting you and '
     'were particularly struck by how well you knew our product line. Where you fell '
     "down was the technical exercise: the query you wrote didn't return the right "
     "totals. We've decided not to take your application further.",
     'preparation:+;skills:-'),
    ('my own notes: talked way too fast, forgot the name of the interviewer, felt ok '
     'about the case',
     'communication:-;preparation:-;skills:+'),
    ('Your attire was spot-on for the setting.', 'hygiene:+'),
    ('You seemed to lose interest once we mentioned the travel requirement.', 'attitude:-'),
    ("We need someone who can hit the ground running with Salesforce admin, and you'd "
     'need a lot of training.',
     'experience:-'),
    ('Good eye contact, steady voice, no fidgeting.', 'confidence:+'),
    ('The feedback from the team was that you were a bit full of yourself.', 'attitude:-'),
    ('Your answers went on for far too long and lost the panel.', 'communication:-'),
    ("You'd done very little research into what we actually do.", 'preparation:-'),
    ('Solid grasp of accounting standards, although your Excel modelling was slow.',
     'skills:+;skills:-'),
    ('We appreciated that you were upfront about your notice period.', 'attitude:+'),
    ('You were polite but quite reserved and hard to read.', 'attitude:+;confidence:-'),
    ("Your relocation timeline doesn't line up with our start date.", 'logistics:-'),
    ("It wasn't a problem that you lacked sector experience, your transferable skills "
     'made up for it.',
     'experience:+;preparation:+'),
    ('You stumbled over the basic questions on contract law.', 'skills:-'),
    ('Frankly you came across as entitled, expecting a senior title straight away.', 'attitude:-'),
    ("The interview itself went smoothly; we'll be in touch about next steps.", ''),
    ('You could stand to be a bit more succinct.', 'communication:-'),
    ('Well-chosen examples that showed real impact.', 'preparation:+'),
    ('You hesitated a lot and second-guessed your own answers.', 'confidence:-'),
    ('The client went another way, choosing someone with retail banking experience.',
     'experience:-'),
    ('You were clean-shaven and smartly turned out, which the client noticed.', 'hygiene:+'),
    ('You asked no questions about the team or the role.', 'preparation:-'),
    ('You seemed keen, but your knowledge of our sector was thin.', 'attitude:+;preparation:-'),
    ("Your laptop wasn't charged so the demo started 15 minutes late.", 'preparation:-'),
    ("Your pitch deck looked amateurish next to the other finalists'.", 'communication:-'),
    ('You came in flustered after getting lost, and it took a while to settle.', 'confidence:-'),
    ('Clear, logical answers throughout - a pleasure to listen to.', 'communication:+'),
    ("The panel worried you'd be bored within a year given your background.", 'experience:-'),
    ("We're unable to match the package you're currently on.", 'logistics:-'),
    ('You dodged the question about your weaknesses.', 'communication:-'),
    ('Your manner with the patient actor was kind and reassuring.', 'attitude:+'),
    ('You were visibly sweating and kept wiping your hands on your trousers.', 'confidence:-'),
    ('You clearly read up on our funding model, great job.', 'preparation:+'),
    ('The role has been given to a contractor already on the team.', 'fit:-'),
    ('Your demo crashed twice and you had no backup plan.', 'preparation:-'),
    ('We loved your warmth with the children during the trial session.', 'attitude:+'),
    ("You seemed to think the job was mostly strategy, but it's hands-on delivery.",
     'preparation:-'),
    ("Too many 'we's - we couldn't tell what you personally did.", 'communication:-'),
    ("You didn't come across as especially motivated by the mission.", 'attitude:-'),
    ('Your portfolio pieces were beautifully presented but a bit dated.', 'skills:+;skills:-'),
    ('Your haircut and beard were neat and tidy.', 'hygiene:+'),
    ('You lacked gravitas in front of the board.', 'confidence:-'),
    ('The commute from Reading would be over two hours each way for you.', 'logistics:-'),
    ('You answered the brainteaser quickly and correctly.', 'skills:+'),
    ('The other applicant simply interviewed better on the day.', 'fit:-'),
    ('You got defensive when we probed the gap in your employment.', 'attitude:-'),
    ('Your written English in the task was excellent.', 'skills:+'),
    ('You were very soft-spoken, we had to lean in to hear you.', 'confidence:-'),
    ('Punctual, polite and well turned out.', 'logistics:+;attitude:+;hygiene:+'),
    ("We'd want someone with at least three years managing budgets.", 'experience:-'),
    ('Your answers were crisp and to the point.', 'communication:+'),
    ("You hadn't prepared any questions for us.", 'preparation:-'),
    ('You spoke disparagingly about a former colleague.', 'attitude:-'),
    ('Your technical depth on networking was really impressive.', 'skills:+'),
    ('You came across as nervous, fiddling with your pen the whole time.', 'confidence:-'),
    ("You'd need to be in the office four days a week and you said two.", 'logistics:-'),
    ('The winning candidate was more personable with the panel.', 'attitude:-'),
    ('You gave a textbook STAR answer on the conflict question.', 'preparation:+'),
    ('Shirt was creased, hair unkempt.', 'hygiene:-'),
    ("You didn't seem to grasp the basics of double-entry bookkeeping.", 'skills:-'),
    ('You waffled on the first question but recovered well after.', 'communication:-'),
    ('Your enthusiasm for the brand really shone through.', 'attitude:+'),
    ("We've decided to hold off on hiring for now.", 'fit:-'),
    ("You looked like you'd just rolled out of bed.", 'hygiene:-'),
    ('Your story about the failed launch was honest, but you never said what you learned.',
     'attitude:+;preparation:-'),
    ('You sounded flat and a bit disengaged on the video call.', 'attitude:-'),
    ("We need a candidate who can work Saturdays and you can't.", 'logistics:-'),
    ('Your slides were clean and easy to follow.', 'communication:+'),
    ('You undersold the size of the team you managed.', 'confidence:-'),
    ('The finalist we chose holds a PMP, which the client insisted on.', 'experience:-'),
    ('You seemed unaware of our recent merger.', 'preparation:-'),
    ('You were calm and measured even when the panel pushed back.', 'confidence:+'),
    ("There's a real gap in your understanding of cloud security.", 'skills:-'),
    ('You were almost too casual in your tone with the MD.', 'attitude:-'),
    ('We loved how you tailored each example to our business.', 'preparation:+'),
    ('Your start date is too far out for us, we need someone in January.', 'logistics:-'),
    ('You arrived with coffee stains on your shirt.', 'hygiene:-'),
    ('You cut across the chair several times.', 'communication:-'),
    ('Your grasp of the product was shaky.', 'skills:-'),
    ('You gave vague answers about why you are leaving.', 'preparation:-'),
    ("It felt like you didn't really want this job.", 'attitude:-'),
    ('The decision was made to promote someone from the existing team.', 'fit:-'),
    ('Your reference from your last manager was lukewarm.', 'experience:-'),
    ('You smiled a lot and put everyone at ease.', 'attitude:+'),
    # Round 6: experience recall (done X before, seniority, led a team, outgrown), skills
    # only from a judgement of ability (not a tool named in passing), generic rejections
    # (paused, withdrawn, not the right time, went the other way), availability and shifts.
    ("You've clearly run programmes of this size before.", 'experience:+'),
    ('We needed someone who has led a team of at least ten engineers.', 'experience:-'),
    ('Honestly you would be more suited to a team lead position than this one.', 'experience:-'),
    ('Your background is mostly in retail, and this role sits in banking.', 'experience:-'),
    ('Given your seniority, we worried you would find the role too narrow.', 'experience:-'),
    ('You have not yet managed direct reports, which this post requires.', 'experience:-'),
    ('The successful applicant had spent eight years in regulatory affairs.', 'experience:-'),
    ('You brought a decade of hands-on plant maintenance, which impressed us.', 'experience:+'),
    ('We felt you were a step too early in your career for a principal role.', 'experience:-'),
    ('Your years running a busy kitchen came through in every answer.', 'experience:+'),
    ('We mentioned that the team uses Jira, and the role involves some travel to Leeds.', ''),
    ('The exercise was a short Excel task, which we sent on Monday.', ''),
    ('We discussed our move to Kubernetes and what the team is building next.', ''),
    ('Your SQL was fluent and the joins were spot on.', 'skills:+'),
    ('You struggled to write a basic pivot table in the practical.', 'skills:-'),
    ('Your Python solution worked but missed several edge cases.', 'skills:-'),
    ('We asked about your use of Figma, and you walked us through three projects.', ''),
    ('The panel will include someone from the data team.', ''),
    ('We shared the case study pack after the call.', ''),
    ('You asked us what the next steps were.', ''),
    ("We told you about the company's history and our plans for next year.", ''),
    ('You had clearly looked through our annual report before the day.', 'preparation:+'),
    ('Your stories lacked any numbers to show the impact.', 'preparation:-'),
    ('We have chosen to progress with applicants whose profiles matched more closely.', 'fit:-'),
    ("The chemistry just wasn't quite there with the team.", 'fit:-'),
    ('On reflection it is not the right time for us to add this role.', 'fit:-'),
    ('We have decided not to take your application further.', ''),
    ('The vacancy has been put on pause while the department is reviewed.', 'fit:-'),
    ('Sadly the post has been withdrawn following a budget review.', 'fit:-'),
    ("We've offered the position to a colleague already in the business.", 'fit:-'),
    ('It came down to a very close call and we went the other way.', 'fit:-'),
    ('You would need to be free on alternate weekends, which you said you could not do.',
     'logistics:-'),
    ('Your three-month notice period was longer than we could wait.', 'logistics:-'),
    ('The daily commute from Brighton worried us.', 'logistics:-'),
    ('We need someone who can cover night shifts, and you preferred days only.', 'logistics:-'),
    ('You were happy to work the Saturday rota, which really helps us.', 'logistics:+'),
    ('You could only start in the spring, and we need cover from next month.', 'logistics:-'),
    ("You weren't available for the on-call rota.", 'logistics:-'),
    ('Your answers were crisp and your examples carried real numbers.',
     'communication:+;preparation:+'),
    ('You seemed a little flat when we talked about the mission.', 'attitude:-'),
    ('You kept fiddling with your pen throughout.', 'confidence:-'),
    ('Your ability to reconcile the ledgers quickly stood out.', 'skills:+'),
    ("You mentioned you use Tableau daily, but we didn't test it.", ''),
    ('We felt you had outgrown a coordinator role some time ago.', 'experience:-'),
    ('You lack exposure to the public sector, which matters here.', 'experience:-'),
    # Round 6b: the same families in other words (had previously run, a touch green, north
    # of our range, sticking point, paused vacancy, mirrors our way of working, idioms).
    ('The person who got the job had previously run a regional sales team.', 'experience:-'),
    ("You've never held a budget of that size, and this role owns one.", 'experience:-'),
    ('Your years in the NHS gave you a real head start with our clients.', 'experience:+'),
    ('You were a touch green for a role that manages other managers.', 'experience:-'),
    ("We felt the job wouldn't stretch someone with your track record.", 'experience:-'),
    ("You hadn't worked in a unionised site before, which worried the plant director.",
     'experience:-'),
    ('The panel chose a candidate who had already taken two products to market.', 'experience:-'),
    ('You have seen a lot of restructures, and it showed in your answers.', 'experience:+'),
    ('Your Excel modelling was head and shoulders above the rest.', 'skills:+'),
    ('The practical exposed some gaps in your drug calculations.', 'skills:-'),
    ('We walked you through our tech stack: Python, Postgres and a bit of Go.', ''),
    ('Our team mostly works in Salesforce and HubSpot.', ''),
    ("You'd want to brush up on SQL window functions before the next one.", 'skills:-'),
    ('Nobody on the panel had any doubts about your drafting.', 'skills:+'),
    ('You came armed with figures for every claim you made.', 'preparation:+'),
    ("You didn't seem to know who was on the panel.", 'preparation:-'),
    ("If I were you I'd read their last two annual reports before the final.", 'preparation:-'),
    ('Your examples were fuzzy on what you personally achieved.', 'preparation:-'),
    ("We've gone a different way with this hire.", 'fit:-'),
    ('Management have paused the vacancy until the new year.', 'fit:-'),
    ("It isn't the right time for us to grow the team.", 'fit:-'),
    ('Your outlook mirrors the way our studio works.', 'fit:+'),
    ("You'd be a lovely addition to the ward.", 'fit:+'),
    ('We are unable to offer you the post on this occasion.', 'fit:-'),
    ('Your pay expectation was well north of our range.', 'logistics:-'),
    ('Your notice period is a real sticking point for a March start.', 'logistics:-'),
    ('You were early for your slot and ready to go.', 'logistics:+'),
    ('You could only work weekdays, and the rota needs weekend cover.', 'logistics:-'),
    ('You took the scenic route on most answers.', 'communication:-'),
    ('You tended to jump in before the question was finished.', 'communication:-'),
    ('You speak well and you paid close attention to what we asked.', 'communication:+'),
    ('It felt more like a lecture than a conversation.', 'communication:-'),
    ('You looked terrified for the first ten minutes.', 'confidence:-'),
    ('You looked each of us in the eye as you answered.', 'confidence:+'),
    ('You kept apologising for your answers.', 'confidence:-'),
    ("Couldn't have asked for more enthusiasm.", 'attitude:+'),
    ("You brushed off the panel's concerns about the delay.", 'attitude:-'),
    ('You handled the criticism graciously.', 'attitude:+'),
    ('The shirt was creased and there was a whiff of smoke about you.', 'hygiene:-'),
    ('You turned up a little bedraggled after the storm.', 'hygiene:-'),
    # Round 6c: written after the lexicon for 6/6b, scored 19/40 before the fixes they led to
    # (miles on the clock, shelved roles, edged it, didn't click, days off, sniffy).
    ('Truthfully, the other shortlisted person just had more miles on the clock.', 'experience:-'),
    ("You'd clearly been around the block in hospitality, which reassured the owners.",
     'experience:+'),
    ("We worried you'd be bored within six months given everything you've done.", 'experience:-'),
    ('Your CV reads as very junior for a head-of-department post.', 'experience:-'),
    ("You haven't yet had responsibility for hiring, and the role needs it.", 'experience:-'),
    ('We wanted a chartered surveyor, and you are still part way through.', 'experience:-'),
    ("You mentioned the team uses Tableau; we'll send the exercise on Friday.", ''),
    ('We talked about the move to AWS and what that means for the team.', ''),
    ('Your Excel work in the test was riddled with hard-coded numbers.', 'skills:-'),
    ('You worked through the tax question without breaking a sweat.', 'skills:+'),
    ('Your grasp of safeguarding law was a bit hazy.', 'skills:-'),
    ("You hadn't clocked that we merged with a rival last year.", 'preparation:-'),
    ("It was obvious you'd dug into our quarterly results.", 'preparation:+'),
    ('Bring a couple of stories with hard numbers next time.', 'preparation:-'),
    ('You answered our questions but had none of your own.', 'preparation:-'),
    ("The panel couldn't separate you from the other finalist, and in the end we went "
     "the other way.", 'fit:-'),
    ("We've decided to hold off filling the post until the restructure settles.", 'fit:-'),
    ('The role has been shelved for this financial year.', 'fit:-'),
    ("It just didn't click between you and the wider team.", 'fit:-'),
    ("You'd slot into the night team without any fuss.", 'fit:+'),
    ('Sadly it was a numbers game and other applicants edged it.', 'fit:-'),
    ("The early shifts start at 5am and you said that wouldn't work for you.", 'logistics:-'),
    ("You were upfront that you couldn't start before June, which is too late for us.",
     'logistics:-'),
    ('The two-hour journey each way would wear anyone down.', 'logistics:-'),
    ('You were happy to cover Sundays, which is rare.', 'logistics:+'),
    ("You said you'd need every Friday off, and that doesn't suit the rota.", 'logistics:-'),
    ("You hovered near the door before we'd even finished the handshake.", 'confidence:-'),
    ('Your voice wobbled a bit when we got onto numbers.', 'confidence:-'),
    ('You talked us through the model without a hint of nerves.', 'confidence:+'),
    ('Answers could be a notch shorter.', 'communication:-'),
    ("You didn't let us get a word in for the first twenty minutes.", 'communication:-'),
    ('You laid out your reasoning step by step, which made it easy to follow.', 'communication:+'),
    ('You seemed a touch sniffy about the junior members of the team.', 'attitude:-'),
    ('You were gracious about the mix-up with the room booking.', 'attitude:+'),
    ('There was a faint smell of smoke on your jacket.', 'hygiene:-'),
    ('Your suit looked like it had been slept in.', 'hygiene:-'),
    ('Thanks again for coming in on such a wet day.', ''),
    ("We'll be in touch about the second stage by Friday.", ''),
    ('You held a budget of two million at your last firm, which is exactly what we need.',
     'experience:+'),
    ('Your coding exercise passed every test we threw at it.', 'skills:+'),
    # Round 6d: understatement and idiom (on the generous side, not your strongest showing,
    # round the houses, lit up, keep looking); 17/30 before the fixes they led to.
    ("Your answers were, let's say, on the generous side length-wise.", 'communication:-'),
    ('Not your strongest showing on the numbers section.', 'skills:-'),
    ('The data exercise could have gone better.', 'skills:-'),
    ("You weren't quite at the level we need on stakeholder management.", 'experience:-'),
    ('We needed someone who could hit the ground running on payroll.', 'experience:-'),
    ('The team had reservations about your readiness to lead others.', 'experience:-'),
    ('You came across as a safe pair of hands with plenty of miles behind you.', 'experience:+'),
    ('Your design critique was sharp and well argued.', 'skills:+'),
    ("We use Python and dbt here, and you'll meet the data team next week.", ''),
    ('The role involves a lot of Excel, which we covered in the overview.', ''),
    ('Your portfolio felt thin on recent work.', 'skills:-'),
    ('You clearly know your way around a balance sheet.', 'skills:+'),
    ("We'd have liked a clearer sense of what you knew about our charity.", 'preparation:-'),
    ('You quoted our mission statement back to us word for word, which showed effort.',
     'preparation:+'),
    ("You didn't have anything to ask us at the end.", 'preparation:-'),
    ('Your examples were all from university, none from work.', 'experience:-'),
    ('Headcount approval was withdrawn at the last minute.', 'fit:-'),
    ("We're going to keep looking for now.", 'fit:-'),
    ("It was a very close decision and it didn't go your way this time.", 'fit:-'),
    ("You'd be right at home on the fourth floor.", 'fit:+'),
    ("The panel didn't feel the fit was quite there.", 'fit:-'),
    ('We can only offer hybrid three days in the office, and you want fully remote.',
     'logistics:-'),
    ('Your earliest start would be after the summer, which is too late.', 'logistics:-'),
    ('You were willing to do the occasional night shift, which helps.', 'logistics:+'),
    ("You were ten minutes late and didn't mention it.", 'logistics:-'),
    ('You kept glancing at the door as if you wanted to leave.', 'attitude:-'),
    ('You lit up when we talked about the outreach work.', 'attitude:+'),
    ('Your voice was barely above a whisper at times.', 'confidence:-'),
    ('You owned the room in the group exercise.', 'confidence:+'),
    ('Your answers went round the houses before landing.', 'communication:-'),
    # Round 8: written before the fixes for families the independent sets exposed (shorthand
    # 'w/', availability as a plus, untested areas, the workplace's own pace, ticked boxes).
    ("We didn't get round to the practical, so no view on your technical side.", ''),
    ('Your background is mostly hospitality and this role sits in insurance.', 'experience:-'),
    ("Your career so far has been in charities, whereas we're a trading firm.", 'experience:-'),
    ("Thanks for being upfront that you can't start before June.", 'logistics:-'),
    ("The panel worried you'd find our pace hard going.", 'experience:-'),
    ('Solid w/ clients, shaky w/ the numbers.', 'skills:-'),
    ("You clearly hadn't looked at our website.", 'preparation:-'),
    ('You came in knowing our product range cold.', 'preparation:+'),
    ('The spreadsheet task was left half finished.', 'skills:-'),
    ("We'll cover the tools we use during onboarding.", ''),
    ('You talked us through Excel models with real ease.', 'skills:+'),
    ('Your stories were short on hard numbers.', 'preparation:-'),
    ('Every example came with a result attached, which we liked.', 'preparation:+'),
    ('You seemed to be winging it on the questions about our clients.', 'preparation:-'),
    ('You spoke over the chair a couple of times.', 'communication:-'),
    ('Your answers were tight and to the point.', 'communication:+'),
    ('You went off on a tangent about your weekend.', 'communication:-'),
    ('You held your nerve when the panel pushed back.', 'confidence:+'),
    ('Your hands were shaking through the first half.', 'confidence:-'),
    ('You struck us as a bit of a know-it-all.', 'attitude:-'),
    ('You were warm with the receptionist and the panel alike.', 'attitude:+'),
    ('The job has been put on ice while we restructure.', 'fit:-'),
    ('We went with someone who ticked a few more boxes.', 'fit:-'),
    ("You'd slot straight into the team.", 'fit:+'),
    ('Your salary ask was a stretch for us.', 'logistics:-'),
    ('The commute from your town would be a dealbreaker.', 'logistics:-'),
    ('Your shirt was creased and untucked.', 'hygiene:-'),
    ('You were smartly turned out.', 'hygiene:+'),
    ('The coding round was patchy.', 'skills:-'),
    ('Your grasp of payroll law was a cut above.', 'skills:+'),
    ('Someone with more time in the trade pipped you.', 'experience:-'),
    ("You've not yet managed people, and this role needs it.", 'experience:-'),
    ("We'd ask you to do your homework on our funders next time.", 'preparation:-'),
    ('Nobody on the interview panel felt that you were unprepared.', 'preparation:+'),
    ('You came across as calm rather than nervous.', 'confidence:+'),
    ('You rambled rather than answered the question.', 'communication:-'),
    ('You can start right away, which suits us.', 'logistics:+'),
    ('You stayed patient with an irate caller in the role play.', 'attitude:+'),
    ('You had nothing prepared about why you want this job.', 'preparation:-'),
]


def test_generalisation_notes_score(tagger) -> None:
    gold = [labels(spec) for _, spec in GENERALISATION]
    got = [pairs(tagger, text) for text, _ in GENERALISATION]
    themes = (
        [{p.split(":")[0] for p in s} for s in gold],
        [{p.split(":")[0] for p in s} for s in got],
    )
    # Reached 0.966 / 0.961 on these 444 notes (later rounds were written to find misses);
    # the floor leaves room for lexicon edits.
    assert micro_f1(*themes) >= GEN_THEME_FLOOR
    assert micro_f1(gold, got) >= GEN_STRICT_FLOOR


# ------------------------------------------------------------------ dev-set floor


@pytest.mark.skipif(
    not (SHARED_EVAL / "score_themes.py").exists(),
    reason="../shared/eval (the labelled dev set and its scorer) is not next to this checkout",
)
def test_dev_set_score_floor() -> None:
    result = subprocess.run(
        [
            sys.executable, str(SHARED_EVAL / "score_themes.py"),
            str(SHARED_EVAL / "feedback_dev.csv"), "--cmd", f"{sys.executable} -m analysis",
        ],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )
    last = result.stdout.strip().splitlines()[-1]
    figures = dict(re.findall(r"(\w+)=([\d.]+)", last))
    assert float(figures["theme_f1"]) >= DEV_THEME_FLOOR, result.stdout
    assert float(figures["strict_f1"]) >= DEV_STRICT_FLOOR, result.stdout


def test_a_theme_added_in_the_codebook_needs_no_code(tmp_path) -> None:
    # A new theme, its cues and its role are data: with employer_terms the employer may
    # state it ("We were unable to offer ..."), without it a clause about them says nothing.
    (tmp_path / "themes.toml").write_text('[themes.charisma]\nlabel = "Charisma"\n')
    cues = '[themes.charisma]\nstrength = ["magnetic"]\ntopics = ["showmanship"]\n'
    said = "We were unable to offer showmanship coaching, sorry."
    (tmp_path / "cues.toml").write_text(cues)
    plain = build_tagger(load_codebook(tmp_path))
    assert pairs(plain, "You were magnetic.") == {"charisma:+"}
    assert pairs(plain, "The panel was not magnetic.") == set()
    assert pairs(plain, said) == set()
    (tmp_path / "cues.toml").write_text(cues + "employer_terms = true\n")
    terms = build_tagger(load_codebook(tmp_path))
    assert pairs(terms, said) == {"charisma:-"}


# ------------------------------------------------------------------ issue 9, items 8 and 14


def test_all_empty_pyarrow_feedback_column_gives_empty_mentions(tagger) -> None:
    # A log with no feedback text at all: map(..., na_action="ignore").fillna(False) raised
    # pyarrow's ArrowInvalid here, and `debrief summary` showed a traceback.
    for dtype in ("string", "string[pyarrow]"):
        table = pd.DataFrame({"feedback": pd.Series([None, pd.NA, None], dtype=dtype)})
        assert tag_feedback(table, tagger).equals(empty_mentions())


def test_a_note_without_full_stops_is_read_in_bounded_windows(monkeypatch) -> None:
    # A 50,000-character note with no sentence end was one clause, and tagging it grew with
    # the cube of its words (a 32,000-character note took four minutes). Every sentence the
    # tagger reads is now at most sentence_window tokens, so the time is linear.
    fresh = build_tagger()
    window = int(fresh.lexicon.settings["sentence_window"])
    longest: list[int] = []
    original = fresh.tag_sentence
    monkeypatch.setattr(
        fresh, "tag_sentence", lambda text, toks, mode: longest.append(len(toks))
        or original(text, toks, mode)
    )
    note = ("you rambled great eye contact not concise clear examples salary " * 800)[:50_000]
    got = {(m.theme, m.polarity) for m in fresh.tag_text(note)}
    assert max(longest) <= window and len(longest) > 50_000 // (window * 10)
    assert {("communication", "improvement"), ("confidence", "strength")} <= got


def test_should_stop_ends_tagging_between_chunks(monkeypatch, tagger) -> None:
    # A closed app session must not keep the machine busy: the hook is polled between chunks.
    calls: list[str] = []
    original = tagger.tag_text
    monkeypatch.setattr(tagger, "tag_text", lambda text: calls.append(text) or original(text))
    table = pd.DataFrame({"feedback": [f"Note {n}: you rambled." for n in range(1000)]})
    polls: list[int] = []

    def stop_after_first_chunk() -> bool:
        polls.append(len(calls))
        return len(polls) > 1

    with pytest.raises(tagger_module.TaggingStopped, match="stopped"):
        tag_feedback(table, tagger, workers=1, should_stop=stop_after_first_chunk)
    assert 0 < len(calls) < 1000
    assert len(tag_feedback(table, tagger, workers=1, should_stop=lambda: False)) == 1000


def test_should_stop_cancels_pool_chunks(monkeypatch, tagger) -> None:
    monkeypatch.setattr(batch_module, "POOL_THRESHOLD", 10)
    monkeypatch.setattr(batch_module, "CHUNK_SIZE", 5)
    table = pd.DataFrame({"feedback": [f"Note {n}: great SQL" for n in range(200)]})
    seen: list[float] = []
    with pytest.raises(tagger_module.TaggingStopped):
        tag_feedback(table, tagger, workers=2, progress=seen.append,
                     should_stop=lambda: bool(seen))
    assert len(seen) == 1


_SENTENCES = [
    "Thanks for coming in on Monday.", "You rambled on the SQL question!", "Great eye contact.",
    "Keep: energy, SQL.", "Change - examples, pace.", "Not concise?", "e.g. the case study.",
    "Dear Sam, thanks.", "Kind regards, Talent Team", "3.5 years in retail.", "Too casual -",
    "A few points for next time: slow down.", "Your answers were good.", "Cheers! Sam",
]


@pytest.fixture(scope="module")
def full_path_tagger() -> tagger_module.Tagger:
    full = build_tagger()
    full.read_note = lambda note: full.read_sentences(note, 0)[0]  # type: ignore[method-assign]
    return full


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5), st.sampled_from([" ", "  "]))
def test_plain_note_shortcut_reads_like_the_full_path(
    tagger, full_path_tagger, parts: list[str], gap: str
) -> None:
    # The sentence-by-sentence shortcut for one-line notes must find exactly what reading
    # the whole note finds (evidence and cues included), whatever the sentences around it.
    text = gap.join(parts)
    assert tagger.tag_text(text) == full_path_tagger.tag_text(text)


# ------------------------------------------------------------------ issue 10 mechanisms

ISSUE_10_NOTES = [
    # Email parts: greeting, boilerplate and sign-off carry nothing; a bare decision no theme;
    # a stated generic reason is fit.
    ("Dear Priya,\n\nThank you for interviewing with us. We will keep your CV on file for "
     "future vacancies.\n\nKind regards,\nTalent Acquisition", set()),
    ("Hello Sam, thank you for your interest in the Junior Developer post. Unfortunately you "
     "have not been successful on this occasion.", set()),
    ("Unfortunately we have decided to go with another candidate.", {"fit:-"}),
    ("Dear Ola, we can't offer you the role as your salary expectations are above our band. "
     "Warmly, the Finch team", {"logistics:-"}),
    # Keep/change layouts: dashes and commas, headers alone on a line, numbered items.
    ("Three things to keep - your energy, your SQL, your eye contact. Three to change - the "
     "rambling, the late arrival, the casual dress.",
     {"attitude:+", "skills:+", "confidence:+", "communication:-", "logistics:-",
      "hygiene:-"}),
    ("What went well\n- clear, structured answers\nEven better if\n- more examples with numbers",
     {"communication:+", "preparation:-"}),
    ("3 things to keep: 1. great energy 2. strong SQL 3. good eye contact. 3 things to change: "
     "1. rambling 2. too casual", {"attitude:+", "skills:+", "confidence:+", "communication:-",
                                   "hygiene:-"}),
    ("A few points for next time: slow down. Your answers were well structured.",
     {"communication:-", "communication:+"}),
    # Reported speech keeps the inner verdict's polarity.
    ("The follow-up letter said my answers were well structured.", {"communication:+"}),
    ("The recruiter said that the panel found me arrogant.", {"attitude:-"}),
    # First person: the writer is the candidate.
    ("waffled on the weakness question", {"communication:-"}),
    ("didn't ask them anything at the end", {"preparation:-"}),
    ("Got there 20 min late because of the bus.", {"logistics:-"}),
    # Coach advice is improvement.
    ("Next time try to slow down.", {"communication:-"}),
    ("I'd like to see more numbers in your examples.", {"preparation:-"}),
    ("I'd still tone down the jokes for a formal panel.", {"attitude:-"}),
    # Both polarities of one theme.
    ("Shaky for the first few minutes, fine after that.", {"confidence:-", "confidence:+"}),
    # Negation and contrast at a distance.
    ("Not a single answer went over two minutes.", {"communication:+"}),
    ("Other than arriving ten minutes late, you gave a strong interview with clear answers.",
     {"logistics:-", "communication:+"}),
    # Occupations' vocabulary: subject knowledge is skills, qualifications experience.
    ("Good grasp of IFRS 16 lease accounting.", {"skills:+"}),
    ("Her PGCE is complete and she has two years in a similar school.", {"experience:+"}),
    ("Knife skills were sloppy during the trial.", {"skills:-"}),
    ("Didn't know the unvented cylinder regs.", {"skills:-"}),
    ("His registration lapsed last year.", {"experience:-"}),
    # A debrief about "he"/"she" is about the candidate.
    ("he was rude to the receptionist", {"attitude:-"}),
    ("I wouldn't say your answers were concise.", {"communication:-"}),
    ("Not that we doubted your skills - nobody did - but you seemed uninterested.",
     {"skills:+", "attitude:-"}),
    ("Apart from turning up late, we had no concerns at all.", {"logistics:-"}),
    ("You were less confident than the other finalist.", {"confidence:-"}),
    ("Nobody could fault your punctuality.", {"logistics:+"}),
    ("keep: confident | clear ... change: dress | pace", {"confidence:+", "communication:+",
                                                          "hygiene:-", "communication:-"}),
    # Formal and non-native HR language.
    ("We inform you that your candidature was not retained.", set()),
    ("Your candidature has not been retained because another candidate presented a more "
     "suitable profile.", {"fit:-"}),
    ("He speak very well English and was always polite.", {"skills:+", "attitude:+"}),
    ("Your presentation exceeded the allotted time by ten minutes.", {"communication:-"}),
    # Long notes are read in bounded windows and still found.
    ("you rambled " + "and then some more words " * 40 + "but great eye contact",
     {"communication:-", "confidence:+"}),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE_10_NOTES)
def test_issue_10_voices_and_layouts(tagger, text: str, expected: set[str]) -> None:
    assert pairs(tagger, text) == expected


def test_every_word_list_field_is_declared_once() -> None:
    # A dataclass keeps the last of two same-named fields without a word: a second
    # `cleft_openers` once silently replaced the first list and changed another pass's reading.
    import ast
    from pathlib import Path

    source = Path("analysis/tagger/words.py").read_text(encoding="utf-8")
    words = next(node for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.ClassDef) and node.name == "Words")
    names = [n.target.id for n in words.body
             if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    assert len(names) > 100
    assert sorted({n for n in names if names.count(n) > 1}) == []
