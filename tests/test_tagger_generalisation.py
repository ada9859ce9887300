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
  was then used to find the mechanisms of issue 10, so its score is optimistic.
- ``data/styles_notes_b.csv``: its sibling set B (240 notes, same styles and writers' brief),
  scored untouched three times in round one (0.874 / 0.819), then read and used to find the
  second round's mechanisms (tests/test_tagger_mechanisms.py): optimistic from then on too.
- ``data/styles_notes_c.csv``: 200 notes, the same eight styles by a third writer, scored
  untouched (0.890 / 0.851 with round one's tagger), then only scored, never read (0.903 /
  0.863 after round two).
- ``data/styles_notes_final.csv``: the final held-out set (240 notes: the eight styles and 40
  plain notes), kept untouched until the end of that work and scored once: 0.887 / 0.852
  (0.820 / 0.764 at 4bfbae9). From now on it is no longer unseen: write a fresh set.

- ``data/styles_notes_d.csv`` ... ``_q.csv`` (round three of issue 10): eleven more sets of 240
  notes in the eight styles plus 40 plain notes, each by its own writer who never read the
  tagger (D: UK graduates and public sector; E: North America and Australia, terse recruiters;
  G: a careers office's students; H: career changers and returners; I: frontline and hourly
  work; J: public and non-profit sectors; K: startups and corporates; L: creative, energy and
  travel across Africa, the Middle East, Eastern Europe, Latin America and Oceania; M: a
  jobseeker's own write-ups and the replies to feedback requests; N: health and education; O:
  trades and engineering; P: a random mix; Q: finance, law and the civil service). Each was
  scored untouched at f30b56d first (theme / strict): D 0.842 / 0.752, E 0.859 / 0.802,
  G 0.845 / 0.785, H 0.816 / 0.762, I 0.822 / 0.744, J 0.823 / 0.754, K 0.858 / 0.752,
  L 0.865 / 0.803, M 0.872 / 0.797, N 0.844 / 0.771, O 0.815 / 0.762, P 0.843 / 0.775,
  Q 0.801 / 0.739. D, E, G-J, L, N, O and Q were then read and tuned on; K, M and P were only
  ever scored (0.876 / 0.791, 0.895 / 0.845, 0.877 / 0.814 at the end of the round).
- ``data/styles_notes_final2.csv``: that round's final held-out set (240 notes, a mix of
  countries and second-language writers), kept untouched until the end and scored once:
  0.890 / 0.864 (0.854 / 0.810 at f30b56d). Tuned on in round four.

Round four of issue 10 (each set by a fresh writer who never read the tagger, scored untouched
at 15f456f first, theme / strict):

- ``data/styles_notes_t.csv`` (South Asia, the Gulf, East Africa; second-language idiom),
  ``_u.csv`` (Australia, New Zealand, South Africa, Canada; trades and colloquial voices) and
  ``plain_notes_v.csv`` (240 plain interviewer notes): T 0.901 / 0.859, U 0.887 / 0.845,
  V 0.870 / 0.847, then read and tuned on.
- ``data/styles_notes_r.csv`` (North American tech, healthcare and retail) and ``_s.csv`` (UK
  and Irish public sector, graduates, careers-service mock interviews): R 0.856 / 0.815,
  S 0.864 / 0.797; only ever scored, never read (0.888 / 0.847 and 0.872 / 0.820 at the end).
- ``data/styles_notes_final3.csv`` (the round's final set: continental Europe, Latin America,
  West Africa, Japan, the US, intern to CFO) and ``plain_notes_x.csv`` (160 plain notes
  written between interviews): kept untouched until the end and scored once, 0.885 / 0.835
  and 0.895 / 0.861 (0.876 / 0.825 and 0.890 / 0.839 at 15f456f).
- ``data/styles_notes_y.csv`` (rushed notes in every style) and ``plain_notes_z.csv`` (120
  panel notes and HR summaries): written after the round's last tagger change and scored once
  on it, 0.917 / 0.867 and 0.933 / 0.897 (0.912 / 0.865 and 0.915 / 0.873 at 15f456f). From
  now on none of these sets is unseen: write fresh ones.

Round five of issue 10 (each set by a fresh writer who never read the tagger, scored untouched
at b6286e6 first, theme / strict):

- ``data/styles_notes_4c.csv`` (North American marketing, schools, dentistry, game studios;
  career changers), ``_4d.csv`` (continental Europe and the Middle East, second-language
  writers) and ``plain_notes_4e.csv`` (160 plain notes: Ireland, Singapore, Kenya, the US):
  0.898 / 0.843, 0.897 / 0.856, 0.864 / 0.822, then read and tuned on.
- ``data/styles_notes_4f.csv`` (UK NHS, trades, charities, civil service), ``_4g.csv`` (East
  and South-East Asia, Latin America, politely translated), ``_4h.csv`` (written in a hurry,
  Scandinavia to the Caribbean) and ``plain_notes_4i.csv`` (120 assessment-form notes): only
  ever scored, never read: 0.881 / 0.848, 0.892 / 0.851, 0.875 / 0.822, 0.880 / 0.853
  (0.887 / 0.857, 0.898 / 0.865, 0.885 / 0.836, 0.879 / 0.858 at the end of the round).
- ``data/styles_notes_4a.csv`` (the round's final set: Australia, New Zealand, India, South
  Africa) and ``plain_notes_4b.csv`` (160 plain notes: Canada, Germany, Nigeria, the
  Philippines, the UK): kept untouched until the end and scored once, 0.894 / 0.869 and
  0.865 / 0.831 (0.888 / 0.863 and 0.856 / 0.813 at b6286e6). From now on none of these sets
  is unseen: write fresh ones.

Round six of issue 10 (each set by a fresh writer who never read the tagger, scored untouched
at 457683e first, theme / strict):

- ``data/styles_notes_5c.csv`` (the US Midwest and South, community colleges, manufacturing,
  first jobs after military service), ``_5d.csv`` (Germany, France, Italy, Poland, Spain;
  second-language writers) and ``plain_notes_5e.csv`` (160 plain notes: graduate schemes,
  call centres, building sites, laboratories, law firms): 0.894 / 0.854, 0.907 / 0.859,
  0.888 / 0.855, then read and tuned on (0.931 / 0.906, 0.938 / 0.912, 0.937 / 0.913 at the
  end of the round).
- ``data/styles_notes_5f.csv`` (South-East Asia, Kenya, Nigeria; fintech, shipping, NGOs),
  ``_5g.csv`` (the UK and Scotland: apprenticeships, police and fire, the civil service; tired
  or rushed writers) and ``plain_notes_5h.csv`` (120 score-sheet and panel-summary notes): only
  ever scored, never read: 0.926 / 0.897, 0.877 / 0.840, 0.918 / 0.890 (0.929 / 0.899,
  0.884 / 0.848, 0.922 / 0.894 at the end of the round).
- ``data/styles_notes_5a.csv`` (the round's final set: Canada, Ireland, the Nordic countries,
  the Gulf; career changers) and ``plain_notes_5b.csv`` (160 plain notes: warehouses, airlines,
  banks, schools, councils, start-ups): kept untouched until the end and scored once, 0.914 /
  0.873 and 0.839 / 0.786 (0.908 / 0.865 and 0.821 / 0.769 at 457683e). From now on none of
  these sets is unseen: write fresh ones.

Round seven of issue 10 (each set by a fresh writer who never read the tagger, scored untouched
at c0efc67 first, theme / strict):

- ``data/styles_notes_6c.csv`` (Germany, the Netherlands, Poland, Spain; writing in English to
  international firms), ``_6d.csv`` (the US South and California, Mexico, Brazil),
  ``plain_notes_6e.csv`` (160 plain notes: offices, banks, call centres, hotels, sites, labs)
  and ``styles_notes_6g.csv`` (240 notes of the hardest styles: 80 tricky, 60 domain, 50 own
  notes, 50 coach): 0.904 / 0.870, 0.903 / 0.867, 0.907 / 0.887, 0.851 / 0.783, then read and
  tuned on (0.927 / 0.902, 0.920 / 0.890, 0.916 / 0.901, 0.872 / 0.812 at the end of the round).
- ``data/styles_notes_6f.csv`` (Japan, South Korea, the Philippines, Egypt, rural Ireland and
  Wales) and ``plain_notes_6h.csv`` (160 plain notes: creative industries, sport, farming,
  aviation, universities, councils): only ever scored, never read: 0.900 / 0.871 and
  0.872 / 0.831 (0.899 / 0.869 and 0.875 / 0.835 at the end of the round).
- ``data/styles_notes_6a.csv`` (the round's final set: Australia, New Zealand, South Africa,
  India; graduates, mid-career people, returners) and ``plain_notes_6b.csv`` (160 plain notes:
  public sector, charities, logistics, hospitals, family firms): kept untouched until the end
  and scored once, 0.928 / 0.877 and 0.901 / 0.868 (0.926 / 0.870 and 0.901 / 0.868 at
  c0efc67). From now on none of these sets is unseen: write fresh ones.

Round nine of issue 10 (each set by a fresh writer who never read the tagger, scored untouched
at cc7bd87 first, and never read or tuned on during the round, theme / strict):

- ``data/styles_notes_7a.csv`` (the round's final set: Canada, the US Midwest and South,
  Scotland, Nigeria, Kenya; career changers, veterans, shift workers): 0.900 / 0.859, then
  0.906 / 0.871 at the end.
- ``data/plain_notes_7b.csv`` (160 plain notes: councils, hospitals and care homes, warehouses,
  schools, family firms) 0.898 / 0.822 -> 0.906 / 0.833; ``plain_notes_7d.csv`` (160 plain
  notes: start-ups, agencies, law and accountancy, hotels, call centres, labs) 0.865 / 0.820 ->
  0.868 / 0.819.
- ``data/styles_notes_7c.csv`` (Germany, the Netherlands, the Nordics, Brazil, Mexico,
  Singapore, Malaysia; apprentices to board roles) 0.931 / 0.891 -> 0.937 / 0.899, and
  ``styles_notes_7e.csv`` (240 notes of the hardest styles: 80 tricky, 60 domain, 50 own notes,
  50 coach) 0.856 / 0.786 -> 0.863 / 0.806. From now on none of these sets is unseen.

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
        # A hundredth under what is reached (the comment on each line).
        ("independent_notes.csv", 0.973, 0.968),  # 0.983 / 0.978
        ("plain_notes_4b.csv", 0.896, 0.883),  # 0.906 / 0.893
        ("plain_notes_4e.csv", 0.929, 0.895),  # 0.939 / 0.905
        ("plain_notes_4i.csv", 0.913, 0.898),  # 0.923 / 0.908
        ("plain_notes_5b.csv", 0.863, 0.836),  # 0.873 / 0.846
        ("plain_notes_5e.csv", 0.941, 0.924),  # 0.951 / 0.934
        ("plain_notes_5h.csv", 0.926, 0.898),  # 0.936 / 0.908
        ("plain_notes_6b.csv", 0.910, 0.886),  # 0.920 / 0.896
        ("plain_notes_6e.csv", 0.914, 0.898),  # 0.924 / 0.908
        ("plain_notes_6h.csv", 0.911, 0.890),  # 0.921 / 0.900
        ("plain_notes_7b.csv", 0.896, 0.823),  # 0.906 / 0.833
        ("plain_notes_7d.csv", 0.858, 0.809),  # 0.868 / 0.819
        ("plain_notes_v.csv", 0.943, 0.937),  # 0.953 / 0.947
        ("plain_notes_x.csv", 0.937, 0.932),  # 0.947 / 0.942
        ("plain_notes_z.csv", 0.960, 0.954),  # 0.970 / 0.964
        ("styles_notes_4a.csv", 0.924, 0.906),  # 0.934 / 0.916
        ("styles_notes_4c.csv", 0.929, 0.908),  # 0.939 / 0.918
        ("styles_notes_4d.csv", 0.935, 0.926),  # 0.945 / 0.936
        ("styles_notes_4f.csv", 0.912, 0.884),  # 0.922 / 0.894
        ("styles_notes_4g.csv", 0.924, 0.897),  # 0.934 / 0.907
        ("styles_notes_4h.csv", 0.898, 0.861),  # 0.908 / 0.871
        ("styles_notes_5a.csv", 0.916, 0.877),  # 0.926 / 0.887
        ("styles_notes_5c.csv", 0.930, 0.907),  # 0.940 / 0.917
        ("styles_notes_5d.csv", 0.945, 0.922),  # 0.955 / 0.932
        ("styles_notes_5f.csv", 0.940, 0.917),  # 0.950 / 0.927
        ("styles_notes_5g.csv", 0.893, 0.869),  # 0.903 / 0.879
        ("styles_notes_6a.csv", 0.943, 0.906),  # 0.953 / 0.916
        ("styles_notes_6c.csv", 0.928, 0.906),  # 0.938 / 0.916
        ("styles_notes_6d.csv", 0.918, 0.889),  # 0.928 / 0.899
        ("styles_notes_6f.csv", 0.924, 0.898),  # 0.934 / 0.908
        ("styles_notes_6g.csv", 0.877, 0.828),  # 0.887 / 0.838
        ("styles_notes_7a.csv", 0.896, 0.861),  # 0.906 / 0.871
        ("styles_notes_7c.csv", 0.927, 0.889),  # 0.937 / 0.899
        ("styles_notes_7e.csv", 0.853, 0.796),  # 0.863 / 0.806
        ("styles_notes_a.csv", 0.959, 0.942),  # 0.969 / 0.952
        ("styles_notes_b.csv", 0.971, 0.965),  # 0.981 / 0.975
        ("styles_notes_c.csv", 0.961, 0.952),  # 0.971 / 0.962
        ("styles_notes_d.csv", 0.956, 0.942),  # 0.966 / 0.952
        ("styles_notes_e.csv", 0.962, 0.944),  # 0.972 / 0.954
        ("styles_notes_final.csv", 0.953, 0.936),  # 0.963 / 0.946
        ("styles_notes_final2.csv", 0.935, 0.912),  # 0.945 / 0.922
        ("styles_notes_final3.csv", 0.919, 0.891),  # 0.929 / 0.901
        ("styles_notes_g.csv", 0.956, 0.940),  # 0.966 / 0.950
        ("styles_notes_h.csv", 0.931, 0.913),  # 0.941 / 0.923
        ("styles_notes_i.csv", 0.911, 0.876),  # 0.921 / 0.886
        ("styles_notes_j.csv", 0.928, 0.898),  # 0.938 / 0.908
        ("styles_notes_k.csv", 0.928, 0.887),  # 0.938 / 0.897
        ("styles_notes_l.csv", 0.939, 0.923),  # 0.949 / 0.933
        ("styles_notes_m.csv", 0.945, 0.922),  # 0.955 / 0.932
        ("styles_notes_n.csv", 0.954, 0.931),  # 0.964 / 0.941
        ("styles_notes_o.csv", 0.928, 0.903),  # 0.938 / 0.913
        ("styles_notes_p.csv", 0.920, 0.891),  # 0.930 / 0.901
        ("styles_notes_q.csv", 0.912, 0.890),  # 0.922 / 0.900
        ("styles_notes_r.csv", 0.917, 0.883),  # 0.927 / 0.893
        ("styles_notes_s.csv", 0.902, 0.870),  # 0.912 / 0.880
        ("styles_notes_t.csv", 0.926, 0.910),  # 0.936 / 0.920
        ("styles_notes_u.csv", 0.929, 0.918),  # 0.939 / 0.928
        ("styles_notes_y.csv", 0.932, 0.905),  # 0.942 / 0.915
        ("untuned_notes.csv", 0.904, 0.889),  # 0.914 / 0.899
    ],
)
def test_independent_notes_stay_above_their_floor(
    tagger: Tagger, name: str, theme_floor: float, strict_floor: float
) -> None:
    theme, strict = scores(tagger, name)
    assert theme >= theme_floor, f"{name}: theme F1 {theme:.3f} < {theme_floor}"
    assert strict >= strict_floor, f"{name}: strict F1 {strict:.3f} < {strict_floor}"


# Per style on the new-styles sets A and B and the final held-out sets of rounds three to
# seven: a hundredth under what each style reaches.
STYLE_FLOORS = {
    "styles_notes_a.csv": {
        "coach": (0.959, 0.948),  # 0.969 / 0.958
        "domain": (0.972, 0.940),  # 0.982 / 0.950
        "email": (0.950, 0.951),  # 0.960 / 0.961
        "formal": (0.954, 0.956),  # 0.964 / 0.966
        "keepchange": (0.966, 0.943),  # 0.976 / 0.950
        "recruiter": (0.975, 0.976),  # 0.985 / 0.986
        "self": (0.972, 0.974),  # 0.982 / 0.984
        "tricky": (0.882, 0.868),  # 0.892 / 0.878
    },
    "styles_notes_b.csv": {
        "coach": (0.975, 0.976),  # 0.985 / 0.986
        "domain": (0.959, 0.961),  # 0.969 / 0.971
        "email": (0.990, 0.990),  # 1.000 / 1.000
        "formal": (0.957, 0.941),  # 0.967 / 0.951
        "keepchange": (0.970, 0.957),  # 0.980 / 0.967
        "recruiter": (0.990, 0.990),  # 1.000 / 1.000
        "self": (0.956, 0.957),  # 0.966 / 0.967
        "tricky": (0.967, 0.947),  # 0.977 / 0.957
    },
    "styles_notes_final2.csv": {
        "coach": (0.875, 0.837),  # 0.885 / 0.847
        "domain": (0.909, 0.892),  # 0.919 / 0.902
        "email": (0.966, 0.956),  # 0.976 / 0.966
        "formal": (0.908, 0.913),  # 0.918 / 0.923
        "keepchange": (0.950, 0.932),  # 0.960 / 0.937
        "plain": (0.967, 0.945),  # 0.977 / 0.955
        "recruiter": (0.934, 0.911),  # 0.944 / 0.921
        "self": (0.957, 0.957),  # 0.967 / 0.967
        "tricky": (0.882, 0.819),  # 0.892 / 0.829
    },
    "styles_notes_final3.csv": {
        "coach": (0.822, 0.776),  # 0.832 / 0.786
        "domain": (0.892, 0.868),  # 0.902 / 0.878
        "email": (0.862, 0.851),  # 0.872 / 0.861
        "formal": (0.923, 0.908),  # 0.933 / 0.918
        "keepchange": (0.962, 0.951),  # 0.972 / 0.961
        "plain": (0.901, 0.868),  # 0.911 / 0.878
        "recruiter": (0.942, 0.896),  # 0.952 / 0.906
        "self": (0.941, 0.931),  # 0.951 / 0.941
        "tricky": (0.810, 0.717),  # 0.820 / 0.727
    },
    "styles_notes_4a.csv": {
        "coach": (0.881, 0.869),  # 0.891 / 0.879
        "domain": (0.901, 0.872),  # 0.911 / 0.882
        "email": (0.897, 0.851),  # 0.907 / 0.861
        "formal": (0.919, 0.875),  # 0.929 / 0.885
        "keepchange": (0.920, 0.919),  # 0.930 / 0.929
        "plain": (0.956, 0.922),  # 0.966 / 0.932
        "recruiter": (0.891, 0.870),  # 0.901 / 0.880
        "self": (0.896, 0.899),  # 0.906 / 0.909
        "tricky": (0.871, 0.841),  # 0.881 / 0.851
    },
    "styles_notes_5a.csv": {
        "coach": (0.940, 0.901),  # 0.950 / 0.911
        "domain": (0.835, 0.816),  # 0.845 / 0.826
        "email": (0.904, 0.882),  # 0.914 / 0.892
        "formal": (0.919, 0.887),  # 0.929 / 0.897
        "keepchange": (0.919, 0.873),  # 0.929 / 0.883
        "plain": (0.934, 0.911),  # 0.944 / 0.921
        "recruiter": (0.885, 0.862),  # 0.895 / 0.872
        "self": (0.941, 0.942),  # 0.951 / 0.952
        "tricky": (0.855, 0.699),  # 0.865 / 0.709
    },
    "styles_notes_6a.csv": {
        "coach": (0.913, 0.854),  # 0.923 / 0.864
        "domain": (0.877, 0.816),  # 0.887 / 0.826
        "email": (0.885, 0.832),  # 0.895 / 0.842
        "formal": (0.933, 0.805),  # 0.943 / 0.815
        "keepchange": (0.939, 0.923),  # 0.949 / 0.933
        "plain": (0.940, 0.928),  # 0.950 / 0.938
        "recruiter": (0.960, 0.902),  # 0.970 / 0.912
        "self": (0.921, 0.890),  # 0.931 / 0.900
        "tricky": (0.899, 0.790),  # 0.909 / 0.800
    },
    "styles_notes_7a.csv": {
        "coach": (0.868, 0.825),  # 0.878 / 0.835
        "domain": (0.890, 0.837),  # 0.900 / 0.847
        "email": (0.925, 0.915),  # 0.935 / 0.925
        "formal": (0.896, 0.887),  # 0.906 / 0.897
        "keepchange": (0.941, 0.917),  # 0.951 / 0.927
        "plain": (0.862, 0.815),  # 0.872 / 0.825
        "recruiter": (0.911, 0.882),  # 0.921 / 0.892
        "self": (0.872, 0.802),  # 0.882 / 0.812
        "tricky": (0.851, 0.823),  # 0.861 / 0.833
    },
}


@pytest.mark.parametrize(
    ("name", "style"), [(name, style) for name, floors in STYLE_FLOORS.items() for style in floors]
)
def test_each_new_style_stays_above_its_floor(tagger: Tagger, name: str, style: str) -> None:
    theme_floor, strict_floor = STYLE_FLOORS[name][style]
    theme, strict = scores(tagger, name, style)
    assert len(read_notes(name, style)) >= 25
    assert theme >= theme_floor, f"{name} {style}: theme F1 {theme:.3f} < {theme_floor}"
    assert strict >= strict_floor, f"{name} {style}: strict F1 {strict:.3f} < {strict_floor}"
