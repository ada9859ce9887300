"""Within a sentence: lateness the candidate did not apologise for.

"She was fifteen minutes late and didn't apologise", "cand 25 min late, blamed traffic, no
apology": the missing apology for lateness is an attitude fault beside the logistics one.
"You didn't apologise once" with no lateness (a coach praising composure) says nothing here,
nor does an apology that was made. Nothing else in the sentence judges attitude for this to
speak.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found, judges
from analysis.tagger.words import Words, compiled, word_pattern


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a lateness word, a missing apology)."""
    return word_pattern(words.late_words), word_pattern(words.no_apology)


def unapologetic_lateness(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when lateness and a missing apology share the sentence, attitude:-."""
    lowered = sentence.lower()
    if "late" not in lowered or ("apolog" not in lowered and "sorry" not in lowered):
        return found
    manner = words.roles.manner
    if judges(found, manner):
        return found
    late, missing = compiled(words, _patterns)
    match = missing.search(sentence)
    if match is None or not late.search(sentence):
        return found
    return [*found, (manner, -1, match.group(0), (match.group(0), "(no apology)"))]
