"""Per clause: the moment a composure verdict names is its setting, not a second verdict.

"You stayed composed even when the technical questions got harder", "Your confidence slipped
once we moved on to the technical section", "Kept her cool when the CFO pressed her hard on the
numbers": the questions, the section and the numbers are when the nerves met them, so a plain
topic of another theme after a setting word ([composure_settings] markers) that follows the
composure cue judges nothing. The setting ends at "and", "but", "because" or a comma; a verdict
in it other than a word of difficulty ("even when the technical test went badly") keeps it, and
so does a concession or a reason after the clause, which may judge the topic ("..., even
though she was right", "..., because I hadn't looked them up").
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Item

# Where the setting ends: a new predicate or a reason joins ("Calm when challenged and
# answered the technical questions well", "froze when asked, because I hadn't ...").
_SETTING_ENDS = frozenset(
    {"and", "but", ",", ";", "-", "though", "although", "because", "since", "so", "as"}
)
# A concession or a reason right after the clause may judge the setting's topic by ellipsis.
_CONCESSIONS = frozenset({"though", "although", "but", "yet", "even", "because", "since"})


def _setting(clause: Clause, cues: list[Item]) -> tuple[int, int] | None:
    """(marker, end) of the setting after the clause's first composure cue, or None."""
    w, tokens = clause.lex.words, clause.tokens
    composure = w.roles.composure
    heads = [
        c.end for c in cues if c.rule.theme == composure and (c.rule.self_eval or c.rule.prior)
    ]
    if not heads:
        return None
    marker = None
    for k in range(min(heads), clause.end):
        if tokens[k].surface in _SETTING_ENDS:
            return None
        if tokens[k].surface in w.composure_settings:
            marker = k
            break
    if marker is None:
        return None
    stop = next(
        (k for k in range(marker + 1, clause.end) if tokens[k].surface in _SETTING_ENDS),
        clause.end,
    )
    return marker, stop


def drop_composure_settings(clause: Clause) -> None:
    """Drop the plain topics of another theme set after a composure cue's 'when' / 'by'."""
    w, tokens = clause.lex.words, clause.tokens
    if w.composure_settings.isdisjoint(clause.surfaces):
        return
    cues = [it for it in clause.items if it.kind == "cue"]
    span = _setting(clause, cues)
    if span is None:
        return
    marker, stop = span
    after = {t.surface for t in tokens[stop : stop + 3]}
    if not _CONCESSIONS.isdisjoint(after):
        return  # "..., even though she was right the first time" judges the topic
    for item in clause.items:
        if item.kind == "eval" and marker < item.start < stop:
            said = {tokens[k].surface for k in item.positions}
            if not said <= w.composure_difficulties:
                return  # "even when the technical test went badly": the setting is judged
    composure = w.roles.composure
    for item in cues:
        inside = marker < item.start < stop
        if inside and item.rule.theme != composure and not item.rule.self_eval:
            item.dropped = True
