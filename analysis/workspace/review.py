"""Corrections on top of the tagger, and how far the tagger agrees with what a person reviewed.

A correction is an assertion about one note, stored against the note's id and replayed in the
order it was made, so it holds whatever the tagger says today (after a re-import or a change
of codebook):

- ``confirm`` theme/polarity: it is there (kept even if a later codebook stops finding it);
- ``remove``: it is not there;
- ``flip``: it is there with the other polarity (same evidence);
- ``add`` (with evidence): it is there, the tagger missed it.

Changing a mention's theme is a ``remove`` plus an ``add``. Everything here is pure: frames in,
frames out.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.schema import MENTION_COLUMNS, POLARITIES

ACTIONS: tuple[str, ...] = ("confirm", "remove", "flip", "add")
# status of a mention after review; "unreviewed" ones are the tagger's, untouched
STATUSES: tuple[str, ...] = ("unreviewed", "confirmed", "flipped", "added", "removed")
REVIEW_COLUMNS: tuple[str, ...] = ("note_id", "status", "reviewed", "origin")
NO_THEME = "none"


def other_polarity(polarity: str) -> str:
    """The opposite polarity.

    >>> other_polarity("strength")
    'improvement'
    """
    return POLARITIES[1 - POLARITIES.index(polarity)]


@dataclass
class _Entry:
    evidence: str
    cues: tuple[str, ...]
    status: str
    origin: str
    present: bool = True


def _replay(tagged: list[dict[str, Any]], corrections: list[dict[str, Any]]) -> list[dict]:
    """One note's mentions after its corrections, in order (removed ones kept, marked)."""
    state: dict[tuple[str, str], _Entry] = {
        (m["theme"], m["polarity"]): _Entry(m["evidence"], tuple(m["cues"]), "unreviewed",
                                            "tagger")
        for m in tagged
    }
    for c in corrections:
        key = (c["theme"], c["polarity"])
        entry = state.get(key)
        # the tagger's evidence when it still finds the mention, else what was recorded
        evidence = (entry.evidence if entry is not None and c["action"] != "add"
                    else c.get("evidence") or "")
        if c["action"] == "remove":
            if entry is not None:
                entry.present, entry.status = False, "removed"
            continue
        if c["action"] == "flip":
            target = (c["theme"], other_polarity(c["polarity"]))
            if entry is not None:
                state.pop(key)  # its place is taken by the flipped mention
            state[target] = _Entry(evidence, entry.cues if entry else (), "flipped", "you")
            continue
        if entry is not None and entry.present:
            if entry.origin == "tagger":
                entry.status = "confirmed"  # "adding" what the tagger found agrees with it
            continue  # otherwise it is already the person's own reading
        status = "added" if c["action"] == "add" else "confirmed"
        origin = entry.origin if entry else "you"
        state[key] = _Entry(evidence, entry.cues if entry else (), status, origin)
    return [
        {"theme": t, "polarity": p, "evidence": e.evidence, "cues": e.cues, "status": e.status,
         "origin": e.origin}
        for (t, p), e in state.items()
    ]


def apply_corrections(
    tagged: pd.DataFrame, corrections: pd.DataFrame, note_rows: pd.DataFrame,
    *, include_removed: bool = False,
) -> pd.DataFrame:
    """The mentions frame with corrections applied, plus note_id, status, reviewed, origin.

    ``tagged`` is the tagger's mentions with a ``note_id`` column; ``corrections`` has
    note_id, theme, polarity, action, evidence in the order they were made; ``note_rows``
    maps each note_id to the table rows holding it.
    """
    touched = set(corrections["note_id"]) & set(note_rows["note_id"])
    plain = tagged[~tagged["note_id"].isin(touched)].assign(
        status="unreviewed", origin="tagger"
    )
    parts = [plain]
    by_note = {k: g.to_dict("records") for k, g in corrections.groupby("note_id", sort=False)}
    first_rows = tagged.drop_duplicates(["note_id", "theme", "polarity"])
    tagged_by_note = {k: g.to_dict("records") for k, g in
                      first_rows[first_rows["note_id"].isin(touched)].groupby("note_id")}
    rows_by_note = note_rows[note_rows["note_id"].isin(touched)].groupby("note_id")["row"]
    for note_id, rows in rows_by_note:
        final = pd.DataFrame(_replay(tagged_by_note.get(note_id, []), by_note[note_id]))
        if final.empty:
            continue
        spread = final.merge(pd.DataFrame({"row": rows.unique()}), how="cross")
        parts.append(spread.assign(note_id=note_id))
    out = pd.concat([p for p in parts if not p.empty] or [plain], ignore_index=True)
    if not include_removed:
        out = out[out["status"] != "removed"]
    out = out.sort_values("row", kind="stable", ignore_index=True)
    return out.assign(reviewed=out["status"] != "unreviewed")[
        [*MENTION_COLUMNS, *REVIEW_COLUMNS]
    ]


def fully_reviewed(reviewed: pd.DataFrame) -> list[Hashable]:
    """Notes with at least one decision and no tagger mention left unreviewed."""
    status = reviewed.groupby("note_id")["status"]
    decided = status.agg(lambda s: (s != "unreviewed").any() and not (s == "unreviewed").any())
    return decided[decided].index.tolist()


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa of two raters' labels for the same items (NaN when it is undefined).

    >>> round(cohen_kappa(["x", "x", "y", "y"], ["x", "x", "y", "x"]), 3)
    0.5
    >>> cohen_kappa(["x", "y"], ["x", "y"])
    1.0
    """
    if len(a) != len(b):
        raise ValueError("both raters must label the same items")
    if not len(a):
        return float("nan")
    pairs = pd.DataFrame({"a": list(a), "b": list(b)})
    observed = float((pairs["a"] == pairs["b"]).mean())
    pa = pairs["a"].value_counts(normalize=True)
    pb = pairs["b"].value_counts(normalize=True)
    expected = float((pa * pb.reindex(pa.index, fill_value=0)).sum())
    if expected >= 1.0:
        return float("nan")  # both raters gave one label to everything: no chance to correct
    return (observed - expected) / (1.0 - expected)


@dataclass(frozen=True)
class Agreement:
    """How far the tagger agrees with what a person reviewed."""

    notes_reviewed: int
    kappa: float
    per_theme: pd.DataFrame = field(repr=False)  # theme, tagged, kept, missed, precision, recall


def _labels(frame: pd.DataFrame, notes: list[Hashable], themes: Sequence[str]) -> pd.Series:
    """Each (note, theme): "strength", "improvement", "both" or "none"."""
    grid = pd.MultiIndex.from_product([notes, list(themes)], names=["note_id", "theme"])
    found = frame.groupby(["note_id", "theme"])["polarity"].agg(
        lambda p: p.iloc[0] if p.nunique() == 1 else "both"
    )
    return found.reindex(grid, fill_value=NO_THEME).astype(object)


def agreement(
    tagged: pd.DataFrame, reviewed: pd.DataFrame, themes: Sequence[str]
) -> Agreement:
    """Per-theme precision and recall of ``tagged`` against notes a person fully reviewed.

    ``tagged``: the tagger's note_id, theme, polarity; ``reviewed``: the corrected mentions
    with their status (removed ones included). A mention counts as right when the person kept
    it with the same theme and polarity; kappa is over every (reviewed note, theme) pair.
    """
    notes = fully_reviewed(reviewed)
    keys = ["note_id", "theme", "polarity"]
    tagged = tagged.astype({"theme": object, "polarity": object})
    reviewed = reviewed.astype({"theme": object, "polarity": object})
    mine = tagged[tagged["note_id"].isin(notes)][keys].drop_duplicates()
    kept = reviewed[reviewed["note_id"].isin(notes) & (reviewed["status"] != "removed")]
    theirs = kept[keys].drop_duplicates()
    both = mine.merge(theirs, on=keys, how="outer", indicator=True)
    all_themes = list(dict.fromkeys([*themes, *both["theme"].tolist()]))
    counts = pd.crosstab(both["theme"], both["_merge"]).reindex(
        index=all_themes, columns=["both", "left_only", "right_only"], fill_value=0
    )
    tp, fp, fn = counts["both"], counts["left_only"], counts["right_only"]
    per_theme = pd.DataFrame({
        "theme": all_themes,
        "tagged": (tp + fp).to_numpy(),
        "kept": tp.to_numpy(),
        "missed": fn.to_numpy(),
        "precision": (tp / (tp + fp).where(tp + fp > 0)).to_numpy(dtype=float),
        "recall": (tp / (tp + fn).where(tp + fn > 0)).to_numpy(dtype=float),
    })
    kappa = cohen_kappa(_labels(mine, notes, all_themes).tolist(),
                        _labels(theirs, notes, all_themes).tolist())
    return Agreement(notes_reviewed=len(notes), kappa=kappa, per_theme=per_theme)
