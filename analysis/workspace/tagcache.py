"""Tagging results kept in the workspace, keyed by the note's text and the tagger's version.

The version covers everything that shapes a tag: the codebook (with the phrases the person
taught) and the tagger's own code, so a new Debrief or a new phrase retags, and nothing else
does. Each entry is the JSON list of a text's mentions: [theme, polarity, evidence, [cues]].
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sqlite3
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.codebook import Codebook

if TYPE_CHECKING:
    from analysis.tagger import Tagger

ENTRY_COLUMNS: tuple[str, ...] = ("text_sha256", "theme", "polarity", "evidence", "cues")
_CODE_MODULES: tuple[str, ...] = ("analysis.tagger", "analysis.text")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the tagger's source files (a module or, after a split, a package)."""
    h = hashlib.sha256()
    for name in _CODE_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.origin:
            continue
        origin = Path(spec.origin)
        files = sorted(origin.parent.rglob("*.py")) if spec.submodule_search_locations else [
            origin]
        for file in files:
            try:
                h.update(file.read_bytes())
            except OSError:
                h.update(str(file).encode())
    return h.hexdigest()[:16]


def tagger_version(codebook: Codebook) -> str:
    """The cache key part that changes whenever tags could change."""
    data = {"themes": codebook.theme_ids, "cues": codebook.cues}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((code_fingerprint() + text).encode("utf-8")).hexdigest()[:24]


def tag_to_json(tagger: Tagger, texts: list[str]) -> list[str]:
    """Tag distinct texts (in a process pool when there are many) and encode each result."""
    from analysis.tagger import tag_feedback  # NLTK loads only when something needs tagging

    if not texts:
        return []
    mentions = tag_feedback(pd.DataFrame({"feedback": pd.Series(texts, dtype=object)}), tagger)
    grouped: dict[int, list[list[object]]] = {}
    for row, theme, polarity, evidence, cues in mentions[
        ["row", "theme", "polarity", "evidence", "cues"]
    ].itertuples(index=False, name=None):
        grouped.setdefault(int(row), []).append([theme, polarity, evidence, list(cues)])
    return [json.dumps(grouped.get(i, []), ensure_ascii=False) for i in range(len(texts))]


def load(conn: sqlite3.Connection, version: str) -> dict[str, str]:
    """Every cached result for one tagger version."""
    rows = conn.execute(
        "SELECT text_sha256, mentions FROM tag_cache WHERE tagger_version = ?", (version,)
    )
    return dict(rows.fetchall())


def store(
    conn: sqlite3.Connection, version: str, items: Mapping[str, str], *, prune: bool
) -> None:
    """Save results (inside the caller's transaction); ``prune`` drops other versions' ones."""
    if prune:
        conn.execute("DELETE FROM tag_cache WHERE tagger_version != ?", (version,))
    conn.executemany(
        "INSERT OR REPLACE INTO tag_cache (text_sha256, tagger_version, mentions) "
        "VALUES (?, ?, ?)",
        [(h, version, m) for h, m in items.items()],
    )


def entries(results: Mapping[str, str], hashes: Iterable[str]) -> pd.DataFrame:
    """One row per cached mention of the given texts (ENTRY_COLUMNS), in the tagger's order."""
    out: dict[str, list[object]] = {c: [] for c in ENTRY_COLUMNS}
    for h in hashes:
        for theme, polarity, evidence, cues in json.loads(results[h]):
            out["text_sha256"].append(h)
            out["theme"].append(theme)
            out["polarity"].append(polarity)
            out["evidence"].append(evidence)
            out["cues"].append(tuple(cues))
    return pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in out.items()})
