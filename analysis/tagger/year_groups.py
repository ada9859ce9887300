"""Year groups: "first-years", "a second-year associate", "half-year results" served no time.

A year word joined by a hyphen to an ordinal names a year group (students, trainees) or a
period's adjective, not years in a post, so a record cue whose words include it reads nothing
(``[year_groups]``): "couldn't say how she'd teach first-years in classes of 400" is a fault of
the work, not of her years, and "a final-year BCom" is a course in its year, no degree held;
"ten years in retail" and "a 10-year veteran" keep their tenure.
"""

from __future__ import annotations

from analysis.tagger.model import Clause


def year_groups(clause: Clause) -> None:
    """Drop the record cues that read a hyphened ordinal's year as time served."""
    w, tokens = clause.lex.words, clause.tokens
    if w.year_group_units.isdisjoint(clause.surfaces):
        return
    for item in clause.items:
        if item.rule.kind != "cue" or item.rule.theme != w.roles.record:
            continue
        years = [p for p in item.positions if tokens[p].surface in w.year_group_units]
        before = item.start - 1  # "a final-year BCom": a course in its year, not held
        if before >= clause.start and tokens[before].surface in w.year_group_units:
            years.append(before)
        if any(_grouped(clause, p) for p in years):
            item.dropped = True


def _grouped(clause: Clause, p: int) -> bool:
    """True when the year word at ``p`` follows an ordinal and a hyphen ('first-years')."""
    tokens = clause.tokens
    if p == 0 or tokens[p - 1].surface not in clause.lex.words.year_group_ordinals:
        return False
    return clause.text[tokens[p - 1].end : tokens[p].start] in ("-", "\u2010", "\u2011")
