"""A contextual trait listed beside another theme's plain praise takes that praise's sense.

"bright and engaged", "bright, friendly and keen on the trial shift", "sharp and articulate":
a contextual praise word of wit ("bright", which alone is the trade's wit, skills) coordinated with
another theme's plain praise of the person, with only "and" or a comma between, is one more
word of that praise (a lively manner, a quick tongue), so its own theme is dropped. "clearly
bright and capable" keeps it: "capable" is of its own theme.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token

_JOINS = frozenset({"and", ",", "&"})


def drop_coordinated_traits(lex: Lexicon, cues: list[Item], tokens: list[Token]) -> None:
    """Drop a contextual praise cue of wit coordinated with another theme's plain praise."""
    subject = lex.words.roles.subject
    # Another theme's topic in the clause already takes the word as its verdict ("dressed v
    # sharp" is the dress), which the contextual reading after this does.
    topics = {b.rule.theme for b in cues if not b.dropped and not b.rule.self_eval}
    for a in cues:
        if a.dropped or a.rule.theme != subject or not (a.rule.contextual and a.rule.self_eval):
            continue
        if a.negated or topics - {a.rule.theme}:
            continue
        if a.rule.prior <= 0 or len(a.positions) != 1:
            continue
        if any(_own_theme_beside(tokens, b, a) for b in cues):
            continue
        if any(_coordinated(tokens, b, a) for b in cues):
            a.dropped = True


def _plain_praise(b: Item) -> bool:
    """True for a plain (not contextual) praise cue, standing and not negated."""
    rule = b.rule
    standing = not b.dropped and not b.negated
    return standing and rule.self_eval and not rule.contextual and rule.prior > 0


def _coordinated(tokens: list[Token], b: Item, a: Item) -> bool:
    """True when b, another theme's plain praise, is joined to a by 'and' or commas alone."""
    if b is a or not _plain_praise(b) or b.rule.theme == a.rule.theme:
        return False
    lo, hi = (b.end, a.start) if b.end <= a.start else (a.end, b.start)
    between = tokens[lo:hi]
    return 0 < len(between) <= 2 and all(t.surface.lower() in _JOINS for t in between)


def _own_theme_beside(tokens: list[Token], b: Item, a: Item) -> bool:
    """True when praise of a's own theme is coordinated with a ("bright and capable")."""
    if b is a or b.dropped or b.rule.theme != a.rule.theme or b.rule.prior <= 0:
        return False
    lo, hi = (b.end, a.start) if b.end <= a.start else (a.end, b.start)
    return 0 <= hi - lo <= 2 and all(t.surface.lower() in _JOINS for t in tokens[lo:hi])
