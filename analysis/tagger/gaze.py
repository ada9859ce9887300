"""Within a sentence: a look in the eye the sentence denies.

"couldn't look the lady on the left in the eye", "was not looking the members of the panel in
the eyes": the negator sits on the look verb, too far before "in the eye" for the negation
window, so the eye contact the cue praises was missing (confidence:-).
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, compiled, in_order, word_pattern


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a negated look verb, the eye phrase it governs)."""
    return word_pattern(words.gaze_denied), word_pattern(words.gaze_eyes)


def denied_gaze(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with confidence:+ from an eye phrase flipped when a negated look verb,
    with nothing but the looked-at person between, opens it."""
    composure = words.roles.composure
    if "eye" not in sentence.lower() or not any(
        theme == composure and sign > 0 for theme, sign, *_ in found
    ):
        return found
    denied, eyes = compiled(words, _patterns)
    pair = in_order(sentence, denied, eyes)
    if pair is None or re.search(r"[,;.!?]", sentence[pair[0].end() : pair[1].start()]):
        return found
    out: list[Found] = []
    for theme, sign, evidence, cues in found:
        if theme == composure and sign > 0 and any(eyes.fullmatch(c) for c in cues):
            out.append((theme, -1, evidence, (*cues, "(look denied)")))
        else:
            out.append((theme, sign, evidence, cues))
    return out
