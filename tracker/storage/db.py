"""Connecting to the database and bringing its schema up to date.

Every command that writes calls :func:`open_database` with the target that
:mod:`tracker.storage.location` chose; it applies any pending Alembic migration
in-process (the schema exists only through migrations) and refuses a database whose
schema is newer than this code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from tracker.errors import CORRUPT_SIGNS, TrackerError, first_line
from tracker.storage import location
from tracker.storage.migrations import head_revision

if TYPE_CHECKING:  # Alembic is imported only when a migration runs (start-up time)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Serialises first-use migrations of concurrent processes on PostgreSQL (arbitrary id).
_PG_MIGRATION_LOCK = 727_140_001


def resolve_url(value: str) -> URL:
    """A SQLAlchemy URL for a target chosen by :func:`tracker.storage.location.database`.

    Anything with ``://`` is a SQLAlchemy URL; anything else is a SQLite file path.
    """
    if "://" not in value:
        return URL.create("sqlite", database=str(Path(value).expanduser().resolve()))
    try:
        url = make_url(value)
    except (ArgumentError, ValueError) as e:  # ValueError: a port that is not a number
        raise TrackerError(f"invalid database URL {value!r}: {e}") from None
    check_url(url, value)
    return url


def check_url(url: URL, value: str) -> None:
    """Refuse, before connecting, a URL that names no particular database: `postgresql://`
    would connect to whatever the local socket gives and migrate a database nobody named,
    and an in-memory SQLite database keeps nothing once the command ends."""
    backend = url.get_backend_name()
    if backend == "postgresql":
        host = url.host or url.query.get("host")
        if not host or not url.database:
            raise TrackerError(
                f"the PostgreSQL URL {url.render_as_string(hide_password=True)} must name the host and the "
                "database, e.g. postgresql+psycopg://user@localhost:5432/tracker")
    elif backend == "sqlite":
        memory = url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
        if memory:
            raise TrackerError(
                f"{value} is an in-memory SQLite database, which keeps nothing "
                "when the command ends; give a file (a path, or sqlite:///path/to/tracker.db)")


def describe(url: URL) -> str:
    """How to name the database in messages: the file for SQLite, the URL without password."""
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # Wait for another writer instead of failing at once ($TRACKER_LOCK_TIMEOUT); first,
    # since the pragmas below may wait for it too.
    cursor.execute(f"PRAGMA busy_timeout={int(location.lock_timeout() * 1000)}")
    cursor.execute("PRAGMA foreign_keys=ON")  # SQLite ignores foreign keys unless asked
    cursor.execute("PRAGMA journal_mode=WAL")  # readers don't block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, and much faster commits
    # Ingest commits once per document: checkpoint the WAL into the database every 10,000
    # pages (40 MB) rather than every 1,000, so 10x fewer fsyncs and each page written
    # back once per checkpoint instead of once per 80-odd documents.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.close()


def create_engine(url: URL) -> Engine:
    """An engine for ``url``; SQLite connections get the pragmas above."""
    options: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "options" not in url.query:
        # A write waits for a row lock as long as SQLite waits for the file's ($TRACKER_LOCK_TIMEOUT).
        options["connect_args"] = {"options": f"-c lock_timeout={int(location.lock_timeout() * 1000)}"}
    try:
        engine = sa.create_engine(url, **options)
    except (NoSuchModuleError, ArgumentError) as e:
        raise TrackerError(f"unsupported database URL {describe(url)}: {e}") from None
    except ModuleNotFoundError as e:
        raise TrackerError(
            f"the driver for {url.drivername} is not installed ({e.name}); "
            "for PostgreSQL: pip install 'commitment-tracker[postgres]'"
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        # env.py runs the migrations on this connection instead of opening its own.
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    heads = MigrationContext.configure(connection).get_current_heads()
    if len(heads) > 1:  # written by hand or by another program: which one is true is not ours to guess
        raise TrackerError(
            f"the database {describe(connection.engine.url)} records {len(heads)} schema revisions in "
            f"alembic_version ({', '.join(sorted(heads))}) instead of one; delete the rows that are wrong "
            "(the schema's revision is the newest whose tables it has)")
    return heads[0] if heads else None


def _at_head(connection: Connection) -> bool:
    """One query instead of loading Alembic: is the schema at this code's head?"""
    if not sa.inspect(connection).has_table("alembic_version"):
        return False
    return list(connection.exec_driver_sql("SELECT version_num FROM alembic_version")) == [(head_revision(),)]


def check_known(revision: str | None, script: ScriptDirectory, url: URL) -> None:
    """Refuse a database migrated by a newer tracker: its schema is not ours to touch."""
    if revision is None:
        return
    from alembic.util.exc import CommandError

    try:
        script.get_revision(revision)
    except CommandError:
        raise TrackerError(
            f"the database {describe(url)} is at schema revision {revision}, newer than this "
            f"tracker knows (latest {script.get_current_head()}); upgrade tracker"
        ) from None


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Apply pending migrations on one connection, all or nothing. Returns (revision
    before, revision after)."""
    if revision == "head":
        with engine.connect() as connection:
            if _at_head(connection):
                return head_revision(), head_revision()
    from alembic import command

    script = script_directory()
    with engine.connect() as connection:
        before = current_revision(connection)
        connection.rollback()
        if before == script.get_current_head() and revision == "head":
            return before, before
        check_known(before, script, engine.url)
        sqlite = connection.dialect.name == "sqlite"
        try:
            if sqlite:
                # Batch migrations rebuild tables: foreign keys must not act meanwhile (and
                # the pragma only takes effect outside a transaction). Python's sqlite3
                # runs DDL outside transactions, so BEGIN explicitly: a failed migration
                # then leaves the schema as it was.
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            elif connection.dialect.name == "postgresql":
                # Concurrent first uses: the second waits, then finds nothing to do.
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                before = current_revision(connection)
            command.upgrade(alembic_config(connection), revision)
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise TrackerError("migration left rows with broken foreign keys; nothing was changed")
            after = current_revision(connection)
            connection.commit()
        finally:
            if connection.in_transaction():
                connection.rollback()
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
        return before, after


def connect_check(engine: Engine) -> None:
    """Fail early, with one clear line, when the database cannot be reached."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folder = Path(str(url.database)).parent
        if not folder.is_dir():
            raise TrackerError(f"cannot open database {describe(url)}: folder {folder} does not exist")
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")  # reads the schema: damage shows here
    except UnicodeDecodeError as e:  # SQLite's message quoted the damaged bytes
        raise TrackerError(corrupt(describe(url), f"bytes that are not UTF-8 ({e.reason})")) from None
    except SQLAlchemyError as e:
        message = first_line(e)
        if any(sign in message for sign in CORRUPT_SIGNS):
            raise TrackerError(corrupt(describe(url), message)) from None
        raise TrackerError(f"cannot open database {describe(url)}: {message}") from None


def corrupt(where: str, what: str) -> str:
    return f"database is corrupt: {where}: {what}; restore a backup (tracker db backup makes one)"


def _read_only_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout={int(location.lock_timeout() * 1000)}")


def _open_read_only(url: URL, file: Path) -> Engine:
    """An engine on a SQLite file this process cannot write, for commands that only read:
    opened read-only (no WAL switch, no migration), and only at this code's schema head."""
    import sqlite3

    uri = location.read_only_uri(file)
    engine = sa.create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _read_only_pragmas)
    connect_check(engine)
    with engine.connect() as connection:
        if not _at_head(connection):
            revision = current_revision(connection)
            script = script_directory()
            check_known(revision, script, url)
            raise TrackerError(
                f"the database {file} is read-only and at schema revision {revision}, older than this tracker's "
                f"{script.get_current_head()}: tracker db upgrade needs write access to it and its folder")
    return engine


def open_database(value: str, *, migrate: bool = True, read_only: bool = False) -> Engine:
    """Resolve, connect, and (by default) bring the schema up to date. Creating a SQLite
    file says so on stderr: a mistyped --db or $TRACKER_DATABASE_URL shows at once.

    A SQLite file this process cannot write: a command that only reads (``read_only``)
    opens it read-only if it is at the schema head; any other is refused in one line."""
    url = resolve_url(value)
    file = Path(str(url.database)) if url.get_backend_name() == "sqlite" else None
    if file is not None and location.read_only_file(file):
        if read_only:
            return _open_read_only(url, file)
        raise TrackerError(f"the database {file} is read-only (no write permission on it or its folder), "
                           "and this command writes to it")
    new_file = file is not None and not file.exists()
    engine = create_engine(url)
    connect_check(engine)
    if migrate:
        upgrade(engine)
    if new_file and file is not None and file.exists():
        print(f"created new database {file}", file=sys.stderr)
    return engine
