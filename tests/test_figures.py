"""Figure builders: the right traces, the hand-computed values, the shared colours."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis import figures, metrics
from analysis.codebook import load_codebook
from analysis.schema import empty_mentions, empty_table


@pytest.fixture
def context(small_log, small_mentions):
    return metrics.tag_context(small_log, small_mentions)


def all_figures(table, mentions):
    context = metrics.tag_context(table, mentions)
    return [
        figures.funnel_figure(table),
        figures.conversion_figure(table),
        figures.outcome_sankey(table),
        figures.dropoff_trend_figure(table),
        figures.theme_frequency_figure(context),
        figures.theme_round_heatmap(context),
        figures.theme_trend_figure(context),
        figures.generic_share_figure(table, mentions),
    ]


def test_polarity_colours_are_one_distinct_pair():
    assert set(figures.POLARITY_COLORS) == {"strength", "improvement"}
    assert figures.POLARITY_COLORS["strength"] != figures.POLARITY_COLORS["improvement"]


def test_every_figure_has_a_title_a_transparent_background_and_serialises(
    small_log, small_mentions
):
    for fig in all_figures(small_log, small_mentions):
        assert isinstance(fig, go.Figure)
        assert fig.data, fig.layout.title.text
        assert fig.layout.title.text
        layout = fig.layout.template.layout
        assert layout.paper_bgcolor == "rgba(0,0,0,0)"
        assert layout.plot_bgcolor == "rgba(0,0,0,0)"
        json.loads(fig.to_json())


def test_empty_data_says_no_data_yet():
    for fig in all_figures(empty_table(), empty_mentions()):
        assert not fig.data
        assert [a.text for a in fig.layout.annotations] == ["No data yet"]


def test_funnel_figure_shows_the_stage_counts(small_log):
    fig = figures.funnel_figure(small_log)
    trace = fig.data[0]
    assert trace.type == "funnel"
    assert list(trace.y) == ["Applied", "Screen", "First round", "Second round", "Final round",
                             "Offer"]
    assert list(trace.x) == [5, 3, 3, 1, 1, 1]
    assert trace.hovertext[1] == "3 applications reached screen (60% of all)"


def test_conversion_figure_has_wilson_whiskers_and_flags_small_n(small_log):
    fig = figures.conversion_figure(small_log)
    bar = fig.data[0]
    assert bar.x[2] == "First round →<br>Second round<br><b>n=3</b>"
    assert bar.y[2] == pytest.approx(1 / 3)
    # Whiskers reach the Wilson bounds for 1 of 3: 6.1% to 79.2%.
    assert bar.y[2] - bar.error_y.arrayminus[2] == pytest.approx(0.0615, abs=1e-4)
    assert bar.y[2] + bar.error_y.array[2] == pytest.approx(0.7923, abs=1e-4)
    assert "1 of 3 applications moved on (33%)" in bar.hovertext[2]
    assert "95% range: 6% to 79%" in bar.hovertext[2]
    # Every step here has fewer than 10 applications: all striped, and the subtitle says why.
    assert set(bar.marker.pattern.shape) == {"/"}
    assert "fewer than 10" in fig.layout.title.subtitle.text
    assert fig.layout.yaxis.title.text == "Share that moved on"


def test_conversion_figure_does_not_flag_large_n(small_log):
    many = pd.concat(
        [small_log.assign(application_id=small_log["application_id"] + f"-{i}")
         for i in range(3)],
        ignore_index=True,
    )
    bar = figures.conversion_figure(many).data[0]
    # applied 15 -> screen 9 -> first 9 -> second 3: only the first two steps have n >= 10.
    assert list(bar.marker.pattern.shape) == ["", "/", "/", "/", "/"]


def test_outcome_sankey_flows_from_stages_to_outcomes(small_log):
    trace = figures.outcome_sankey(small_log).data[0]
    labels = list(trace.node.label)
    flows = {
        (labels[s], labels[t]): v
        for s, t, v in zip(trace.link.source, trace.link.target, trace.link.value, strict=True)
    }
    assert flows == {
        ("Applied", "Screen"): 3,
        ("Screen", "First round"): 3,
        ("First round", "Second round"): 1,
        ("Second round", "Final round"): 1,
        ("Applied", "Rejected"): 1,  # A5
        ("Applied", "Ghosted"): 1,  # A4
        ("First round", "Rejected"): 2,  # A1, A2
        ("Final round", "Offer"): 1,  # A3
    }
    offer = labels.index("Offer")
    assert trace.node.color[offer] == figures.OUTCOME_COLORS["offer"]


def test_dropoff_trend_figure_has_one_line_per_first_round_type(small_log):
    fig = figures.dropoff_trend_figure(small_log)
    by_name = {t.name: t for t in fig.data}
    assert set(by_name) == {"First round was a screen", "First round was an interview"}
    interview = by_name["First round was an interview"]
    assert list(interview.y) == [1.0]
    assert "1 of 1 application stopped after round 1 (100%)" in interview.hovertext[0]
    # A1 (January) ended at the interview after its screen; A3 (February) went on.
    assert list(by_name["First round was a screen"].y) == [1.0, 0.0]


def test_theme_frequency_figure_uses_the_polarity_colours_and_labels(context):
    fig = figures.theme_frequency_figure(context)
    by_name = {t.name: t for t in fig.data}
    assert set(by_name) == {"Strength", "Improvement"}
    assert by_name["Strength"].marker.color == figures.POLARITY_COLORS["strength"]
    assert by_name["Improvement"].marker.color == figures.POLARITY_COLORS["improvement"]
    improvement = dict(zip(by_name["Improvement"].y, by_name["Improvement"].x, strict=True))
    assert improvement == {
        "Clear & concise communication": 2, "Preparation & examples": 1, "Generic fit": 1,
    }
    hover = list(by_name["Improvement"].customdata[:, 0])
    assert ("Clear & concise communication<br>Improvement: 2 mentions in 2 applications"
            in hover)
    assert fig.layout.xaxis.title.text == "Mentions"


def test_theme_round_heatmap_counts_improvements_by_round(context):
    trace = figures.theme_round_heatmap(context).data[0]
    assert trace.type == "heatmap"
    assert list(trace.x) == ["Round 1", "Round 2", "Round 3+"]  # empty extra buckets hidden
    grid = dict(zip(trace.y, (list(row) for row in trace.z), strict=True))
    # Zero cells are gaps (None) with no text, so only real counts draw the eye.
    assert grid == {
        "Clear & concise communication": [None, 2, None],
        "Generic fit": [1, None, None],
        "Preparation & examples": [None, 1, None],
    }
    assert list(trace.text[0]) == ["", "2", ""]
    assert "Clear & concise communication, Round 2: 2 improvement mentions" in trace.hovertext[0]
    assert trace.colorscale[-1][1] == figures.POLARITY_COLORS["improvement"]


def test_theme_trend_figure_fills_quiet_months_with_zero(context):
    fig = figures.theme_trend_figure(context)
    lines = {(t.name, t.customdata[0][0].split(",")[0]): list(t.y) for t in fig.data}
    # Communication: improvement Jan 1, Feb 1; strength Jan 0, Feb 1.
    assert lines[("Improvement", "Clear & concise communication")] == [1, 1]
    assert lines[("Strength", "Clear & concise communication")] == [0, 1]
    assert lines[("Strength", "Attitude")] == [1, 0]
    colours = {t.name: t.line.color for t in fig.data}
    assert colours == {
        "Strength": figures.POLARITY_COLORS["strength"],
        "Improvement": figures.POLARITY_COLORS["improvement"],
    }
    facet_titles = {a.text for a in fig.layout.annotations}
    assert "Generic fit" in facet_titles and "label=Generic fit" not in facet_titles


def test_generic_share_figure(small_log, small_mentions):
    bar = figures.generic_share_figure(small_log, small_mentions, load_codebook()).data[0]
    assert list(bar.y) == ["Interviewer / employer", "Recruiter / third party"]
    assert list(bar.x) == [0.25, 0.0]
    assert bar.text[0] == "1 of 4"
    assert "1 of 4 notes said nothing specific (25%)" in bar.hovertext[0]


def test_codebook_labels_are_used(context, tmp_path):
    custom = tmp_path / "themes.toml"
    custom.write_text('[themes.themes.communication]\nlabel = "Talking"\n', encoding="utf-8")
    book = load_codebook(custom)
    fig = figures.theme_frequency_figure(context, book)
    assert "Talking" in {y for t in fig.data for y in t.y}


def test_theme_trend_small_charts_fill_rows_from_the_top_left(context):
    fig = figures.theme_trend_figure(context)
    titles = [a.text for a in fig.layout.annotations]
    n = len(titles)
    assert n == 5 and len(fig.data) == 2 * n  # a strength and an improvement line each
    # 5 charts, 3 a row: 3 on top, 2 below from the left, and no empty axes beside them.
    axes = {name for name in fig.layout.to_plotly_json() if name.startswith("xaxis")}
    assert axes == {"xaxis", "xaxis2", "xaxis4", "xaxis5", "xaxis6"}
    assert titles[0] == "Attitude"  # codebook order, first chart top left
    assert fig.layout.annotations[0].y == pytest.approx(1.0)
    assert fig.layout.xaxis.title.text == "Month" and fig.layout.yaxis.title.text == "Mentions"
    # Month labels under the lowest chart of each column (the top right has nothing below).
    shown = {name: fig.layout[name].showticklabels for name in axes}
    assert shown == {"xaxis": True, "xaxis2": True, "xaxis4": False, "xaxis5": False,
                     "xaxis6": True}
    # The legend lists each polarity once.
    assert sorted(t.name for t in fig.data if t.showlegend) == ["Improvement", "Strength"]


# ----------------------------------------------------------------------------- small numbers


def _axis_top(axis) -> float:
    return max(axis.range) if axis.range else 1.0


def test_small_denominators_are_counts_not_bare_percentages(small_log, small_mentions):
    # Every conversion step of small_log has fewer than 10 applications: "1 of 3", not "33%".
    bar = figures.conversion_figure(small_log).data[0]
    assert bar.text[2] == "1 of 3"
    share = figures.generic_share_figure(small_log, small_mentions, load_codebook()).data[0]
    assert share.text[0] == "1 of 4"


def test_large_denominators_keep_their_percentage(small_log):
    many = pd.concat(
        [small_log.assign(application_id=small_log["application_id"] + f"-{i}")
         for i in range(3)],
        ignore_index=True,
    )
    bar = figures.conversion_figure(many).data[0]
    assert bar.text[0] == "60%"  # applied 15 -> screen 9


def test_no_rate_axis_runs_past_100_percent(small_log, small_mentions):
    for fig in (figures.conversion_figure(small_log), figures.dropoff_trend_figure(small_log)):
        assert _axis_top(fig.layout.yaxis) <= 1.0
        assert min(fig.layout.yaxis.range) >= 0
    share = figures.generic_share_figure(small_log, small_mentions, load_codebook())
    assert _axis_top(share.layout.xaxis) <= 1.0


def test_no_trend_line_through_one_or_two_points(small_log, context):
    # small_log spans two months of applications and of feedback: points, never a line.
    for fig in (figures.dropoff_trend_figure(small_log), figures.theme_trend_figure(context)):
        assert fig.data
        assert all("lines" not in trace.mode for trace in fig.data)


def test_a_trend_of_three_months_is_drawn_as_a_line(small_log):
    later = small_log.assign(
        application_id=small_log["application_id"] + "-m",
        applied_date=pd.to_datetime(small_log["applied_date"]) + pd.DateOffset(months=2),
        event_date=pd.to_datetime(small_log["event_date"]) + pd.DateOffset(months=2),
    )
    fig = figures.dropoff_trend_figure(pd.concat([small_log, later], ignore_index=True))
    assert any("lines" in trace.mode for trace in fig.data)


def test_funnel_of_fewer_than_ten_applications_shows_counts_not_percentages():
    """Three applications that all reached a first round: "3 of 3", never "3 (100%)"."""
    from analysis.schema import conform_table

    table = conform_table(pd.DataFrame({
        "application_id": ["A", "B", "C"], "company": ["Co A", "Co B", "Co C"],
        "role": ["Analyst"] * 3, "applied_date": pd.to_datetime(["2026-01-05"] * 3),
        "event_date": pd.to_datetime(["2026-01-12"] * 3), "stage": ["first_round"] * 3,
        "round": [1, 1, 1], "outcome": ["rejected"] * 3, "practice": [False] * 3,
        "source_row": [2, 3, 4], "row_status": ["ok"] * 3, "source_file": ["log.csv"] * 3,
    }))
    (trace,) = figures.funnel_figure(table).data
    assert trace.text[0] == "3 of 3" and not any("%" in t for t in trace.text)
    assert trace.hovertext[0] == "3 applications reached applied (100% of all)"  # with its count
