"""Losing one's thread as the symptom of a cause the sentence names.

"Lost track", "lost your train of thought", "lost her thread" or "lost your place" read as a
delivery fault (communication) or a lapse of composure (confidence). When the same sentence
names why ("You hadn't rehearsed the walkthrough and lost track of which project came next",
"so anxious that you lost your train of thought", "flustered ... and lost his train of
thought"), the labels give the cause's theme alone: the loss is how the missing rehearsal or
the nerves showed. A mention cued by nothing but such a loss yields to a fault of preparation
or confidence from other cues in the sentence; "rambled, lost my thread" (no such cause) and
"the panel lost track" keep theirs.

Rushing is the same kind of sign: "arrived after the scheduled time and seemed rushed", "turned
up late and looked rushed", "not rushing in flustered" name the hurry of arriving late, not a
hurried delivery. A communication mention cued by a rush word alone (or with advice and a
negator), with no answer or talk after it ("rushed through every answer" keeps its reading),
is the lateness: it yields to the sentence's logistics mention, or, as "rushing in" (the
arrival itself), becomes one. The word lists are data in ``[symptoms]`` of the cue file.
"""

from __future__ import annotations

from analysis.tagger.model import Found
from analysis.tagger.words import Words, plain_words


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


def _arrival_rush(words: Words, mention: Found) -> tuple[bool, bool]:
    """(a hurry of arriving, said as 'rushing in') for a communication mention cued by a rush
    word alone, with no answer or talk named after it."""
    theme, sign, evidence, cues = mention
    low = [c.lower() for c in cues]
    if theme != words.roles.delivery or sign > 0 or not any(c in words.rush_words for c in low):
        return False, False
    if not all(c in words.rush_words or c in words.rush_frames for c in low):
        return False, False
    tokens = plain_words(evidence)
    at = next((k for k, t in enumerate(tokens) if t in words.rush_words), None)
    if at is None or any(t in words.rush_delivery for t in tokens[at + 1 :]):
        return False, False
    return True, tokens[at + 1 : at + 2] == ["in"]


def late_rush(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with a hurry of arriving late read as the lateness, not the delivery."""
    if "rush" not in sentence.lower():
        return found
    terms = words.roles.terms
    late = any(m[0] == terms and m[1] < 0 for m in found)
    out: list[Found] = []
    for m in found:
        rush, arriving = _arrival_rush(words, m)
        if rush and late:
            continue
        if rush and arriving:
            m = (terms, m[1], m[2], m[3])
        out.append(m)
    return out
