"""Recurring themes and themes by where applications ended (issue 13, items 4 and 7)."""

from __future__ import annotations

from analysis import metrics


def test_a_theme_is_recurring_only_in_two_applications_or_more(small_log, small_mentions):
    context = metrics.tag_context(small_log, small_mentions)
    counts = metrics.theme_counts(context).set_index(["theme", "polarity"])
    # communication came up in A1 and A3; preparation only in A1; fit only in A2 (its
    # duplicate row does not count)
    assert counts.loc[("communication", "improvement"), "recurring"]
    assert not counts.loc[("preparation", "improvement"), "recurring"]
    assert not counts.loc[("fit", "improvement"), "recurring"]
    top = metrics.top_improvements(context).set_index("theme")
    assert top["recurring"].to_dict() == {"communication": True, "preparation": False}


def test_themes_by_the_stage_where_applications_ended(small_log, small_mentions):
    ended = metrics.themes_by_end_stage(small_log, small_mentions)
    got = {(t, s): (k, n) for t, s, k, n in ended[
        ["theme", "end_stage", "applications_with_theme", "applications_ended"]].itertuples(
            index=False)}
    # ended: applied A4 (ghosted), A5 (rejected); first round A1, A2 (rejected); offer A3
    assert got == {
        ("communication", "applied"): (0, 2), ("communication", "first_round"): (1, 2),
        ("communication", "offer"): (1, 1),
        ("fit", "applied"): (0, 2), ("fit", "first_round"): (1, 2), ("fit", "offer"): (0, 1),
        ("preparation", "applied"): (0, 2), ("preparation", "first_round"): (1, 2),
        ("preparation", "offer"): (0, 1),
    }
    assert set(metrics.themes_by_end_stage(small_log, small_mentions, polarity="strength")[
        "theme"]) == {"attitude", "skills", "preparation", "communication"}
