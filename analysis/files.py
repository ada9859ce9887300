"""The one place Debrief touches files: read the user's log safely, write outputs atomically.

Standard library only (the command line uses it before pandas loads).

- ``read_input_file`` refuses folders, devices, pipes and files over the size limit before
  reading a byte, so ``/dev/zero`` or a 4 GB file is one sentence, not a memory error.
- ``refuse_overwriting_inputs`` refuses an output that names an input (same file by device
  and inode: a symlink, a hard link or another spelling of the path counts), so ``-o`` can
  never replace the user's own log.
- ``write_atomic`` writes to a temporary file in the target's folder, flushes and fsyncs it,
  then renames it over the target: a failed or interrupted write leaves the previous file
  intact and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from analysis.errors import DebriefError

MB = 1024 * 1024


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def read_input_file(path: str | Path, *, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; anything else is one sentence."""
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise DebriefError(f"{p} does not exist.") from None
    except PermissionError:
        raise DebriefError(f"{p} cannot be read: permission denied.") from None
    except OSError as exc:
        raise DebriefError(f"{p} cannot be read: {_reason(exc)}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise DebriefError(f"{p} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise DebriefError(
            f"{p} is not a regular file (a device, pipe or socket): save the log as a file "
            "and name that file."
        )
    if info.st_size > max_bytes:
        raise DebriefError(
            f"{p.name} is {info.st_size / MB:,.0f} MB, over the {max_bytes / MB:,.0f} MB limit "
            "for one log: split it, or export only the rows you need."
        )
    try:
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except PermissionError:
        raise DebriefError(f"{p} cannot be read: permission denied.") from None
    except OSError as exc:
        raise DebriefError(f"{p} cannot be read: {_reason(exc)}.") from None
    if len(data) > max_bytes:
        raise DebriefError(f"{p.name} is over the {max_bytes / MB:,.0f} MB limit for one log.")
    return data


def refuse_overwriting_inputs(output: str | Path | None, inputs: Sequence[str | Path]) -> None:
    """Refuse an output file that is one of the inputs (compared by file identity)."""
    if output is None or str(output) == "-":
        return
    for source in inputs:
        try:
            same = os.path.samefile(output, source)
        except OSError:  # either does not exist (yet): they cannot be the same file
            continue
        if same:
            raise DebriefError(
                f"-o {output} is your input file {source}: Debrief never writes over your log, "
                "so name a new output file."
            )


def write_output(data: str | bytes, path: str | Path | None) -> None:
    """Write to ``path`` (atomically), or to stdout when it is None or "-"."""
    if path is None or str(path) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    write_atomic(Path(path), data.encode("utf-8") if isinstance(data, str) else data)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: before and after, never half-written.

    A device or pipe (``/dev/stdout``) is written directly: it cannot be replaced.
    """
    try:
        existing = path.stat()
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise DebriefError(f"{path} cannot be written: {_reason(exc)}.") from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        if stat.S_ISDIR(existing.st_mode):
            raise DebriefError(f"{path} is a folder: name a file to write.")
        _write_in_place(path, data)
        return
    folder = path.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DebriefError(f"{path} cannot be written: {_reason(exc)}.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existing is not None:  # keep the old file's permissions; a new one stays private
            os.chmod(temp, stat.S_IMODE(existing.st_mode))
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise DebriefError(
                f"{path} cannot be written: {_reason(exc)}; any previous file there is unchanged."
            ) from None
        raise
    _sync_folder(folder)


def _write_in_place(path: Path, data: bytes) -> None:
    try:
        with path.open("wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise DebriefError(f"{path} cannot be written: {_reason(exc)}.") from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
