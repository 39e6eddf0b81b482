"""`tracker db backup FILE`: a consistent copy of the database while it is in use.

SQLite: the online backup API (:meth:`sqlite3.Connection.backup`) copies every page in
one step under a read transaction, so the copy holds what was committed when it began
and nothing of a write still open in another connection. It is written to a temporary
file next to FILE and renamed into place: FILE is whole or absent. PostgreSQL has its
own tool for this (pg_dump); the message says how to call it for the URL.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from tracker.errors import TrackerError
from tracker.storage.location import require_existing, sqlite_file


def _pg_dump_hint(target: str, copy: Path) -> str:
    from tracker.storage import db

    url = db.resolve_url(target)
    parts = ["pg_dump", "--format=custom"]
    if url.host:
        parts.append(f"--host={url.host}")
    if url.port:
        parts.append(f"--port={url.port}")
    if url.username:
        parts.append(f"--username={url.username}")
    parts += [f"--file={copy}", f"--dbname={url.database}"]
    return " ".join(parts)


def backup(target: str, copy: Path, *, force: bool = False) -> Path:
    """Copy the database at ``target`` to ``copy``; the path written."""
    source = sqlite_file(target)
    if source is None:
        if target.split(":", 1)[0].startswith("postgresql"):
            raise TrackerError(f"tracker db backup copies SQLite files; for PostgreSQL use pg_dump: {_pg_dump_hint(target, copy)}")
        raise TrackerError(f"tracker db backup copies SQLite files, not {target.split('://', 1)[0]} databases")
    require_existing(target)
    copy = copy.expanduser().resolve()
    if copy == source:
        raise TrackerError(f"{copy} is the database itself; choose another file")
    if copy.exists() and not force:
        raise TrackerError(f"{copy} exists; give --force to replace it")
    if not copy.parent.is_dir():
        raise TrackerError(f"cannot write {copy}: folder {copy.parent} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{copy.name}.", suffix=".tmp", dir=copy.parent)
    os.close(handle)
    try:
        reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=30)
        writer = sqlite3.connect(temporary)
        try:
            reader.backup(writer)  # all pages in one step: one consistent snapshot
            writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            writer.close()
            reader.close()
        os.replace(temporary, copy)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return copy
