"""Carry a workspace to another machine: merge an exported file into an open workspace.

The exported file is copied and brought to this Debrief's format first, then merged in one
transaction: a log both sides have is taken from whichever saved it last (interviews added in
the app are pooled), corrections and taught phrases are pooled (a phrase taught on both sides
keeps its latest reading), and cached tags come along so nothing needs retagging.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from analysis.errors import DebriefError
from analysis.workspace import store

_MERGE: tuple[str, ...] = (
    # logs only the source has
    "INSERT INTO logs (filename, content_sha256, extra_dtypes, rows, added, updated, removed, "
    "added_at, updated_at) SELECT filename, content_sha256, extra_dtypes, rows, added, "
    "updated, removed, added_at, updated_at FROM src.logs s WHERE NOT EXISTS "
    "(SELECT 1 FROM main.logs m WHERE m.filename = s.filename)",
    # logs both have, saved later on the source side: their rows come from the source
    "CREATE TEMP TABLE taken AS SELECT s.log_id AS src_id, m.log_id AS main_id, "
    "s.filename = ? OR s.updated_at >= m.updated_at AS newer, s.filename = ? AS pooled "
    "FROM src.logs s JOIN main.logs m ON m.filename = s.filename",
    "DELETE FROM main.event_logs WHERE log_id IN "
    "(SELECT main_id FROM temp.taken WHERE newer AND NOT pooled)",
    "INSERT INTO events (event_key, note_id, content_sha256, data, updated_at) "
    "SELECT event_key, note_id, content_sha256, data, updated_at FROM src.events WHERE true "
    "ON CONFLICT (event_key) DO UPDATE SET note_id = excluded.note_id, "
    "content_sha256 = excluded.content_sha256, data = excluded.data, "
    "updated_at = excluded.updated_at WHERE excluded.updated_at > events.updated_at",
    "INSERT OR IGNORE INTO main.event_logs (event_key, log_id, position) "
    "SELECT e.event_key, t.main_id, e.position + CASE WHEN t.pooled THEN 1000000000 ELSE 0 END "
    "FROM src.event_logs e JOIN temp.taken t ON t.src_id = e.log_id WHERE t.newer",
    "UPDATE main.logs SET (content_sha256, extra_dtypes, updated_at) = (SELECT "
    "s.content_sha256, s.extra_dtypes, s.updated_at FROM src.logs s WHERE s.filename = "
    "logs.filename) WHERE log_id IN (SELECT main_id FROM temp.taken WHERE newer AND NOT pooled)",
    "INSERT OR IGNORE INTO main.event_logs (event_key, log_id, position) "
    "SELECT e.event_key, m.log_id, e.position FROM src.event_logs e "
    "JOIN src.logs s ON s.log_id = e.log_id JOIN main.logs m ON m.filename = s.filename "
    "WHERE s.log_id NOT IN (SELECT src_id FROM temp.taken)",
    "DROP TABLE temp.taken",
    "DELETE FROM events WHERE event_key NOT IN (SELECT event_key FROM event_logs)",
    "UPDATE logs SET rows = (SELECT count(*) FROM event_logs e WHERE e.log_id = logs.log_id)",
    # corrections: pooled, each once
    "INSERT INTO corrections (note_id, theme, polarity, action, evidence, made_at) "
    "SELECT note_id, theme, polarity, action, evidence, made_at FROM src.corrections s "
    "WHERE NOT EXISTS (SELECT 1 FROM main.corrections m WHERE m.note_id = s.note_id AND "
    "m.theme = s.theme AND m.polarity = s.polarity AND m.action = s.action AND "
    "m.made_at = s.made_at AND coalesce(m.evidence, '') = coalesce(s.evidence, '')) "
    "ORDER BY made_at, correction_id",
    # taught phrases: one reading per phrase, the latest
    "DELETE FROM main.taught WHERE EXISTS (SELECT 1 FROM src.taught s WHERE "
    "s.phrase = taught.phrase AND s.taught_at > taught.taught_at)",
    "INSERT OR IGNORE INTO main.taught (phrase, theme, polarity, taught_at) "
    "SELECT phrase, theme, polarity, taught_at FROM src.taught s WHERE NOT EXISTS "
    "(SELECT 1 FROM main.taught m WHERE m.phrase = s.phrase)",
    "INSERT OR IGNORE INTO main.tag_cache SELECT * FROM src.tag_cache",
)


def _copy_current(source: Path, folder: Path) -> Path:
    """A private copy of ``source`` in ``folder``, migrated to this Debrief's format."""
    tmp = folder / f".debrief-import-{os.getpid()}.sqlite3"
    store.remove_files(tmp)
    try:
        reader = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
        writer = sqlite3.connect(tmp)
        try:
            reader.backup(writer)
        finally:
            reader.close()
            writer.close()
        conn = store.connect(tmp)
        try:
            store.migrate(conn, tmp)
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        store.remove_files(tmp)
        raise DebriefError(f"{source} could not be read: {exc}.") from None
    return tmp


def check_source(source: Path) -> None:
    """Refuse, in one sentence, a file that is no workspace to import (before anything opens)."""
    if not source.exists():
        raise DebriefError(f"{source} does not exist.")
    if not store.check_file(source):
        raise DebriefError(f"{source} is empty: there is no workspace in it to import.")


def merge_into(conn: sqlite3.Connection, target: Path, source: Path, added_log: str) -> None:
    """Merge the workspace file ``source`` into the open workspace ``conn`` (at ``target``)."""
    source = source.expanduser()
    check_source(source)
    if store.same_file(source, target):
        raise DebriefError(f"{source} is this workspace already: there is nothing to import.")
    tmp = _copy_current(source, target.parent)
    try:
        conn.execute("ATTACH DATABASE ? AS src", (str(tmp),))  # not allowed inside a transaction
        try:
            with store.transaction(conn):
                for statement in _MERGE:
                    params = (added_log, added_log) if "CREATE TEMP TABLE" in statement else ()
                    conn.execute(statement, params)
        finally:
            conn.execute("DETACH DATABASE src")
    finally:
        store.remove_files(tmp)
