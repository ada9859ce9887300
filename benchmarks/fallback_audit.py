"""How often a fallback-decided polarity is right, per fallback branch, theme and clause shape.

Usage: python benchmarks/fallback_audit.py GOLD.csv... [--show BRANCH]
A surviving mention decided only by a fallback is "right" (theme and sign in gold), "flipped"
(theme in gold, only the other sign) or "spurious" (theme not in gold: saying nothing is better).
Branches: vader-word (a VADER word valence), lean (the topic's prior), default (the theme's
default), vader-clause (VADER's clause score).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict

import analysis.tagger.polarity as polarity
import analysis.tagger.verdict as verdict
from analysis.tagger.pipeline import build_tagger

BRANCH: dict[tuple[str, str], str] = {}
SHAPE: dict[tuple[str, int, str], str] = {}
_fallback, _settle = polarity.fallback, verdict.settle


def _branch(clause, item, clause_text, lone, words, vader):  # type: ignore[no-untyped-def]
    """polarity.fallback, noting which branch answered."""
    sign, deciders = _fallback(clause, item, clause_text, lone, words, vader)
    if sign:
        name = ("vader-word" if words else "lean" if item.rule.prior
                else "default" if clause.lex.defaults.get(item.rule.theme) else "vader-clause")
        BRANCH[(item.rule.theme, clause_text)] = name
    return sign, deciders


def _shape(reading) -> str:  # type: ignore[no-untyped-def]
    """A short name for the clause's overall shape."""
    mode = reading.clause.mode
    if mode > 0:
        return "header+"
    if mode < 0:
        return "header-"
    if reading.advice:
        return "advice"
    if reading.rival:
        return "rival"
    if reading.decisions:
        return "decision"
    return "plain"


def _settle_rec(reading, found):  # type: ignore[no-untyped-def]
    """verdict.settle, noting weak guesses and their clause shape."""
    for theme, sign, evidence, _shown, weak in found:
        if weak:
            SHAPE[(theme, sign, evidence)] = _shape(reading)
    return _settle(reading, found)


polarity.fallback = _branch
verdict.settle = _settle_rec


def main(argv: list[str]) -> None:
    """Print right / flipped / spurious counts per branch, theme and shape."""
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    files = [a for a in argv if a.endswith(".csv")]
    tagger = build_tagger()
    tables: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for path in files:
        for row in csv.DictReader(open(path, encoding="utf-8")):
            gold: dict[str, set[int]] = defaultdict(set)
            for lab in filter(None, row["labels"].split(";")):
                t, s = lab.strip().rsplit(":", 1)
                gold[t.strip()].add(1 if s.strip() == "+" else -1)
            SHAPE.clear()
            BRANCH.clear()
            for m in tagger.tag_text(row["text"]):
                s = 1 if m.polarity == "strength" else -1
                shape = SHAPE.get((m.theme, s, m.evidence))
                if shape is None:
                    continue
                br = BRANCH.get((m.theme, m.evidence), "override")
                out = ("right" if s in gold.get(m.theme, ()) else
                       "flipped" if m.theme in gold else "spurious")
                for key, val in (("branch", br), ("theme", m.theme), ("shape", shape),
                                 ("branch*sign", f"{br}{'+' if s > 0 else '-'}"),
                                 ("theme*shape", f"{m.theme}/{shape}")):
                    tables[key][(val, out)] += 1
                if show in (br, shape, m.theme, "all") and (show == "all" or out != "right"):
                    print(f"{path.split('/')[-1]} {row['id']} {m.theme}{'+-'[s < 0]} {br}/{shape}"
                          f" {out}: {m.evidence[:120]!r}")
    for key, table in tables.items():
        print(f"== {key}")
        for val in sorted({v for v, _ in table}):
            r, f, sp = (table[(val, o)] for o in ("right", "flipped", "spurious"))
            print(f"  {val:28} right {r:3}  flipped {f:3}  spurious {sp:3}")


if __name__ == "__main__":
    main(sys.argv[1:])
