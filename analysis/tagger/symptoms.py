"""Losing one's thread as the symptom of a cause the sentence names.

"Lost track", "lost your train of thought", "lost her thread" or "lost your place" read as a
delivery fault (communication) or a lapse of composure (confidence). When the same sentence
names why ("You hadn't rehearsed the walkthrough and lost track of which project came next",
"so anxious that you lost your train of thought", "flustered ... and lost his train of
thought"), the labels give the cause's theme alone: the loss is how the missing rehearsal or
the nerves showed. A mention cued by nothing but such a loss yields to a fault of preparation
or confidence from other cues in the sentence; "rambled, lost my thread" (no such cause) and
"the panel lost track" keep theirs. The word lists are data in ``[symptoms]`` of the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words


def _symptom(words: Words, cue: str) -> bool:
    """True for a loss-of-thread cue: 'lost' ... 'track' / 'train' / 'thread' / 'place'."""
    parts = cue.lower().split()
    return len(parts) > 1 and parts[0] in words.symptom_verbs and (
        parts[-1] in words.symptom_objects
    )


def caused_symptoms(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without a loss-of-thread mention when the sentence names its cause."""
    if len(found) < 2 or not any(v in sentence.lower() for v in words.symptom_verbs):
        return found
    only = [all(_symptom(words, c) for c in m[3]) and m[1] < 0 for m in found]
    causes = {
        m[0] for m, lone in zip(found, only, strict=True)
        if not lone and m[1] < 0 and m[0] in words.symptom_causes
        and not any(_symptom(words, c) for c in m[3])
    }
    if not causes:
        return found
    return [m for m, lone in zip(found, only, strict=True) if not lone or m[0] in causes]
