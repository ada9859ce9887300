"""Stage 2: match phrases, longest first.

Theme cues, evaluative words, negators, advice markers, rival-candidate phrases, contrast
words, "too", and phrases that carry nothing ("thank you for your time"). ``...`` in a phrase
allows a gap whose words stay free for modifiers.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import KIND_RANK, Item, Rule, Token

Found = tuple[tuple[int, ...], int]


def match_at(
    lex: Lexicon, tokens: list[Token], i: int, taken: set[int], present: set[str] | None = None
) -> Item | None:
    """The best phrase starting at token ``i`` (cached when it depends on two words only);
    ``present``, when given, holds every index key in the sentence."""
    token = tokens[i]
    if not token.pairs and len(token.starts) == 1 and len(token.starts[0].elements) == 1:
        return Item(token.starts[0], i, i + 1, (i,))
    if not token.simple:
        return best_match(lex, tokens, i, taken, present)
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    free = following is not None and following.is_word and i + 1 not in taken
    key = (token.surface, following.surface if free and following else "")
    cache = lex.pair_cache
    if key not in cache:
        found = best_match(lex, tokens, i, taken)
        if len(cache) >= 200_000:
            cache.clear()
        cache[key] = None if found is None else (found.rule, len(found.positions))
    hit = cache[key]
    if hit is None:
        return None
    rule, size = hit
    return Item(rule, i, i + size, (i,) if size == 1 else (i, i + 1))


def candidate_rules(tokens: list[Token], i: int, taken: set[int]) -> list[Rule]:
    """Rules whose first word (or first two adjacent words) are at ``i``."""
    token = tokens[i]
    candidates = list(token.starts)
    if token.pairs and i + 1 < len(tokens) and i + 1 not in taken:
        following = tokens[i + 1]
        for by_second in token.pairs:
            for k2 in following.keys:
                found_pairs = by_second.get(k2)
                if found_pairs:
                    candidates += found_pairs
    return candidates


def best_match(
    lex: Lexicon,
    tokens: list[Token],
    i: int,
    taken: set[int],
    present: set[str] | None = None,
) -> Item | None:
    """The longest, most exact, highest-ranked phrase starting at ``i``; ``present``, when
    given, holds every index key in the sentence, to skip phrases whose words are absent."""
    token = tokens[i]
    best: tuple[tuple[int, int, int, int], Item] | None = None
    for rule in candidate_rules(tokens, i, taken):
        elements = rule.elements
        found: Found | None
        if len(elements) == 1:
            # Indexed by this very word: it matches; only exactness is left to score.
            found = (i,), int(token.surface in elements[0].exact)
        elif len(elements) == 2 and not elements[1].gap_before:
            found = (i, i + 1), int(token.surface in elements[0].exact) + int(
                tokens[i + 1].surface in elements[1].exact
            )
        elif present is not None and _absent(rule, present):
            continue
        else:
            found = match_rule(lex, tokens, i, rule, taken)
        if found is None:
            continue
        positions, exact_hits = found
        score = (len(positions), exact_hits, -KIND_RANK[rule.kind], -rule.order)
        if best is None or score > best[0]:
            best = (score, Item(rule, i, positions[-1] + 1, positions))
    return best[1] if best else None


def match_rule(
    lex: Lexicon, tokens: list[Token], i: int, rule: Rule, taken: set[int]
) -> Found | None:
    """Positions of a gapped phrase's words from ``i``, and how many matched exactly."""
    max_gap = lex.max_gap
    positions: list[int] = []
    exact_hits = 0
    j = i
    for n, element in enumerate(rule.elements):
        reach = max_gap + 1 if (element.gap_before and n) else 1
        hit = None
        for k in range(j, min(j + reach, len(tokens))):
            tok = tokens[k]
            if reach > 1 and tok.surface == "+" and _count_plus(tokens, k):
                continue  # "want 5+ yrs": the plus belongs to its number
            if not tok.is_word or k in taken or (reach > 1 and _gap_break(lex, tokens, k)):
                break
            if tok.surface in element.exact:
                hit, exact_hits = k, exact_hits + 1
                break
            if tok.stem in element.stems:
                hit = k
                break
        if hit is None:
            return None
        positions.append(hit)
        j = hit + 1
    return tuple(positions), exact_hits


def _absent(rule: Rule, present: set[str]) -> bool:
    """True when some later word of ``rule`` is nowhere in the sentence."""
    for keys in rule.later_keys:
        if keys.isdisjoint(present):
            return True
    return False


def _count_plus(tokens: list[Token], k: int) -> bool:
    """True for the "+" of an open count ("5+ yrs", "10+ years"), which a gap may pass over."""
    return (
        tokens[k].surface == "+"
        and k > 0
        and tokens[k - 1].surface.isdigit()
        and tokens[k - 1].end == tokens[k].start
    )


def _gap_break(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """True when "and" plus a determiner at ``k`` opens a new point inside a gap."""
    return (
        tokens[k].surface == "and"
        and k + 1 < len(tokens)
        and f"and {tokens[k + 1].surface}" in lex.words.gap_breaks
    )


def match_sentence(lex: Lexicon, tokens: list[Token]) -> list[Item]:
    """Longest phrase at each word, left to right; words inside a gap stay free, so the
    "excellent" in "asked excellent questions" still counts as praise."""
    items: list[Item] = []
    taken: set[int] = set()
    in_gap: set[int] = set()  # inside a theme phrase's gap: free for modifiers only
    present = {key for token in tokens for key in token.keys}
    for i, token in enumerate(tokens):
        if not (token.starts or token.pairs) or i in taken:
            continue
        item = match_at(lex, tokens, i, taken, present)
        if item is None:
            continue
        if i in in_gap and item.rule.kind == "cue":
            if not (item.rule.contextual and item.rule.self_eval):
                continue
            # "asked sharp questions": an adjective inside the phrase judges it.
            item.as_eval = item.rule.prior
        items.append(item)
        taken.update(item.positions)
        # A generic phrase ("answer ... questions") lets the topic in its gap
        # ("accounting") speak; a specific one ("explain ... simply") does not.
        gapped = item.end - item.start > len(item.positions)
        if item.rule.kind == "cue" and gapped and not item.rule.contextual:
            in_gap.update(range(item.start, item.end))
    return items
