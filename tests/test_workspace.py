"""The workspace contract: saved logs, stable identities, tags with corrections, teaching,
adding an interview, moving a workspace and forgetting it (analysis.workspace)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pandas as pd
import pytest

from analysis.codebook import load_codebook
from analysis.errors import DebriefError
from analysis.normalize import import_log
from analysis.schema import CANONICAL_COLUMNS, MENTION_COLUMNS
from analysis.tagger import build_tagger
from analysis.workspace import ADDED_LOG, Workspace, default_workspace_path

HEADER = ["Company", "Role", "Date applied", "Interview date", "Stage", "Outcome", "Feedback"]
ACME_SCREEN = ["Acme", "Data Analyst", "2026-01-05", "2026-01-12", "Phone screen",
               "Moved forward", "You were enthusiastic about the role."]
ACME_FIRST = ["Acme", "Data Analyst", "2026-01-05", "2026-01-20", "First round", "Rejected",
              "Your answers rambled and lacked specific examples."]
BETA_FIRST = ["Beta", "Analyst", "2026-01-10", "2026-01-18", "First round", "Rejected",
              "Great SQL test."]
GAMMA = ["Gamma", "BI Analyst", "2026-02-01", "", "", "No reply", ""]
DELTA = ["Delta", "Analyst", "2026-02-03", "2026-02-10", "Phone screen", "Rejected",
         "You were glued to your notes."]


def csv_bytes(*rows: list[str]) -> bytes:
    """A small log as CSV bytes, with the header above."""
    buf = io.StringIO()
    csv.writer(buf).writerows([HEADER, *rows])
    return buf.getvalue().encode("utf-8")


V1 = csv_bytes(ACME_SCREEN, ACME_FIRST, BETA_FIRST, GAMMA)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "ws.sqlite3")
    yield workspace
    workspace.close()


def note_of(ws: Workspace, company: str, stage: str) -> str:
    table = ws.table()
    row = table[(table["company"] == company) & (table["stage"] == stage)].index[0]
    meta = ws.mentions()
    return str(meta.loc[meta["row"] == row, "note_id"].iloc[0])


def themes_of(ws: Workspace, note_id: str) -> set[tuple[str, str]]:
    m = ws.mentions()
    m = m[m["note_id"] == note_id]
    return set(zip(m["theme"].astype(str), m["polarity"].astype(str), strict=True))


# ----------------------------------------------------------------------------- the file


def test_open_creates_a_private_file_and_nothing_before(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ws.sqlite3"
    assert not path.exists()
    with Workspace.open(path) as ws:
        assert ws.table().empty and ws.mentions().empty and ws.corrections().empty
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    with Workspace.open(path) as ws:
        ws.add_log("log.csv", V1)
        wal = Path(str(path) + "-wal")
        assert wal.exists() and (wal.stat().st_mode & 0o777) == 0o600


def test_open_without_create_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DebriefError, match="There is no workspace at .* yet"):
        Workspace.open(tmp_path / "none.sqlite3", create=False)
    assert not list(tmp_path.iterdir())


def test_default_path_follows_env_and_platform(tmp_path: Path) -> None:
    home = Path("/home/u")
    assert default_workspace_path({}, "linux", home) == Path(
        "/home/u/.local/share/debrief/workspace.sqlite3")
    assert default_workspace_path({"XDG_DATA_HOME": "rel"}, "linux", home) == Path(
        "/home/u/.local/share/debrief/workspace.sqlite3")  # relative XDG is ignored
    local = "C:/Users/u/AppData/Local"
    assert default_workspace_path({"LOCALAPPDATA": local}, "win32", home) == Path(
        f"{local}/Debrief/workspace.sqlite3")
    chosen = tmp_path / "mine.sqlite3"
    assert default_workspace_path({"DEBRIEF_WORKSPACE": str(chosen)}, "linux", home) == chosen


# ----------------------------------------------------------------------------- the logs


def test_table_is_the_import_of_the_log(ws: Workspace) -> None:
    result = ws.add_log("log.csv", V1)
    expected = import_log(V1, "log.csv")
    assert result.counts() == expected.counts()
    pd.testing.assert_frame_equal(ws.table(), expected.table)
    assert list(ws.table().columns[: len(CANONICAL_COLUMNS)]) == list(CANONICAL_COLUMNS)


def test_adding_the_same_file_again_never_duplicates(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    ws.add_log("log.csv", V1)
    (change,) = ws.last_changes
    assert (change.rows, change.added, change.updated, change.unchanged) == (4, 0, 0, 4)
    assert len(ws.table()) == 4
    # the same rows in another file (the .xlsx twin of a CSV) are the same events
    ws.add_log("copy.csv", csv_bytes(GAMMA, BETA_FIRST, ACME_FIRST, ACME_SCREEN))
    assert ws.last_changes[0].added == 0 and len(ws.table()) == 4


def test_a_later_version_updates_what_changed(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    beta = [*BETA_FIRST[:5], "Offer", "Great SQL test. Be more concise."]
    # a new row on top (every row number moves), Beta changed, Gamma deleted, Delta new
    ws.add_log("log.csv", csv_bytes(DELTA, ACME_SCREEN, ACME_FIRST, beta))
    (change,) = ws.last_changes
    assert (change.added, change.updated, change.unchanged, change.removed) == (1, 1, 2, 1)
    table = ws.table()
    assert sorted(table["company"]) == ["Acme", "Acme", "Beta", "Delta"]
    assert table.loc[table["company"] == "Beta", "outcome"].tolist() == ["offer"]


def test_two_logs_share_applications_and_are_counted_once(ws: Workspace) -> None:
    ws.add_log("mine.csv", csv_bytes(ACME_SCREEN, ACME_FIRST))
    # a job-board export knows only the application
    ws.add_log("board.csv", csv_bytes(["Acme", "Data Analyst", "2026-01-05", "", "", "", ""]))
    table = ws.table()
    counted = table[table["row_status"] == "ok"]
    assert counted["application_id"].nunique() == 1
    assert counted["round"].tolist() == [1, 2]
    assert table["row_status"].tolist().count("duplicate") == 1


def test_logs_saved_one_by_one_count_as_a_merged_upload_does(ws: Workspace) -> None:
    from analysis.normalize import import_logs

    mine = csv_bytes(ACME_SCREEN, ACME_FIRST, BETA_FIRST)
    board = csv_bytes(["Acme", "Data Analyst", "2026-01-05", "", "", "", ""], GAMMA)
    ws.add_log("mine.csv", mine)
    ws.add_log("board.csv", board)
    merged = import_logs([("mine.csv", mine), ("board.csv", board)])
    pd.testing.assert_frame_equal(ws.table(), merged.table)


def test_a_different_file_with_the_same_name_does_not_erase_the_first(ws: Workspace) -> None:
    ws.add_log("log.csv", csv_bytes(ACME_SCREEN, ACME_FIRST))
    ws.add_log("log.csv", csv_bytes(BETA_FIRST, DELTA))
    assert ws.last_changes[0].filename == "log.csv (2)"
    assert sorted(ws.table()["company"].unique()) == ["Acme", "Beta", "Delta"]


def test_save_import_keeps_each_file_of_a_merged_upload_as_its_own_log(ws: Workspace) -> None:
    from analysis.normalize import import_logs

    merged = import_logs([("mine.csv", csv_bytes(ACME_SCREEN, ACME_FIRST)),
                          ("board.csv", csv_bytes(BETA_FIRST))])
    changes = ws.save_import(merged)
    assert [(c.filename, c.rows) for c in changes] == [("mine.csv", 2), ("board.csv", 1)]
    pd.testing.assert_frame_equal(ws.table(), merged.table)


def test_remove_log_takes_only_its_rows(ws: Workspace) -> None:
    ws.add_log("a.csv", csv_bytes(ACME_SCREEN))
    ws.add_log("b.csv", csv_bytes(BETA_FIRST, ACME_SCREEN))
    assert ws.remove_log("b.csv") == 2
    assert ws.table()["company"].tolist() == ["Acme"]
    with pytest.raises(DebriefError, match="no saved log named 'b.csv'"):
        ws.remove_log("b.csv")


def test_a_log_with_nothing_to_count_saves_nothing(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    with pytest.raises(DebriefError, match="nothing was saved"):
        ws.add_log("log.csv", csv_bytes(["", "", "", "", "", "", "just a note"]))
    assert len(ws.table()) == 4


# ------------------------------------------------------------------------- identities


def test_note_ids_are_the_same_in_another_process_and_workspace(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite3") as ws:
        ws.add_log("log.csv", V1)
        here = set(ws.mentions()["note_id"])
    log = tmp_path / "v.csv"
    log.write_bytes(csv_bytes(BETA_FIRST, ACME_FIRST, ACME_SCREEN))  # other order, other name
    code = (
        "import sys; from analysis.workspace import Workspace\n"
        "ws = Workspace.open(sys.argv[1]); ws.add_log('v.csv', open(sys.argv[2], 'rb').read())\n"
        "print(' '.join(sorted(set(ws.mentions()['note_id']))))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "b.sqlite3"), str(log)],
                         capture_output=True, text=True, check=True).stdout.split()
    assert len(here) == 3 and set(out) == here


# ---------------------------------------------------------------------- tags, corrections


def test_mentions_are_the_taggers_plus_note_id(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    m = ws.mentions()
    assert list(m.columns[: len(MENTION_COLUMNS)]) == list(MENTION_COLUMNS)
    assert {"note_id", "status", "reviewed", "origin"} <= set(m.columns)
    pairs = set(zip(m["theme"].astype(str), m["polarity"].astype(str), strict=True))
    assert pairs == {("attitude", "strength"), ("communication", "improvement"),
                     ("preparation", "improvement"), ("skills", "strength")}
    assert not m["reviewed"].any() and len(ws.unreviewed()) == 4


def test_tags_are_cached_in_the_workspace(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_log("log.csv", V1)
        first = ws.mentions()

    def no_tagging(*args, **kwargs):
        raise AssertionError("tagged again although the workspace has the results")

    monkeypatch.setattr("analysis.workspace.tagcache.tag_to_json", no_tagging)
    with Workspace.open(path) as again:
        pd.testing.assert_frame_equal(again.mentions(), first)


def test_remove_flip_add_and_change_theme(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    acme = note_of(ws, "Acme", "first_round")
    ws.correct(acme, "preparation", "improvement", "remove")
    beta = note_of(ws, "Beta", "first_round")
    ws.correct(beta, "skills", "strength", "flip")
    ws.correct(beta, "confidence", "strength", "add", evidence="Great SQL test.")
    screen = note_of(ws, "Acme", "screen")
    ws.change_theme(screen, "attitude", "strength", "communication")
    assert themes_of(ws, acme) == {("communication", "improvement")}
    assert themes_of(ws, beta) == {("skills", "improvement"), ("confidence", "strength")}
    assert themes_of(ws, screen) == {("communication", "strength")}
    fixes = ws.corrections()
    assert fixes["action"].tolist() == ["remove", "flip", "add", "remove", "add"]
    assert fixes["made_at"].is_monotonic_increasing
    assert str(fixes["made_at"].dt.tz) == "UTC"
    removed = ws.mentions(include_removed=True)
    assert removed["status"].tolist().count("removed") == 2


def test_confirm_marks_reviewed_and_undo_forgets(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    acme = note_of(ws, "Acme", "first_round")
    first, _ = ws.confirm_note(acme)
    m = ws.mentions()
    assert m.loc[m["note_id"] == acme, "status"].tolist() == ["confirmed", "confirmed"]
    assert len(ws.unreviewed()) == 2
    ws.undo(first)
    assert len(ws.unreviewed()) == 3
    with pytest.raises(DebriefError, match="no correction"):
        ws.undo(first)


def test_review_table_shows_each_mention_with_its_context(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    acme = note_of(ws, "Acme", "first_round")
    ws.correct(acme, "preparation", "improvement", "remove")
    review = ws.review_table()
    assert {"company", "role", "stage", "event_date", "feedback_source", "feedback",
            "cues", "status"} <= set(review.columns)
    removed = review[review["status"] == "removed"].iloc[0]
    assert (removed["company"], removed["stage"], removed["theme"]) == (
        "Acme", "first_round", "preparation")
    assert removed["cues"] == ("lacked", "specific examples")


def test_bad_corrections_are_one_sentence(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    acme = note_of(ws, "Acme", "first_round")
    cases = [
        ((acme, "skills", "strength", "remove"), "has no skills strength to remove"),
        ((acme, "skills", "strength", "rename"), "'rename' is not a correction"),
        (("nope", "skills", "strength", "remove"), "no note nope"),
        ((acme, "charm", "strength", "add"), "no theme 'charm'"),
        ((acme, "skills", "strength", "add"), "needs its evidence"),
    ]
    for args, message in cases:
        with pytest.raises(DebriefError, match=message):
            ws.correct(*args)
    assert ws.corrections().empty


def test_corrections_survive_reimport_and_reordering(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    acme = note_of(ws, "Acme", "first_round")
    ws.correct(acme, "preparation", "improvement", "remove")
    # a later version: rows reordered, spacing and case of the note changed, a row added
    acme_first = [*ACME_FIRST[:6], "  your answers RAMBLED and lacked specific  examples."]
    ws.add_log("log.csv", csv_bytes(DELTA, BETA_FIRST, acme_first, ACME_SCREEN, GAMMA))
    assert note_of(ws, "Acme", "first_round") == acme
    assert themes_of(ws, acme) == {("communication", "improvement")}


def test_corrections_survive_a_change_of_codebook(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_log("log.csv", V1)
        acme = note_of(ws, "Acme", "first_round")
        ws.correct(acme, "communication", "improvement", "confirm")
        ws.correct(acme, "preparation", "improvement", "remove")
    # a codebook in which nothing reads "rambled": the confirmed mention stays, with evidence
    default = load_codebook()
    spec = dict(default.cues["themes"]["communication"])
    spec["improvement"] = [p for p in spec["improvement"] if "rambl" not in p]
    cues = {**default.cues, "themes": {**default.cues["themes"], "communication": spec}}
    from dataclasses import replace

    changed = replace(default, cues=cues)
    assert not [m for m in build_tagger(changed).tag_text(ACME_FIRST[6])
                if m.theme == "communication"]
    with Workspace.open(path, codebook=changed) as ws:
        m = ws.mentions()
        mine = m[m["note_id"] == acme]
        assert set(mine["theme"]) == {"communication"}
        assert mine["evidence"].iloc[0] == "Your answers rambled and lacked specific examples"


def test_agreement_on_hand_reviewed_notes(ws: Workspace) -> None:
    ws.add_log("log.csv", V1)
    screen, acme = note_of(ws, "Acme", "screen"), note_of(ws, "Acme", "first_round")
    ws.correct(screen, "attitude", "strength", "confirm")
    ws.correct(acme, "communication", "improvement", "confirm")
    ws.correct(acme, "preparation", "improvement", "remove")
    ws.correct(acme, "confidence", "improvement", "add", evidence="Your answers rambled")
    # Beta's note is not reviewed: it counts nowhere
    result = ws.agreement()
    assert result.notes_reviewed == 2
    t = result.per_theme.set_index("theme")
    assert (t.loc["attitude", "precision"], t.loc["attitude", "recall"]) == (1.0, 1.0)
    assert t.loc["preparation", "precision"] == 0.0 and pd.isna(t.loc["preparation", "recall"])
    assert t.loc["confidence", "recall"] == 0.0 and t.loc["confidence", "missed"] == 1
    assert t.loc["skills", "tagged"] == 0
    # kappa over 2 notes x n themes: 2 disagreements; labels S 1, I 2, none 2n-3 per rater
    n = 2 * len(load_codebook().theme_ids)
    p_o, p_e = (n - 2) / n, (1 + 4 + (n - 3) ** 2) / n**2
    assert result.kappa == pytest.approx((p_o - p_e) / (1 - p_e))


# --------------------------------------------------------------------------------- teach


ZEST = csv_bytes(["Eta", "Analyst", "2026-03-01", "2026-03-05", "First round", "Rejected",
                  "Your zest stood out."],
                 ["Theta", "Analyst", "2026-03-02", "2026-03-09", "First round", "Rejected",
                  "Great SQL test."])


def test_preview_then_teach_changes_those_notes(ws: Workspace) -> None:
    ws.add_log("log.csv", ZEST)
    preview = ws.preview_teach("  Zest! ", "attitude", "strength")
    assert preview["company"].tolist() == ["Eta"]
    assert preview["gained"].tolist() == ["attitude strength"]
    assert ws.taught().empty  # a preview saves nothing
    assert ws.teach("  Zest! ", "attitude", "strength") == "zest"
    eta = note_of(ws, "Eta", "first_round")
    assert themes_of(ws, eta) == {("attitude", "strength")}
    assert ws.taught()[["phrase", "theme", "polarity"]].values.tolist() == [
        ["zest", "attitude", "strength"]]
    # teaching the phrase again, another way, replaces the first reading
    ws.teach("zest", "confidence", "strength")
    assert themes_of(ws, eta) == {("confidence", "strength")}
    ws.untaught("zest")
    assert themes_of(ws, eta) == set()


def test_teach_refuses_what_it_cannot_use(ws: Workspace) -> None:
    with pytest.raises(DebriefError, match="no words"):
        ws.teach(" {|} ", "attitude", "strength")
    with pytest.raises(DebriefError, match="no theme 'zeal'"):
        ws.teach("zest", "zeal", "strength")
    with pytest.raises(DebriefError, match="not a polarity"):
        ws.preview_teach("zest", "attitude", "good")


def test_overlay_toml_is_loadable_by_the_tagger(ws: Workspace, tmp_path: Path) -> None:
    ws.teach("glued to your notes", "confidence", "improvement")
    text = ws.overlay_toml()
    data = tomllib.loads(text)
    assert "glued to your notes" in data["themes"]["confidence"]["improvement"]
    folder = tmp_path / "codebook"
    folder.mkdir()
    (folder / "cues.toml").write_text(text, encoding="utf-8")
    tagger = build_tagger(load_codebook(folder))
    found = {(m.theme, m.polarity) for m in tagger.tag_text("You were glued to your notes.")}
    assert found == {("confidence", "improvement")}
    # Debrief's own cues of that list still work through the overlay
    assert ("confidence", "improvement") in {
        (m.theme, m.polarity) for m in tagger.tag_text("You seemed very nervous.")}


# ----------------------------------------------------------------------- add an interview


def test_add_interview_is_tagged_and_saved(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_log("log.csv", V1)
        added = ws.add_interview(company="Acme", role="Data Analyst", date="2026-02-02",
                                 stage="final_round", outcome="rejected",
                                 feedback="You rambled.", source="interviewer")
        assert set(zip(added.mentions["theme"], added.mentions["polarity"].astype(str),
                       strict=True)) == {("communication", "improvement")}
    with Workspace.open(path) as ws:  # come back tomorrow
        table = ws.table()
        row = table[table["source_file"] == ADDED_LOG].iloc[0]
        assert (row["stage"], row["outcome"], row["feedback_source"]) == (
            "final_round", "rejected", "interviewer")
        # it joins the application from the log, as its third interview
        acme = table[table["application_id"] == row["application_id"]]
        assert acme["round"].tolist() == [1, 2, 3]
        assert ws.logs()["filename"].tolist() == ["log.csv", ADDED_LOG]
        # re-adding the log keeps the interview added in the app
        ws.add_log("log.csv", V1)
        assert (ws.table()["source_file"] == ADDED_LOG).sum() == 1


def test_add_interview_refuses_missing_or_unreadable_fields(ws: Workspace) -> None:
    with pytest.raises(DebriefError, match="company's name"):
        ws.add_interview(company=" ", date="2026-01-01")
    with pytest.raises(DebriefError, match="Could not read the interview date 'soon'"):
        ws.add_interview(company="Acme", date="soon")
    with pytest.raises(DebriefError, match="needs its date"):
        ws.add_interview(company="Acme", date="")
    assert ws.table().empty


def test_add_log_refuses_the_name_kept_for_added_interviews(ws: Workspace) -> None:
    with pytest.raises(DebriefError, match="rename the file"):
        ws.add_log(ADDED_LOG, V1)


# ------------------------------------------------------------------ export, import, forget


def test_export_and_import_on_another_machine(ws: Workspace, tmp_path: Path) -> None:
    ws.add_log("log.csv", V1)
    acme = note_of(ws, "Acme", "first_round")
    ws.correct(acme, "preparation", "improvement", "remove")
    ws.teach("zest", "attitude", "strength")
    exported = ws.export(tmp_path / "carry" / "debrief.sqlite3")
    assert not Path(str(exported) + "-wal").exists()  # one file
    with Workspace.import_file(exported, tmp_path / "other.sqlite3") as other:
        pd.testing.assert_frame_equal(other.table(), ws.table())
        pd.testing.assert_frame_equal(other.mentions(), ws.mentions())
        assert other.taught()["phrase"].tolist() == ["zest"]
        # importing the same file twice adds nothing
        other_path = other.path
    with Workspace.import_file(exported, other_path) as again:
        assert len(again.corrections()) == 1 and len(again.table()) == 4


def test_export_never_overwrites_a_file_that_is_not_a_workspace(ws: Workspace,
                                                                tmp_path: Path) -> None:
    thesis = tmp_path / "thesis.docx"
    thesis.write_bytes(b"my thesis")
    with pytest.raises(DebriefError, match="not overwritten"):
        ws.export(thesis)
    assert thesis.read_bytes() == b"my thesis"
    with pytest.raises(DebriefError, match="this workspace itself"):
        ws.export(ws.path)


def test_import_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(DebriefError, match="does not exist"):
        Workspace.import_file(tmp_path / "nope.sqlite3", tmp_path / "ws.sqlite3")
    assert not (tmp_path / "ws.sqlite3").exists()


def test_forget_deletes_the_file_and_its_side_files(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    ws = Workspace.open(path)
    ws.add_log("log.csv", V1)
    other = Workspace.open(path)  # another window keeps it open
    assert Path(str(path) + "-wal").exists()
    removed = ws.forget()
    assert path in removed and not list(tmp_path.iterdir())
    with pytest.raises(DebriefError, match="was deleted"):
        other.correct("x", "skills", "strength", "add", evidence="e")
    other.close()
