"""A tool used before is familiarity with the tool, a skill, not time served.

"{led|ran|used} ... before" and "already used" are record cues: a thing done before is
experience ("had run a warehouse team before"). Using is said of a tool or a system ("hasn't
used Xero before", "you hadn't used SAP before, and we'd have had to train you", "had never
used the e-rostering system before"): what the panel judges is whether the candidate can work
it, which the labels call skills. A record cue one of whose words is such a verb
(``[used_tools] verbs``) is read as the subject known, with the same sign.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.tagger.model import Clause


def used_tools(clause: Clause) -> None:
    """Read a record cue of a thing used before as familiarity with a tool (skills)."""
    w = clause.lex.words
    if w.used_tool_verbs.isdisjoint(clause.surfaces):
        return
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme != w.roles.record:
            continue
        if any(clause.tokens[p].surface in w.used_tool_verbs for p in item.positions):
            item.rule = replace(rule, theme=w.roles.subject, contextual=False)
