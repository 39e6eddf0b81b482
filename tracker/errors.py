"""The one exception type the CLI turns into a clean, one-line error."""

from __future__ import annotations

import sys


class TrackerError(Exception):
    """A problem the user can fix (bad input, unknown id, unreachable database).

    The CLI prints ``str(error)`` on one line to stderr and exits with status 1; library
    code raises it instead of printing, so the same functions work from tests and scripts.
    """


def first_line(error: BaseException) -> str:
    """The driver's own message, without SQLAlchemy's SQL echo and background links."""
    orig = getattr(error, "orig", None)
    text = str(orig if orig is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def expected_message(error: Exception) -> str | None:
    """The one-line message of an expected failure, or None for a bug. Only checks the
    error types of modules already imported (importing them costs start-up time)."""
    if isinstance(error, TrackerError):
        return str(error)
    extract = sys.modules.get("tracker.extract")
    if extract is not None and isinstance(error, extract.RuleError):
        return str(error)
    database_errors: list[type[BaseException]] = []
    for module, name in (("sqlite3", "Error"), ("sqlalchemy.exc", "SQLAlchemyError"), ("psycopg", "Error")):
        if module in sys.modules:
            database_errors.append(getattr(sys.modules[module], name))
    if isinstance(error, tuple(database_errors)):
        message = first_line(error)
        if message in LOCKED or "lock timeout" in message:
            return _locked()
        if any(sign in message for sign in CORRUPT_SIGNS):
            return f"database is corrupt: {message}; restore a backup (tracker db backup makes one)"
        return f"database error: {message}"
    if isinstance(error, UnicodeDecodeError) and _from_the_database(error):
        # SQLite's own message about a damaged file can hold its raw bytes, which the
        # driver then fails to decode: the damage, not a bug.
        return f"database is corrupt: bytes that are not UTF-8 ({error.reason}); restore a backup (tracker db backup makes one)"
    if isinstance(error, ValueError) and "isoformat" in str(error) and _from_the_database(error):
        return f"database is corrupt: a stored date cannot be read ({error}); restore a backup"
    return None


# SQLite's words once the busy timeout is over; PostgreSQL's are "canceling statement due to lock timeout".
LOCKED = ("database is locked", "database table is locked")


def _locked() -> str:
    location = sys.modules.get("tracker.storage.location")
    waited = f" (waited {location.lock_timeout():g} s)" if location is not None else ""
    return f"database is locked by another writer{waited}; try again or raise TRACKER_LOCK_TIMEOUT"


# What SQLite says of a damaged file ("database disk image is malformed", "malformed
# database schema (...)", "file is not a database", a text that is not UTF-8).
CORRUPT_SIGNS = ("malformed", "file is not a database", "Could not decode to UTF-8")


def _from_the_database(error: BaseException) -> bool:
    """Raised while talking to the database (the driver, SQLAlchemy or tracker.storage)?"""
    tb = error.__traceback__
    while tb is not None:
        where = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        if "/sqlalchemy/" in where or "/tracker/storage/" in where:
            return True
        tb = tb.tb_next
    return False
