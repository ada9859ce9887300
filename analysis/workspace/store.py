"""The workspace file: where it lives, how it is checked, opened, migrated and written.

One SQLite file (the standard library's ``sqlite3``) in WAL mode with foreign keys on. The
format is ``PRAGMA user_version``: each entry of :data:`MIGRATIONS` moves a file one version
forward, inside one transaction, so an old workspace is upgraded on open and a newer one (from
a later Debrief) is refused. A file is checked read-only before anything writes to it, so a
damaged or foreign file is never touched.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from analysis.errors import DebriefError

FILE_NAME = "workspace.sqlite3"
ENV_VAR = "DEBRIEF_WORKSPACE"
# Marks the file as Debrief's (PRAGMA application_id): "DBRF".
APPLICATION_ID = 0x44425246
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES: tuple[str, ...] = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 15.0

# One tuple of statements per version; never edit a released one, append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE logs (
            log_id INTEGER PRIMARY KEY,
            filename TEXT NOT NULL UNIQUE,
            content_sha256 TEXT NOT NULL DEFAULT '',
            extra_dtypes TEXT NOT NULL DEFAULT '{}',
            rows INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE events (
            event_key TEXT PRIMARY KEY,
            note_id TEXT,
            content_sha256 TEXT NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX events_note ON events(note_id)",
        """CREATE TABLE event_logs (
            event_key TEXT NOT NULL REFERENCES events(event_key) ON DELETE CASCADE,
            log_id INTEGER NOT NULL REFERENCES logs(log_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (event_key, log_id)) WITHOUT ROWID""",
        "CREATE INDEX event_logs_log ON event_logs(log_id, position)",
        """CREATE TABLE tag_cache (
            text_sha256 TEXT NOT NULL,
            tagger_version TEXT NOT NULL,
            mentions TEXT NOT NULL,
            PRIMARY KEY (text_sha256, tagger_version)) WITHOUT ROWID""",
        """CREATE TABLE corrections (
            correction_id INTEGER PRIMARY KEY,
            note_id TEXT NOT NULL,
            theme TEXT NOT NULL,
            polarity TEXT NOT NULL CHECK (polarity IN ('strength', 'improvement')),
            action TEXT NOT NULL CHECK (action IN ('confirm', 'remove', 'flip', 'add')),
            evidence TEXT,
            made_at TEXT NOT NULL)""",
        "CREATE INDEX corrections_note ON corrections(note_id)",
        """CREATE TABLE taught (
            phrase TEXT NOT NULL,
            theme TEXT NOT NULL,
            polarity TEXT NOT NULL CHECK (polarity IN ('strength', 'improvement')),
            taught_at TEXT NOT NULL,
            PRIMARY KEY (phrase, theme, polarity)) WITHOUT ROWID""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_workspace_path(
    env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """Where the workspace lives: DEBRIEF_WORKSPACE, else the platform's user data folder.

    >>> default_workspace_path({"XDG_DATA_HOME": "/data"}, "linux").as_posix()
    '/data/debrief/workspace.sqlite3'
    >>> default_workspace_path({}, "darwin", Path("/Users/a")).as_posix()
    '/Users/a/Library/Application Support/Debrief/workspace.sqlite3'
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get(ENV_VAR, "").strip():
        return Path(env[ENV_VAR].strip()).expanduser()
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA")
        root = Path(base) if base else home / "AppData" / "Local"
        return root / "Debrief" / FILE_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / "Debrief" / FILE_NAME
    xdg = env.get("XDG_DATA_HOME", "")
    # The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return root / "debrief" / FILE_NAME


def refuse(path: Path, why: str) -> DebriefError:
    """The one-sentence refusal for a file that cannot be used; it says it was left as it was."""
    return DebriefError(f"{path} {why}; it was left untouched.")


def _read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


def check_file(path: Path) -> bool:
    """True when ``path`` holds a usable workspace, False when it is missing or empty.

    Reads only: a damaged, foreign or newer file raises one sentence and is never written.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise refuse(path, f"cannot be read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise DebriefError(f"{path} is a folder: name a workspace file, e.g. {FILE_NAME}.")
    if size == 0:
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise refuse(path, f"cannot be read ({exc.strerror or exc})") from None
    if header != SQLITE_MAGIC:
        raise refuse(path, "is not a Debrief workspace (it is not an SQLite database)")
    _check_contents(path)
    return True


def _check_contents(path: Path) -> None:
    """Refuse a file that is damaged, another program's database, or from a newer Debrief."""
    sides = [path.with_name(path.name + s) for s in SIDE_FILES]
    before = {p for p in sides if p.exists()}
    try:
        _query_checks(path)
    except DebriefError:
        # SQLite makes -wal/-shm files even to read a WAL database: leave no trace of ours.
        for side in sides:
            if side not in before:
                side.unlink(missing_ok=True)
        raise


def _query_checks(path: Path) -> None:
    try:
        conn = _read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise refuse(path, f"is damaged and cannot be read as a workspace ({exc})") from None
    if verdict != "ok":
        raise refuse(path, f"is damaged ({verdict})")
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise refuse(path, "is another program's database, not a Debrief workspace")
    if version > SCHEMA_VERSION:
        raise refuse(
            path,
            f"was written by a newer Debrief (workspace format {version}; this Debrief reads "
            f"up to {SCHEMA_VERSION}): update Debrief to open it",
        )


def looks_like_workspace(path: Path) -> bool:
    """True when the file's header says it is a Debrief workspace (even if damaged further in).

    "Forget everything" deletes only such a file, so a mistyped path never deletes a document.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return False
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return True
    try:  # a new workspace's header may still sit in its write-ahead log
        conn = _read_only(path)
        try:
            return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def create_file(path: Path) -> None:
    """Create an empty, private workspace file (and its folder) if there is none yet."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass  # another process created it first: it is checked like any other file
    except OSError as exc:
        raise DebriefError(
            f"The workspace {path} cannot be created: {exc.strerror or exc}."
        ) from None


def connect(path: Path, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """Open the checked file for writing: autocommit (explicit transactions), WAL, busy wait."""
    try:
        conn = sqlite3.connect(
            path, timeout=timeout, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL: a committed write survives a crash or power loss, not only a killed process.
        conn.execute("PRAGMA synchronous = FULL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.Error as exc:
        raise DebriefError(f"The workspace {path} cannot be opened: {exc}.") from None
    if str(mode).lower() != "wal":
        conn.close()
        raise DebriefError(
            f"The workspace {path} cannot use a write-ahead log here ({mode}): "
            "keep it on a local disk."
        )
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is saved, or (on any error or kill) none of it."""
    try:
        # IMMEDIATE takes the write lock first (waiting up to the busy timeout), so a read
        # inside the transaction can never be invalidated by another writer.
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _busy_or(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            raise _busy_or(exc) from None
        raise


def _busy_or(exc: sqlite3.OperationalError) -> DebriefError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return DebriefError(
            "The workspace is busy: another Debrief window is saving to it; try again."
        )
    return DebriefError(f"The workspace could not be saved: {text}.")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the file to :data:`SCHEMA_VERSION`, one version per step, in one transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current == SCHEMA_VERSION:
        return  # nothing to do: opening never waits for another window's save
    with transaction(conn):
        # Read inside the write lock: two processes opening a new file migrate it once.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise refuse(path, f"was written by a newer Debrief (format {version})")
        for steps in MIGRATIONS[version:]:
            for statement in steps:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def snapshot(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent single-file copy of the open workspace to ``target``, atomically."""
    target = target.expanduser()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    tmp.unlink(missing_ok=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn.execute("VACUUM INTO ?", (str(tmp),))
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:  # a copy to carry elsewhere is one file: no write-ahead log beside it
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        detail = getattr(exc, "strerror", None) or exc
        raise DebriefError(f"{target} cannot be written: {detail}.") from None
    return target


def remove_files(path: Path, before_unlink: Callable[[], None] | None = None) -> list[Path]:
    """Delete the workspace file and its write-ahead log and shared-memory files."""
    if before_unlink:
        before_unlink()
    removed = []
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        try:
            candidate.unlink()
            removed.append(candidate)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DebriefError(f"{candidate} cannot be deleted: {exc.strerror or exc}.") from None
    return removed


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file (so an export never overwrites its own workspace)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
