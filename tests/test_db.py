"""Database location, connection settings, and the schema guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import Invoke, ok, one_line_error
from tracker.storage import db, location


def test_plain_paths_become_sqlite_urls(workdir: Path) -> None:
    assert db.resolve_url("data/x.db").render_as_string() == f"sqlite:///{workdir}/data/x.db"
    assert db.resolve_url(location.database()).database == str(workdir / "tracker.db")
    assert db.resolve_url("~/x.db").database == str(Path.home() / "x.db")


def test_urls_are_taken_as_given(workdir: Path) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    assert db.resolve_url(url).render_as_string() == url


def test_the_database_is_the_option_then_the_global_option_then_the_environment_then_tracker_db(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert location.database() == "tracker.db"
    monkeypatch.setenv(location.ENV_VAR, "sqlite:///env.db")
    assert db.resolve_url(location.database()).database == "env.db"
    assert location.database(None, "global.db") == "global.db"
    assert location.database("own.db", "global.db") == "own.db"


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["actors", "-f", "json"]])
def test_a_read_only_command_creates_no_database(tracker: Invoke, db_path: Path, command: list[str]) -> None:
    one_line_error(tracker(*command), f"no database at {db_path} (run tracker ingest first, or give --db)")
    assert not db_path.exists()


def test_sqlite_connections_have_foreign_keys_and_wal(db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000  # TRACKER_LOCK_TIMEOUT's default


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(text("INSERT INTO actor_aliases (actor_id, alias, key) VALUES (999, 'x', 'x')"))


def test_first_use_creates_the_schema_and_db_current_reports_it(tracker: Invoke, db_path: Path) -> None:
    head = db.script_directory().get_current_head()
    assert ok(tracker("db", "current")).stdout == f"{db_path}: no database yet (any tracker command creates it at revision {head}).\n"
    assert not db_path.exists()  # asking does not create it
    assert ok(tracker("db", "upgrade")).stdout == f"{db_path}: upgraded from an empty database to revision {head}.\n"
    assert ok(tracker("db", "current")).stdout == f"{db_path}: revision {head} (up to date).\n"
    assert ok(tracker("db", "upgrade")).stdout == f"{db_path}: up to date at revision {head}.\n"


def test_db_upgrade_on_an_empty_database(tracker: Invoke, db_path: Path) -> None:
    engine = db.create_engine(db.resolve_url(str(db_path)))
    with engine.connect():
        pass  # an empty SQLite file
    head = db.script_directory().get_current_head()
    assert ok(tracker("db", "current")).stdout == f"{db_path}: empty (no schema yet; latest is {head}).\n"
    assert ok(tracker("db", "upgrade")).stdout == f"{db_path}: upgraded from an empty database to revision {head}.\n"


def test_a_database_newer_than_the_code_is_refused(tracker: Invoke, db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    message = f"the database {db_path} is at schema revision ffff9999, newer than this tracker knows"
    for command in (["list"], ["actors"], ["show", "1"], ["db", "upgrade"], ["db", "current"]):
        result = tracker(*command)
        one_line_error(result, message)
        assert result.stderr.rstrip().endswith("upgrade tracker")
    with engine.connect() as conn:  # and nothing was touched
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "ffff9999"
