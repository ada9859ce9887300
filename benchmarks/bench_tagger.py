"""Benchmark: the whole `debrief tag` process on 30,000 distinct notes, beside NLTK VADER.

Prints, in one run:
  1. `debrief tag NOTES.csv --text-column text --format jsonl -o OUT` as a separate process,
     start-up included (imports, codebook, lexicon, worker pool on every core), on N distinct
     notes of about three sentences each; notes/s is N over that wall-clock time;
  2. the same notes through a plain NLTK VADER pipeline in its own process (read the CSV,
     Punkt sentences, ``SentimentIntensityAnalyzer.polarity_scores`` per sentence, write JSON
     lines), also start-up included;
  3. with --in-process, ``tag_feedback`` timings inside this process for a realistic cohort
     log (notes repeat) and an all-unique one, with the sentence cache on and off.
The issue's target: >= 10,000 notes/s for (1) on 2 cores (about 5,600 at 4bfbae9).

Run from the project root:  python benchmarks/bench_tagger.py [--notes 30000] [--in-process]
Run it with the README's virtual environment (.venv/bin/python). A Python that also has SciPy
installed no longer pays for it at start-up: analysis.text imports NLTK with SciPy held back.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.tagger import build_tagger, tag_feedback  # noqa: E402

OPENERS = [
    "Thanks for coming in on {day}.", "Feedback from {name} after the {stage} round.",
    "{name} called with feedback on {day}.", "Notes from my {stage} interview with {name}.",
    "Recruiter update from {name}.", "Email from the hiring manager, {day}.",
]
FINDINGS = [
    "Your answers were {length} and {clarity} at times.",
    "You {verb_neg} when we asked about {topic}.",
    "{praise} {skill} skills, especially in the {task}.",
    "The other candidate had more {domain} experience than you.",
    "You did not seem {trait} about the role.",
    "Try to be more {virtue} when you talk about {topic}.",
    "Your {appearance} was {appearance_verdict} for a client-facing role.",
    "We never felt you were {vice}, which was good.",
    "You made {amount} eye contact and your handshake was {firmness}.",
    "Consider preparing {count} specific examples with measurable results.",
    "We went with someone who was a better fit for the team.",
    "Your salary expectations were {salary} our budget.",
    "{praise} preparation: you clearly researched our {research}.",
    "You seemed {nerves} and fidgeted with your {object}.",
    "Lacked {quality} in the {task}, though your {skill} was {verdict}.",
    "tech: {verdict} / dress: {dress} / comms: {comms}",
    "You arrived {minutes} minutes late but stayed {calm} throughout.",
    "No concerns about your {skill} ability, but the {task} ran long.",
]
CLOSERS = [
    "We will keep your CV on file.", "Good luck with your search.",
    "Next round is on {day}.", "The interview was on {platform}.", "",
]
VOCAB = {
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "name": ["Sam", "Priya", "Dana", "Luis", "Mei", "Tom", "Aisha", "Jonas", "Ruth", "Kofi"],
    "stage": ["first", "second", "final", "technical", "panel", "phone"],
    "length": ["long-winded", "too long", "rambling", "concise", "short", "brief"],
    "clarity": ["unclear", "vague", "hard to follow", "clear", "well structured", "confusing"],
    "verb_neg": ["rambled", "went off on tangents", "interrupted", "hesitated", "froze"],
    "topic": ["your last project", "the gap in your CV", "stakeholders", "your motivation",
              "salary", "the case study", "teamwork", "deadlines"],
    "praise": ["Strong", "Excellent", "Impressive", "Solid", "Weak", "Limited", "Great"],
    "skill": ["SQL", "Python", "Excel", "analytical", "coding", "modelling", "design"],
    "task": ["case study", "take-home test", "whiteboard exercise", "presentation", "SQL test"],
    "domain": ["agency", "sales", "management", "healthcare", "fintech", "startup"],
    "trait": ["enthusiastic", "interested", "motivated", "keen", "confident"],
    "virtue": ["concise", "specific", "structured", "succinct", "confident"],
    "appearance": ["attire", "outfit", "dress", "grooming"],
    "appearance_verdict": ["too casual", "spot on", "appropriate", "a bit scruffy"],
    "vice": ["arrogant", "rude", "dismissive", "defensive", "negative"],
    "amount": ["good", "little", "no", "steady", "limited"],
    "firmness": ["firm", "weak", "limp", "confident"],
    "count": ["two", "three", "four", "five"],
    "salary": ["above", "well above", "within", "close to"],
    "research": ["products", "clients", "strategy", "competitors", "mission"],
    "nerves": ["nervous", "anxious", "calm", "relaxed", "tense"],
    "object": ["pen", "hair", "notes", "sleeve", "phone"],
    "quality": ["clarity", "structure", "confidence", "enthusiasm", "depth"],
    "verdict": ["solid", "strong", "weak", "fine", "patchy", "excellent"],
    "dress": ["too casual", "smart", "fine", "scruffy"],
    "comms": ["rambling", "clear", "waffly", "concise"],
    "minutes": ["5", "10", "15", "20"],
    "calm": ["calm", "composed", "focused", "positive"],
    "platform": ["Zoom", "Teams", "the phone", "site"],
}


def fill(template: str, rng: random.Random) -> str:
    """Fill a template's {slots} from VOCAB."""
    return template.format(**{k: rng.choice(v) for k, v in VOCAB.items()})


def make_note(rng: random.Random) -> str:
    """One note of about 40 words: an opener, three findings, maybe a closer."""
    parts = [fill(rng.choice(OPENERS), rng)]
    parts += [fill(t, rng) for t in rng.sample(FINDINGS, 3)]
    parts.append(fill(rng.choice(CLOSERS), rng))
    return " ".join(p for p in parts if p)


def make_notes(n: int, distinct: int, seed: int = 7) -> list[str]:
    """``n`` notes drawn from ``distinct`` different ones (all different when equal)."""
    rng = random.Random(seed)
    pool: set[str] = set()
    while len(pool) < distinct:
        pool.add(make_note(rng))
    ordered = sorted(pool)
    rng.shuffle(ordered)
    if distinct >= n:
        return ordered[:n]
    # Realistic repetition: a few notes (form rejections) are very common, most are rare.
    weights = [1.0 / (rank + 1) ** 0.6 for rank in range(distinct)]
    return rng.choices(ordered, weights=weights, k=n)


def peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (the pool)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def report_tagger(label: str, notes: list[str], workers: int, sentence_cache: bool) -> None:
    """Time tag_feedback over the notes (tagger built once per process) and print figures."""
    table = pd.DataFrame({"feedback": pd.Series(notes, dtype="string")})
    tagger = build_tagger()
    if not sentence_cache:
        tagger.sentence_cache = None
    cpu, start = cpu_seconds(), time.perf_counter()
    mentions = tag_feedback(table, tagger, workers=workers)
    wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    print(f"Debrief tagger, {label}:")
    print(f"    {len(notes) / wall:,.0f} notes/s wall clock ({wall:.1f} s); "
          f"{len(notes) / cpu:,.0f} notes per CPU-second ({cpu:.1f} CPU-s over all processes)")
    print(f"    {len(mentions):,} mentions over {table['feedback'].nunique():,} distinct notes")


VADER_SCRIPT = """
import csv, json, sys
from pathlib import Path
import nltk, vaderSentiment
from nltk.sentiment.vader import SentimentIntensityAnalyzer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
nltk.data.path.append(str(Path(vaderSentiment.__file__).parent))
analyzer = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
splitter = PunktSentenceTokenizer(PunktParameters())
with open(sys.argv[1], newline="", encoding="utf-8") as f, open(sys.argv[2], "w") as out:
    for row in csv.DictReader(f):
        scores = [analyzer.polarity_scores(s)["compound"] for s in splitter.tokenize(row["text"])]
        out.write(json.dumps({"id": row["id"], "scores": scores}) + "\\n")
"""


def make_short_notes(n: int, seed: int = 5) -> list[str]:
    """``n`` distinct notes of about three sentences: an opener and two findings."""
    rng = random.Random(seed)
    pool: set[str] = set()
    while len(pool) < n:
        parts = [fill(rng.choice(OPENERS), rng)] + [fill(t, rng) for t in rng.sample(FINDINGS, 2)]
        pool.add(" ".join(parts))
    notes = sorted(pool)
    rng.shuffle(notes)
    return notes


def time_process(argv: list[str]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one child process and its own children, start-up
    included; fails loudly. CPU time hardly depends on other work on the machine."""
    cpu, start = cpu_seconds(), time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, cpu_seconds() - cpu


def report_processes(n: int) -> None:
    """Time `debrief tag` and the VADER pipeline as whole processes on the same notes."""
    notes = make_short_notes(n)
    words = sum(len(t.split()) for t in notes) / len(notes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.csv"
        pd.DataFrame({"id": range(1, n + 1), "text": notes}).to_csv(path, index=False)
        debrief = [sys.executable, "-m", "analysis", "tag", str(path), "--text-column", "text",
                   "--id-column", "id", "--format", "jsonl", "-o", str(Path(folder) / "t.jsonl")]
        tag_s, tag_cpu = time_process(debrief)
        vader_s, vader_cpu = time_process([sys.executable, "-c", VADER_SCRIPT, str(path),
                                           str(Path(folder) / "v.jsonl")])
    print(f"{n:,} distinct notes of about three sentences ({words:.0f} words on average)")
    print(f"  debrief tag (whole process, {os.cpu_count()} cores): {tag_s:6.2f} s  "
          f"{n / tag_s:8,.0f} notes/s   ({tag_cpu:.2f} CPU-s, {n / tag_cpu:,.0f} notes/CPU-s)")
    print(f"  NLTK VADER per sentence (whole process, 1 core): {vader_s:6.2f} s  "
          f"{n / vader_s:8,.0f} notes/s   ({vader_cpu:.2f} CPU-s, {n / vader_cpu:,.0f} "
          "notes/CPU-s)")
    print(f"  debrief tag is {vader_s / tag_s:.1f}x the VADER pipeline; target 10,000 notes/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=30_000)
    parser.add_argument("--in-process", action="store_true",
                        help="also time tag_feedback in-process on larger synthetic logs")
    parser.add_argument("--log-notes", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=20_000,
                        help="distinct notes in the realistic log")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} at start (other work on the machine slows wall-clock "
          "figures)")
    report_processes(args.notes)
    if not args.in_process:
        return
    realistic = make_notes(args.log_notes, args.distinct)
    report_tagger(f"realistic log ({args.distinct:,} distinct notes)", realistic,
                  args.workers, sentence_cache=True)
    del realistic
    gc.collect()
    unique = make_notes(args.log_notes, args.log_notes, seed=11)
    report_tagger("all-unique log (sentence cache on)", unique, args.workers,
                  sentence_cache=True)
    gc.collect()
    report_tagger("all-unique log, sentence cache off", unique, args.workers,
                  sentence_cache=False)
    own, child = peak_mb()
    print(f"Peak memory (max resident): {own:,.0f} MB main process, {child:,.0f} MB largest "
          f"worker process")


if __name__ == "__main__":
    main()
