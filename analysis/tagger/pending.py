"""Within a sentence: what is still to come, a check of the employer's or a credential.

"DBS and NMC PIN check to follow via HR", "DBS and occupational health to follow if
successful", "The reference check and the background screening are both still outstanding":
the employer's own pre-employment checks, still to come, tell how the process runs, so the
experience their words ("DBS", "references", "background") would read as goes. A credential
of the candidate's own, named by an acronym the cue file does not list, that is not yet held
("LCSW not yet obtained", "NCLEX not yet passed", "LCSW still pending") is the experience
gap, whatever the acronym is, and no other theme's verdict rests on those words.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.spans import clause_span, cues_within
from analysis.tagger.tokens import CREDENTIAL_CODE
from analysis.tagger.words import Words, alternation, compiled


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a check with its wait after it, an acronym with a credential's wait after it)."""
    checks, waits = alternation(words.pending_checks), alternation(words.pending_waits)
    gap = r"(?:[^\W\d_]*[^\w.;:!?]+){0,8}?"  # up to eight words, no stop between
    check = re.compile(rf"\b(?:{checks})\b{gap}(?:{waits})\b", re.I)
    credential = re.compile(
        rf"({CREDENTIAL_CODE}\b)\s+(?:{alternation(words.pending_credential_waits)})\b"
    )
    return check, credential


def pending_checks(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without the experience verdicts read in a check still to come."""
    if not found or not any(theme == words.roles.record for theme, *_ in found):
        return found
    check, _ = compiled(words, _patterns)
    spans = [clause_span(sentence, m.start(), m.end()) for m in check.finditer(sentence)]
    if not spans:
        return found
    record = words.roles.record
    return [f for f in found if not (f[0] == record and cues_within(sentence, f, spans))]


def pending_credentials(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when the sentence names an unlisted credential not yet held, its gap."""
    if not words.pending_credential_waits or not ("yet" in sentence or "pending" in sentence):
        return found
    _, credential = compiled(words, _patterns)
    for match in credential.finditer(sentence):
        name = match.group(1)
        if name.lower() in words.pending_checks:
            continue
        if any(t == words.roles.record and s < 0 and name in ev for t, s, ev, _ in found):
            return found
        text = match.group(0)
        kept = [f for f in found if f[0] == words.roles.record or text not in f[2]]
        return [*kept, (words.roles.record, -1, text, (name, text[len(name):].strip()))]
    return found
