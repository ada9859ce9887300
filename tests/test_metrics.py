"""Metrics on small hand-computed logs (answers worked out in conftest docstrings and below)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import metrics
from analysis.codebook import load_codebook
from analysis.schema import OPTIONAL_STAGES, STAGES, conform_table, empty_mentions, empty_table

LOG_COLUMNS = ["application_id", "company", "applied_date", "event_date", "stage", "round",
               "outcome"]


def make_log(rows: list[tuple]) -> pd.DataFrame:
    """A canonical table from (id, company, applied, event, stage, round, outcome) tuples."""
    frame = pd.DataFrame(rows, columns=LOG_COLUMNS).assign(role="Analyst", row_status="ok")
    return conform_table(frame)


# ----------------------------------------------------------------------------- wilson


@pytest.mark.parametrize(
    ("successes", "trials", "expected"),
    [
        (1, 3, (0.0615, 0.7923)),
        (0, 10, (0.0, 0.2775)),
        (10, 10, (0.7225, 1.0)),
        (5, 10, (0.2366, 0.7634)),
        (81, 263, (0.2553, 0.3662)),  # Wilson's textbook example (Newcombe 1998)
    ],
)
def test_wilson_interval_matches_known_values(successes, trials, expected):
    low, high = metrics.wilson_interval(successes, trials)
    assert (round(low, 4), round(high, 4)) == expected


def test_wilson_interval_with_no_trials_says_anything_is_possible():
    assert metrics.wilson_interval(0, 0) == (0.0, 1.0)


def test_wilson_interval_rejects_impossible_counts():
    with pytest.raises(ValueError):
        metrics.wilson_interval(4, 3)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 500).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_interval_contains_the_observed_rate(pair):
    successes, trials = pair
    low, high = metrics.wilson_interval(successes, trials)
    assert 0.0 <= low <= high <= 1.0
    if trials:
        assert low <= successes / trials <= high


# ----------------------------------------------------------------------------- small_log


def test_headline_numbers_on_small_log(small_log):
    head = metrics.headline_numbers(small_log, screens_as_round=True)
    assert head["applications"] == 5
    assert head["interviews"] == 6  # the duplicate of A2's interview does not count
    assert head["interviewed_applications"] == 3
    assert head["offers"] == 1
    # A1, A2, A3 interviewed, A5 rejected: 4 heard back; A4 was ghosted.
    assert head["responses"] == 4
    assert head["response_rate"] == pytest.approx(0.8)
    # A1 and A3 got past round 1, A2 did not.
    assert head["first_round_pass_rate"] == pytest.approx(2 / 3)
    assert head["first_round_pass_ci"] == pytest.approx([0.2077, 0.9385], abs=1e-4)
    assert str(head["period_start"]) == "2026-01-05"
    assert str(head["period_end"]) == "2026-02-20"


def test_funnel_counts_on_small_log_counts_skipped_stages(small_log):
    funnel = metrics.funnel_counts(small_log)
    # no application had a test or assessment centre: the funnel leaves that stage out
    assert funnel["stage"].tolist() == [s for s in STAGES if s not in OPTIONAL_STAGES]
    assert funnel["label"].tolist()[0] == "Applied"
    # A2 skipped the screen and A3 skipped the first round: both still count there.
    assert funnel["reached"].tolist() == [5, 3, 3, 1, 1, 1]


def test_stage_conversion_on_small_log(small_log):
    conv = metrics.stage_conversion(small_log).set_index("from_stage")
    assert conv.loc["applied", "to_stage"] == "screen"
    assert conv.loc["applied", ["entered", "advanced"]].tolist() == [5, 3]
    assert conv.loc["first_round", ["entered", "advanced"]].tolist() == [3, 1]
    assert conv.loc["first_round", "rate"] == pytest.approx(1 / 3)
    assert conv.loc["first_round", ["ci_low", "ci_high"]].tolist() == pytest.approx(
        [0.0615, 0.7923], abs=1e-4
    )
    assert conv.loc["screen", "rate"] == 1.0 and conv.loc["screen", "ci_high"] == 1.0


def test_round_counts_on_small_log(small_log):
    assert metrics.round_counts(small_log) == {1: 3, 2: 2, 3: 1}


def test_first_round_dropoff_on_small_log(small_log):
    drop = metrics.first_round_dropoff(small_log, screens_as_round=True)
    assert (drop["count"], drop["of"]) == (1, 3)
    assert drop["rate"] == pytest.approx(1 / 3)
    assert drop["ci95"] == pytest.approx([0.0615, 0.7923], abs=1e-4)


def test_dropoff_by_month_splits_screen_and_interview_first_rounds(small_log):
    by_month = metrics.dropoff_by_month(small_log, screens_as_round=True)
    got = {
        (str(r.month.date()), r.first_round_type): (r.count, r.of)
        for r in by_month.itertuples()
    }
    # A1 (Jan, screen first, passed), A2 (Jan, interview first, dropped), A3 (Feb, screen).
    assert got == {
        ("2026-01-01", "screen"): (0, 1),
        ("2026-01-01", "interview"): (1, 1),
        ("2026-02-01", "screen"): (0, 1),
    }
    jan_interview = by_month[by_month["first_round_type"] == "interview"].iloc[0]
    assert jan_interview["rate"] == 1.0 and jan_interview["ci_low"] == pytest.approx(0.2065, 1e-3)


def test_application_outcomes_on_small_log(small_log):
    out = metrics.application_outcomes(small_log).set_index("application_id")
    assert out["furthest_stage"].astype(str).to_dict() == {
        "A1": "first_round", "A2": "first_round", "A3": "offer", "A4": "applied",
        "A5": "applied",
    }
    assert out["final_outcome"].astype(str).to_dict() == {
        "A1": "rejected", "A2": "rejected", "A3": "offer", "A4": "ghosted", "A5": "rejected",
    }
    assert out["rounds"].to_dict() == {"A1": 2, "A2": 1, "A3": 3, "A4": 0, "A5": 0}
    assert out.loc["A2", "company"] == "Beta Ltd"


def test_funnel_report_is_json_with_the_documented_keys(small_log):
    report = json.loads(json.dumps(metrics.funnel_report(small_log, screens_as_round=True)))
    assert report["applications"] == 5
    assert report["interviewed_applications"] == 3
    assert report["offers"] == 1
    assert report["rounds"] == {"1": 3, "2": 2, "3": 1}
    assert report["first_round_dropoff"]["count"] == 1
    assert report["first_round_dropoff"]["of"] == 3
    assert report["first_round_dropoff"]["ci95"] == pytest.approx([0.0615, 0.7923], abs=1e-4)
    assert [(s["stage"], s["reached"]) for s in report["stages"]] == [
        ("applied", 5), ("screen", 3), ("first_round", 3), ("second_round", 1),
        ("final_round", 1), ("offer", 1),
    ]
    assert report["outcomes"] == {
        "rejected": 3, "ghosted": 1, "withdrew": 0, "offer": 1, "pending": 0,
    }


# ----------------------------------------------------------------------------- edge cases


def test_empty_table_gives_zeros_not_errors():
    table = empty_table()
    head = metrics.headline_numbers(table)
    assert head["applications"] == 0 and head["response_rate"] is None
    assert head["period_start"] is None
    assert metrics.funnel_counts(table)["reached"].tolist() == [0] * (
        len(STAGES) - len(OPTIONAL_STAGES))
    assert metrics.stage_conversion(table)["rate"].isna().all()
    assert metrics.round_counts(table) == {}
    assert metrics.first_round_dropoff(table) == {
        "count": 0, "of": 0, "rate": None, "ci95": [0.0, 1.0]
    }
    assert metrics.dropoff_by_month(table).empty
    assert metrics.application_outcomes(table).empty
    json.dumps(metrics.funnel_report(table))


def test_all_ghosted_log_has_no_response_and_no_dropoff_base():
    log = make_log([
        ("G1", "A", "2026-03-01", None, "applied", 0, "ghosted"),
        ("G2", "B", "2026-03-02", None, "applied", 0, "ghosted"),
        ("G3", "C", "2026-03-09", None, "applied", 0, "ghosted"),
    ])
    head = metrics.headline_numbers(log)
    assert (head["applications"], head["responses"], head["response_rate"]) == (3, 0, 0.0)
    assert metrics.funnel_counts(log)["reached"].tolist() == [3, 0, 0, 0, 0, 0]
    assert metrics.first_round_dropoff(log)["of"] == 0
    assert set(metrics.application_outcomes(log)["final_outcome"]) == {"ghosted"}


def test_offer_after_a_single_interview_is_not_a_dropoff_and_fills_the_funnel():
    log = make_log([
        ("O1", "A", "2026-03-01", "2026-03-10", "first_round", 1, "offer"),
        ("R1", "B", "2026-03-01", "2026-03-11", "first_round", 1, "rejected"),
    ])
    drop = metrics.first_round_dropoff(log)
    assert (drop["count"], drop["of"]) == (1, 2)
    # O1 skipped screen, second and final rounds: it counts for all of them.
    assert metrics.funnel_counts(log)["reached"].tolist() == [2, 2, 2, 1, 1, 1]
    assert metrics.headline_numbers(log)["offers"] == 1


def test_skipped_stages_count_as_reached():
    log = make_log([
        ("S1", "A", "2026-03-01", "2026-03-05", "screen", 1, "advanced"),
        ("S1", "A", "2026-03-01", "2026-03-20", "final_round", 2, "rejected"),
    ])
    assert metrics.funnel_counts(log)["reached"].tolist() == [1, 1, 1, 1, 1, 0]


def test_pending_single_interview_is_left_out_of_the_dropoff_base():
    log = make_log([
        ("P1", "A", "2026-03-01", "2026-03-05", "first_round", 1, "pending"),
        ("N1", "B", "2026-03-01", "2026-03-06", "first_round", 1, None),
        ("G1", "C", "2026-03-01", "2026-03-07", "first_round", 1, "ghosted"),
        ("V1", "D", "2026-03-01", "2026-03-08", "screen", 1, "advanced"),
    ])
    drop = metrics.first_round_dropoff(log, screens_as_round=True)
    # P1 pending and N1 (no outcome recorded) are undecided; G1 dropped; V1 advanced.
    assert (drop["count"], drop["of"]) == (1, 2)
    outcomes = metrics.application_outcomes(log).set_index("application_id")["final_outcome"]
    assert outcomes.astype(str).to_dict() == {
        "P1": "pending", "N1": "pending", "G1": "ghosted", "V1": "pending",
    }


def test_last_recorded_outcome_wins_and_offer_beats_everything():
    log = make_log([
        ("X1", "A", "2026-03-01", "2026-03-05", "screen", 1, "advanced"),
        ("X1", "A", "2026-03-01", "2026-03-15", "second_round", 2, "withdrew"),
        ("X2", "B", "2026-03-01", "2026-03-05", "final_round", 1, "rejected"),
        ("X2", "B", "2026-03-01", "2026-03-25", "offer", 0, None),
    ])
    outcomes = metrics.application_outcomes(log).set_index("application_id")
    assert outcomes.loc["X1", "final_outcome"] == "withdrew"
    assert outcomes.loc["X2", "final_outcome"] == "offer"
    assert outcomes.loc["X2", "furthest_stage"] == "offer"


def test_rows_without_an_application_or_not_ok_never_count(small_log):
    only_bad = small_log[small_log["row_status"] != "ok"]
    assert metrics.headline_numbers(only_bad)["applications"] == 0


# ----------------------------------------------------------------------------- themes


def test_tag_context_keeps_counted_rows_only(small_log, small_mentions):
    context = metrics.tag_context(small_log, small_mentions)
    assert len(context) == 8  # the duplicate row 3's mention is dropped
    assert 3 not in set(context["row"])
    fit = context[context["theme"] == "fit"].iloc[0]
    assert (fit["application_id"], fit["company"], fit["round"]) == ("A2", "Beta Ltd", 1)
    assert str(fit["event_date"].date()) == "2026-01-18"
    assert fit["feedback_source"] == "interviewer" and fit["feedback_channel"] == "email"
    for column in metrics.CONTEXT_COLUMNS:
        assert column in context.columns


def test_tag_context_drops_mentions_of_filtered_rows_and_blanked_feedback(
    small_log, small_mentions
):
    table = small_log.drop(index=[0]).assign(
        feedback=small_log["feedback"].drop(index=[0]).mask(lambda s: s.index == 5)
    )
    context = metrics.tag_context(table, small_mentions)
    assert sorted(set(context["row"])) == [1, 2, 6]


def test_theme_counts_on_small_log(small_log, small_mentions):
    counts = metrics.theme_counts(metrics.tag_context(small_log, small_mentions))
    got = {(r.theme, r.polarity): (r.mentions, r.applications) for r in counts.itertuples()}
    assert got == {
        ("communication", "improvement"): (2, 2),
        ("preparation", "improvement"): (1, 1),
        ("fit", "improvement"): (1, 1),
        ("attitude", "strength"): (1, 1),
        ("skills", "strength"): (1, 1),
        ("preparation", "strength"): (1, 1),
        ("communication", "strength"): (1, 1),
    }
    assert (counts.iloc[0]["theme"], counts.iloc[0]["polarity"]) == ("communication",
                                                                     "improvement")


def test_theme_by_round_counts_improvements_per_round_bucket(small_log, small_mentions):
    grid = metrics.theme_by_round(metrics.tag_context(small_log, small_mentions))
    assert grid.columns.tolist() == ["Round 1", "Round 2", "Round 3+", "No interview",
                                     "Practice"]
    zero = dict.fromkeys(grid.columns, 0)
    assert grid.to_dict(orient="index") == {
        "communication": {**zero, "Round 2": 2},
        "fit": {**zero, "Round 1": 1},
        "preparation": {**zero, "Round 2": 1},
    }
    assert grid.index[0] == "communication"


def test_round_bucket_labels():
    rounds = pd.Series([0, 1, 2, 3, 7, None, 1], dtype="Int64")
    practice = pd.Series([False] * 6 + [True], dtype="boolean")
    assert metrics.round_bucket(rounds, practice).tolist() == [
        "No interview", "Round 1", "Round 2", "Round 3+", "Round 3+", "No interview", "Practice",
    ]


def test_theme_trend_counts_per_month(small_log, small_mentions):
    trend = metrics.theme_trend(metrics.tag_context(small_log, small_mentions))
    got = {
        (str(r.period.date()), r.theme, r.polarity): r.mentions for r in trend.itertuples()
    }
    assert got == {
        ("2026-01-01", "attitude", "strength"): 1,
        ("2026-01-01", "communication", "improvement"): 1,
        ("2026-01-01", "preparation", "improvement"): 1,
        ("2026-01-01", "fit", "improvement"): 1,
        ("2026-02-01", "skills", "strength"): 1,
        ("2026-02-01", "communication", "improvement"): 1,
        ("2026-02-01", "preparation", "strength"): 1,
        ("2026-02-01", "communication", "strength"): 1,
    }


def test_generic_share_by_source(small_log, small_mentions):
    share = metrics.generic_share_by_source(small_log, small_mentions).set_index(
        "feedback_source"
    )
    # Interviewer notes: rows 1, 2, 5, 6 (row 3 is a duplicate); only row 2 is "better fit".
    assert share.loc["interviewer", ["feedback_rows", "generic_rows"]].tolist() == [4, 1]
    assert share.loc["interviewer", "generic_share"] == pytest.approx(0.25)
    assert share.loc["recruiter", ["feedback_rows", "generic_rows"]].tolist() == [1, 0]
    assert share.loc["recruiter", "source_label"] == "Recruiter / third party"
    assert list(share.index) == ["interviewer", "recruiter"]


def test_generic_share_counts_untagged_notes_as_generic(small_log):
    share = metrics.generic_share_by_source(small_log, empty_mentions(), load_codebook())
    assert share.set_index("feedback_source")["generic_share"].to_dict() == {
        "interviewer": 1.0, "recruiter": 1.0,
    }


def test_evidence_for_is_sorted_by_date(small_log, small_mentions):
    context = metrics.tag_context(small_log, small_mentions)
    evidence = metrics.evidence_for(context, "communication", "improvement")
    assert evidence["evidence"].tolist() == [
        "Your answers rambled", "Be more concise when you walk through a case.",
    ]
    assert evidence["company"].tolist() == ["Acme", "Gamma"]
    assert len(metrics.evidence_for(context, "communication")) == 3
    assert metrics.evidence_for(context, "hygiene").empty


def test_top_improvements_skip_generic_fit_and_quote_the_latest(small_log, small_mentions):
    top = metrics.top_improvements(metrics.tag_context(small_log, small_mentions))
    assert top["theme"].tolist() == ["communication", "preparation"]
    assert top["mentions"].tolist() == [2, 1]
    first = top.iloc[0]
    assert first["label"] == "Clear & concise communication"
    assert first["evidence"] == "Be more concise when you walk through a case."
    assert (first["company"], str(first["date"].date())) == ("Gamma", "2026-02-12")
    with_fit = metrics.top_improvements(
        metrics.tag_context(small_log, small_mentions), n=5, include_generic=True
    )
    assert "fit" in with_fit["theme"].tolist()


def test_theme_functions_on_empty_context():
    context = metrics.tag_context(empty_table(), empty_mentions())
    assert context.empty
    assert metrics.theme_counts(context).empty
    assert metrics.theme_by_round(context).empty
    assert metrics.theme_trend(context).empty
    assert metrics.top_improvements(context).empty
    assert metrics.evidence_for(context, "communication").empty
    assert metrics.generic_share_by_source(empty_table(), empty_mentions()).empty


# ----------------------------------------------------------------------------- properties

_stage = st.sampled_from([*STAGES, None])
_outcome = st.sampled_from(["advanced", "rejected", "offer", "withdrew", "ghosted", "pending",
                            "unknown", None])
_row = st.tuples(
    st.sampled_from(["A", "B", "C", "D", "E"]),
    st.sampled_from(["2026-01-03", "2026-02-10", None]),
    st.sampled_from(["2026-01-20", "2026-03-01", None]),
    _stage,
    st.integers(0, 4),
    _outcome,
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_row, max_size=12))
def test_funnel_invariants_on_any_log(rows):
    log = make_log([(a, a, ap, ev, sg, rd, oc) for a, ap, ev, sg, rd, oc in rows])
    funnel = metrics.funnel_counts(log)["reached"].tolist()
    assert funnel == sorted(funnel, reverse=True)
    assert funnel[0] == len({r[0] for r in rows})
    drop = metrics.first_round_dropoff(log)
    head = metrics.headline_numbers(log)
    assert 0 <= drop["count"] <= drop["of"] <= head["interviewed_applications"]
    assert head["first_round_passed"] + drop["count"] == drop["of"]
    conv = metrics.stage_conversion(log).dropna(subset=["rate"])
    assert ((conv["ci_low"] <= conv["rate"]) & (conv["rate"] <= conv["ci_high"])).all()
    by_month = metrics.dropoff_by_month(log)
    assert by_month["of"].sum() <= drop["of"]
    assert metrics.application_outcomes(log)["final_outcome"].isin(
        metrics.FINAL_OUTCOMES
    ).all()


def test_practice_sessions_count_for_themes_but_not_as_applications(small_log, small_mentions):
    mock = conform_table(pd.DataFrame([{
        "application_id": "P1", "company": "Career Centre", "role": "Mock interview",
        "event_date": "2026-02-25", "stage": "first_round", "round": 1, "outcome": "advanced",
        "feedback": "You fidgeted and rambled a lot.", "feedback_source": "career_services",
        "practice": True, "row_status": "ok",
    }]))
    log = pd.concat([small_log, mock], ignore_index=True)
    mentions = pd.concat([small_mentions, pd.DataFrame({
        "row": [10], "theme": ["communication"], "polarity": ["improvement"],
        "evidence": ["rambled a lot"], "cues": [("rambled",)],
    })], ignore_index=True).astype(small_mentions.dtypes.to_dict())
    assert metrics.headline_numbers(log)["applications"] == 5
    assert metrics.headline_numbers(log)["interviews"] == 6
    assert metrics.funnel_counts(log)["reached"].tolist() == [5, 3, 3, 1, 1, 1]
    context = metrics.tag_context(log, mentions)
    counts = metrics.theme_counts(context).set_index(["theme", "polarity"])
    assert counts.loc[("communication", "improvement"), "mentions"] == 3
    assert metrics.theme_by_round(context).loc["communication", "Practice"] == 1
    share = metrics.generic_share_by_source(log, mentions).set_index("feedback_source")
    assert share.loc["career_services", ["feedback_rows", "generic_rows"]].tolist() == [1, 0]


def test_an_application_level_rejection_beats_a_later_moved_forward():
    # A tracker export says "Rejected" for the application (round 0, no date); the user's own
    # sheet last says the screen went well. The application ended: rejected, after passing
    # round 1 (so no first-round drop-off).
    log = make_log([
        ("L1", "A", "2026-03-01", None, "applied", 0, "rejected"),
        ("L1", "A", "2026-03-01", "2026-03-08", "screen", 1, "advanced"),
        ("L2", "B", "2026-03-01", "2026-03-08", "screen", 1, "advanced"),
        ("L2", "B", "2026-03-01", "2026-03-15", "first_round", 2, "pending"),
    ])
    outcomes = metrics.application_outcomes(log).set_index("application_id")["final_outcome"]
    assert outcomes.astype(str).to_dict() == {"L1": "rejected", "L2": "pending"}
    assert metrics.first_round_dropoff(log)["count"] == 0


def test_generic_share_by_channel(small_log, small_mentions):
    # Counted notes: phone rows 0 and 6 (specific), email rows 1 (specific) and 2 ("better
    # fit" only: generic), in person row 5 (specific); row 3 is a duplicate and not counted.
    share = metrics.generic_share_by_channel(small_log, small_mentions)
    assert share["feedback_channel"].tolist() == ["email", "phone", "in_person"]
    assert share["channel_label"].tolist() == ["Email", "Phone", "In person"]
    assert share["feedback_rows"].tolist() == [2, 2, 1]
    assert share["generic_rows"].tolist() == [1, 0, 0]
    assert share["generic_share"].tolist() == [0.5, 0.0, 0.0]
