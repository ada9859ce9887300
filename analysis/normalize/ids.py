"""Application ids: the same application gets the same id in every file."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from analysis.normalize.cells import append_note
from analysis.normalize.vocab import fold
from analysis.schema import (
    APPLICATION_ID,
    APPLIED_DATE,
    COMPANY,
    EVENT_DATE,
    PERSON_ID,
    PRACTICE,
    ROLE,
    ROW_STATUS,
    SOURCE_FILE,
    SOURCE_ROW,
    is_counted,
)

_COMPANY_SUFFIX = re.compile(
    r"\s+(?:inc|ltd|llc|plc|gmbh|ag|sa|bv|co|corp|corporation|limited|company|group)$"
)
_SPACES = re.compile(r"\s+")


def slug(value: Any) -> str:
    """Return the folded form an id is made of, company suffixes left out.

    >>> slug("Beta Ltd"), slug("Data Analyst "), slug(None)
    ('beta', 'data-analyst', '')
    """
    if not isinstance(value, str):
        return ""
    return _SPACES.sub("-", _COMPANY_SUFFIX.sub("", fold(value)))


def combinations(columns: list[pd.Series]) -> tuple[np.ndarray, np.ndarray]:
    """Return a code per row for each distinct combination of values, and each one's first row.

    >>> combinations([pd.Series(["a", "b", "a"]), pd.Series(["x", "y", "x"])])
    (array([0, 1, 0]), array([0, 1]))
    """
    codes = pd.DataFrame({i: pd.factorize(c, use_na_sentinel=True)[0]
                          for i, c in enumerate(columns)})
    group = codes.groupby(list(codes.columns), sort=False).ngroup().to_numpy()
    first = np.full(group.max() + 1 if len(group) else 0, len(group), dtype="int64")
    np.minimum.at(first, group, np.arange(len(group)))
    return group, first


def _key(company: Any, role: Any, person: Any = None) -> str:
    key = f"{slug(company)}/{slug(role)}".strip("/")
    return f"{person}:{key}" if isinstance(person, str) and person and key else key


def application_keys(rows: pd.DataFrame) -> tuple[pd.Series, np.ndarray]:
    """Return each row's id before re-applications are told apart, and a code per key.

    Ids are "acme/data-analyst", prefixed with the person in a cohort ("S7:acme/analyst").
    Each practice session is its own "application" (no funnel counts it), named by its date.
    Keys are built once per distinct company, role and person, not once per row.
    """
    people = [rows[PERSON_ID]] if PERSON_ID in rows.columns else []
    group, first = combinations([rows[COMPANY], rows[ROLE], *people])
    firsts = rows.iloc[first]
    persons = firsts[PERSON_ID] if people else pd.Series(None, index=firsts.index)
    keys = np.array([_key(c, r, p) for c, r, p in zip(firsts[COMPANY], firsts[ROLE], persons,
                                                       strict=True)] + [""], dtype=object)
    key = pd.Series(keys[group] if len(group) else keys[:0], index=rows.index, dtype=object)
    practice = rows[PRACTICE].fillna(False).astype(bool)
    if practice.any():
        day = rows.loc[practice, EVENT_DATE].dt.strftime("%Y-%m-%d").fillna("undated")
        bare = key[practice].str.replace(r"^[^:]*:", "", regex=True) if people else key[practice]
        session = "practice/" + bare.where(bare != "", "mock") + "@" + day
        key[practice] = with_person(rows[practice], session)
    return key, pd.factorize(key)[0]


def with_person(rows: pd.DataFrame, ids: pd.Series) -> pd.Series:
    """Prefix each id with its row's person ("S7:acme/analyst"): people never share one.

    An id that already starts with its person's prefix (a re-imported table) is kept.

    >>> rows = pd.DataFrame({"person_id": ["S7", None, "S7"]})
    >>> with_person(rows, pd.Series(["acme", "beta", "S7:acme"])).tolist()
    ['S7:acme', 'beta', 'S7:acme']
    """
    if PERSON_ID not in rows.columns or not ids.notna().any():
        return ids
    person = rows[PERSON_ID].astype(object)
    prefix = person.where(person.notna(), None).map(lambda p: f"{p}:" if p else "")
    prefixed = pd.Series([i if not p or str(i).startswith(p) else f"{p}{i}"
                          for p, i in zip(prefix, ids, strict=True)],
                         index=ids.index, dtype=object)
    return prefixed.where(ids.notna(), None)


def assign_application_ids(rows: pd.DataFrame) -> pd.DataFrame:
    """Give every counted or duplicate row an application id; fill a missing applied date.

    Ids come from the folded company and role ("acme/data-analyst"), so the same application
    gets the same id in every file; the applied date is added only when one company and role
    has several applied dates (a re-application). A row without an applied date joins the
    latest application applied on or before its event (else the earliest). ``_app`` holds
    an integer code per id (NaN without one) for the steps that group by application.
    """
    key, key_code = application_keys(rows)
    kept = rows[ROW_STATUS] != "skipped"
    derive = rows[APPLICATION_ID].isna() & kept
    dates = rows[APPLIED_DATE].where(derive)
    several = derive & (dates.groupby(key_code).transform("nunique") > 1)
    chosen = rows[APPLIED_DATE].copy()
    missing = several & chosen.isna()
    if missing.any():
        chosen[missing] = applied_before(key, dates, rows[EVENT_DATE], missing)
    derived = key.copy()
    if several.any():  # (pandas 3.0.0 cannot join strings onto an empty, null-typed column)
        stamps = chosen[several].dt.strftime("%Y-%m-%d").fillna("").astype("string")
        derived[several] = key[several].astype("string") + "@" + stamps
    given = with_person(rows, rows[APPLICATION_ID])  # a shared "Job ID" is not one application
    ids = given.where(~derive, derived).where(kept, None)
    ids = ids.where(ids.fillna("") != "", None)
    codes = pd.factorize(ids, use_na_sentinel=True)[0]
    rows = rows.assign(**{APPLICATION_ID: ids},
                       _app=pd.Series(codes, index=rows.index).where(codes >= 0))
    rows.loc[several & rows[APPLIED_DATE].isna(), APPLIED_DATE] = chosen
    return lend_applied_dates(rows)


def lend_applied_dates(rows: pd.DataFrame) -> pd.DataFrame:
    """Give rows without an applied date their application's, when its rows agree on one.

    That is how a LinkedIn export's date reaches your own interview rows.
    """
    by_app = rows.groupby("_app")[APPLIED_DATE]
    single = by_app.transform("nunique") == 1
    filled = rows[APPLIED_DATE].fillna(by_app.transform("first").where(single))
    return rows.assign(**{APPLIED_DATE: filled})


def applied_before(
    key: pd.Series, applied: pd.Series, events: pd.Series, rows: pd.Series
) -> pd.Series:
    """For ``rows``: the latest applied date of their key on or before their event, else the
    earliest applied date of their key."""
    options = (
        pd.DataFrame({"key": key, "applied": applied}).dropna().drop_duplicates()
        .sort_values("applied")
    )
    wanted = pd.DataFrame({"key": key[rows], "event": events[rows]})
    earliest = wanted["key"].map(options.groupby("key")["applied"].min())
    dated = wanted.dropna(subset=["event"]).reset_index(names="_i").sort_values("event")
    if len(dated):
        found = pd.merge_asof(
            dated, options, left_on="event", right_on="applied", by="key", direction="backward"
        ).set_index("_i")["applied"]
        earliest = found.reindex(earliest.index).fillna(earliest)
    return earliest


def _same_application_note(elsewhere: list[tuple[str, int]]) -> str:
    files = sorted({f for f, _ in elsewhere})
    numbers = ", ".join(str(r) for f, r in elsewhere if f == files[0])
    plural = "rows" if "," in numbers else "row"
    return f"Same application as {plural} {numbers} in {files[0] or 'the other file'}"


def mark_cross_file_duplicates(rows: pd.DataFrame) -> pd.DataFrame:
    """Mark application-only rows of one file as duplicates of another file's interview rows."""
    counted = is_counted(rows)
    interview = counted & rows["_is_interview"]
    if rows[SOURCE_FILE].nunique() < 2 or not interview.any():
        return rows
    where: dict[str, list[tuple[str, int]]] = {}
    for app, file, row in zip(
        rows.loc[interview, APPLICATION_ID], rows.loc[interview, SOURCE_FILE],
        rows.loc[interview, SOURCE_ROW], strict=True,
    ):
        where.setdefault(app, []).append((file, row))
    app_only = counted & ~rows["_is_interview"] & rows[APPLICATION_ID].isin(list(where))
    rows = rows.copy()
    for i in rows.index[app_only]:
        elsewhere = [(f, r) for f, r in where[rows.at[i, APPLICATION_ID]]
                     if f != rows.at[i, SOURCE_FILE]]
        if elsewhere:
            rows.at[i, ROW_STATUS] = "duplicate"
            rows.at[i, "_issue"] = append_note(rows.at[i, "_issue"],
                                               _same_application_note(elsewhere))
    return rows
