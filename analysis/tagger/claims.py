"""Within a sentence: the candidate's own claim, or a warning, that the sentence then contradicts.

"He said he'd researched us, but he drew a blank", "Your CV said 'fluent Spanish', yet you
struggled", "Although the agency warned us he might be nervous, he was actually relaxed": what
the candidate (or a document of theirs) claimed about themselves, or what someone warned,
followed by a contrast, is not the panel's verdict. A theme the rest of the sentence judges
again keeps only that verdict; a theme it leaves alone is flipped (the contrast denies it).
Reports of the interviewer's opinion ("She said my answers were clear, but ...") are no claims:
the claimant must speak of themselves ("he said he'd", "you told us you'd").
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled, negator_pattern


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a claim or warning, a contrast after it, a concessive opening before it)."""
    verbs = alternation(words.claim_verbs)
    aux = alternation(words.claim_auxiliaries)
    self_claim = (
        rf"\b(?P<who>you|he|she|they|i)\s+(?:(?:{aux})\s+)?(?:{verbs})"
        rf"(?:\s+(?:us|me|the\s+panel|everyone))?(?:\s+that)?\s+(?P=who)(?:'[a-z]+)?\b"
    )
    self_claim += rf"|\b(?:you|he|she|they|i)\s+(?:{alternation(words.claim_infinitives)})\s+to\b"
    # "Said he was 'very flexible' on salary, then ...": a note's subjectless claim.
    bare_claim = rf"^\W*(?:{verbs})(?:\s+(?:us|me))?(?:\s+that)?\s+(?:he|she|they)\b"
    document = rf"\b(?:{alternation(words.claim_documents)})\s+(?:{verbs})\b"
    warning = rf"\b(?:{alternation(words.warnings)})\b"
    claim = re.compile(rf"{self_claim}|{bare_claim}|{document}|{warning}", re.I)
    contrast = re.compile(rf"\b(?:{alternation(words.claim_contrasts)})\b", re.I)
    concessive = re.compile(rf"^\W*(?:{alternation(words.concessives)})\b", re.I)
    return claim, contrast, concessive


def _claim_end(words: Words, sentence: str, evidence: str) -> int:
    """Where a claim that is contradicted ends in ``sentence`` (-1: no such claim)."""
    claim, contrast, concessive = compiled(words, _patterns)
    at = sentence.find(evidence)
    if at < 0 or claim.search(evidence) is None:
        return -1
    end = at + len(evidence)
    if contrast.search(sentence, end) or concessive.match(sentence[:at]):
        return end
    return -1


def _turn_pattern(words: Words) -> re.Pattern[str]:
    """A comma, then a turn or disbelief after a claim (its words are group 1)."""
    turns = alternation(words.claim_turns | words.claim_disbeliefs)
    return re.compile(rf",\s*(?:and\s+)?({turns})\b", re.I)


def _turned_claim(
    words: Words, found: list[Found], evidence: str, cues: tuple[str, ...]
) -> bool:
    """'He told us he was organised, then couldn't find his CV': a claim and its contradiction
    after a comma and a turn ("then", "only to") in one clause; True when every cue of this
    verdict lies in the claim and a fault (a negative verdict or a negation) follows the turn,
    or the turn is itself disbelief ("..., which would have been more convincing if ...")."""
    match = compiled(words, _patterns)[0].search(evidence)
    if match is None:
        return False
    turn = compiled(words, _turn_pattern).search(evidence, match.end())
    if turn is None:
        return False
    claimed = evidence[match.end() : turn.start()].lower()
    own = [c.lower() for c in cues if not c.startswith("(")]
    if not own or not all(c in claimed for c in own):
        return False
    if turn.group(1).lower() in words.claim_disbeliefs:
        return True
    rest = evidence[turn.end() :].lower()
    faults = any(
        sign < 0 and e == evidence and all(c.lower() in rest for c in cs)
        for _, sign, e, cs in found
    )
    return faults or compiled(words, negator_pattern).search(rest) is not None


def claim_at(words: Words, sentence: str) -> int:
    """Where the candidate's (or a document's) claim about themselves starts in ``sentence``,
    -1 when it reports none."""
    match = compiled(words, _patterns)[0].search(sentence)
    return -1 if match is None or _only_panel_claims(words, sentence) else match.start()


def _reversed_after_turn(
    words: Words, sentence: str, found: list[Found], theme: str, sign: int, evidence: str
) -> bool:
    """True when ``evidence`` holds a claim and, after a comma and a turn ("then", "only to")
    later in the sentence, the same theme is judged the other way."""
    at = sentence.find(evidence)
    match = compiled(words, _patterns)[0].search(evidence)
    if at < 0 or match is None:
        return False
    turn = compiled(words, _turn_pattern).search(sentence, at + match.end())
    if turn is None:
        return False
    return any(
        t == theme and s == -sign and sentence.find(e) >= turn.start() for t, s, e, _ in found
    )


_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself)\b", re.I)


def _only_panel_claims(words: Words, sentence: str) -> bool:
    """'They said they were impressed by my placement, but ...': in a note the candidate
    writes (I, me, my), "they said they" reports the panel's own reaction, not a claim."""
    claims = list(compiled(words, _patterns)[0].finditer(sentence))
    if not claims or _FIRST_PERSON.search(sentence) is None:
        return False
    return all((m.group("who") or "").lower() == "they" for m in claims)


def settle_claims(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """The verdicts of ``sentence``, with its contradicted claims dropped or flipped."""
    if len(found) == 0 or compiled(words, _patterns)[0].search(sentence) is None:
        return found
    if _only_panel_claims(words, sentence):
        return found
    out: list[Found] = []
    for theme, sign, evidence, cues in found:
        end = _claim_end(words, sentence, evidence)
        if end < 0:
            if _reversed_after_turn(words, sentence, found, theme, sign, evidence):
                continue  # "He told us he wasn't great with Excel, and then built the best ..."
            if sign > 0 and _turned_claim(words, found, evidence, cues):
                sign, cues = -sign, (*cues, "(claim contradicted)")
            out.append((theme, sign, evidence, cues))
            continue
        again = any(
            t == theme and sentence.find(e) >= end for t, _, e, _ in found if e != evidence
        )
        if not again:
            out.append((theme, -sign, evidence, (*cues, "(claim contradicted)")))
    return out
