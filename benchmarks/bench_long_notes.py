"""Benchmark: tagging time against the length of one note (Trustworthy numbers, item 14).

A note without a full stop, made of feedback phrases joined by commas and "and", is tagged at
2k, 4k, 8k ... characters; the issue measured 0.07 / 0.47 / 3.6 s at 2k / 4k / 8k and four
minutes at 32k on main (cubic). Linear time means each doubling about doubles the time.

Run from the project root:  python benchmarks/bench_long_notes.py [--sizes 2000 4000 ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.tagger import build_tagger  # noqa: E402

PHRASES = [
    "good communication skills", "great eye contact", "rambled", "not concise", "experience",
    "salary", "clear examples", "answers", "too casual", "never arrogant", "more experience",
]


def long_note(chars: int, seed: int = 3) -> str:
    """A note of about ``chars`` characters with no sentence end."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        phrase = rng.choice(PHRASES)
        parts.append(phrase)
        size += len(phrase) + 2
    # No punctuation at all: the worst case is one clause as long as the note.
    return " ".join(parts)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 16000,
                                                                 32000, 50000])
    parser.add_argument("--limit", type=float, default=60.0, help="skip sizes after one slower")
    args = parser.parse_args()
    tagger = build_tagger()
    tagger.sentence_cache = None
    print("characters  seconds  mentions")
    for size in args.sizes:
        note = long_note(size)
        start = time.perf_counter()
        mentions = tagger.tag_text(note)
        took = time.perf_counter() - start
        print(f"{len(note):10,}  {took:7.3f}  {len(mentions)}")
        if took > args.limit:
            break


if __name__ == "__main__":
    main()
