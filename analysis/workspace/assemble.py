"""Several saved logs as one canonical table, read the way one merged import reads them."""

from __future__ import annotations

import pandas as pd


def renumber_shared_rounds(table: pd.DataFrame, log_ids: pd.Series) -> pd.DataFrame:
    """Number interviews 1, 2, ... by date across logs, for applications that span several.

    An application kept in one log keeps the rounds its import gave it; one whose interviews
    come from two logs (your sheet and an interview added in the app) is numbered again by
    date, then log order, then the round each log gave.

    >>> t = pd.DataFrame({"application_id": ["a", "a", "b"], "round": [1, 1, 1],
    ...     "event_date": pd.to_datetime(["2026-02-01", "2026-01-01", "2026-01-05"])})
    >>> renumber_shared_rounds(t, pd.Series([1, 2, 1]))["round"].tolist()
    [2, 1, 1]
    """
    apps = table["application_id"]
    logs_per_app = log_ids.groupby(apps.to_numpy()).transform("nunique")
    interview = table["round"].fillna(0).to_numpy() >= 1
    shared = (logs_per_app.to_numpy() > 1) & apps.notna().to_numpy() & interview
    if not shared.any():
        return table
    order = (
        table.loc[shared, ["application_id", "event_date", "round"]]
        .assign(_log=log_ids[shared].to_numpy())
        .sort_values(["application_id", "event_date", "_log", "round"], na_position="last",
                     kind="stable")
    )
    rounds = table["round"].copy()
    rounds.loc[order.index] = order.groupby("application_id").cumcount().to_numpy() + 1
    return table.assign(round=rounds.astype(table["round"].dtype))


def mark_shared_applications(table: pd.DataFrame, log_ids: pd.Series) -> pd.DataFrame:
    """An application-only row of one log whose interviews another log holds is a duplicate.

    This is what a merged import does with a LinkedIn export beside your own sheet: the
    application is counted once, through its interviews.

    >>> t = pd.DataFrame({"application_id": ["a", "a"], "round": [0, 1], "source_row": [2, 5],
    ...     "source_file": ["board.csv", "mine.csv"], "row_status": ["ok", "ok"],
    ...     "row_issue": [None, None]})
    >>> out = mark_shared_applications(t, pd.Series([2, 1]))
    >>> out["row_status"].tolist(), out["row_issue"][0]
    (['duplicate', 'ok'], 'Same application as row 5 in mine.csv')
    """
    interview = (table["round"].fillna(0) >= 1).to_numpy()
    app_only = ((table["round"].fillna(-1) == 0) & (table["row_status"] == "ok")).to_numpy()
    if not (interview.any() and app_only.any()):
        return table
    seen = pd.DataFrame({"app": table["application_id"].to_numpy(), "log": log_ids.to_numpy(),
                         "file": table["source_file"].to_numpy(),
                         "row": table["source_row"].to_numpy()})[interview]
    first = seen.drop_duplicates(["app", "log"])
    logs_with_interviews = first.groupby("app")["log"].size()
    rows = pd.DataFrame({"app": table["application_id"].to_numpy(),
                         "log": log_ids.to_numpy()})[app_only]
    own = pd.MultiIndex.from_frame(rows).isin(pd.MultiIndex.from_frame(first[["app", "log"]]))
    others = rows["app"].map(logs_with_interviews).fillna(0).to_numpy() - own
    shared = rows.index[others > 0]
    if shared.empty:
        return table
    wanted = rows.loc[shared, ["app", "log"]]
    by_app = dict(tuple(seen[seen["app"].isin(set(wanted["app"]))].groupby("app", sort=False)))
    notes = pd.Series([_same_as(by_app[app], log) for app, log in wanted.itertuples(index=False)],
                      index=table.index[shared], dtype=object)
    old = table.loc[notes.index, "row_issue"]
    issue = table["row_issue"].astype(object).copy()
    issue[notes.index] = [n if pd.isna(o) or not o else f"{o}; {n}"
                          for o, n in zip(old, notes, strict=True)]
    status = table["row_status"].astype(object).copy()
    status[notes.index] = "duplicate"
    return table.assign(row_status=status.astype(table["row_status"].dtype),
                        row_issue=issue.astype(table["row_issue"].dtype))


def advance_shared_outcomes(table: pd.DataFrame, log_ids: pd.Series) -> pd.DataFrame:
    """A row with no outcome that a later round (from another log) follows was passed.

    >>> t = pd.DataFrame({"application_id": ["a", "a"], "round": [1, 2],
    ...     "outcome": ["unknown", "rejected"]})
    >>> advance_shared_outcomes(t, pd.Series([1, 2]))["outcome"].tolist()
    ['advanced', 'rejected']
    """
    apps = table["application_id"]
    shared = log_ids.groupby(apps.to_numpy()).transform("nunique").to_numpy() > 1
    last = table["round"].groupby(apps.to_numpy()).transform("max")
    later = (table["round"].fillna(0) < last.fillna(0)).to_numpy()
    fill = shared & later & (table["outcome"] == "unknown").to_numpy()
    if not fill.any():
        return table
    outcome = table["outcome"].astype(object).copy()
    outcome[fill] = "advanced"
    return table.assign(outcome=outcome.astype(table["outcome"].dtype))


def _same_as(interviews: pd.DataFrame, log: int) -> str:
    """The note a merged import gives: "Same application as rows 2, 3 in mine.csv"."""
    mine = interviews[interviews["log"] != log]
    file = sorted(mine["file"].fillna("").astype(str).unique())[0]
    numbers = [str(int(r)) for r in mine.loc[mine["file"].fillna("") == file, "row"]
               if pd.notna(r)]
    if not numbers:
        return f"Same application as its interviews in {file or 'another log'}"
    plural = "rows" if len(numbers) > 1 else "row"
    return f"Same application as {plural} {', '.join(numbers)} in {file or 'another log'}"


def join_logs(table: pd.DataFrame, log_ids: pd.Series) -> pd.DataFrame:
    """Rows of several logs as one table, read as one merged import reads them: shared
    applications renumbered, their missing outcomes derived, and counted once."""
    return (
        table.pipe(renumber_shared_rounds, log_ids)
        .pipe(advance_shared_outcomes, log_ids)
        .pipe(mark_shared_applications, log_ids)
    )
