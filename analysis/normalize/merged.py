"""Merged cells: rows below a merged company, role or student cell belong to the row above."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.normalize.cells import no_notes
from analysis.schema import (
    APPLICATION_ID,
    COMPANY,
    GROUP_FIELDS,
    PERSON_EMAIL,
    PERSON_FIELDS,
    PERSON_ID,
    PERSON_NAME,
    ROLE,
    STAGE,
)

WHO_FIELDS: tuple[str, ...] = (APPLICATION_ID, COMPANY, ROLE)
PERSON_TEXT: tuple[str, ...] = (*PERSON_FIELDS, *GROUP_FIELDS)  # filled with the person


def nobody_mask(text: dict[str, pd.Series]) -> np.ndarray:
    """Return True for rows that say nothing about which application they are."""
    return np.logical_and.reduce([text[c].isna().to_numpy() for c in WHO_FIELDS])


def who_written(text: dict[str, pd.Series]) -> pd.Series:
    """Return the person each row names as written (id, else email, else name), or None."""
    person = text[PERSON_ID]
    for name in (PERSON_EMAIL, PERSON_NAME):
        person = person.where(person.notna(), text[name])
    return person


def copy_from(text: dict[str, pd.Series], rows: pd.Series, heads: np.ndarray,
              fields: tuple[str, ...], only_missing: bool = False) -> None:
    """Copy ``fields`` of the rows at positions ``heads`` into ``rows`` (in place)."""
    targets = np.flatnonzero(rows.to_numpy())
    for column in fields:
        values = text[column].to_numpy(dtype=object, copy=True)
        taken, where = values[heads], targets
        if only_missing:
            missing = pd.isna(values[targets])
            taken, where = taken[missing], targets[missing]
        values[where] = taken
        text[column] = pd.Series(values, index=text[column].index, dtype=object)


def fill_down(
    text: dict[str, pd.Series], src: np.ndarray, totals: pd.Series, practice: pd.Series
) -> pd.Series:
    """Give rows below a merged company/role cell the application of the row above.

    A row with an interview (a date or a stage) but no company, role or id, directly below a
    row that has them (or below other such rows), is that application's next interview: that
    is how merged cells read, unless it names another person. ``text`` is updated in place;
    returns the per-row note.
    """
    nobody = nobody_mask(text)
    content = (text[STAGE].notna() | text["_event_text"].notna()).to_numpy()
    candidate = pd.Series(nobody & content & ~practice.to_numpy(), index=totals.index)
    if not candidate.any():
        return no_notes(totals.index)
    position = pd.Series(np.arange(len(candidate)), index=candidate.index, dtype="float64")
    head = position.where(~candidate).ffill()
    head_ok = (~pd.Series(nobody, index=candidate.index) & ~totals).where(~candidate).ffill()
    person = who_written(text)
    head_person = person.where(~candidate).ffill()
    same_person = person.isna() | (person == head_person).fillna(False)
    fill = candidate & head_ok.eq(True) & head.notna() & same_person
    heads = head[fill].astype(int).to_numpy()
    copy_from(text, fill, heads, WHO_FIELDS)
    copy_from(text, fill, heads, PERSON_TEXT, only_missing=True)
    note = no_notes(totals.index)
    note[fill] = [f"Company and role taken from row {src[h]} above (a merged cell?)"
                  for h in heads]
    return note


def fill_person_down(
    text: dict[str, pd.Series], src: np.ndarray, not_a_head: pd.Series
) -> pd.Series:
    """In a cohort's log, give a row without a student the student of the row above.

    That is how a student's merged cell reads beside their applications. ``text`` is
    updated in place; returns the per-row note.
    """
    person = who_written(text)
    has_person = person.notna() & ~not_a_head
    position = pd.Series(np.arange(len(person)), index=person.index, dtype="float64")
    head = position.where(has_person).ffill()
    fill = person.isna() & ~pd.Series(nobody_mask(text), index=person.index) & head.notna()
    fill &= ~not_a_head
    if not fill.any():
        return no_notes(person.index)
    heads = head[fill].astype(int).to_numpy()
    copy_from(text, fill, heads, PERSON_TEXT, only_missing=True)
    note = no_notes(person.index)
    note[fill] = [f"Student taken from row {src[h]} above (a merged cell?)" for h in heads]
    return note
