"""Within a sentence: a credential named by an acronym or a code the cue file does not list.

"FRM certified", "BICSc trained", "ACCA exemptions done", "CA ANZ member": an acronym (two
capitals or more) right before a credential word states a qualification held, experience,
whatever the acronym is. Not when a negation or a requirement comes before it ("not yet
IOSH certified", "must be CSCS certified") or a lapse after it ("ADR certified, expired"),
nor when the sentence speaks of another candidate; nor when the sentence already praises
experience or judges it on the credential's own words. A gap judged elsewhere in the sentence
("ACLS and ATLS current, ..., but has never done a FIFO rotation") leaves the credential held.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.tokens import CREDENTIAL_CODE
from analysis.tagger.words import Words, alternation, compiled

# "Holds 2391", "holds SMSTS and a CSCS black card", "Holds B1/B2 on the A320 family": a code
# right after "holds" names the credential held, whatever the code; not one that qualifies a
# noun after it ("holds HR meetings").
_CODE_ENDS = r"(?!\s+(?!(?:and|on|with|in|from|since|plus|for)\b)[a-z])"
_HELD_CODE = rf"\b[Hh]old(?:s|ing)\s+(?:[A-Z][A-Z0-9][A-Z0-9/&+-]{{0,8}}|\d{{3,5}})\b{_CODE_ENDS}"


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an acronym and its credential word, a blocker just before it, a lapse just after it)."""
    tails = alternation(words.credential_tails)
    pair = rf"(?:(?:[\s/-]+|\s+and\s+){CREDENTIAL_CODE})?"
    held = re.compile(rf"{CREDENTIAL_CODE}{pair}[\s-]+(?:{tails})\b|{_HELD_CODE}")
    blockers = alternation(words.credential_blockers)
    before = re.compile(rf"\b(?:{blockers})(?:\W+\w+){{0,2}}\W*$", re.I)
    after = re.compile(rf"^\W*(?:{alternation(words.credential_lapses)})\b", re.I)
    return held, before, after


def held_credentials(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when the sentence names one, the unlisted credential held."""
    record = words.roles.record
    if any(theme == record and sign > 0 for theme, sign, *_ in found):
        return found
    held, before, after = compiled(words, _patterns)
    for match in held.finditer(sentence):
        lead, tail = sentence[: match.start()], sentence[match.end():]
        if before.search(lead) or after.match(tail) or _judged_on(record, found, match.group(0)):
            continue
        return [*found, (record, 1, match.group(0), (match.group(0), "(credential)"))]
    return found


def _judged_on(record: str, found: list[Found], credential: str) -> bool:
    """True when a ``record`` verdict in ``found`` already rests on the credential's words."""
    return any(theme == record and credential in evidence for theme, _, evidence, _ in found)
