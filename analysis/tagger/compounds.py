"""Domain words inside a noun compound before an experience head.

"Your cloud migration experience", "extensive IFRS 16 implementation experience": the skills
topic a word or two before "experience" names the domain of that experience, as "experience
with Kubernetes" does after it (verdict.drop_domain_topics), not a skills verdict of its own.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

COMPOUND_GAP = 2  # plain words between the domain topic and the head ("cloud migration")


def drop_compound_domains(clause: Clause, cues: list[Item]) -> list[Item]:
    """Cues without the domain topics that sit in the compound before an experience head."""
    words, tokens, domains = clause.lex.words, clause.tokens, clause.lex.domains
    if not domains or not words.compound_heads:
        return cues
    heads = [
        (p, domains[it.rule.theme])
        for it in cues
        if it.rule.theme in domains
        for p in it.positions
        if tokens[p].surface in words.compound_heads
    ]
    if not heads:
        return cues
    return [it for it in cues if not any(_modifies(clause, it, p, d) for p, d in heads)]


def _modifies(clause: Clause, item: Item, head: int, domain: str) -> bool:
    """True when ``item`` is a bare domain topic ending a few plain words before ``head``."""
    if item.rule.theme != domain or item.rule.self_eval or item.end > head:
        return False
    if head - item.end > COMPOUND_GAP:
        return False
    breaks = clause.lex.words.compound_breaks
    return all(
        clause.tokens[k].is_word and clause.tokens[k].surface not in breaks
        for k in range(item.end, head)
    )
