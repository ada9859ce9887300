"""Benchmark: tag 100,000 synthetic feedback notes (~40 words) with Debrief's tagger.

Prints notes/s and peak memory for
  1. a realistic cohort log (notes repeat: form rejections, copied coach comments), and
  2. an all-unique log (every note distinct, so nothing is served from the per-text cache),
both through ``tag_feedback`` with a process pool on every core, beside a plain NLTK VADER
pipeline (Punkt sentences + ``SentimentIntensityAnalyzer.polarity_scores`` per sentence)
timed on a subsample of the same notes and extrapolated (it is single-process).

Run from the project root:  python benchmarks/bench_tagger.py [--notes 100000]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.tagger import build_tagger, tag_feedback  # noqa: E402
from analysis.text import build_sentence_splitter  # noqa: E402

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


def time_vader(notes: list[str]) -> float:
    """Seconds per note for a plain NLTK VADER-per-sentence pipeline (single process)."""
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(Path(vaderSentiment.__file__).parent)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    analyzer = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    splitter = build_sentence_splitter()
    start = time.perf_counter()
    for note in notes:
        for sentence in splitter.tokenize(note):
            analyzer.polarity_scores(sentence)
    return (time.perf_counter() - start) / len(notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=20_000,
                        help="distinct notes in the realistic log")
    parser.add_argument("--vader-sample", type=int, default=5_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{args.notes:,} synthetic notes; {args.workers} worker processes on "
          f"{os.cpu_count()} cores (load average {load:.1f} at start: other work on the "
          "machine slows wall-clock figures; notes per CPU-second do not depend on it)")
    # One log in memory at a time, so the peak reflects tagging, not the harness.
    realistic = make_notes(args.notes, args.distinct)
    report_tagger(f"realistic log ({args.distinct:,} distinct notes)", realistic,
                  args.workers, sentence_cache=True)
    del realistic
    gc.collect()
    unique = make_notes(args.notes, args.notes, seed=11)
    words = sum(len(n.split()) for n in unique) / len(unique)
    print(f"(notes average {words:.0f} words)")
    report_tagger("all-unique log (sentence cache on: templates share sentences)", unique,
                  args.workers, sentence_cache=True)
    gc.collect()
    report_tagger("all-unique log, sentence cache off (every sentence analysed)", unique,
                  args.workers, sentence_cache=False)
    own, child = peak_mb()
    print(f"Peak memory (max resident): {own:,.0f} MB main process, {child:,.0f} MB largest "
          f"worker process")

    sample = unique[: args.vader_sample]
    per_note = time_vader(sample)
    print(f"Plain NLTK VADER per sentence (1 process, timed on {len(sample):,} of the "
          f"all-unique notes, extrapolated): {1 / per_note:,.0f} notes/s, "
          f"{args.notes * per_note:.1f} s for {args.notes:,}")


if __name__ == "__main__":
    main()
