"""A cohort's log in the app: who is in it, the Cohort page's tables, and a student's view.

A log with more than one person is a cohort (a careers office's export). Everything the
Cohort page shows per group goes through ``analysis.metrics.group_report`` and
``themes_by_group``, which suppress a group of fewer than 5 students: here such a group is
the words "fewer than 5" and empty cells, never a count, rate or chart bar. Each result is
cached on the view's key (every byte, choice and filter behind it) and the grouping field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.export.safe import escape_html
from analysis.figures import TEMPLATE
from analysis.metrics.groups import suppressed
from analysis.present import percent
from analysis.schema import FIELD_LABELS, STAGE_LABELS, STAGES
from ui import state
from ui.state import Loaded, View

FEWER = suppressed()["students"]  # "fewer than 5": all a small group ever shows
KEY_OPEN = "cohort_open_student"  # the "open a student's view" picker
KEY_ROWS = "cohort_students"  # the student table (its selected row opens that student)
KEY_IDS = "_debrief_cohort_ids"  # the person id of each row of the student table


@dataclass(frozen=True)
class CohortInfo:
    """Who a log is about: its students, its group fields with their values, its people."""

    students: int = 1
    groups: dict[str, list[str]] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)

    @property
    def is_cohort(self) -> bool:
        """More than one person: the Cohort page and the group and person filters show."""
        return self.students > 1


def cohort_info(table: pd.DataFrame) -> CohortInfo:
    """Students, group fields (with the values a filter offers) and person ids of a log.

    >>> cohort_info(pd.DataFrame({"company": ["A"], "row_status": ["ok"]})).is_cohort
    False
    """
    from analysis.filters import group_options, people_options
    from analysis.metrics import student_count
    from analysis.schema import group_columns

    students = student_count(table)
    if students <= 1:
        return CohortInfo(students=students)
    groups = {g: group_options(table, g) for g in group_columns(table)}
    return CohortInfo(students=students, groups=groups, people=people_options(table))


def is_cohort(loaded: Loaded) -> bool:
    """Whether a loaded log is a cohort's (several people)."""
    return loaded.cohort is not None and loaded.cohort.is_cohort


def field_label(column: str) -> str:
    """A group field as a person reads it ('Programme / course'); an own column as named."""
    return FIELD_LABELS.get(column, column)


@st.cache_data(show_spinner="Counting the groups...", max_entries=32)
def report_cached(key: str, by: str, _table: pd.DataFrame) -> dict:
    """``group_report`` of a view (``key``: the view's key) by one group field."""
    from analysis.metrics import group_report

    return group_report(_table, by)


def dropoff_cell(drop: dict) -> str:
    """'60% (23–88%)': first-round drop-off with its 95% interval; 'n/a' with no base.

    >>> dropoff_cell({"rate": 0.6, "of": 5, "ci95": [0.2307, 0.8824]})
    '60% (23–88%)'
    """
    if not drop.get("of"):
        return "n/a"
    low, high = drop["ci95"]
    return f"{percent(drop['rate'])} ({low * 100:.0f}–{high:.0%})"


def group_rows(report: dict) -> pd.DataFrame:
    """One row per group, all text: a suppressed group says "fewer than 5" and nothing else."""
    rows = []
    for group, fig in report.items():
        if "applications" not in fig:
            rows.append({"Group": group, "Students": FEWER})
            continue
        drop = fig["first_round_dropoff"]
        rows.append({
            "Group": group, "Students": f"{fig['students']:,}",
            "Applications": f"{fig['applications']:,}", "Offers": f"{fig['offers']:,}",
            "First-round drop-off (95% range)": dropoff_cell(drop),
            "Decided first rounds": f"{drop['of']:,}",
            "Response rate": percent(fig["response_rate"], missing="n/a"),
        })
    columns = ["Group", "Students", "Applications", "Offers",
               "First-round drop-off (95% range)", "Decided first rounds", "Response rate"]
    return pd.DataFrame(rows, columns=columns).fillna("").astype("string")


def funnel_figure(report: dict) -> go.Figure:
    """Applications reaching each stage, one bar per visible group (small groups have none)."""
    fig = go.Figure()
    for group, figures in report.items():
        if "funnel" not in figures:
            continue
        stages = [s for s in figures["funnel"] if s["stage"] in STAGES]
        # Plotly reads a trace name as HTML-like markup (<a href> would be a live link).
        fig.add_bar(name=escape_html(group), x=[STAGE_LABELS[s["stage"]] for s in stages],
                    y=[s["reached"] for s in stages])
    fig.update_layout(template=TEMPLATE, barmode="group", legend_title_text="Group",
                      yaxis_title="Applications reaching the stage", margin={"t": 30})
    return fig


def small_groups(report: dict) -> list[str]:
    """The groups under the anonymity floor, by name."""
    return [g for g, fig in report.items() if "applications" not in fig]


def open_student(person: str) -> None:
    """Filter every page to one student (a callback: it runs before the widgets are drawn)."""
    st.session_state[state.KEY_PEOPLE] = [person]


def on_pick() -> None:
    """The "open a student's view" picker chose someone."""
    person = st.session_state.get(KEY_OPEN)
    if person:
        open_student(person)
        st.session_state[KEY_OPEN] = None


def on_row() -> None:
    """A row of the student table was selected: open that student's view."""
    rows = st.session_state[KEY_ROWS].selection.rows
    ids = st.session_state.get(KEY_IDS, [])
    if rows and rows[0] < len(ids):
        open_student(ids[rows[0]])


def back_to_cohort() -> None:
    """Leave a student's view: the person filter is cleared (a callback)."""
    st.session_state[state.KEY_PEOPLE] = []


def student_links(pages: dict[str, str]) -> None:
    """In a student's view, a link to each page (the filter follows; st.switch_page would
    reset every widget, the upload included)."""
    with st.container(horizontal=True):
        for path, title in pages.items():
            st.page_link(f"pages/{path}.py", label=f"Their {title.removeprefix('Your ')}",
                         icon=":material/person:")


def show_student_banner(view: View) -> None:
    """On every page of a student's view: whose it is, and the way back to the cohort."""
    people = view.filters.people
    if not people:
        return
    from ui.escape import md

    who = ", ".join(md(p) for p in people)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.success(f"Student view: **{who}**. Every page shows only their applications.",
                   icon=":material/person:")
        st.button("Back to the whole cohort", key="back_to_cohort",
                  icon=":material/groups:", on_click=back_to_cohort)


@st.cache_data(show_spinner="Comparing themes across groups...", max_entries=32)
def themes_cached(key: str, by: str, _table: pd.DataFrame,
                  _mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Improvement themes by group (share of students) and the largest gaps, for a view."""
    from analysis.metrics import group_differences, themes_by_group

    themes = themes_by_group(_table, _mentions, by)
    return themes, group_differences(themes)


def theme_rows(themes: pd.DataFrame, small: list[str], label) -> pd.DataFrame:
    """Theme by group as '60% (3 of 5)' of students; a small group's column says "fewer than 5"."""
    cells = themes.assign(cell=[f"{percent(s)} ({k} of {n})" for s, k, n in zip(
        themes["share"], themes["students_with_theme"], themes["students"], strict=True)])
    grid = cells.pivot(index="theme", columns="group", values="cell")
    for group in small:
        grid[group] = FEWER
    grid.index = [label(t) for t in grid.index]
    return grid.rename_axis("Theme").reset_index().astype("string")


def difference_sentences(gaps: pd.DataFrame, label) -> list[str]:
    """Each large gap in words: 'Communication: named by 60% of History students, ...'.

    Plain text (theme and group names come from the log): escape before Markdown.
    """
    return [
        f"{label(g.theme)}: named by {percent(g.high_share)} of {g.high_group} students, "
        f"against {percent(g.low_share)} of {g.low_group} students."
        for g in gaps.itertuples(index=False) if g.gap > 0
    ]


@st.cache_data(show_spinner="Listing the students...", max_entries=16)
def students_cached(key: str, _table: pd.DataFrame, _mentions: pd.DataFrame | None,
                    _labels: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """One row per student of a view (``_mentions`` None: top improvement not yet known)."""
    return student_rows(_table, _mentions, dict(_labels))


def student_rows(table: pd.DataFrame, mentions: pd.DataFrame | None,
                 labels: dict[str, str]) -> pd.DataFrame:
    """Per student: applications, furthest stage, offers and most named improvement theme."""
    from analysis.metrics import applications_frame, tag_context
    from analysis.schema import PERSON_ID, person_key

    apps = applications_frame(table)
    order = {s: i for i, s in enumerate(STAGES)}
    apps = apps.assign(depth=apps["furthest_stage"].map(order).fillna(-1),
                       offer=apps["final_outcome"] == "offer")
    per = apps.groupby(PERSON_ID).agg(applications=("depth", "size"),
                                      depth=("depth", "max"), offers=("offer", "sum"))
    furthest = per["depth"].map({i: STAGE_LABELS[s] for s, i in order.items()})
    top = pd.Series(dtype="string")
    if mentions is not None:
        context = tag_context(table, mentions)
        context = context[context["polarity"] == "improvement"]
        who = person_key(table).reindex(context["row"]).to_numpy()
        counts = context.assign(person=who).groupby(["person", "theme"]).size()
        if len(counts):
            best = counts.reset_index(name="n").sort_values(["person", "n", "theme"],
                                                            ascending=[True, False, True])
            top = best.drop_duplicates("person").set_index("person")["theme"].map(
                lambda t: labels.get(t, t))
    return pd.DataFrame({
        "Student": per.index.astype("string"), "Applications": per["applications"].to_numpy(),
        "Furthest stage": furthest.fillna("Not recorded").to_numpy(),
        "Offers": per["offers"].astype("int64").to_numpy(),
        "Top improvement": top.reindex(per.index).fillna("").to_numpy(),
    })
