"""List flipped or doubled polarity (right theme, wrong sign) across labelled sets, by cause.

Usage: python benchmarks/polarity_errors.py GOLD.csv... [--show CAUSE] [--counts]
A cause is a guess from the wrong mention's evidence and the phrases matched in it.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict

import analysis.tagger.verdict as verdict
from analysis.tagger.phrases import match_sentence
from analysis.tagger.pipeline import build_tagger
from analysis.tagger.tokens import tokenize

WEAK: set[tuple[str, int, str]] = set()
_settle = verdict.settle


def _recording_settle(reading, found):  # type: ignore[no-untyped-def]
    """verdict.settle, noting which guesses only a fallback made."""
    for theme, sign, evidence, _shown, weak in found:
        if weak:
            WEAK.add((theme, sign, evidence))
    return _settle(reading, found)


verdict.settle = _recording_settle


def gold_signs(labels: str) -> dict[str, set[int]]:
    """theme -> set of signs in a labels cell."""
    out: dict[str, set[int]] = defaultdict(set)
    for lab in filter(None, labels.split(";")):
        theme, s = lab.rsplit(":", 1)
        out[theme].add(1 if s == "+" else -1)
    return out


def cause(tagger, theme: str, sign: int, evidence: str, cues: tuple[str, ...],
          others: list) -> str:  # type: ignore[no-untyped-def]
    """A guess at why a mention has the wrong sign."""
    lex = tagger.lexicon
    toks = tokenize(lex, evidence)
    items = match_sentence(lex, toks) if toks else []
    kinds = {it.rule.kind for it in items}
    if (theme, sign, evidence) in WEAK:
        return "fallback"
    shared = [m for m in others if m.evidence == evidence and m.theme != theme]
    if sign < 0 and ("advice" in kinds or any(
            t.surface in {"should", "could", "would", "need", "needs", "try"} for t in toks)):
        return "advice-reach"
    if shared and any(m.polarity == ("strength" if sign > 0 else "improvement")
                      for m in shared):
        if "," in evidence or " and " in evidence:
            return "list-item" if evidence.count(",") >= 1 else "merged-clause"
        return "merged-clause"
    mine = [it for it in items if it.rule.kind == "cue" and it.rule.theme == theme]
    if mine and all(it.rule.prior == sign for it in mine) and all(
            it.rule.prior for it in mine) and len(cues) == 1:
        return "domain-noun" if not any(it.rule.self_eval for it in mine) else "self-cue"
    evals = [it for it in items if it.rule.kind == "eval"]
    if any(it.rule.prior == sign for it in evals):
        return "cue-word-in-other-sign"
    return "other"


def main(argv: list[str]) -> None:
    """Print polarity errors per set and cause counts."""
    show = None
    if "--show" in argv:
        show = argv[argv.index("--show") + 1]
        argv = [a for a in argv if a not in ("--show", show)]
    tagger = build_tagger()
    total: Counter[str] = Counter()
    themes: Counter[str] = Counter()
    for path in argv:
        per: Counter[str] = Counter()
        for row in csv.DictReader(open(path, encoding="utf-8")):
            gold = gold_signs(row["labels"])
            ms = tagger.tag_text(row["text"])
            pred: dict[str, set[int]] = defaultdict(set)
            for m in ms:
                pred[m.theme].add(1 if m.polarity == "strength" else -1)
            for theme, ps in pred.items():
                gs = gold.get(theme)
                if not gs or gs == ps or not (ps - gs):
                    continue
                kind = "flipped" if not (ps & gs) else "doubled"
                for m in ms:
                    s = 1 if m.polarity == "strength" else -1
                    if m.theme == theme and s not in gs:
                        c = cause(tagger, theme, s, m.evidence, m.cues, ms)
                        per[c] += 1
                        total[c] += 1
                        themes[theme] += 1
                        if show in (None, c, "all"):
                            if show:
                                print(f"{path.split('/')[-1]} {row['id']} [{row.get('style', '')}] "
                                      f"{kind} {theme}{'+' if s > 0 else '-'} ({c}) cues={m.cues}")
                                print("    ev:", m.evidence[:160])
                                print("    text:", row["text"].replace("\n", " | ")[:300])
        print(path.split("/")[-1], sum(per.values()), dict(per.most_common()))
    print("TOTAL", sum(total.values()), dict(total.most_common()))
    print("THEMES", dict(themes.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
