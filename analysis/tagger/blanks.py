"""A blank the note explains, and dress judged out of place.

"Blanked on 'tell me about a conflict', had no example ready", "didn't look up their new
product line. they asked what i thought of it & i blanked": a blank with a preparation (or
composure) fault beside it, or a bare blank right after such a fault, is that fault showing,
not a gap in the candidate's knowledge, so its skills:- yields. A blank with a subject of its
own and no such cause ("blanked on the dp question") stays a skills gap.

"Wore the grey suit - massively overdressed, everyone in boardies": in a sentence that judges
the dress out of place, the clothes it names are the fault, not praise, so hygiene:+ yields.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, compiled, word_pattern


def _blank_patterns(words: Words) -> tuple[re.Pattern[str], frozenset[str]]:
    """(a blank word opening a cue, the themes whose fault explains a blank)."""
    return word_pattern(words.blank_words), words.blank_causes


def _lone_blank(subject: str, blank: re.Pattern[str], mention: Found) -> bool:
    """A subject gap (skills:-) from one blank cue and nothing else."""
    theme, sign, _, cues = mention
    return theme == subject and sign < 0 and len(cues) == 1 and bool(blank.match(cues[0]))


def _caused(causes: frozenset[str], found: list[Found]) -> bool:
    """Whether ``found`` holds a fault of a theme that explains a blank."""
    return any(sign < 0 and theme in causes for theme, sign, *_ in found)


def explained_blanks(
    words: Words, before: list[Found], sentence: str, more: list[Found]
) -> list[Found]:
    """``more`` without a lone blank's skills:- when a fault beside it (or, for a bare blank,
    in the sentence ``before``) explains it."""
    if "blank" not in sentence.lower():
        return more
    blank, causes = compiled(words, _blank_patterns)
    lone = [m for m in more if _lone_blank(words.roles.subject, blank, m)]
    if not lone:
        return more
    if _caused(causes, more):
        return [m for m in more if m not in lone]
    bare = [m for m in lone if blank.fullmatch(m[3][0].strip())]
    if bare and _caused(causes, before) and len(more) == len(bare):
        return [m for m in more if m not in bare]
    return more


def _dress_pattern(words: Words) -> re.Pattern[str]:
    """A cue that judges dress out of place."""
    return word_pattern(words.dress_misfits)


def misfit_dress(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without hygiene:+ when the sentence's hygiene:- judges the dress out of place."""
    dress = words.roles.dress
    if not any(theme == dress and sign > 0 for theme, sign, *_ in found):
        return found
    misfit = compiled(words, _dress_pattern)
    if not any(
        theme == dress and sign < 0 and any(misfit.search(cue) for cue in cues)
        for theme, sign, _, cues in found
    ):
        return found
    return [m for m in found if not (m[0] == dress and m[1] > 0)]


def misfit_dress_before(words: Words, found: list[Found], more: list[Found]) -> None:
    """'Wore the suit. ... overdressed.': when sentence mentions ``more`` (the tail of
    ``found``) judge the dress out of place, an earlier bare report of what was worn is that
    dress, so its hygiene:+ is dropped from ``found``."""
    dress = words.roles.dress
    faults = [cues for theme, sign, _, cues in more if theme == dress and sign < 0]
    if not faults:  # the common case, before any regex
        return
    misfit = compiled(words, _dress_pattern)
    if not any(misfit.search(cue) for cues in faults for cue in cues):
        return
    head = len(found) - len(more)
    found[:head] = [m for m in found[:head] if not _bare_report(words, m)]


def _bare_report(words: Words, mention: Found) -> bool:
    """True for a hygiene:+ whose every cue opens on a wearing verb ("Wore the navy suit")."""
    if mention[0] != words.roles.dress or mention[1] <= 0:
        return False
    firsts = [cue.lower().split()[:1] for cue in mention[3]]
    return all(first and first[0] in words.misfit_report_verbs for first in firsts)
