"""Within a sentence: an advice verb used as a noun ("tidy work on the board") gives no advice.

"Work on your pacing" is advice; "tidy work on the practical board", "your knife work on the
trial", "good work on the case study" use "work" as a noun, and the clause praises. An advice
phrase listed in [advice] noun_verbs, right after a determiner or possessive ([advice]
noun_leads) or a word the lexicon reads as a verdict or a topic, is that noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.tagger.lexicon import Lexicon
    from analysis.tagger.model import Item, Token


def drop_noun_advice(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """``items`` without advice phrases whose verb is used as a noun."""
    verbs, leads = lex.words.noun_verbs, lex.words.noun_leads
    ends = {it.end for it in items if it.kind in ("eval", "cue")}

    def noun(it: Item) -> bool:
        if it.rule.kind != "advice" or it.start == 0:
            return False
        phrase = " ".join(t.surface for t in tokens[it.start : it.end])
        return phrase in verbs and (tokens[it.start - 1].surface in leads or it.start in ends)

    return [it for it in items if not noun(it)]
