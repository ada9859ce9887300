"""A conceded generic fault: "Not that your answers were bad - far from it - but ...".

"Not that your answers were poor, but the person we appointed had run an ICU", "Not that the
answers were bad, they weren't, but they were so long ...": a "not that" frame that denies a
generic fault of the answers as a whole ("bad", "poor") only clears the way for the real
reason; it praises no theme. A denial of a named quality ("Not that she lacked experience -
she had plenty") keeps its praise. The words are data in ``[concessions]`` of the cue file.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled


def _frame(words: Words) -> re.Pattern[str]:
    """A sentence opening on a "not that" frame."""
    return re.compile(rf"^\W*(?:{alternation(words.concession_frames)})\b", re.I)


def drop_conceded_generics(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, without the praise of a conceded generic fault."""
    if not found or compiled(words, _frame).match(sentence) is None:
        return found
    generic = (
        words.concession_topics | words.concession_verdicts | words.concession_frames
        | words.concession_negators
    )
    return [
        f for f in found
        if not (f[1] > 0 and sentence.startswith(f[2]) and _generic(generic, f[3]))
    ]


def _generic(generic: frozenset[str], cues: tuple[str, ...]) -> bool:
    """True when every cue of a verdict is the frame, a generic topic or a generic fault."""
    return bool(cues) and all(c.lower() in generic for c in cues)
