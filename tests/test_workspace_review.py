"""Pure parts of the workspace: corrections replayed, agreement, kappa, identities, the overlay
(analysis.workspace.review, .identity, .teach)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.codebook import load_codebook
from analysis.schema import POLARITIES, conform_table
from analysis.workspace import agreement, cohen_kappa
from analysis.workspace.identity import event_keys, note_ids
from analysis.workspace.review import apply_corrections, other_polarity
from analysis.workspace.teach import overlay_toml, with_taught


def mentions(*rows: tuple[int, str, str, str]) -> pd.DataFrame:
    """Tagger output: (row, note_id, theme, polarity)."""
    frame = pd.DataFrame(rows, columns=["row", "note_id", "theme", "polarity"])
    return frame.assign(evidence="said so", cues=[("cue",)] * len(frame))


def fixes(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["note_id", "theme", "polarity", "action"])
    return frame.assign(evidence="typed by you")


NOTES = pd.DataFrame({"note_id": ["n1", "n2", "n3"], "row": [0, 1, 2]})


def pairs(frame: pd.DataFrame, note: str) -> set[tuple[str, str]]:
    mine = frame[frame["note_id"] == note]
    return set(zip(mine["theme"], mine["polarity"], strict=True))


# ----------------------------------------------------------------------- corrections


def test_each_action_on_a_hand_made_note() -> None:
    tagged = mentions((0, "n1", "skills", "strength"), (0, "n1", "fit", "improvement"),
                      (1, "n2", "attitude", "strength"))
    out = apply_corrections(tagged, fixes(
        ("n1", "skills", "strength", "flip"), ("n1", "fit", "improvement", "remove"),
        ("n2", "attitude", "strength", "confirm"), ("n3", "logistics", "improvement", "add"),
    ), NOTES)
    assert pairs(out, "n1") == {("skills", "improvement")}
    assert pairs(out, "n2") == {("attitude", "strength")}
    assert pairs(out, "n3") == {("logistics", "improvement")}
    status = dict(zip(out["note_id"], out["status"], strict=True))
    assert status == {"n1": "flipped", "n2": "confirmed", "n3": "added"}
    assert out["reviewed"].all()
    flipped = out[out["note_id"] == "n1"].iloc[0]
    assert (flipped["evidence"], flipped["cues"]) == ("said so", ("cue",))  # the tagger's
    assert out[out["note_id"] == "n3"]["evidence"].tolist() == ["typed by you"]


def test_untouched_notes_are_the_taggers_unreviewed() -> None:
    tagged = mentions((0, "n1", "skills", "strength"), (2, "n3", "fit", "improvement"))
    out = apply_corrections(tagged, fixes(("n1", "skills", "strength", "confirm")), NOTES)
    row = out[out["note_id"] == "n3"].iloc[0]
    assert (row["status"], row["reviewed"], row["origin"]) == ("unreviewed", False, "tagger")


def test_a_note_on_two_rows_is_corrected_on_both() -> None:
    notes = pd.DataFrame({"note_id": ["n1", "n1"], "row": [4, 7]})
    tagged = mentions((4, "n1", "skills", "strength"), (7, "n1", "skills", "strength"))
    out = apply_corrections(tagged, fixes(("n1", "fit", "improvement", "add")), notes)
    assert sorted(out["row"].tolist()) == [4, 4, 7, 7]


def test_a_correction_for_a_note_that_is_gone_is_kept_but_shows_nowhere() -> None:
    out = apply_corrections(mentions((0, "n1", "skills", "strength")),
                            fixes(("old", "fit", "improvement", "add")), NOTES)
    assert out["note_id"].tolist() == ["n1"]


ACTION = st.sampled_from(["confirm", "remove", "flip", "add"])


@settings(max_examples=80, deadline=None)
@given(steps=st.lists(st.tuples(ACTION, st.sampled_from(POLARITIES)), min_size=1, max_size=6),
       tagged_with=st.sets(st.sampled_from(POLARITIES)))
def test_the_last_correction_decides(steps, tagged_with) -> None:
    tagged = mentions(*[(0, "n1", "skills", p) for p in sorted(tagged_with)])
    out = apply_corrections(tagged, fixes(*[("n1", "skills", p, a) for a, p in steps]),
                            NOTES, include_removed=True)
    kept = pairs(out[out["status"] != "removed"], "n1")
    action, polarity = steps[-1]
    if action == "remove":
        assert ("skills", polarity) not in kept
    elif action == "flip":
        assert ("skills", other_polarity(polarity)) in kept and ("skills", polarity) not in kept
    else:
        assert ("skills", polarity) in kept


# ------------------------------------------------------------------------- agreement


def test_kappa_by_hand() -> None:
    # 10 items: both say yes 4, both no 3, a yes b no 2, a no b yes 1
    a = ["y"] * 4 + ["n"] * 3 + ["y"] * 2 + ["n"]
    b = ["y"] * 4 + ["n"] * 3 + ["n"] * 2 + ["y"]
    p_o, p_e = 0.7, 0.6 * 0.5 + 0.4 * 0.5
    assert cohen_kappa(a, b) == pytest.approx((p_o - p_e) / (1 - p_e))
    assert pd.isna(cohen_kappa(["x", "x"], ["x", "x"]))  # one label everywhere: undefined
    assert pd.isna(cohen_kappa([], []))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc")), min_size=1,
                max_size=40))
def test_kappa_is_symmetric_and_bounded(items) -> None:
    a, b = [x for x, _ in items], [y for _, y in items]
    k = cohen_kappa(a, b)
    if pd.isna(k):
        assert len(set(a)) == len(set(b)) == 1
        return
    assert k == pytest.approx(cohen_kappa(b, a))
    assert -1.0 - 1e-9 <= k <= 1.0 + 1e-9
    if a == b:
        assert k == pytest.approx(1.0)


def test_agreement_counts_only_fully_reviewed_notes() -> None:
    tagged = mentions((0, "n1", "skills", "strength"), (0, "n1", "fit", "improvement"),
                      (1, "n2", "skills", "strength"), (1, "n2", "attitude", "strength"))
    # n1: both mentions decided (skills kept, fit removed) plus an add; n2: half reviewed
    reviewed = apply_corrections(tagged, fixes(
        ("n1", "skills", "strength", "confirm"), ("n1", "fit", "improvement", "remove"),
        ("n1", "preparation", "improvement", "add"), ("n2", "skills", "strength", "confirm"),
    ), NOTES, include_removed=True)
    result = agreement(tagged, reviewed, ["skills", "fit", "preparation", "attitude"])
    assert result.notes_reviewed == 1
    t = result.per_theme.set_index("theme")
    assert t.loc["skills", ["tagged", "kept", "missed"]].tolist() == [1, 1, 0]
    assert t.loc["fit", "precision"] == 0.0
    assert t.loc["preparation", "recall"] == 0.0
    assert t.loc["attitude", "tagged"] == 0  # n2 is not fully reviewed
    # 4 items for n1: skills S/S, fit I/none, preparation none/I, attitude none/none
    p_o, p_e = 2 / 4, (1 * 1 + 1 * 1 + 2 * 2) / 16  # S: 1,1; I: 1,1; none: 2,2
    assert result.kappa == pytest.approx((p_o - p_e) / (1 - p_e))


def test_agreement_with_nothing_reviewed_is_empty_not_an_error() -> None:
    tagged = mentions((0, "n1", "skills", "strength"))
    result = agreement(tagged, apply_corrections(tagged, fixes(), NOTES, include_removed=True),
                       ["skills"])
    assert result.notes_reviewed == 0 and pd.isna(result.kappa)
    assert result.per_theme["tagged"].tolist() == [0]


# ------------------------------------------------------------------------ identities


def table(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    """(application_id, applied, event, stage, feedback) rows as a canonical table."""
    frame = pd.DataFrame(rows, columns=["application_id", "applied_date", "event_date",
                                        "stage", "feedback"])
    return conform_table(frame.replace("", None))


ROW = st.tuples(
    st.sampled_from(["acme/analyst", "beta/analyst", "acme/analyst@2026-01-02"]),
    st.sampled_from(["", "2026-01-02", "2026-01-05"]),
    st.sampled_from(["", "2026-01-10", "2026-01-12"]),
    st.sampled_from(["applied", "screen", "first_round"]),
    st.sampled_from(["", "Great SQL.", "You rambled."]),
)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=12), seed=st.randoms())
def test_keys_are_unique_and_do_not_depend_on_row_order(rows, seed) -> None:
    keys = event_keys(table(rows))
    assert keys.is_unique
    shuffled = list(rows)
    seed.shuffle(shuffled)
    assert set(event_keys(table(shuffled))) == set(keys)
    assert set(note_ids(table(shuffled)).dropna()) == set(note_ids(table(rows)).dropna())


def test_a_note_id_ignores_case_spacing_and_the_applied_date() -> None:
    a = note_ids(table([("acme/analyst", "", "2026-01-10", "screen", "Great SQL.")]))
    b = note_ids(table([("acme/analyst@2026-01-02", "2026-01-02", "2026-01-10", "first_round",
                         "  great   sql. ")]))
    c = note_ids(table([("acme/analyst", "", "2026-01-11", "screen", "Great SQL.")]))
    assert a[0] == b[0] != c[0]
    assert note_ids(table([("acme/analyst", "", "2026-01-10", "screen", "")]))[0] is None


# ---------------------------------------------------------------------------- overlay


def test_a_taught_phrase_leaves_every_other_list() -> None:
    base = load_codebook()
    assert "rambled" in " ".join(base.cues["themes"]["communication"]["improvement"])
    phrase = base.cues["themes"]["communication"]["improvement"][0]
    taught = pd.DataFrame({"phrase": [phrase], "theme": ["confidence"],
                           "polarity": ["strength"]})
    merged = with_taught(base, taught)
    assert phrase not in merged.cues["themes"]["communication"]["improvement"]
    assert merged.cues["themes"]["confidence"]["strength"][0] == phrase
    text = overlay_toml(base, taught)
    assert "[themes.communication]" in text and "[themes.confidence]" in text
    assert "[themes.skills]" not in text  # lists nothing changed stay out
