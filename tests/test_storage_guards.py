"""The database under stress: URLs that name no database, a new file made by a typo,
backups while someone writes, ids beyond 64 bits, a damaged file, a doubled schema
revision, a read-only file, and a writer that holds the lock. Each is one line on stderr
(or works), never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures)
from tracker.storage import db, location

BIG = str(2**64)  # beyond SQLite's (and PostgreSQL's) 64-bit integers

# --- database URLs ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["postgresql://", "postgresql+psycopg://", "postgresql+psycopg://localhost",
                                 "postgresql+psycopg:///tracker"])
def test_a_postgresql_url_must_name_host_and_database(run: Invoke, articles: Path, fake_engine: type,
                                                       monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv(location.ENV_VAR, url)
    for args in (["ingest", str(articles)], ["list"], ["db", "upgrade"]):
        one_line_error(run(*args), "must name the host and the database, e.g. postgresql+psycopg://")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://"])
def test_an_in_memory_sqlite_database_is_refused(run: Invoke, articles: Path, fake_engine: type, workdir: Path,
                                                  monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv(location.ENV_VAR, url)
    one_line_error(run("ingest", str(articles)), f"{url} is an in-memory SQLite database, which keeps nothing")
    one_line_error(run("list"), "in-memory SQLite database")
    assert list(workdir.iterdir()) == [articles]  # and no file made by the way


def test_creating_a_database_file_says_so(run: Invoke, articles: Path, fake_engine: type, workdir: Path) -> None:
    first = ok(run("ingest", str(articles), "--db", "trackr.db"))
    assert first.stderr == f"created new database {workdir / 'trackr.db'}\n"
    assert ok(run("ingest", str(articles), "--db", "trackr.db")).stderr == ""


def test_update_and_curation_never_create_a_database(run: Invoke, workdir: Path) -> None:
    one_line_error(run("update", "1", "-s", "broken", "--db", "typo.db"), f"no database at {workdir / 'typo.db'}")
    one_line_error(run("actors", "rename", "1", "X", "--db", "typo.db"), "no database at")
    assert not (workdir / "typo.db").exists()


# --- backup ---------------------------------------------------------------------------------------


def test_backup_while_a_write_is_open_copies_what_was_committed(loaded: Invoke, db_path: Path,
                                                                workdir: Path) -> None:
    ok(loaded("update", "1", "-s", "broken", "--note", "committed"))
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE commitments SET action = 'not committed' WHERE id = 2")
    copy = workdir / "copy.db"
    try:
        assert ok(loaded("db", "backup", str(copy))).stdout == f"Backed up to {copy}.\n"
    finally:
        writer.execute("COMMIT")
        writer.close()
    with sqlite3.connect(copy) as check:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert check.execute("SELECT action FROM commitments WHERE id = 2").fetchone() != ("not committed",)
        assert check.execute("SELECT note FROM status_changes").fetchall() == [("committed",)]
    assert not Path(f"{copy}-wal").exists()  # one self-contained file
    assert ok(loaded("db", "verify", "--db", str(copy))).stdout.startswith("ok: 1 changes, chain intact")
    assert [r["id"] for r in rows(loaded("list", "-f", "json", "--db", str(copy)))] == [1, 2, 3, 4, 5]


def test_backup_refuses_to_overwrite_unless_forced(loaded: Invoke, workdir: Path) -> None:
    copy = workdir / "copy.db"
    copy.write_text("precious")
    one_line_error(loaded("db", "backup", str(copy)), f"{copy} exists; give --force to replace it")
    assert copy.read_text() == "precious"
    ok(loaded("db", "backup", str(copy), "--force"))
    assert copy.read_bytes().startswith(b"SQLite format 3\x00")
    assert [p.name for p in workdir.iterdir() if p.name.startswith(".copy.db")] == []  # no temporary left


def test_backup_of_postgresql_advises_pg_dump(run: Invoke) -> None:
    one_line_error(run("db", "backup", "/tmp/t.dump", "--db", "postgresql+psycopg://ann:secret@db.example.org:5433/tracker"),
                   "for PostgreSQL use pg_dump: pg_dump --format=custom --host=db.example.org --port=5433 "
                   "--username=ann --file=/tmp/t.dump --dbname=tracker")


def test_backup_needs_a_database(run: Invoke, workdir: Path) -> None:
    one_line_error(run("db", "backup", "copy.db", "--db", "none.db"), "no database at")
    assert not (workdir / "copy.db").exists()


# --- tracebacks the README promises are one line ----------------------------------------------------


@pytest.mark.parametrize("args", [["show", BIG], ["update", "1", "-s", "broken", "--if-version", f"-{BIG}"], ["update", BIG, "-s", "broken"],
                                  ["update", "1", "-s", "broken", "--if-version", BIG],
                                  ["list", "--limit", BIG], ["actors", "rename", BIG, "X"],
                                  ["actors", "merge", "1", BIG], ["summary", "--limit", BIG]])
def test_ints_beyond_64_bits_are_one_line(loaded: Invoke, args: list[str]) -> None:
    one_line_error(loaded(*args), "is out of range (64 bits: at most 9223372036854775807)")


def test_the_fast_entry_point_refuses_a_64_bit_overflow_too(loaded: Invoke, db_path: Path) -> None:
    """`tracker show` is parsed without Typer by tracker.cli.entry: the same one line."""
    result = subprocess.run([sys.executable, "-m", "tracker", "--db", str(db_path), "show", BIG],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr == f"Error: COMMITMENT_ID: {BIG} is out of range (64 bits: at most 9223372036854775807)\n"


def _damage_the_schema(path: Path) -> None:
    """A valid header, and a schema row whose name and SQL are bytes that are not UTF-8:
    SQLite's own message quotes them, and the driver cannot decode it."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET name = CAST(X'61fffe62' AS TEXT), "
                     "sql = CAST(X'435245415445205441424c4520fffe28' AS TEXT) WHERE name = 'actor_changes'")
    conn.close()


def test_a_corrupt_file_is_one_line(loaded: Invoke, db_path: Path, articles: Path) -> None:
    _damage_the_schema(db_path)
    for args in (["list"], ["show", "1"], ["actors"], ["update", "1", "-s", "broken"], ["ingest", str(articles)],
                 ["db", "verify"], ["db", "current"]):
        one_line_error(loaded(*args), f"database is corrupt: {db_path}: bytes that are not UTF-8")


def test_a_damaged_page_is_one_line(loaded: Invoke, db_path: Path) -> None:
    """A text whose bytes were overwritten (the pages still well formed)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data.replace(b"train 7,000 soldiers", b"\xff\xfeain 7,000 soldiers"))
    for args in (["list"], ["export"], ["report", "--out", "r.html"]):
        one_line_error(loaded(*args) if args[0] == "list" else loaded(*args, "--db", str(db_path)),
                       "database is corrupt: Could not decode to UTF-8")


def test_two_schema_revisions_are_one_line(loaded: Invoke, db_path: Path, articles: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('0005')")  # an older one, as if left behind
    conn.close()
    for args in (["list"], ["show", "1"], ["update", "1", "-s", "broken"], ["ingest", str(articles)],
                 ["db", "current"], ["db", "upgrade"]):
        one_line_error(loaded(*args), "records 2 schema revisions in alembic_version (0005, ")


# --- a read-only database ----------------------------------------------------------------------------


@pytest.fixture
def read_only_copy(loaded: Invoke, db_path: Path, articles: Path) -> Iterator[Path]:
    """The loaded database, one change made, in a folder that (like the file) only its
    owner may write, owned by root: commands run as `nobody` (tests/ runs as root here,
    and root writes anywhere) or by this user after chmod."""
    ok(loaded("update", "1", "-s", "broken"))
    folder = Path(tempfile.mkdtemp(prefix="tracker-ro-"))
    copy = folder / "ro.db"
    shutil.copytree(articles, folder / "news")  # where `nobody` can read them
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode=WAL")  # as the tracker leaves it
    source.close()
    target.close()
    copy.chmod(0o444)
    folder.chmod(0o555)
    yield copy
    folder.chmod(0o755)
    shutil.rmtree(folder)


def as_someone_else(*args: str) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a file read-only")
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    return subprocess.run([*prefix, sys.executable, "-m", "tracker", *args], capture_output=True, text=True,
                          timeout=120, cwd="/", env={**os.environ, "COLUMNS": "200"})


def test_a_read_only_database_can_be_read(read_only_copy: Path) -> None:
    db_arg = ["--db", str(read_only_copy)]
    listed = as_someone_else("list", "-f", "json", *db_arg)
    assert listed.returncode == 0, listed.stderr
    assert '"status": "broken"' in listed.stdout
    for args in (["show", "1"], ["actors"], ["summary"], ["export"], ["db", "current"], ["db", "verify"]):
        done = as_someone_else(*args, *db_arg)
        assert done.returncode == 0 and done.stderr == "", (args, done.stderr)
    assert sorted(p.name for p in read_only_copy.parent.iterdir()) == ["news", "ro.db"]  # no -wal, no -shm


def test_a_read_only_database_refuses_writes_in_one_line(read_only_copy: Path) -> None:
    news = str(read_only_copy.parent / "news")
    for args in (["update", "2", "-s", "broken"], ["ingest", news], ["actors", "rename", "1", "X"]):
        done = as_someone_else(*args, "--db", str(read_only_copy))
        assert done.returncode == 1
        assert done.stderr == (f"Error: the database {read_only_copy} is read-only (no write permission on it "
                               "or its folder), and this command writes to it\n")


def test_a_read_only_database_behind_the_schema_says_it_needs_an_upgrade(read_only_copy: Path) -> None:
    folder = read_only_copy.parent
    folder.chmod(0o755)
    read_only_copy.chmod(0o644)
    with sqlite3.connect(read_only_copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    conn.close()
    read_only_copy.chmod(0o444)
    folder.chmod(0o555)
    done = as_someone_else("list", "--db", str(read_only_copy))
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: the database {read_only_copy} is read-only and at schema revision 0006, "
                                  "older than this tracker's ")


# --- a writer that holds the lock ------------------------------------------------------------------


def test_a_write_waits_for_the_lock_then_says_why(loaded: Invoke, db_path: Path, articles: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(location.LOCK_TIMEOUT_VAR, "0.2")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        for args in (["update", "1", "-s", "broken"], ["actors", "rename", "1", "Francia"]):
            one_line_error(loaded(*args), "database is locked by another writer (waited 0.2 s); "
                                          "try again or raise TRACKER_LOCK_TIMEOUT")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    ok(loaded("update", "1", "-s", "broken"))  # once the lock is free


def test_the_lock_timeout_must_be_seconds(loaded: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(location.LOCK_TIMEOUT_VAR, "soon")
    one_line_error(loaded("update", "1", "-s", "broken"),
                   "TRACKER_LOCK_TIMEOUT must be a number of seconds from 0 to 86400, not 'soon'")


@pytest.mark.postgres
def test_a_write_waits_for_a_postgresql_row_lock_then_says_why(run: Invoke, pg_url: str, articles: Path,  # noqa: F811
                                                                fake_engine: type,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ok(run("ingest", str(articles), "--db", pg_url))
    monkeypatch.setenv(location.LOCK_TIMEOUT_VAR, "0.3")
    engine = db.open_database(pg_url)
    with engine.connect() as holder, holder.begin():
        holder.execute(text("SELECT * FROM commitments WHERE id = 1 FOR UPDATE"))
        one_line_error(run("update", "1", "-s", "broken", "--db", pg_url),
                       "database is locked by another writer (waited 0.3 s); try again or raise TRACKER_LOCK_TIMEOUT")
    engine.dispose()
    ok(run("update", "1", "-s", "broken", "--db", pg_url))
