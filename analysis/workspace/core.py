"""The workspace: logs, tags, corrections and taught phrases kept in one local SQLite file.

Nothing is written until a method that saves is called; every save is one transaction.
Reads are cached in memory and re-read when any process has changed the file since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import pandas as pd

from analysis.codebook import Codebook
from analysis.errors import DebriefError
from analysis.normalize import ImportResult, import_log
from analysis.schema import counted_rows
from analysis.workspace import store
from analysis.workspace.assemble import join_logs
from analysis.workspace.identity import (
    content_hashes,
    event_keys,
    extra_dtypes,
    note_ids,
    rows_as_json,
    rows_from_json,
)
from analysis.workspace.store import BUSY_TIMEOUT_S

ADDED_LOG = "Added in Debrief"  # the log that interviews added in the app belong to
Hook = Callable[[str], None]


@dataclass(frozen=True)
class LogChange:
    """What saving one log changed in the workspace."""

    filename: str
    rows: int
    added: int
    updated: int
    unchanged: int
    removed: int


@dataclass(frozen=True)
class AddedInterview:
    """An interview added in the app: its note's id and its mentions, tagged at once."""

    note_id: str | None
    mentions: pd.DataFrame
    change: LogChange


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class LogStore:
    """The workspace file and its saved logs (see :class:`analysis.workspace.Workspace`)."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, codebook: Codebook | None = None,
        clock: Callable[[], str] = _utc_now, in_transaction: Hook | None = None,
    ) -> None:
        self.path = path
        self._conn = conn
        self._base_codebook = codebook
        self._clock = clock
        self._hook = in_transaction  # tests pause here to kill a process mid-save
        self._lock = threading.RLock()  # one connection, shared by a session's threads
        # this connection's own commits, by what they change (SQLite's data_version counts
        # only other connections' commits)
        self._writes = {"rows": 0, "review": 0, "cache": 0}
        self._inode = os.stat(path).st_ino
        self._memo: dict[str, tuple[Any, Any]] = {}
        self._preview: dict[str, dict[str, str]] = {}
        self.last_changes: list[LogChange] = []

    # ------------------------------------------------------------------- open / close

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, codebook: Codebook | None = None,
        timeout: float = BUSY_TIMEOUT_S, clock: Callable[[], str] = _utc_now,
        in_transaction: Hook | None = None, create: bool = True,
    ) -> Self:
        """Open a workspace, creating it if missing (unless ``create=False``: then refuse);
        refuse a damaged, foreign or newer file."""
        target = Path(path).expanduser() if path else store.default_workspace_path()
        if not store.check_file(target):
            if not create:
                raise DebriefError(f"There is no workspace at {target} yet: save a log to it "
                                   "first (debrief workspace add LOG).")
            store.create_file(target)
            store.check_file(target)  # another process may have created it meanwhile
        conn = store.connect(target, timeout)
        try:
            store.migrate(conn, target)
        except BaseException:
            conn.close()
            raise
        return cls(target, conn, codebook=codebook, clock=clock, in_transaction=in_transaction)

    def close(self) -> None:
        """Close the file (the write-ahead log is folded back in by SQLite)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Workspace({str(self.path)!r})"

    # ---------------------------------------------------------------- reading, writing

    @contextmanager
    def _write(self, changes: str = "rows") -> Iterator[sqlite3.Connection]:
        """One transaction that changes "rows" (logs), "review" (corrections, phrases) or the
        tag "cache" (which changes no result)."""
        try:
            still_there = os.stat(self.path).st_ino == self._inode
        except FileNotFoundError:
            still_there = False
        if not still_there:
            raise DebriefError(
                f"The workspace {self.path} was deleted (Forget everything in another window?): "
                "open it again to start a new one."
            )
        with self._lock, store.transaction(self._conn) as conn:
            yield conn
        self._writes[changes] += 1

    def _pause(self, where: str) -> None:
        if self._hook:
            self._hook(where)

    def _state(self, *kinds: str) -> tuple[int, ...]:
        """Changes when any other process commits, or this one commits a change of ``kinds``."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        return (version, *(self._writes[k] for k in kinds or ("rows", "review")))

    def _memoised(self, name: str, key: Any, build: Callable[[], Any]) -> Any:
        hit = self._memo.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        value = build()
        self._memo[name] = (key, value)
        return value

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # ---------------------------------------------------------------------- logs

    def add_log(
        self, filename: str, data: bytes, *, sheet: str | None = None,
        overrides: dict[str, str] | None = None,
    ) -> ImportResult:
        """Import a log (as ``normalize.import_log`` does) and save it; return the import."""
        if filename == ADDED_LOG:
            raise DebriefError(f"'{ADDED_LOG}' is the name Debrief keeps for interviews added "
                               "in the app: rename the file to add it.")
        result = import_log(data, filename, sheet=sheet, overrides=overrides)
        self.save_import(result, content_sha256=hashlib.sha256(data).hexdigest())
        return result

    def save_import(self, result: ImportResult, *, content_sha256: str = "") -> list[LogChange]:
        """Save an import already made (the app's upload, mapped): one log per file in it."""
        table = result.table
        names = [f.source_file for f in result.files] or [str(table["source_file"].iloc[0])]
        if len(names) == 1:
            groups = [(names[0], table)]
        else:
            groups = list(table.groupby(table["source_file"].fillna(""), sort=False))
        self.last_changes = [self._save_rows(str(n), g, content_sha256) for n, g in groups]
        return self.last_changes

    def _save_rows(
        self, name: str, rows: pd.DataFrame, sha: str, *, replace: bool = True,
        keys: pd.Series | None = None,
    ) -> LogChange:
        rows = counted_rows(rows).reset_index(drop=True)
        if rows.empty:
            raise DebriefError(f"No row of {name} could be counted, so nothing was saved.")
        keys = (event_keys(rows) if keys is None else keys).tolist()
        ids, data, content = note_ids(rows).tolist(), rows_as_json(rows), content_hashes(rows)
        now, dtypes = self._clock(), json.dumps(extra_dtypes(rows))
        with self._write() as conn:
            name, log_id, previous, start = self._log_for(conn, name, set(keys), sha, dtypes,
                                                          now, replace)
            known = dict(conn.execute("SELECT event_key, content_sha256 FROM events"))
            conn.executemany(
                "INSERT INTO events (event_key, note_id, content_sha256, data, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_key) DO UPDATE SET "
                "note_id = excluded.note_id, content_sha256 = excluded.content_sha256, "
                "data = excluded.data, updated_at = excluded.updated_at "
                "WHERE events.data != excluded.data",
                zip(keys, ids, content, data, [now] * len(keys), strict=True),
            )
            self._pause("events written")
            if replace:
                conn.execute("DELETE FROM event_logs WHERE log_id = ?", (log_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO event_logs (event_key, log_id, position) VALUES (?, ?, ?)",
                [(k, log_id, start + i) for i, k in enumerate(keys)],
            )
            conn.execute("DELETE FROM events WHERE event_key NOT IN "
                         "(SELECT event_key FROM event_logs)")
            added = sum(k not in known for k in keys)
            updated = sum(k in known and known[k] != c for k, c in zip(keys, content, strict=True))
            removed = len(previous - set(keys)) if replace else 0
            conn.execute(
                "UPDATE logs SET rows = (SELECT count(*) FROM event_logs WHERE log_id = ?), "
                "added = ?, updated = ?, removed = ? WHERE log_id = ?",
                (log_id, added, updated, removed, log_id),
            )
        return LogChange(name, len(keys), added, updated, len(keys) - added - updated, removed)

    def _log_for(
        self, conn: sqlite3.Connection, name: str, keys: set[str], sha: str, dtypes: str,
        now: str, replace: bool,
    ) -> tuple[str, int, set[str], int]:
        """The log's name and id, the keys it held, the next position (inside the transaction)."""
        candidate, n = name, 1
        while True:
            found = conn.execute("SELECT log_id FROM logs WHERE filename = ?",
                                 (candidate,)).fetchone()
            if found is None:
                cur = conn.execute(
                    "INSERT INTO logs (filename, content_sha256, extra_dtypes, added_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?)", (candidate, sha, dtypes, now, now))
                return candidate, int(cur.lastrowid), set(), 0
            log_id = int(found[0])
            previous = {k for (k,) in conn.execute(
                "SELECT event_key FROM event_logs WHERE log_id = ?", (log_id,))}
            # A file of the same name that shares no row with the saved one is another log
            # (two folders' "log.csv"), kept beside it instead of erasing it.
            if not replace or not previous or previous & keys:
                break
            n += 1
            candidate = f"{name} ({n})"
        conn.execute("UPDATE logs SET content_sha256 = ?, extra_dtypes = ?, updated_at = ? "
                     "WHERE log_id = ?", (sha, dtypes, now, log_id))
        start = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM event_logs "
                             "WHERE log_id = ?", (log_id,)).fetchone()[0]
        return candidate, log_id, previous, 0 if replace else int(start)

    def remove_log(self, filename: str) -> int:
        """Take one saved log out of the workspace; return how many of its rows were saved."""
        with self._write() as conn:
            found = conn.execute("SELECT log_id, rows FROM logs WHERE filename = ?",
                                 (filename,)).fetchone()
            if found is None:
                raise DebriefError(f"There is no saved log named '{filename}'.")
            conn.execute("DELETE FROM logs WHERE log_id = ?", (found[0],))
            conn.execute("DELETE FROM events WHERE event_key NOT IN "
                         "(SELECT event_key FROM event_logs)")
        return int(found[1])

    def logs(self) -> pd.DataFrame:
        """One row per saved log: rows saved, what the last save changed, when."""
        columns = ["filename", "rows", "added", "updated", "removed", "added_at", "updated_at"]
        frame = pd.DataFrame(
            self._query(f"SELECT {', '.join(columns)} FROM logs ORDER BY log_id"),
            columns=columns,
        )
        for column in ("added_at", "updated_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True)
        return frame

    # --------------------------------------------------------------------- the table

    def _loaded(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(table, meta): meta holds each table row's event_key, note_id and log."""
        return self._memoised("table", self._state("rows"), self._load_table)

    def _load_table(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        rows = self._query(
            "SELECT e.event_key, e.note_id, l.log_id, e.data FROM event_logs l "
            "JOIN events e ON e.event_key = l.event_key ORDER BY l.log_id, l.position")
        stored = pd.DataFrame(rows, columns=["event_key", "note_id", "log_id", "data"])
        stored = stored.drop_duplicates("event_key").reset_index(drop=True)
        dtypes: dict[str, str] = {}
        for (text,) in self._query("SELECT extra_dtypes FROM logs ORDER BY log_id"):
            for column, dtype in json.loads(text).items():
                dtypes[column] = dtype if dtypes.get(column, dtype) == dtype else "object"
        table = rows_from_json(stored["data"].tolist(), dtypes)
        table = join_logs(table, stored["log_id"])
        return table, stored.drop(columns="data")

    def table(self) -> pd.DataFrame:
        """The canonical table of every saved log (and every interview added in the app)."""
        return self._loaded()[0].copy(deep=False)
