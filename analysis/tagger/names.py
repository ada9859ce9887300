"""Names of posts and organisations: "the post of Shift Engineer", "the Technical Centre".

A cue word written with a capital inside a run of capitalised words that holds a head noun
("Engineer", "Centre", "Ministry"; ``[names] heads`` in the cue file) is part of a name, so it
says nothing about the candidate. Runs at the start of a sentence count only from their second
word, and a sentence written mostly in capitals (a header, "Strong Technical Skills") has no
names.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Item, Token
from analysis.tagger.phrases import match_at
from analysis.tagger.words import Words


def capitalised(text: str, token: Token) -> bool:
    """True for a word whose first letter is a capital ("Shift", "HR")."""
    return token.is_word and text[token.start].isupper()


def inner_capitals(text: str, tokens: list[Token]) -> bool:
    """True when a capital letter follows the sentence's first word: only then can it hold a
    name (most sentences do not, so the stages below are skipped cheaply)."""
    if len(tokens) < 2:
        return False
    rest = text[tokens[1].start : tokens[-1].end]
    return rest.lower() != rest


def name_runs(words: Words, text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, end) token spans of capitalised runs that hold a head noun.

    >>> from analysis.tagger import build_tagger
    >>> from analysis.tagger.tokens import tokenize
    >>> lex = build_tagger().lexicon
    >>> note = "He applied for the post of Shift Engineer at our Technical Centre."
    >>> toks = tokenize(lex, note)
    >>> [note[toks[a].start : toks[b - 1].end] for a, b in name_runs(lex.words, note, toks)]
    ['Shift Engineer', 'Technical Centre']
    """
    if not inner_capitals(text, tokens):
        return []
    caps = [capitalised(text, t) for t in tokens]
    if sum(caps) * 2 > sum(t.is_word for t in tokens):
        return []
    runs: list[tuple[int, int]] = []
    i = 1 if caps and caps[0] else 0  # a sentence's first word is capitalised anyway
    while i < len(tokens):
        if not caps[i]:
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and (
            caps[end]
            or (tokens[end].surface in words.name_joins and end + 1 < len(tokens) and caps[end + 1])
        ):
            end += 1
        span = range(i, end)
        if end - i >= 2 and any(tokens[k].surface in words.name_heads for k in span):
            runs.append((i, end))
        elif _names_a_post(words, tokens, end) or _post_of(words, tokens, i):
            runs.append((i, end))
        i = end
    return runs


def _names_a_post(words: Words, tokens: list[Token], end: int) -> bool:
    """'the Junior Backend Developer role', 'the Warehouse Supervisor vacancy': a capitalised
    run right before a post noun is the post's title, whatever its last word."""
    return end < len(tokens) and tokens[end].surface in words.name_posts


def _post_of(words: Words, tokens: list[Token], first: int) -> bool:
    """'the post of Clinical Pharmacist', 'the position of Site Reliability Lead': a capitalised
    run right after a post noun and "of" is the post's title, whatever its last word."""
    return first >= 2 and tokens[first - 1].surface == "of" and (
        tokens[first - 2].surface in words.name_posts
    )


def rematch_name_cuts(lex: Lexicon, text: str, tokens: list[Token], items: list[Item]) -> (
    list[Item]
):
    """A phrase cut into a name is matched again without the name's word: 'knowledge of the
    Charities SORP' is knowledge (of a subject), not knowledge of 'the charity'."""
    if not inner_capitals(text, tokens):
        return items
    out: list[Item] = []
    for it in items:
        if not _cut_into_name(text, tokens, it):
            out.append(it)
            continue
        taken = {p for other in items if other is not it for p in other.positions}
        taken.add(max(it.positions))
        again = match_at(lex, tokens, it.start, taken)
        if again is not None and max(again.positions) < max(it.positions):
            out.append(again)
    return out


def drop_names(words: Words, text: str, tokens: list[Token], items: list[Item]) -> list[Item]:
    """The items left once those lying wholly inside a name are dropped."""
    runs = name_runs(words, text, tokens)
    if not runs:
        return items
    return [
        it
        for it in items
        if not any(a <= it.start and max(it.positions) < b for a, b in runs)
    ]


def _cut_into_name(text: str, tokens: list[Token], it: Item) -> bool:
    """'knowledge of the Charities SORP', 'of the Institute Cargo Clauses': a phrase that
    opens in lower case and ends on the first of a run of capitalised words has read a name's
    first word as its own ('charity', 'institution'); the name is a subject, not the employer."""
    last, first = max(it.positions), it.positions[0]
    if last == first or capitalised(text, tokens[first]) or last + 1 >= len(tokens):
        return False
    if not capitalised(text, tokens[last]) or capitalised(text, tokens[last - 1]):
        return False
    if text[tokens[last].start : tokens[last].end].endswith(("'s", "\u2019s", "s'")):
        return False  # "the Council's Local Plan": the employer owns what follows
    return capitalised(text, tokens[last + 1])
