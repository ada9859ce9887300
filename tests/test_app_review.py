"""The workspace in the app, through AppTest: save, review and correct, teach, add an
interview, restart, forget; and that nothing is written unless the person asks.

Every test's DEBRIEF_WORKSPACE is a fresh temporary path (tests/conftest.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from appdriver import PAGES, assert_clean, metric, plain, run_app, texts, upload

from ui import state

# Three notes, by hand: Zeta's "rambled" is a communication improvement (and "no concrete
# examples" a preparation one); Eta's "better fit" is generic fit; Kappa's note says
# "rambled" too, so teaching "rambled" changes Kappa's note and no other.
LOG = (
    b"Company,Role,Applied,Interview date,Interview type,Outcome,Feedback,Feedback from\n"
    b'Zeta Corp,Analyst,2026-03-02,2026-03-16,1st interview,Rejected,'
    b'"Your answers rambled and you gave no concrete examples.",Interviewer\n'
    b'Eta Labs,Data Analyst,2026-03-04,2026-03-12,1st interview,Rejected,'
    b'"We went with a candidate who was a better fit.",Recruiter\n'
    b'Kappa Ltd,Analyst,2026-03-05,2026-03-10,1st interview,Rejected,'
    b'"Lovely to meet you, but your answers rambled.",Interviewer\n'
)
REVIEW = "pages/review.py"


@pytest.fixture(autouse=True)
def _clean_caches():
    """Streamlit caches live in the process: every test starts from nothing."""
    import streamlit as st

    st.cache_data.clear()
    yield


def workspace_path() -> Path:
    return Path(os.environ["DEBRIEF_WORKSPACE"])


def saved(at):
    """Upload LOG and press Save to my workspace."""
    at = upload(at, ("my_log.csv", LOG))
    at.sidebar.button(key="save_workspace").click().run()
    assert_clean(at)
    return at


def note_key(at, company: str) -> str:
    """The note id of the card whose header names ``company``."""
    from analysis.workspace import Workspace

    with Workspace.open(workspace_path(), create=False) as ws:
        table = ws.review_table()
    return str(table.loc[table["company"] == company, "note_id"].iloc[0])


def button(at, key: str):
    found = [b for b in at.button if b.key == key]
    assert found, f"no button {key!r}"
    return found[0]


def overview_issues(at) -> list[str]:
    """The numbered themes under 'What to work on first'."""
    at.switch_page("pages/overview.py").run()
    return [plain(m.value) for m in at.main.markdown if m.value.startswith("**") and ". " in
            m.value[:6]]


def test_the_sample_writes_nothing_to_disk():
    """Every page on the sample, including Review and Add: no workspace file appears."""
    at = run_app()
    for page in PAGES | {REVIEW: "", "pages/add_interview.py": ""}:
        at.switch_page(page).run()
        assert_clean(at)
    assert any("Nothing is saved yet" in plain(c.value) for c in at.sidebar.caption)
    assert not workspace_path().exists()
    assert not workspace_path().parent.joinpath("workspace.sqlite3-wal").exists()


def test_saving_an_upload_makes_it_the_data_after_a_restart():
    """Save, then a fresh app (a restart) opens on the workspace, not the sample."""
    at = saved(run_app())
    assert workspace_path().exists()
    assert metric(at, "Applications") == "3"
    fresh = run_app()
    assert_clean(fresh)
    assert "Showing your workspace." in [plain(c.value) for c in fresh.sidebar.caption]
    assert not any(t.startswith(f"**{state.SAMPLE_LABEL}**") for t in texts(fresh, "info"))
    assert metric(fresh, "Applications") == "3"
    # where the file is, said in the sidebar
    assert any(str(workspace_path()) in plain(c.value) for c in fresh.sidebar.caption)


def test_review_flip_remove_add_then_a_restart_finds_them():
    """Flip Zeta's communication to a strength, remove its preparation, add a theme to Eta;
    after a restart the Review page, the Overview and the evidence all read the corrections."""
    at = saved(run_app())
    assert "Clear & concise communication" in " ".join(overview_issues(at))
    at.switch_page(REVIEW).run()
    zeta, eta = note_key(at, "Zeta Corp"), note_key(at, "Eta Labs")
    button(at, f"rv_flip:{zeta}:communication:improvement").click().run()
    assert_clean(at)
    assert "Changed the kind of Clear & concise communication: now strength." in " ".join(
        texts(at, "success"))
    button(at, f"rv_rm:{zeta}:preparation:improvement").click().run()
    at.selectbox(key=f"rv_add_t:{eta}").set_value("experience")
    button(at, f"rv_add:{eta}").click().run()
    assert_clean(at)

    fresh = run_app()
    fresh.switch_page(REVIEW).run()
    assert_clean(fresh)
    shown = [plain(c.value) for c in fresh.main.caption]
    assert sum(s.startswith("You changed its kind") for s in shown) == 1
    assert sum(s.startswith("You removed this") for s in shown) == 1
    assert sum(s.startswith("You added this") for s in shown) == 1
    issues = " ".join(overview_issues(fresh))
    # Kappa's "rambled" is still an improvement (one mention); Zeta's is now a strength.
    assert "Preparation" not in issues
    assert "Experience" in issues
    fresh.switch_page("pages/issues.py").run()
    fresh.session_state["issues_tab"] = "Evidence"
    fresh.run()
    fresh.selectbox(key="evidence_theme").set_value("communication").run()
    fresh.segmented_control(key="evidence_polarity").set_value("strength").run()
    sentences = fresh.main.dataframe[0].value["Sentence"].tolist()
    assert sentences == ["Your answers rambled"]


def test_teach_previews_the_other_notes_then_saves():
    """After the flip, teach 'rambled' as a strength: the preview names Kappa's note only;
    saved, Kappa's note reads it as a strength and the overlay has the phrase."""
    at = saved(run_app())
    at.switch_page(REVIEW).run()
    zeta = note_key(at, "Zeta Corp")
    button(at, f"rv_flip:{zeta}:communication:improvement").click().run()
    assert at.text_input(key="teach_phrase").value == "rambled"
    button(at, "teach_preview").click().run()
    assert_clean(at)
    preview = at.main.dataframe[-1].value
    assert preview["Company"].tolist() == ["Kappa Ltd"]
    assert "Clear & concise communication (strength)" in preview["Gains"].iloc[0]
    button(at, "teach_save").click().run()
    assert_clean(at)
    from analysis.workspace import Workspace

    with Workspace.open(workspace_path(), create=False) as ws:
        table = ws.review_table()
        kappa = table[(table["company"] == "Kappa Ltd") & (table["theme"] == "communication")]
        assert kappa["polarity"].astype(str).tolist() == ["strength"]
        assert '"rambled"' in ws.overlay_toml()


def test_undo_takes_the_last_change_back():
    """Remove, then Undo: the mention is the tagger's again and no correction is left."""
    at = saved(run_app())
    at.switch_page(REVIEW).run()
    eta = note_key(at, "Eta Labs")
    button(at, f"rv_rm:{eta}:fit:improvement").click().run()
    button(at, f"rv_undo:{eta}").click().run()
    assert_clean(at)
    from analysis.workspace import Workspace

    with Workspace.open(workspace_path(), create=False) as ws:
        assert ws.corrections().empty


def test_agreement_is_said_in_words_once_a_note_is_reviewed():
    """All tags right on Eta's note: one note reviewed, Generic fit right 1 of 1."""
    at = saved(run_app())
    at.switch_page(REVIEW).run()
    assert any("Review a note" in t for t in texts(at, "info"))
    button(at, f"rv_all_{note_key(at, 'Eta Labs')}").click().run()
    assert_clean(at)
    said = " ".join(plain(m.value) for m in at.main.markdown)
    assert "On the 1 note you reviewed" in said
    table = at.main.dataframe[0].value
    assert table.set_index("Theme").loc["Generic fit", "Right when it tags it"] == "1 of 1"


def test_review_filters_and_pages():
    """'Not reviewed yet' hides a reviewed note; 25 notes are shown ten at a time."""
    rows = [f'Co{i:02d},Analyst,2026-01-{i + 1:02d},2026-02-{i + 1:02d},1st interview,Rejected,'
            f'"Your answers rambled, take {i}.",Interviewer' for i in range(25)]
    log = ("Company,Role,Applied,Interview date,Interview type,Outcome,Feedback,Feedback from\n"
           + "\n".join(rows) + "\n").encode()
    at = upload(run_app(), ("many.csv", log))
    at.sidebar.button(key="save_workspace").click().run()
    at.switch_page(REVIEW).run()
    cards = [m for m in at.main.markdown if m.value.startswith("**Co")]
    assert len(cards) == 10 and plain(cards[0].value).startswith("**Co24**")
    button(at, "review_next").click().run()
    button(at, "review_next").click().run()
    cards = [m for m in at.main.markdown if m.value.startswith("**Co")]
    assert [plain(c.value)[:6] for c in cards] == ["**Co04", "**Co03", "**Co02", "**Co01",
                                                    "**Co00"]
    at.toggle(key="review_unreviewed").set_value(True).run()
    button(at, f"rv_all_{note_key(at, 'Co24')}").click().run()
    # the note just reviewed stays in view (with its Undo) until the next change
    headers = [plain(m.value) for m in at.main.markdown if m.value.startswith("**Co")]
    assert headers[0].startswith("**Co24**")
    button(at, f"rv_all_{note_key(at, 'Co23')}").click().run()
    headers = [plain(m.value) for m in at.main.markdown if m.value.startswith("**Co")]
    assert headers[0].startswith("**Co23**") and headers[1].startswith("**Co22**")
    assert not any(h.startswith("**Co24**") for h in headers)


def test_add_an_interview_creates_the_workspace_and_tags_it():
    """No workspace: the form says it will create one; saved, the note is tagged at once, the
    app now shows the workspace, and a restart still has it."""
    at = run_app()
    at.switch_page("pages/add_interview.py").run()
    assert any("There is none yet" in t for t in texts(at, "info"))
    assert not workspace_path().exists()
    at.text_input(key="add_company").input("Omega Bank")
    at.text_input(key="add_role").input("Analyst")
    at.text_area(key="add_feedback").input("Your answers rambled. Great enthusiasm!")
    [b for b in at.button if b.label == "Create my workspace and save"][0].click().run()
    assert_clean(at)
    assert workspace_path().exists()
    assert any(t.startswith("Saved Omega Bank · First round") for t in texts(at, "success"))
    found = " ".join(plain(m.value) for m in at.main.markdown)
    assert "Clear & concise communication" in found and "rambled" in found
    assert at.text_input(key="add_company").value == ""  # ready for the next one
    fresh = run_app()
    assert metric(fresh, "Applications") == "1"
    assert "Showing your workspace." in [plain(c.value) for c in fresh.sidebar.caption]


def test_add_an_interview_without_a_company_is_one_sentence():
    at = run_app()
    at.switch_page("pages/add_interview.py").run()
    [b for b in at.button if b.label == "Create my workspace and save"][0].click().run()
    assert texts(at, "error") == ["An interview needs the company's name."]
    assert not workspace_path().exists()  # the refused interview left no empty workspace


def test_forget_everything_deletes_the_file_and_shows_the_sample():
    at = saved(run_app())
    button(at, "forget_workspace").click().run()
    assert_clean(at)
    assert not workspace_path().exists()
    assert any(t.startswith(f"**{state.SAMPLE_LABEL}**") or "my_log.csv" in t
               for t in texts(at, "info") + [plain(c.value) for c in at.sidebar.caption])
    assert not run_app().session_state[state.KEY_VIEW].loaded.key.startswith("workspace")
    assert any(t.startswith(f"**{state.SAMPLE_LABEL}**") for t in texts(run_app(), "info"))


def test_two_sessions_never_see_each_others_upload():
    """A's upload, unsaved, is nowhere in B's session, and nothing reached the disk."""
    a = upload(run_app(), ("my_log.csv", LOG))
    assert metric(a, "Applications") == "3"
    b = run_app()
    assert any(t.startswith(f"**{state.SAMPLE_LABEL}**") for t in texts(b, "info"))
    assert metric(b, "Applications") != "3"
    assert not workspace_path().exists()


def test_a_refused_upload_keeps_the_workspace_in_view():
    """With a workspace saved, a file that is no log is refused in one sentence and the pages
    show the workspace (not the sample) instead."""
    at = saved(run_app())
    at = upload(at, ("notes.csv", b"just,some\n1,2\n"))
    assert_clean(at)
    assert any(t.endswith("Showing your workspace instead.") for t in texts(at, "warning"))
    assert not texts(at, "error")
    assert metric(at, "Applications") == "3"


def test_save_is_offered_for_an_upload_only_while_it_is_shown():
    """After saving, the sidebar shows the workspace and no second Save button; "This upload
    only" brings the upload and its Save back."""
    at = saved(run_app())
    assert not [b for b in at.sidebar.button if b.key == "save_workspace"]
    at.sidebar.radio(key=state.KEY_SHOW).set_value("upload").run()
    assert [b for b in at.sidebar.button if b.key == "save_workspace"]
    assert "Showing my_log.csv." in [plain(c.value) for c in at.sidebar.caption]
