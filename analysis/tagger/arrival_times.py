"""Within a sentence: an arrival told as two clock times is late or early.

"Showed up at 10:40 for a 10:00 slot", "interview 9:00, train delayed, got there 9:20": the time
after an arrival verb ([arrival_times] arrivals), set against the sentence's other clock time,
is the lateness (logistics-) when later and punctuality (logistics+) when earlier. Read only
where no verdict of the sentence already judges the terms.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled

_CLOCK = r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d%])"


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an arrival verb then a clock time within three words, any clock time)."""
    arrival = re.compile(
        rf"\b(?:{alternation(words.arrival_verbs)})\b(?:\s+\w+){{0,3}}?\s+(?:at\s+)?{_CLOCK}",
        re.I,
    )
    return arrival, re.compile(_CLOCK, re.I)


def _minutes(match: re.Match[str], first: int) -> int | None:
    """Minutes after midnight of a clock time whose groups start at ``first``; None for a bare
    number (no minutes and no am/pm: a count, not a time)."""
    hour, minute, half = match.group(first), match.group(first + 1), match.group(first + 2)
    if minute is None and half is None:
        return None
    h = int(hour)
    if h > 23 or (minute is not None and int(minute) > 59):
        return None
    if half and half[0].lower() == "p" and h < 12:
        h += 12
    return h * 60 + int(minute or 0)


def arrival_times(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with the lateness or punctuality of an arrival told by the clock."""
    terms = words.roles.terms
    if not re.search(r"\d[:.]?\d", sentence) or any(f[0] == terms for f in found):
        return found
    arrival, clock = compiled(words, _patterns)
    came = arrival.search(sentence)
    if came is None or (at := _minutes(came, 1)) is None:
        return found
    others = [
        t
        for m in clock.finditer(sentence)
        if m.start() != came.start(1) and (t := _minutes(m, 1)) is not None
    ]
    if len(others) != 1:
        return found
    # Compared on a twelve-hour dial: "2:35 for a 2pm interview" is 35 minutes late.
    late = (at - others[0] + 360) % 720 - 360
    if not late or abs(late) > 180:
        return found
    sign = -1 if late > 0 else 1
    return [*found, (terms, sign, sentence.strip(), (came.group(0),))]
