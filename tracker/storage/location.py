"""Where the database is: the one place that decides, for every command.

A command's own ``--db``, else the global ``tracker --db``, else $TRACKER_DATABASE_URL,
else ``tracker.db`` in the current folder. The value is a SQLAlchemy URL (anything with
``://``) or a SQLite file path. Light to import: `tracker show` reads through here.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from tracker.errors import TrackerError

ENV_VAR = "TRACKER_DATABASE_URL"
DEFAULT_DB = "tracker.db"
# How long a write waits for another writer's lock before giving up, in seconds.
LOCK_TIMEOUT_VAR = "TRACKER_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 30.0


def database(own: str | None = None, everywhere: str | None = None) -> str:
    """The database a command uses: ``own`` (its --db), ``everywhere`` (tracker --db),
    the environment, the default."""
    return own or everywhere or os.environ.get(ENV_VAR) or DEFAULT_DB


def lock_timeout() -> float:
    """Seconds a write waits for the lock: $TRACKER_LOCK_TIMEOUT, else 30."""
    value = os.environ.get(LOCK_TIMEOUT_VAR, "").strip()
    if not value:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 86_400:
        raise TrackerError(f"{LOCK_TIMEOUT_VAR} must be a number of seconds from 0 to 86400, not {value!r}")
    return seconds


def sqlite_file(target: str) -> Path | None:
    """The file of a SQLite target given as a path or a plain sqlite:/// URL, else None."""
    if "://" not in target:
        return Path(target).expanduser().resolve()
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if target.startswith(prefix) and "?" not in target and target not in (prefix, prefix + ":memory:"):
            return Path(target[len(prefix):]).expanduser().resolve()
    return None


def require_existing(target: str) -> None:
    """Read-only commands never create a database: a SQLite file that is not there is an error."""
    path = sqlite_file(target)
    if path is not None and not path.exists():
        raise TrackerError(f"no database at {path} (run tracker ingest first, or give --db)")


def read_only_file(path: Path) -> bool:
    """An existing SQLite file this process cannot write: the file, or its folder (where
    SQLite makes its -wal, -shm and journal files), is not writable."""
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_uri(path: Path) -> str:
    """The sqlite3 URI that opens ``path`` read-only. When no one can be writing it (its
    folder is read-only and no -wal file is beside it) also ``immutable``: SQLite then needs
    no -shm file, which it could not create there."""
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri
