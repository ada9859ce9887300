"""The Cohort page, the group and person filters and a student's view (issue 11), on a
13-student cohort log with answers computed by hand; and a personal log that looks as before.
"""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
import pytest
from appdriver import (
    PAGES,
    UPLOAD_CSV,
    assert_clean,
    metric,
    plain,
    run_app,
    texts,
    upload,
)
from cohort_log import PLAIN_HEADER as HEADER  # noqa: E402
from cohort_log import PLAIN_MENTIONS as MENTIONS  # noqa: E402
from cohort_log import PLAIN_ROWS as ROWS  # noqa: E402

from ui import cohort, frame, state
from ui.escape import md


@pytest.fixture(autouse=True)
def hand_tagger(monkeypatch):
    """The app tags with the mentions above (the tagger itself is tested elsewhere)."""
    from analysis.schema import empty_mentions
    from ui import tagging

    def tag(table, *args, **kwargs):
        frame = pd.DataFrame([(r, t, p, "evidence", ()) for r, t, p in MENTIONS],
                             columns=["row", "theme", "polarity", "evidence", "cues"])
        frame = frame[frame["row"].isin(table.index)]
        return pd.concat([empty_mentions(), frame]).astype(empty_mentions().dtypes.to_dict())

    monkeypatch.setattr(tagging, "tag_with_progress", tag)


def cohort_csv() -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [["" if v is None else v for v in row] for row in [HEADER, *ROWS]])
    return out.getvalue().encode()


def open_cohort():
    at = upload(run_app(), ("cohort.csv", cohort_csv()))
    at.switch_page("pages/cohort.py").run()
    assert_clean(at)
    return at


def page_text(at) -> str:
    """Every string the main area shows: text, tables' cells, chart traces."""
    parts = [str(e.value) for kind in ("markdown", "caption", "info", "success", "title",
                                       "subheader", "error", "warning")
             for e in getattr(at.main, kind)]
    parts += [df.value.to_csv(index=False) for df in at.main.dataframe]
    parts += [str(m.value) for m in at.main.metric]
    return "\n".join(parts)


def test_the_cohort_page_shows_each_group_and_suppresses_the_small_one():
    at = open_cohort()
    assert at.title[0].value == "Cohort"
    groups = at.main.dataframe[0].value.set_index("Group")
    assert groups.loc["Economics", ["Students", "Applications", "Offers"]].tolist() == [
        "6", "8", "2"]
    assert groups.loc["History", ["Students", "Applications", "Offers"]].tolist() == [
        "5", "5", "1"]
    assert groups.loc["Economics", "First-round drop-off (95% range)"] == "60% (23–88%)"
    assert groups.loc["History", "First-round drop-off (95% range)"] == "50% (15–85%)"
    assert groups.loc["Economics", "Response rate"] == "88%"
    assert groups.loc["Law"].tolist() == ["fewer than 5", "", "", "", "", ""]
    chart = at.main.get("plotly_chart")[0].proto.spec
    assert '"name":"Economics"' in chart.replace(" ", "") and '"Law"' not in chart


def shown_cells(at, group: str) -> list[str]:
    """Every table cell in the row or the column of ``group``, on the open tab."""
    cells = []
    for table in (df.value for df in at.main.dataframe):
        if group in table.columns:
            cells += table[group].tolist()
        for column in ("Group", "Theme"):
            if column in table.columns:
                cells += [str(v) for v in table[table[column] == group].to_numpy().ravel()]
    return cells


def test_the_small_groups_numbers_appear_nowhere_on_the_page():
    """Law's 2 students, 2 applications, 1 offer and 100% response show on no tab or chart."""
    at = open_cohort()
    for tab in ("Groups", "Themes by group"):
        at.session_state["cohort_tab"] = tab
        at.run()
        assert_clean(at)
        assert set(shown_cells(at, "Law")) - {"Law", ""} == {"fewer than 5"}, tab
        lines = [line for line in page_text(at).splitlines() if "Law" in line]
        assert all(not re.search(r"\d", line.replace("fewer than 5", "")) for line in lines)
        for chart in at.main.get("plotly_chart"):
            assert '"Law"' not in chart.proto.spec


def test_themes_by_group_are_shares_of_students_with_the_gap_in_words():
    at = open_cohort()
    at.session_state["cohort_tab"] = "Themes by group"
    at.run()
    assert_clean(at)
    shares = at.main.dataframe[0].value.set_index("Theme")
    assert set(shares["Law"]) == {"fewer than 5"}
    text = page_text(at)
    assert "of History students" in text and "of Law students" not in text
    assert shares.loc["Clear & concise communication", "History"] == "60% (3 of 5)"
    assert shares.loc["Clear & concise communication", "Economics"] == "17% (1 of 6)"
    assert shares.loc["Skills", "History"] == "0% (0 of 5)"
    assert plain(text).splitlines()[0] == (
        "- Clear & concise communication: named by 60% of History students, against 17% of "
        "Economics students.")


def test_a_student_opens_their_own_view_of_every_page_and_goes_back():
    at = open_cohort()
    at.session_state["cohort_tab"] = "Students"
    at.run()
    students = at.main.dataframe[0].value.set_index("Student")
    assert students.loc["E1", ["Applications", "Offers"]].tolist() == [2, 0]
    assert students.loc["E6", ["Applications", "Furthest stage", "Offers"]].tolist() == [
        2, "Offer", 1]
    assert students.loc["E5", "Furthest stage"] == "Assessment"
    assert students.loc["H4", "Furthest stage"] == "Screen"
    assert students.loc["E1", "Top improvement"] == "Preparation & examples"  # tie: by id
    assert students.loc["H1", "Top improvement"] == "Clear & concise communication"
    at.main.selectbox(key=cohort.KEY_OPEN).select("E1").run()
    assert_clean(at)
    assert at.main.dataframe[0].value["Student"].tolist() == ["E1"]
    assert [link.label for link in at.main.get("page_link")][:2] == [
        "Their Overview", "Their Funnel"]
    at.switch_page("pages/overview.py").run()
    assert metric(at, "Applications") == "2"
    assert metric(at, "Offers") == "0"
    assert 'Showing 2 of 15 applications (student "E1").' in texts(at, "info")
    for page in PAGES:
        at.switch_page(page).run()
        assert_clean(at)
        assert any(t.startswith("Student view: **E1**.") for t in texts(at, "success")), page
    at.switch_page("pages/overview.py").run()
    at.button(key="back_to_cohort").click().run()
    assert metric(at, "Applications") == "15"
    assert not texts(at, "success")


def test_the_group_filter_narrows_every_page_and_says_so():
    at = upload(run_app(), ("cohort.csv", cohort_csv()))
    assert at.sidebar.selectbox(key=state.KEY_GROUP_BY).value == "programme"
    at.sidebar.multiselect(key=state.KEY_GROUPS).select("History").run()
    assert_clean(at)
    assert metric(at, "Applications") == "5"
    note = 'Showing 5 of 15 applications (programme / course is "History").'
    assert note in texts(at, "info")


def test_a_personal_log_has_no_cohort_page_and_no_group_filters():
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    assert_clean(at)
    keys = {w.key for kind in ("selectbox", "multiselect") for w in getattr(at.sidebar, kind)}
    assert not keys & {state.KEY_GROUP_BY, state.KEY_GROUPS, state.KEY_PEOPLE}
    assert not cohort.is_cohort(at.session_state[state.KEY_LOADED])
    assert list(frame.navigation_pages(cohort=False)) == [p for p, _ in frame.PAGES]
    assert "cohort" in frame.navigation_pages(cohort=True)


def test_group_names_from_the_log_are_shown_as_text():
    """A programme named like a link, an image or a formula stays those characters."""
    hostile = {"History": '<a href="http://host/x">H</a>', "Economics": "![p](http://host/p.png)"}
    rows = [[hostile.get(v, v) for v in row] for row in ROWS]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([HEADER, *rows])
    at = upload(run_app(), ("cohort.csv", out.getvalue().encode()))
    at.switch_page("pages/cohort.py").run()
    assert_clean(at)
    chart = at.main.get("plotly_chart")[0].proto.spec
    assert "<a href" not in chart and "&lt;a href" in chart
    assert hostile["Economics"] in at.main.dataframe[0].value["Group"].tolist()
    at.session_state["cohort_tab"] = "Themes by group"
    at.run()
    said = "\n".join(e.value for e in at.main.markdown)
    assert md(hostile["History"]) in said and md(hostile["Economics"]) in said
    assert not re.search(r"(?<!\\)(\]\(|<a )", said)  # no unescaped link or tag
