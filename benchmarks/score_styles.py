"""Per-style theme / strict F1 of the tagger on labelled note sets (the shared scorer's logic).

Each CSV has columns id, text, labels (``theme:+;theme:-``) and optionally style. Prints one
line per style and a total per file; the micro F1 over (note, theme) and (note, theme,
polarity) pairs matches ``shared/eval/score_themes.py``.

Run from the project root:  python benchmarks/score_styles.py FILE.csv [FILE.csv ...]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.tagger import Tagger, build_tagger  # noqa: E402

SIGN = {"strength": "+", "improvement": "-"}


def read_rows(path: str) -> list[dict[str, str]]:
    """The labelled rows of one CSV."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def pairs_of(labels: str) -> set[tuple[str, str]]:
    """{(theme, sign)} from a ``theme:+;theme:-`` cell."""
    out = set()
    for label in filter(None, (x.strip() for x in labels.split(";"))):
        theme, sign = label.rsplit(":", 1)
        out.add((theme.strip(), sign.strip()))
    return out


def f1(counts: list[int]) -> float:
    """F1 from [true positives, false positives, false negatives]."""
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def score(tagger: Tagger, rows: list[dict[str, str]]) -> dict[str, tuple[float, float, int]]:
    """{style: (theme F1, strict F1, notes)}, with "ALL" for the whole file."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {"theme": [0, 0, 0], "strict": [0, 0, 0]}
    )
    notes: dict[str, int] = defaultdict(int)
    for row in rows:
        gold = pairs_of(row["labels"])
        got = {(m.theme, SIGN[m.polarity]) for m in tagger.tag_text(row["text"])}
        for style in (row.get("style") or "-", "ALL"):
            notes[style] += 1
            for level, g, p in (
                ("strict", gold, got),
                ("theme", {t for t, _ in gold}, {t for t, _ in got}),
            ):
                c = counts[style][level]
                c[0] += len(g & p)
                c[1] += len(p - g)
                c[2] += len(g - p)
    return {s: (f1(c["theme"]), f1(c["strict"]), notes[s]) for s, c in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    tagger = build_tagger()
    for path in args.files:
        print(f"{path}")
        results = score(tagger, read_rows(path))
        for style in sorted(results, key=lambda s: (s == "ALL", s)):
            theme, strict, n = results[style]
            print(f"  {style[:60]:60} theme {theme:.3f}  strict {strict:.3f}  ({n})")


if __name__ == "__main__":
    main()
