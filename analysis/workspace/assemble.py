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
    """
    interview = table["round"].fillna(0) >= 1
    app_only = (table["round"].fillna(-1) == 0) & (table["row_status"] == "ok")
    if not (interview.any() and app_only.any()):
        return table
    seen = pd.DataFrame({"app": table["application_id"], "log": log_ids,
                         "file": table["source_file"]})[interview.to_numpy()]
    per_app = seen.groupby("app")["log"].agg(set)
    first_file = seen.drop_duplicates(["app", "log"]).set_index(["app", "log"])["file"]
    status, issue = table["row_status"].copy(), table["row_issue"].copy()
    for i in table.index[app_only]:
        app, log = table.at[i, "application_id"], log_ids.at[i]
        others = sorted(per_app.get(app, set()) - {log})
        if not others:
            continue
        where = first_file.get((app, others[0]))
        note = f"Same application as its interviews saved from {where or 'another log'}"
        status.at[i] = "duplicate"
        old = issue.at[i]
        issue.at[i] = note if pd.isna(old) or not old else f"{old}; {note}"
    return table.assign(row_status=status.astype(table["row_status"].dtype),
                        row_issue=issue.astype(table["row_issue"].dtype))


def join_logs(table: pd.DataFrame, log_ids: pd.Series) -> pd.DataFrame:
    """Rows of several logs as one table: shared applications renumbered and counted once."""
    return table.pipe(renumber_shared_rounds, log_ids).pipe(mark_shared_applications, log_ids)
