"""Training needed after a gap in a subject is that gap's remedy, not a gap in the record.

"Knowledge of wine service and cocktail specs is basic; will need training", "Limited knowledge
of moving and handling, so would need full training": in a sentence that already finds a gap in
the subject (skills-), a record fault read only from the words of needing training ([trained_gaps]
words) names the cure for that gap, so it goes. "You'd need a lot of training because you haven't
worked in a regulated environment" keeps its record fault: a cue of the record stands beside it.
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words


def trained_gaps(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The sentence's verdicts without a record fault read only from needing training."""
    subject, record = words.roles.subject, words.roles.record
    if not any(t == subject and s < 0 for t, s, *_ in found):
        return found
    return [f for f in found if not (f[0] == record and f[1] < 0 and _training_only(words, f))]


def _training_only(words: Words, found: Found) -> bool:
    """True when every cue of the verdict is made of the training words alone."""
    cues = found[3]
    return bool(cues) and any("train" in c.lower() for c in cues) and all(
        all(word in words.trained_gap_words for word in c.lower().split()) for c in cues
    )
