"""A cohort by programme, with known answers and one small group suppressed (issue 11)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from cohort_log import PLAIN_HEADER as HEADER  # noqa: E402
from cohort_log import PLAIN_MENTIONS as MENTIONS  # noqa: E402
from cohort_log import PLAIN_ROWS as ROWS  # noqa: E402

from analysis import metrics
from analysis.errors import DebriefError
from analysis.normalize import import_log
from analysis.schema import empty_mentions


def csv_bytes(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    return out.getvalue().encode()


@pytest.fixture
def cohort() -> pd.DataFrame:
    """13 students, 15 applications, 4 offers (E3, E6, H5, L1). By hand, per programme:

    - Economics: 6 students, 8 applications, 2 offers; first interviews after any test or
      screen: E1/Acme, E2, E6/Acme dropped, E3 and E6/Gamma passed -> 3 of 5; heard back
      7 of 8 (E4 got no reply).
    - History: 5 students, 5 applications, 1 offer; H1, H2 dropped, H3 (reached a second
      interview) and H5 passed, H4 had only a phone screen -> 2 of 4; heard back 5 of 5.
    - Law: 2 students: fewer than 5, suppressed.
    Old code merged the seven Big Bank rows (one scheme, one day) into one application.
    """
    return import_log(csv_bytes([HEADER, *ROWS]), "cohort.csv").table


@pytest.fixture
def mentions() -> pd.DataFrame:
    frame = pd.DataFrame(
        [(r, t, p, "evidence", ()) for r, t, p in MENTIONS],
        columns=["row", "theme", "polarity", "evidence", "cues"],
    )
    return pd.concat([empty_mentions(), frame]).astype(empty_mentions().dtypes.to_dict())


def test_the_cohort_counts_students_and_keeps_applications_apart(cohort) -> None:
    report = json.loads(json.dumps(metrics.funnel_report(cohort)))
    assert (report["students"], report["applications"], report["offers"]) == (13, 15, 4)
    drop = report["first_round_dropoff"]
    assert (drop["count"], drop["of"]) == (5, 10)


def test_per_programme_figures_and_the_small_group_suppressed(cohort) -> None:
    groups = json.loads(json.dumps(metrics.funnel_report(cohort, by="programme")))["groups"]
    assert list(groups) == ["Economics", "History", "Law"]
    assert groups["Law"] == {"students": "fewer than 5"}
    economics, history = groups["Economics"], groups["History"]
    assert (economics["students"], economics["applications"], economics["offers"]) == (6, 8, 2)
    assert (history["students"], history["applications"], history["offers"]) == (5, 5, 1)
    e_drop, h_drop = economics["first_round_dropoff"], history["first_round_dropoff"]
    assert (e_drop["count"], e_drop["of"]) == (3, 5)
    assert e_drop["ci95"] == pytest.approx([0.2307, 0.8824], abs=1e-4)
    assert (h_drop["count"], h_drop["of"]) == (2, 4)
    assert "first interview after any screens and tests" in e_drop["definition"]
    assert economics["response_rate"] == pytest.approx(7 / 8)
    assert history["response_rate"] == 1.0
    # applied 8; all but E4 (no reply) reached a screen or a test, skipped stages counting
    assert [s["reached"] for s in economics["funnel"]][:3] == [8, 7, 7]


def test_groups_by_the_files_own_header_or_another_column(cohort) -> None:
    by_year = metrics.group_report(cohort, "cohort")
    # 2026: E1-E4, H1-H3, L1, L2 (9 students, 10 applications); 2027: E5, E6, H4, H5 (4)
    assert by_year["2027"] == {"students": "fewer than 5"}
    assert (by_year["2026"]["students"], by_year["2026"]["applications"]) == (9, 10)
    with pytest.raises(DebriefError, match="no group column 'Region'.*'programme', 'cohort'"):
        metrics.group_report(cohort, "Region")


def test_group_frame_leaves_every_figure_of_a_small_group_empty(cohort) -> None:
    frame = metrics.group_frame(cohort, "programme").set_index("group")
    assert frame.loc["Law", "suppressed"]
    assert frame.loc["Law"].drop("suppressed").isna().all()
    assert frame.loc["Economics", ["students", "applications", "offers"]].tolist() == [6, 8, 2]
    assert frame.loc["History", "first_round_pass_rate"] == pytest.approx(0.5)


def test_themes_by_group_are_shares_of_students(cohort, mentions) -> None:
    themes = metrics.themes_by_group(cohort, mentions, "programme")
    shares = {(g, t): (k, n) for g, t, k, n in themes[
        ["group", "theme", "students_with_theme", "students"]].itertuples(index=False)}
    assert shares == {
        ("Economics", "communication"): (1, 6), ("Economics", "preparation"): (1, 6),
        ("Economics", "skills"): (1, 6),
        ("History", "communication"): (3, 5), ("History", "preparation"): (1, 5),
        ("History", "skills"): (0, 5),
    }  # Law (L1's communication note) is under the floor: left out
    gaps = metrics.group_differences(themes)
    assert gaps["theme"].tolist() == ["communication", "skills", "preparation"]
    assert gaps.loc[0, ["high_group", "low_group"]].tolist() == ["History", "Economics"]
    assert gaps.loc[0, "gap"] == pytest.approx(3 / 5 - 1 / 6)


def test_a_personal_log_is_one_student() -> None:
    log = csv_bytes([["Company", "Date", "Stage"], ["Acme", "2026-01-05", "Final"],
                     ["Beta", "2026-01-06", "Phone screen"]])
    table = import_log(log, "mine.csv").table
    assert metrics.funnel_report(table)["students"] == 1


def test_the_grouping_column_is_named_as_in_the_file_or_as_the_field() -> None:
    rows = [[*HEADER, "Region"], *[[*r, "North"] for r in ROWS]]
    result = import_log(csv_bytes(rows), "cohort.csv")
    assert result.by_column("Programme") == "programme"
    assert result.by_column("programme") == "programme"
    assert result.by_column("graduation  YEAR") == "cohort"
    assert result.by_column("Region") == "Region"
    with pytest.raises(DebriefError, match="no column 'Faculty' to group by.*'programme'"):
        result.by_column("Faculty")
    by_region = metrics.group_report(result.table, result.by_column("Region"))
    assert by_region["North"]["students"] == 13
