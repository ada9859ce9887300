"""Load the codebook: the data (not code) behind tagging, the action plan and the letters.

The default codebook is the folder ``analysis/data``; each part is one TOML file so a user can
override or extend one without touching the others:

- ``themes.toml``   theme ids, labels, descriptions, which theme is the generic one
- ``cues.toml``     the tagger's cue phrases and linguistic word lists (see analysis.tagger)
- ``practice.toml`` practice steps per theme, for the action plan
- ``letters.toml``  templates for feedback-request letters

A user codebook folder (or a single TOML file with the same top-level tables) is merged over
the default: a theme it names replaces or extends the default one field by field.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import DebriefError
from analysis.stages import STAGES

DEFAULT_DIR = Path(__file__).parent / "data"
PARTS: tuple[str, ...] = ("themes", "cues", "practice", "letters")


@dataclass(frozen=True)
class Theme:
    """One theme as shown to people."""

    id: str
    label: str
    description: str = ""
    generic: bool = False


@dataclass(frozen=True)
class Codebook:
    """Everything data-driven that Debrief needs, loaded once and passed in where used."""

    themes: dict[str, Theme]
    cues: dict[str, Any] = field(default_factory=dict)
    practice: dict[str, Any] = field(default_factory=dict)
    letters: dict[str, Any] = field(default_factory=dict)

    @property
    def theme_ids(self) -> list[str]:
        """Theme ids in display order."""
        return list(self.themes)

    def label(self, theme_id: str) -> str:
        """The display label of a theme, or the id itself for an unknown one."""
        theme = self.themes.get(theme_id)
        return theme.label if theme else theme_id

    @property
    def generic_themes(self) -> set[str]:
        """Themes whose mentions are low-information ("better fit")."""
        return {t.id for t in self.themes.values() if t.generic}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DebriefError(f"The codebook file {path.name} could not be read: {exc}.") from exc


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Merge ``over`` into ``base`` recursively; lists and scalars in ``over`` win."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_parts(source: Path) -> dict[str, dict[str, Any]]:
    if source.is_dir():
        return {part: _read_toml(source / f"{part}.toml") for part in PARTS}
    data = _read_toml(source)
    return {part: data.get(part, {}) for part in PARTS}


def check_parts(parts: dict[str, dict[str, Any]]) -> None:
    """Refuse a codebook whose files name themes or stages that do not exist.

    A theme or stage renamed in one place then fails loudly here, not silently in a report.
    """
    themes = set(parts["themes"].get("themes", {}))
    practice = parts["practice"]
    named = [*practice.get("themes", {}), *practice.get("first_round_priorities", {}).get(
        "themes", [])]
    for theme in named:
        if theme not in themes:
            raise DebriefError(
                f"practice.toml names the theme '{theme}', which themes.toml does not define: "
                "add it there or correct the name."
            )
    for stage in parts["letters"].get("stages", {}):
        if stage not in STAGES:
            raise DebriefError(
                f"letters.toml has a [stages] entry '{stage}', which is not a stage "
                f"({', '.join(STAGES)}): correct or remove it."
            )


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load the default codebook, merged with a user folder or file when given.

    >>> load_codebook().label("communication")
    'Clear & concise communication'
    """
    parts = _read_parts(DEFAULT_DIR)
    if path is not None:
        user = Path(path)
        if not user.exists():
            raise DebriefError(f"The codebook {user} does not exist.")
        user_parts = _read_parts(user)
        parts = {p: _merge(parts[p], user_parts[p]) for p in PARTS}
    check_parts(parts)
    raw_themes = parts["themes"].get("themes", {})
    themes = {
        theme_id: Theme(
            id=theme_id,
            label=str(spec.get("label", theme_id)),
            description=str(spec.get("description", "")),
            generic=bool(spec.get("generic", False)),
        )
        for theme_id, spec in raw_themes.items()
    }
    return Codebook(
        themes=themes,
        cues=parts["cues"],
        practice=parts["practice"],
        letters=parts["letters"],
    )
