"""The record a note gives as the grounds of an excess is no praise of that record.

"cand overqualified (phd + 10 yrs) for the analyst role", "masters + 2 yrs of phd",
"They said I'm too senior for it. 12 yrs vs the 5-7 they want", "with a PhD and postdoctoral
experience, you would be significantly overqualified": in a note that finds the candidate
overqualified or too senior (experience:-), the degrees and years it counts are why, not a
strength, so their experience:+ goes unless a word of praise judges them ("Your background is
impressive, but ... overqualified" keeps it). The excess words are [excess_grounds] excess.
"""

from __future__ import annotations

import re

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Found
from analysis.tagger.phrases import match_sentence
from analysis.tagger.tokens import tokenize
from analysis.tagger.words import Words, compiled, word_pattern


def _excess_pattern(words: Words) -> re.Pattern[str]:
    """A cue that finds the candidate above the post."""
    return word_pattern(words.excess_grounds)


def drop_excess_grounds(lex: Lexicon, found: list[Found]) -> None:
    """Drop from a note's mentions ``found`` the unpraised experience:+ (and a subject's
    skills:+ told in the excess's own clause, "with ten years of analytics leadership ...
    overqualified") when it also holds an excess. Run once when the note is read, not after
    each sentence, so a note costs one pass over its mentions."""
    w = lex.words
    record, subject = w.roles.record, w.roles.subject
    if not any(theme in (record, subject) and sign > 0 for theme, sign, *_ in found):
        return
    excess = compiled(w, _excess_pattern)
    said = {
        evidence
        for theme, sign, evidence, cues in found
        if theme == record and sign < 0 and any(excess.search(cue) for cue in cues)
    }
    if not said:
        return
    found[:] = [
        m
        for m in found
        if not (
            m[1] > 0
            and (m[0] == record or (m[0] == subject and m[2] in said))
            and not _praised(lex, m)
        )
    ]


def _praised(lex: Lexicon, mention: Found) -> bool:
    """True when a cue of ``mention`` holds a word of praise ("impressive", "strong"), not one
    that grades the excess itself ("significantly overqualified")."""
    excess = compiled(lex.words, _excess_pattern)
    for cue in mention[3]:
        graded = re.search(rf"\b{re.escape(cue)}\s+(?={excess.pattern})", mention[2], re.I)
        if graded:
            continue
        items = match_sentence(lex, tokenize(lex, cue))
        if any(it.kind == "eval" and it.rule.prior > 0 for it in items):
            return True
    return False
