"""Where the database is: the one place that decides, for every command.

A command's own ``--db``, else the global ``tracker --db``, else $TRACKER_DATABASE_URL,
else ``tracker.db`` in the current folder. The value is a SQLAlchemy URL (anything with
``://``) or a SQLite file path. Light to import: `tracker show` reads through here.
"""

from __future__ import annotations

import os
from pathlib import Path

from tracker.errors import TrackerError

ENV_VAR = "TRACKER_DATABASE_URL"
DEFAULT_DB = "tracker.db"


def database(own: str | None = None, everywhere: str | None = None) -> str:
    """The database a command uses: ``own`` (its --db), ``everywhere`` (tracker --db),
    the environment, the default."""
    return own or everywhere or os.environ.get(ENV_VAR) or DEFAULT_DB


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
