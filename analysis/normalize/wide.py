"""Wide logs (one row per application, a column per stage) melted into one row per stage."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.normalize.cells import as_text, classify, map_unique
from analysis.normalize.dates import parse_dates
from analysis.normalize.vocab import Vocabulary, fold
from analysis.schema import EVENT_DATE, FEEDBACK


def stage_cells(
    clean: pd.DataFrame, stage_cols: list[tuple[str, str]], vocab: Vocabulary,
    dayfirst_hint: bool | None,
) -> tuple[pd.DataFrame, list[str]]:
    """Return one row per stage cell that says the stage was reached, with its date and note."""
    cells = pd.concat(
        {i: clean[c] for i, (c, _) in enumerate(stage_cols)}, names=["_col", "_idx"]
    )
    dates = parse_dates(cells, vocab, "the stage columns", dayfirst_hint=dayfirst_hint)
    text = as_text(cells)
    folded = map_unique(text, lambda v: fold(v) if isinstance(v, str) else "").fillna("")
    reached = text.notna() & ~folded.isin(vocab.not_reached)
    outcome_in_cell = classify(text, vocab.outcomes)
    neither = (
        dates.bad.to_numpy() & outcome_in_cell.isna().to_numpy()
        & ~folded.isin(vocab.ticks).to_numpy()
    )
    melted = pd.DataFrame({
        "_col": cells.index.get_level_values("_col"),
        "_idx": cells.index.get_level_values("_idx"),
        EVENT_DATE: dates.values.to_numpy(),
        "_cell_outcome": outcome_in_cell.to_numpy(),
        "_cell_note": np.where(
            neither,
            "Stage cell '" + text.fillna("").to_numpy() + "' is neither a date nor a tick; "
            "counted as reached",
            None,
        ),
    })[reached.to_numpy()]
    melted["_stage_fixed"] = melted["_col"].map(lambda i: stage_cols[i][1])
    melted["_sub"] = melted["_col"] + 1
    return melted, dates.notes


def wide_rows(
    base: pd.DataFrame, clean: pd.DataFrame, stage_cols: list[tuple[str, str]],
    vocab: Vocabulary, dayfirst_hint: bool | None,
) -> tuple[pd.DataFrame, list[str]]:
    """Melt a one-row-per-application log into one row per stage reached (else one row)."""
    melted, notes = stage_cells(clean, stage_cols, vocab, dayfirst_hint)
    positions = pd.Series(np.arange(len(base)), index=base.index)
    melted["_pos"] = positions.loc[melted["_idx"]].to_numpy()
    melted = melted.sort_values(["_pos", "_sub"], kind="stable").reset_index(drop=True)
    # The application's status and feedback belong to the last stage it reached.
    last = ~melted["_pos"].duplicated(keep="last")
    per_app = base.drop(columns=[EVENT_DATE]).reset_index(drop=True)
    expanded = per_app.iloc[melted["_pos"].to_numpy()].reset_index(drop=True)
    cell_outcome = melted["_cell_outcome"]
    expanded = expanded.assign(**{
        EVENT_DATE: melted[EVENT_DATE].to_numpy(),
        "_stage_fixed": melted["_stage_fixed"].to_numpy(),
        "_sub": melted["_sub"].to_numpy(),
        "_outcome": cell_outcome.where(cell_outcome.notna(), expanded["_outcome"].where(last)),
        FEEDBACK: expanded[FEEDBACK].where(last, None),
        "_date_note": melted["_cell_note"].to_numpy(),
    })
    untouched = base[~positions.isin(melted["_pos"]).to_numpy()].assign(_stage_fixed=None, _sub=0)
    out = pd.concat([expanded, untouched.reset_index(drop=True)], ignore_index=True)
    shape = (
        f"One row per application with a column per stage "
        f"({', '.join(c for c, _ in stage_cols)}): each stage reached became its own row."
    )
    return out.sort_values(["_pos", "_sub"], kind="stable", ignore_index=True), [shape, *notes]
