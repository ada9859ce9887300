"""A rival who had less of what a cue names: the candidate had more of it.

"We went with the finalist who had less experience", "The winning candidate was, if anything,
less experienced": a chosen rival described with a comparative that goes down ("less",
"fewer") is not the candidate's gap but the candidate's edge, so the verdict is praise. A
requirement ("we wanted someone less senior") still names the candidate's gap: the rival must
be an actual person who "was" or "had" less, and no requirement word may name it.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token


def rival_had_less(lex: Lexicon, tokens: list[Token], item: Item, markers: list[Item]) -> bool:
    """True when a rival in the clause "was/had less" of the cue ``item``."""
    w = lex.words
    k = item.start - 1
    if k >= 0 and tokens[k].surface in w.rival_less_fillers:
        k -= 1  # "less of an interest"
    if k < 1 or tokens[k].surface not in w.comparison_down:
        return False
    near = [t.surface for t in tokens[max(0, k - 7) : k] if t.is_word][-4:]
    if not any(s in w.rival_less_verbs for s in near):
        return False
    rivals = [m for m in markers if m.rule.kind == "rival" and m.end <= k]
    if not rivals:
        return False
    # "Compared with the successful candidate, she was less confident": the one who was less
    # is the candidate named after the rival.
    between = {t.surface for t in tokens[rivals[-1].end : k]}
    if between & (w.third_person | w.candidate_subjects | w.compared_candidates):
        return False
    # "We wanted someone who was less senior": the words before the rival name a requirement.
    said = {t.surface for t in tokens[max(0, rivals[0].start - 4) : k]}
    return not said & w.rival_requirements
