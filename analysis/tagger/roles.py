"""The themes the passes' readings name, by role: the cue file's ``[roles]`` table.

A pass that reads a clause as, say, knowledge of a subject names the role (``roles.subject``),
never a theme id: a theme renamed, added or split in the codebook needs no code, only this
table. Every role must name a theme that ``themes.toml`` defines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from analysis.errors import DebriefError


@dataclass(frozen=True)
class Roles:
    """The theme of each reading a pass may give (each line's meaning is in cues.toml)."""

    subject: str = ""  # a subject of the work known or not: "knew the regs cold"
    work: str = ""  # a piece of work or a task done: a test scored, a lesson paced
    delivery: str = ""  # how the answers were put: clear, rambling, too long
    composure: str = ""  # how the candidate carried themself: eye contact, nerves
    research: str = ""  # what the candidate prepared or asked: the employer's affairs, STAR
    manner: str = ""  # how the candidate treated people: an apology, candour, casualness
    dress: str = ""  # how the candidate turned up: clothes, grooming, kit
    record: str = ""  # what the candidate has done and holds: years, posts, credentials
    terms: str = ""  # the candidate's terms: pay, start date, notice, lateness


ROLE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Roles))


def read_roles(cues: dict[str, Any], theme_ids: Sequence[str]) -> Roles:
    """The ``[roles]`` table, every role present and naming a theme the codebook defines."""
    table = cues.get("roles", {})
    unknown = sorted(set(table) - set(ROLE_NAMES))
    if unknown:
        raise DebriefError(
            f"cues.toml [roles] has {', '.join(unknown)}, which no pass reads "
            f"(the roles are {', '.join(ROLE_NAMES)})."
        )
    for name in ROLE_NAMES:
        theme = table.get(name)
        if theme is None:
            raise DebriefError(f"cues.toml [roles] gives no theme for the role '{name}'.")
        if theme not in theme_ids:
            raise DebriefError(
                f"cues.toml [roles] {name} = '{theme}' names a theme themes.toml does not define."
            )
    return Roles(**{name: str(table[name]) for name in ROLE_NAMES})


def check_theme_list(section: str, key: str, themes: frozenset[str], theme_ids: Sequence[str]) -> (
    None
):
    """Refuse a cue list of theme ids (``[tasks] themes``) that names an undefined theme."""
    unknown = sorted(themes - set(theme_ids))
    if unknown:
        raise DebriefError(
            f"cues.toml [{section}] {key} names {', '.join(unknown)}, which themes.toml does "
            "not define."
        )
