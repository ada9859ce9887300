"""A denied fault, then what is left of it: "not unclear, just long" is both verdicts.

"Your answers weren't unclear - they just took a long time to get anywhere", "I don't think
anyone would call you arrogant, but a couple of answers came close", "It's not that your
experience was irrelevant; the other candidate's was simply more recent": a negated fault
word is praise, and the contrast after it (", but", "just", "simply", or a next sentence
opening "You just ...", "It's more that ...") names the milder fault that remains, in the same
theme. Only a contrast that judges nothing of its own is read so: "It's not that we found you
arrogant. We just felt a quieter profile would suit the team" keeps its own verdict (fit).
"""

from __future__ import annotations

import re

from analysis.tagger.head_faults import head_fault_contrast
from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, negator_pattern


def _pattern(leads: str) -> re.Pattern[str]:
    """A residual contrast opening on one of ``leads`` or on "<subject> just / simply"."""
    return re.compile(
        rf"^[\s,;:\-\u2013\u2014]*(?:(?:{leads})\b|(?:[\w']+\s+){{1,3}}?(?:just|simply)\b)",
        re.I,
    )


def _openers(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a residual contrast after a denial in its sentence: ", but ...", "- they just ...",
    "; simply ...", one opening the next sentence: "You just ...", "It's more that ...")."""
    return (
        _pattern(alternation(words.residual_leads)),
        _pattern(alternation(words.residual_next_leads)),
    )


def _denials(words: Words, found: list[Found]) -> list[Found]:
    """Praise read off a negated word ("weren't unclear", "hardly underqualified")."""
    negated = compiled(words, negator_pattern)
    return [
        f for f in found
        if f[1] > 0 and negated.search(f[2]) and len(f[3]) > 1 and "(" not in f[3][-1]
    ]  # a verdict another pass has already settled ("(claim contradicted)") is left alone


def _residual(words: Words, rest: str, same: bool) -> bool:
    """True when ``rest`` opens on a residual contrast (in the ``same`` sentence as the
    denial, or the next one) and has a few words to say."""
    opener = compiled(words, _openers)[0 if same else 1]
    return len(rest.split()) >= 3 and opener.match(rest) is not None


def residual_in_sentence(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """Add the remaining fault of a denial inside one sentence."""
    denials = _denials(words, found)
    if len(denials) != 1:
        return found
    theme, _, evidence, cues = denials[0]
    at = sentence.find(evidence)
    if at < 0:
        return found
    end = at + len(evidence)
    rest = sentence[end:]
    if not _residual(words, rest, True):
        return found
    if any(f is not denials[0] and sentence.find(f[2]) + len(f[2]) > end for f in found):
        return found  # the contrast judges something of its own
    said = rest.strip(" ,;:-\u2013\u2014.")
    contrast = head_fault_contrast(words, sentence)
    if contrast is not None and contrast.group("rest") in said:
        return found  # "than a preparation one" names the fault itself (head_faults.py)
    return [*found, (theme, -1, said, (*cues, "(what remains)"))]


def residual_next(
    words: Words, before: list[Found], sentence: str, more: list[Found]
) -> list[Found]:
    """The mentions of ``sentence``, plus the remaining fault when it opens a residual
    contrast ("You just hadn't looked beyond it") after a sentence that denied a fault."""
    if more or not before:
        return more
    denials = _denials(words, before)
    if len(denials) != 1 or before[-1] is not denials[0] or not _residual(words, sentence, False):
        return more
    theme, _, _, cues = denials[0]
    return [(theme, -1, sentence.strip(), (*cues, "(what remains)"))]


def _replacement(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a "not that" frame opening a sentence, a plain "It's that" opening the next one)."""
    return (
        re.compile(rf"^\W*(?:{alternation(words.concession_frames)})\b", re.I),
        re.compile(rf"^\W*(?:{alternation(words.residual_replacements)})\b", re.I),
    )


def replaced_denial(
    words: Words, before: list[Found], sentence: str, more: list[Found]
) -> list[Found]:
    """The previous sentence's mentions, without a denial that ``sentence`` replaces.

    "It's not that he wasn't interested. It's that we never found out whether he was": a
    plain "It's that" after a "not that" frame puts the real verdict in place of the denied
    one, in the same theme (the remaining fault ``more`` carries), so the denial praises
    nothing; "It's more that ...", "You just ..." soften it and keep both verdicts."""
    if not before or before[-1][1] <= 0:
        return before
    frame, lead = compiled(words, _replacement)
    denial = before[-1]
    if lead.match(sentence) is None or frame.match(denial[2]) is None:
        return before
    # ... the fault the replacement names, carried over or its own, in the denial's theme.
    if not any(f[0] == denial[0] and f[1] < 0 for f in more):
        return before
    return before[:-1]


def replace_denial(
    words: Words, found: list[Found], previous: tuple[str, list[Found]], said: str,
    more: list[Found],
) -> tuple[str, list[Found]]:
    """Drop from the tail of ``found`` a denial the sentence ``said`` replaces (the previous
    sentence's mentions are that tail); the new previous (sentence, mentions)."""
    before, last = previous
    kept = replaced_denial(words, last, said, more)
    if len(kept) == len(last):
        return previous
    found[len(found) - len(last) :] = kept
    return before, kept
