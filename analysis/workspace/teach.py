"""The person's own codebook overlay: phrases they taught ("always read X as theme polarity").

Taught phrases go into the cue lists of ``cues.toml`` (``[themes.<id>] strength`` or
``improvement``: cues that say good or bad by themselves, so negation still flips them). A
taught phrase also leaves every other list it was in, so it is read only the way it was taught.
``load_codebook`` merges a user folder by replacing whole lists, so the exported overlay carries
each changed list in full (Debrief's phrases plus the taught ones).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import pandas as pd

from analysis.codebook import Codebook
from analysis.errors import DebriefError
from analysis.schema import POLARITIES

CUE_LISTS: tuple[str, ...] = (
    "strength", "improvement", "topics", "positive_topics", "negative_topics",
)
MAX_WORDS = 8
_NOT_WORD = re.compile(r"[^\w' ]+")
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def clean_phrase(text: object) -> str:
    """A taught phrase as plain words: no cue syntax ({a|b}, =exact, ...), lowercased.

    >>> clean_phrase("  Waffled   on the {weakness}  question! ")
    'waffled on the weakness question'
    """
    if not isinstance(text, str):
        text = ""
    words = _NOT_WORD.sub(" ", text.replace("_", " ")).casefold().split()
    words = [w.strip("'") for w in words if w.strip("'")]
    if not words:
        raise DebriefError("The phrase to teach has no words: choose words from the note.")
    if len(words) > MAX_WORDS:
        raise DebriefError(
            f"The phrase to teach has {len(words)} words; teach at most {MAX_WORDS}, "
            "the words that carry the meaning."
        )
    return " ".join(words)


def check_theme(codebook: Codebook, theme: str, polarity: str) -> None:
    """Refuse a theme the codebook does not have, or a polarity that is not one of the two."""
    if theme not in codebook.themes:
        known = ", ".join(codebook.theme_ids)
        raise DebriefError(f"There is no theme '{theme}'; the themes are: {known}.")
    if polarity not in POLARITIES:
        raise DebriefError(
            f"'{polarity}' is not a polarity; use {POLARITIES[0]} or {POLARITIES[1]}."
        )


def with_taught(base: Codebook, taught: pd.DataFrame) -> Codebook:
    """The codebook with taught phrases (columns phrase, theme, polarity) in its cue lists."""
    if taught.empty:
        return base
    phrases = set(taught["phrase"])
    themes: dict[str, Any] = {
        theme_id: {
            key: ([p for p in value if not (isinstance(p, str) and p.casefold() in phrases)]
                  if key in CUE_LISTS and isinstance(value, list) else value)
            for key, value in spec.items()
        }
        for theme_id, spec in base.cues.get("themes", {}).items()
    }
    for row in taught.itertuples(index=False):
        spec = themes.setdefault(row.theme, {})
        spec[row.polarity] = [row.phrase, *spec.get(row.polarity, [])]
    return replace(base, cues={**base.cues, "themes": themes})


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key, ensure_ascii=False)


def _toml_list(name: str, taught: Iterable[str], own: Iterable[str]) -> list[str]:
    lines = [f"{_toml_key(name)} = ["]
    taught, own = list(taught), list(own)
    if taught:
        lines.append("  # taught in your workspace")
        lines.extend(f"  {json.dumps(p, ensure_ascii=False)}," for p in taught)
    if own:
        lines.append("  # Debrief's own")
        lines.extend(f"  {json.dumps(p, ensure_ascii=False)}," for p in own)
    lines.append("]")
    return lines


def overlay_toml(base: Codebook, taught: pd.DataFrame) -> str:
    """The overlay as TOML in the shape of ``cues.toml``, loadable with ``load_codebook``."""
    lines = [
        "# Your own Debrief cue phrases, taught in your workspace, in the shape of cues.toml.",
        "# To use them elsewhere, save this file as cues.toml in a folder and pass the folder",
        "# as your codebook (e.g. debrief tag FILE --codebook FOLDER). A list here replaces",
        "# Debrief's list of the same name, so each one holds Debrief's phrases too.",
    ]
    merged = with_taught(base, taught).cues.get("themes", {})
    original = base.cues.get("themes", {})
    mine = set(taught["phrase"]) if not taught.empty else set()
    for theme_id, spec in merged.items():
        changed = [k for k in CUE_LISTS if spec.get(k) != original.get(theme_id, {}).get(k)]
        if not changed:
            continue
        lines += ["", f"[themes.{_toml_key(theme_id)}]"]
        for key in changed:
            values = [v for v in spec.get(key, []) if isinstance(v, str)]
            lines += _toml_list(key, [v for v in values if v in mine],
                                [v for v in values if v not in mine])
    return "\n".join(lines) + "\n"
