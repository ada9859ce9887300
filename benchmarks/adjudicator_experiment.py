"""Experiment: does a learned adjudicator over the rule engine's own mentions help on sets it
never trained on? (Issue 10's "learned layer".)

Each mention the rules find is a candidate; features are its theme, polarity, cue words, and
simple facts about its evidence (negators, first person, advice words, a question, length);
a logistic regression (numpy, L2) learns whether the gold labels keep it. Evaluation holds
out whole sets: train on all but one labelled set, score the held-out one with and without
dropping the candidates the model rejects. Explanations stay: a kept mention keeps its
evidence and cues. Prints theme / strict F1 per held-out set.

Run from the project root:  python benchmarks/adjudicator_experiment.py SET.csv SET.csv ...
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.tagger import Mention, build_tagger  # noqa: E402

SIGN = {"strength": "+", "improvement": "-"}
_NEG = re.compile(r"\b(?:not|no|never|n't|without|lack\w*)\b|n't", re.I)
_FIRST = re.compile(r"\b(?:i|i'm|my|me)\b", re.I)
_ADVICE = re.compile(r"\b(?:should|try|need|next time|work on|would|could|make sure)\b", re.I)


def features(m: Mention) -> list[str]:
    """Named binary features of one candidate mention."""
    out = [f"t={m.theme}", f"p={m.polarity}", f"tp={m.theme}{m.polarity}"]
    out += [f"c={c.lower()}" for c in m.cues] + [f"tc={m.theme}|{c.lower()}" for c in m.cues]
    out.append(f"ncues={min(len(m.cues), 4)}")
    ev = m.evidence
    out += [name for name, rx in (("neg", _NEG), ("first", _FIRST), ("advice", _ADVICE))
            if rx.search(ev)]
    out += ["question"] if "?" in ev else []
    out.append(f"len={min(len(ev.split()) // 8, 4)}")
    return out


def candidates(tagger, path: str) -> list[tuple[str, set[tuple[str, str]], list[Mention]]]:
    """(id, gold pairs, rule mentions) for every note of a labelled file."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            gold = {tuple(x.rsplit(":", 1)) for x in filter(None, r["labels"].split(";"))}
            rows.append((r["id"], gold, tagger.tag_text(r["text"])))
    return rows


def f1(rows, keep) -> tuple[float, float]:
    """Theme and strict micro F1 with only the kept mentions."""
    c = {"t": [0, 0, 0], "s": [0, 0, 0]}
    for (_, gold, ms), kept in zip(rows, keep, strict=True):
        got = {(m.theme, SIGN[m.polarity]) for m, k in zip(ms, kept, strict=True) if k}
        for key, g, p in (("s", gold, got), ("t", {t for t, _ in gold}, {t for t, _ in got})):
            c[key][0] += len(g & p)
            c[key][1] += len(p - g)
            c[key][2] += len(g - p)
    return tuple(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
                 for tp, fp, fn in (c["t"], c["s"]))


def train(xs: list[list[str]], ys: list[int], l2: float = 1.0, steps: int = 300):
    """Logistic regression by gradient descent over named binary features."""
    vocab = {f: i for i, f in enumerate(sorted({f for x in xs for f in x}))}
    mat = np.zeros((len(xs), len(vocab) + 1))
    for r, x in enumerate(xs):
        mat[r, [vocab[f] for f in x]] = 1.0
    mat[:, -1] = 1.0
    y = np.asarray(ys, dtype=float)
    w = np.zeros(mat.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-mat @ w))
        w -= 0.5 * (mat.T @ (p - y) / len(y) + l2 * w / len(y))
    return vocab, w


def predict(model, x: list[str]) -> float:
    vocab, w = model
    return float(1 / (1 + np.exp(-(w[-1] + sum(w[vocab[f]] for f in x if f in vocab)))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    tagger = build_tagger()
    sets = {p: candidates(tagger, p) for p in args.files}
    for held in args.files:
        xs, ys = [], []
        for p, rows in sets.items():
            if p == held:
                continue
            for _, gold, ms in rows:
                for m in ms:
                    xs.append(features(m))
                    ys.append(int((m.theme, SIGN[m.polarity]) in gold))
        model = train(xs, ys)
        rows = sets[held]
        base = f1(rows, [[True] * len(ms) for _, _, ms in rows])
        adj = f1(rows, [[predict(model, features(m)) >= args.threshold for m in ms]
                        for _, _, ms in rows])
        print(f"{Path(held).name:28} rules {base[0]:.3f}/{base[1]:.3f}  "
              f"with adjudicator {adj[0]:.3f}/{adj[1]:.3f}  (trained on {len(ys)} candidates)")


if __name__ == "__main__":
    main()
