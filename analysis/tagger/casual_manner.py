"""Across a note: "too casual" said of a manner, not of clothes.

"Too casual" alone is a hygiene fault ("Dress: too casual", "I was way too casual for a
bank"), and so it stays when the note names clothing or grooming anywhere ("Too casual - hoodie
and trainers"). But "too casual with the panel" attaches it to people, and "Far too casual -
called the MD 'mate'" spells out after a dash or colon what was casual: in a note that names no
clothing, dress or grooming at all, that is how the candidate behaved, an attitude fault.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, compiled, word_pattern

# "too casual with ...", or "too casual - <what it was>" / "too casual: <...>".
_ATTACHED = re.compile(r"\btoo casual(?:ly)?\s*(?:with\b|[-\u2013\u2014:]\s*\w)", re.I)


def _dress(words: Words) -> re.Pattern[str]:
    """Any word that names clothing, dress or grooming."""
    return word_pattern(words.casual_dress)


def casual_manner(words: Words, text: str, found: list[Found]) -> list[Found]:
    """``found`` with a hygiene fault cued by "too casual" read as attitude when the note
    attaches the casualness to people or an explanation and names no clothing or grooming."""
    if "too casual" not in text.lower() or not _ATTACHED.search(text):
        return found
    if compiled(words, _dress).search(text):
        return found
    manner, dress = words.roles.manner, words.roles.dress
    return [
        (manner, *m[1:])
        if m[0] == dress and m[1] < 0 and any("too casual" in c.lower() for c in m[3])
        else m
        for m in found
    ]
