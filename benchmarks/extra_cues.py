"""Which cue kinds produce EXTRA theme mentions (themes the gold labels lack) across note sets.

Each judged cue is classed by how its polarity was decided (a self-judging cue, a topic with an
evaluative word, a fallback: VADER word, lean, theme default, VADER clause score; a header,
advice or rival override) and by where it sits (inside quotation marks, a capitalised name).
A predicted theme counts as correct when the gold labels have that theme, extra otherwise.

Run from the project root:  python benchmarks/extra_cues.py tests/data/*.csv [--by cue|kind]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import text as tx  # noqa: E402
from analysis.tagger import build_tagger, polarity, verdict  # noqa: E402
from analysis.tagger.model import WEAK  # noqa: E402

_LOG: list[tuple[str, int, str, str]] = []  # (theme, sign, cue text, kind) per judged cue
_BRANCH: list[str] = []
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{2,80})[\"”’']")


def _patch() -> None:
    """Wrap fallback and judge_cue so each judged cue logs how it was decided."""
    orig_fallback, orig_judge = polarity.fallback, verdict.judge_cue

    def fallback(clause, item, clause_text, lone, words, vader):  # type: ignore[no-untyped-def]
        sign, deciders = orig_fallback(clause, item, clause_text, lone, words, vader)
        rule, lex = item.rule, clause.lex
        if words:
            branch = "fb:vader-word"
        elif rule.prior:
            branch = "fb:lean"
        elif lex.defaults.get(rule.theme, 0) and sign:
            branch = "fb:default"
        else:
            branch = "fb:vader-clause"
        _BRANCH.append(branch)
        return sign, deciders

    def judge_cue(reading, item, vader):  # type: ignore[no-untyped-def]
        _BRANCH.clear()
        guess = orig_judge(reading, item, vader)
        if guess is None:
            return None
        clause = reading.clause
        if item.rule.self_eval:
            kind = "self-judging"
        elif item.negated:
            kind = "topic+negation"
        elif _BRANCH:
            kind = _BRANCH[-1]
        elif item.rule.prior:
            kind = "topic-lean"
        else:
            kind = "topic+eval"
        if reading.advice:
            kind += "|advice"
        elif reading.rival:
            kind += "|rival"
        elif clause.mode:
            kind += "|header"
        elif reading.decisions:
            kind += "|decision"
        if guess[4]:
            kind += "|weak"
        cue = " ".join(clause.tokens[k].surface for k in item.positions)
        span = clause.text[clause.tokens[item.start].start : clause.tokens[item.end - 1].end]
        if any(span in q for q in _QUOTED.findall(clause.text)):
            kind += "|quoted"
        elif span[:1].isupper() and item.start > 0 and clause.tokens[item.start - 1].is_word:
            kind += "|capitalised"
        _LOG.append((guess[0], guess[1], cue, kind))
        return guess

    polarity.fallback = fallback
    verdict.resolve.__globals__["fallback"] = fallback
    verdict.judge_cue = judge_cue
    verdict.judge_clause.__globals__["judge_cue"] = judge_cue
    assert WEAK == ()


def main() -> None:
    """Print precision per cue kind (or cue) over every given set."""
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--by", choices=("kind", "cue", "theme"), default="kind")
    parser.add_argument("--show", default="", help="print extra mentions of this kind/cue")
    parser.add_argument("--ok", action="store_true", help="--show correct mentions too")
    parser.add_argument("--min", type=int, default=5)
    args = parser.parse_args()
    _patch()
    tagger = build_tagger()
    tagger.sentence_cache = None
    tagger.third_person.sentence_cache = None  # type: ignore[union-attr]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for path in args.files:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        name = Path(path).stem.replace("styles_notes_", "")
        for row in rows:
            gold = {x.rsplit(":", 1)[0].strip() for x in row["labels"].split(";") if x.strip()}
            _LOG.clear()
            got = {m.theme for m in tagger.tag_text(row["text"])}
            seen: set[tuple[str, str]] = set()
            for theme, _sign, cue, kind in _LOG:
                if theme not in got:
                    continue  # settled away
                key = {"kind": kind, "cue": f"{theme}:{cue}", "theme": theme}[args.by]
                if (key, theme) in seen:
                    continue
                seen.add((key, theme))
                ok = "ok" if theme in gold else "extra"
                counts[key][ok] += 1
                if ok == "extra":
                    sets[key].add(name)
                if args.show and args.show in key and (ok == "extra" or args.ok):
                        text = tx.clean_text(row["text"]).replace("\n", " | ")[:300]
                        print(f"[{name} {row['id']} {row.get('style', '')}] {ok} {theme} "
                              f"cue={cue!r} {kind}\n    {text}")
    print(f"{'key':60} {'ok':>5} {'extra':>5} {'prec':>5} sets")
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]["extra"]):
        if c["extra"] < args.min:
            continue
        prec = c["ok"] / (c["ok"] + c["extra"])
        print(f"{key[:60]:60} {c['ok']:5} {c['extra']:5} {prec:5.2f} {len(sets[key])}")


if __name__ == "__main__":
    main()
