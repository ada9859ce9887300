"""Across sentences: the candidate's claim about themselves that the next sentence refutes.

"She told us she'd never been late to anything in her life. She was eleven minutes late.",
"He assured us he was calm under pressure. He froze on the first question.": a sentence that
reports the candidate's own claim (claims.py's pattern: "she told us she'd", "he said he
was") judges a theme the next sentence judges the other way; the claim is no verdict of the
panel's, so only the next sentence's verdict stands. A theme the next sentence leaves alone
keeps the claim's verdict.
"""

from __future__ import annotations

from analysis.tagger.claims import claim_at
from analysis.tagger.model import Found
from analysis.tagger.words import Words


def drop_refuted_claims(
    words: Words, found: list[Found], previous: tuple[str, list[Found]], more: list[Found]
) -> tuple[str, list[Found]]:
    """Drop from ``found``'s tail the previous sentence's claimed verdicts that ``more`` (the
    next sentence's) reverses; the previous sentence and its remaining mentions."""
    before, last = previous
    if not last or not more:
        return previous
    reversed_ = {(theme, -sign) for theme, sign, _, _ in more}
    # The set test first: most sentence pairs share no reversed theme, and the claim's regex
    # would otherwise run on every sentence of every note.
    if not any((f[0], f[1]) in reversed_ for f in last):
        return previous
    start = claim_at(words, before)
    if start < 0:
        return previous
    kept = [
        f for f in last
        if not ((f[0], f[1]) in reversed_ and before.find(f[2]) >= start)
    ]
    if len(kept) == len(last):
        return previous
    found[len(found) - len(last) :] = kept
    return before, kept
