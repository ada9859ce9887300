"""A cohort by group (programme, cohort, school, adviser, or any column): the adviser's view.

Every figure that describes fewer than ``ANONYMITY_FLOOR`` students is suppressed: such a
group is ``{"students": "fewer than 5"}`` and nothing else, and themes leave it out.
Students are the distinct ``person_id`` values among counted rows (a personal log is one
person's); an application belongs to the group its rows (else its student) name.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.errors import DebriefError
from analysis.metrics.applications import applications_frame
from analysis.metrics.funnel import dropoff_definition, dropoff_of, funnel_of
from analysis.metrics.intervals import rate, wilson_interval
from analysis.metrics.themes import tag_context
from analysis.schema import (
    APPLICATION_ID,
    CANONICAL_COLUMNS,
    NOT_RECORDED,
    POLARITY,
    STAGE,
    THEME,
    counted_rows,
    extra_columns,
    group_columns,
    group_values,
    person_key,
)

ANONYMITY_FLOOR = 5


def suppressed(floor: int = ANONYMITY_FLOOR) -> dict[str, str]:
    """Return what a group under the anonymity floor shows: its size, in words only.

    >>> suppressed()
    {'students': 'fewer than 5'}
    """
    return {"students": f"fewer than {floor}"}


def check_group_column(table: pd.DataFrame, by: str) -> None:
    """Refuse a grouping column the table does not have, naming the ones it does."""
    if by in table.columns and by not in CANONICAL_COLUMNS:
        return
    options = [*group_columns(table), *extra_columns(table)]
    have = ", ".join(f"'{c}'" for c in options) or "none"
    raise DebriefError(
        f"The log has no group column '{by}' to group by; its group and own columns are: "
        f"{have}."
    )


def student_count(table: pd.DataFrame) -> int:
    """Return the number of students among counted rows (1 for a personal log with rows).

    >>> from analysis.schema import conform_table
    >>> student_count(conform_table(pd.DataFrame({"company": ["A"], "row_status": ["ok"]})))
    1
    """
    return int(person_key(counted_rows(table)).nunique())


def application_groups(table: pd.DataFrame, apps: pd.DataFrame, by: str) -> pd.Series:
    """Return the group of each application of ``apps`` (aligned with its rows)."""
    rows = counted_rows(table)
    per_app = group_values(rows, by).groupby(rows[APPLICATION_ID].astype("string")).first()
    return apps[APPLICATION_ID].map(per_app).fillna(NOT_RECORDED).astype("string")


def group_figures(
    apps: pd.DataFrame, students: int, screens_as_round: bool = False
) -> dict[str, Any]:
    """Return one group's figures from its applications (students counted by the caller)."""
    funnel = funnel_of(apps)
    responses = int(apps["replied"].sum())
    return {
        "students": students,
        "applications": len(apps),
        "offers": int((apps["final_outcome"] == "offer").sum()),
        "first_round_dropoff": {**dropoff_of(apps),
                                "definition": dropoff_definition(screens_as_round)},
        "responses": responses,
        "response_rate": rate(responses, len(apps)),
        "funnel": [{STAGE: s, "reached": int(n)}
                   for s, n in funnel[[STAGE, "reached"]].itertuples(index=False)],
    }


def students_by_group(table: pd.DataFrame, by: str) -> pd.Series:
    """Return the number of students in each group (all groups, the floor not applied)."""
    rows = counted_rows(table)
    return person_key(rows).groupby(group_values(rows, by)).nunique().sort_index()


def group_report(
    table: pd.DataFrame, by: str, *, floor: int = ANONYMITY_FLOOR,
    screens_as_round: bool = False,
) -> dict[str, dict[str, Any]]:
    """Per group: students, applications, offers, funnel, first-round drop-off, responses.

    Keys are the group values as text ("Not recorded" for rows without one), sorted; a
    group with fewer than ``floor`` students is ``{"students": "fewer than 5"}`` only.
    """
    check_group_column(table, by)
    apps = applications_frame(table, screens_as_round=screens_as_round)
    groups = application_groups(table, apps, by)
    out: dict[str, dict[str, Any]] = {}
    for value, students in students_by_group(table, by).items():
        if students < floor:
            out[str(value)] = suppressed(floor)
        else:
            part = apps[(groups == value).to_numpy()]
            out[str(value)] = group_figures(part, int(students), screens_as_round)
    return out


def group_frame(
    table: pd.DataFrame, by: str, *, floor: int = ANONYMITY_FLOOR,
    screens_as_round: bool = False,
) -> pd.DataFrame:
    """``group_report`` as one row per group, for tables and sheets.

    Columns: group, students (NA when suppressed), suppressed, applications, offers,
    first_round_passed, first_round_decided, first_round_pass_rate, ci_low, ci_high,
    response_rate; every figure of a suppressed group is NA.
    """
    rows = []
    for value, fig in group_report(table, by, floor=floor,
                                   screens_as_round=screens_as_round).items():
        if "applications" not in fig:
            rows.append({"group": value, "suppressed": True})
            continue
        drop = fig["first_round_dropoff"]
        passed, of = drop["of"] - drop["count"], drop["of"]
        low, high = wilson_interval(passed, of)
        rows.append({"group": value, "students": fig["students"], "suppressed": False,
                     "applications": fig["applications"], "offers": fig["offers"],
                     "first_round_passed": passed, "first_round_decided": of,
                     "first_round_pass_rate": rate(passed, of), "ci_low": low, "ci_high": high,
                     "response_rate": fig["response_rate"]})
    columns = ["group", "students", "suppressed", "applications", "offers",
               "first_round_passed", "first_round_decided", "first_round_pass_rate", "ci_low",
               "ci_high", "response_rate"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({"group": "string", "students": "Int64", "suppressed": "bool",
                         "applications": "Int64", "offers": "Int64",
                         "first_round_passed": "Int64", "first_round_decided": "Int64",
                         "first_round_pass_rate": "float64", "ci_low": "float64",
                         "ci_high": "float64", "response_rate": "float64"})


def themes_by_group(
    table: pd.DataFrame, mentions: pd.DataFrame, by: str, *,
    polarity: str = "improvement", floor: int = ANONYMITY_FLOOR,
) -> pd.DataFrame:
    """Share of each group's students whose feedback names each theme (not of mentions).

    One row per visible group (``floor`` students or more) and theme mentioned anywhere, zeros
    included. Columns: group, theme, students_with_theme, students, share.
    """
    check_group_column(table, by)
    rows = counted_rows(table)
    sizes = students_by_group(table, by)
    visible = sizes[sizes >= floor]
    context = tag_context(table, mentions)
    context = context[context[POLARITY] == polarity]
    named = pd.DataFrame({
        "group": group_values(rows, by).reindex(context["row"]).to_numpy(),
        THEME: context[THEME].astype("string").to_numpy(),
        "person": person_key(rows).reindex(context["row"]).to_numpy(),
    })
    counts = named.groupby(["group", THEME]).person.nunique()
    themes = sorted(named[THEME].dropna().unique())
    grid = pd.MultiIndex.from_product([list(visible.index), themes], names=["group", THEME])
    out = counts.reindex(grid, fill_value=0).rename("students_with_theme").reset_index()
    out["students"] = out["group"].map(visible).astype("int64")
    out["share"] = out["students_with_theme"] / out["students"]
    return out.astype({"group": "string", THEME: "string", "students_with_theme": "int64"})


def group_differences(themes: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The themes whose share of students differs most between groups (two groups or more).

    Columns: theme, high_group, high_share, low_group, low_share, gap; largest gap first.
    """
    columns = ["theme", "high_group", "high_share", "low_group", "low_share", "gap"]
    if themes["group"].nunique() < 2:
        return pd.DataFrame(columns=columns)
    rows = []
    for theme, part in themes.groupby(THEME, sort=True):
        ranked = part.sort_values(["share", "group"], ascending=[False, True])
        high, low = ranked.iloc[0], ranked.iloc[-1]
        rows.append([theme, high["group"], high["share"], low["group"], low["share"],
                     high["share"] - low["share"]])
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["gap", "theme"], ascending=[False, True]).head(n).reset_index(
        drop=True)

