"""ui.review: cue words highlighted on escaped text, sentences offered for "add a theme"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.escape import md
from ui.review import HIGHLIGHT, highlight, pick_notes, sentences


def test_markup_in_a_note_stays_text_around_the_highlight():
    shown = highlight("[win](http://evil.example) you rambled <b>a lot</b>", ["rambled"])
    assert "](http" not in shown and "<b>" not in shown
    assert HIGHLIGHT.format("rambled") in shown


def test_a_cue_matches_whole_words_only_and_any_case():
    assert highlight("Long, not belonging", ["long"]) == md("") + HIGHLIGHT.format("Long") + md(
        ", not belonging")


@given(st.text(max_size=60), st.lists(st.text(min_size=1, max_size=8), max_size=3))
def test_highlighting_never_loses_or_reorders_the_text(text, cues):
    """Take the highlight marks off and unescape: the sentence as it was (line breaks folded)."""
    import re

    shown = highlight(text, cues)
    bare = re.sub(r":orange-background\[((?:\\.|[^\]\\])*)\]", r"\1", shown)
    assert re.sub(r"\\(.)", r"\1", bare).replace("\u2060", "") == re.sub(
        r"[\r\n]", " ", text)


def test_sentences_of_a_note():
    assert sentences("Good SQL. Too long!\nNice.") == ["Good SQL.", "Too long!", "Nice."]
    assert sentences(None) == [] and sentences("  ") == []


def test_pick_notes_keeps_the_note_just_changed_in_view():
    import pandas as pd

    found = pd.DataFrame({"note_id": ["a", "b"], "theme": ["fit", "skills"],
                          "polarity": ["improvement", "strength"], "reviewed": [True, False],
                          "event_date": pd.to_datetime(["2026-01-01", "2026-02-01"]),
                          "company": ["A", "B"]})
    untagged = found.iloc[0:0][["note_id", "event_date", "company"]]
    assert pick_notes(found, untagged, "", None, True, None) == ["b"]
    assert pick_notes(found, untagged, "", None, True, "a") == ["a", "b"]
    assert pick_notes(found, untagged, "fit", None, False, None) == ["a"]
