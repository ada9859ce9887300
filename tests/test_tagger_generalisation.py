"""How the tagger does on notes written independently of it, so lexicon edits cannot quietly
trade generalisation for the dev set.

- ``data/independent_notes.csv``: 1,020 notes in seven sets written by people who never saw the
  tagger's code, each scored untouched first and then used to find gaps (so its score is
  optimistic). Untouched, the sets scored 0.80-0.93 theme F1 / 0.74-0.91 strict F1; the set of
  typical, everyday feedback scored 0.928 / 0.908.
- ``data/untuned_notes.csv``: 100 harder notes written the same way and never looked at by
  anyone tuning the tagger, up to the commit that added them: 0.868 / 0.813 then. Once a
  change is tuned against it, it stops being held out: write a fresh set instead.
- ``data/styles_notes_a.csv``: 240 notes in the eight styles of issue 10 (rejection emails,
  own notes, recruiter shorthand, keep/change lists, coach advice, formal and non-native HR
  language, negation at a distance, occupations' jargon), written by people who had not read
  the tagger and scored untouched first: 0.799 / 0.728 (by style 0.65-0.89 / 0.57-0.84). It
  was then used to find the mechanisms of issue 10, so its score is optimistic; its sibling
  set B was only scored, never read.

Six bare rejections in independent_notes.csv ("Unfortunately you were not successful on this
occasion.") were relabelled from fit:- to no theme, as the labelling rules say.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.tagger import Tagger, build_tagger

DATA = Path(__file__).parent / "data"
SIGN = {"strength": "+", "improvement": "-"}


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return build_tagger()


def read_notes(name: str, style: str | None = None) -> list[tuple[str, set[str]]]:
    """(text, {"theme:+", ...}) for every note of a labelled CSV (of one style, if given)."""
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return [
            (r["text"], set(filter(None, r["labels"].split(";"))))
            for r in csv.DictReader(f)
            if style is None or r.get("style") == style
        ]


def micro_f1(gold: list[set[str]], got: list[set[str]]) -> float:
    """Micro-averaged F1 over (note, label) pairs, as the shared scorer computes it."""
    tp = sum(len(g & p) for g, p in zip(gold, got, strict=True))
    wrong = sum(len(g ^ p) for g, p in zip(gold, got, strict=True))
    return 2 * tp / (2 * tp + wrong) if tp or wrong else 1.0


def scores(tagger: Tagger, name: str, style: str | None = None) -> tuple[float, float]:
    """(theme F1, strict theme+polarity F1) of the tagger on one labelled file (or style)."""
    notes = read_notes(name, style)
    gold = [labels for _, labels in notes]
    got = [{f"{m.theme}:{SIGN[m.polarity]}" for m in tagger.tag_text(t)} for t, _ in notes]
    themes = [[{label.split(":")[0] for label in s} for s in side] for side in (gold, got)]
    return micro_f1(*themes), micro_f1(gold, got)


def test_micro_f1_counts_misses_and_extras() -> None:
    assert micro_f1([{"fit:-"}], [{"fit:-"}]) == 1.0
    assert micro_f1([{"fit:-", "skills:+"}], [{"fit:-", "attitude:+"}]) == 0.5


@pytest.mark.parametrize(
    ("name", "theme_floor", "strict_floor"),
    [
        # A hundredth under what is reached (0.967 / 0.954, 0.868 / 0.827, 0.928 / 0.897).
        ("independent_notes.csv", 0.957, 0.944),
        ("untuned_notes.csv", 0.858, 0.817),
        ("styles_notes_a.csv", 0.918, 0.887),
    ],
)
def test_independent_notes_stay_above_their_floor(
    tagger: Tagger, name: str, theme_floor: float, strict_floor: float
) -> None:
    theme, strict = scores(tagger, name)
    assert theme >= theme_floor, f"{name}: theme F1 {theme:.3f} < {theme_floor}"
    assert strict >= strict_floor, f"{name}: strict F1 {strict:.3f} < {strict_floor}"


# Per style on the new-styles set: a hundredth under what each style reaches.
STYLE_FLOORS = {
    "coach": (0.865, 0.863),
    "domain": (0.929, 0.875),
    "email": (0.911, 0.901),
    "formal": (0.921, 0.890),
    "keepchange": (0.934, 0.893),
    "recruiter": (0.945, 0.933),
    "self": (0.939, 0.942),
    "tricky": (0.855, 0.805),
}


@pytest.mark.parametrize("style", sorted(STYLE_FLOORS))
def test_each_new_style_stays_above_its_floor(tagger: Tagger, style: str) -> None:
    theme_floor, strict_floor = STYLE_FLOORS[style]
    theme, strict = scores(tagger, "styles_notes_a.csv", style)
    assert len(read_notes("styles_notes_a.csv", style)) == 30
    assert theme >= theme_floor, f"{style}: theme F1 {theme:.3f} < {theme_floor}"
    assert strict >= strict_floor, f"{style}: strict F1 {strict:.3f} < {strict_floor}"
