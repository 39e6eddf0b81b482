"""The fast entry point (tracker.fast) and the Typer commands give the same answers;
list/show start without the extraction engine, SQLAlchemy or Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Invoke, ok
from tracker import db, read, status
from tracker.extract import KINDS

FAST = [sys.executable, "-m", "tracker.fast"]


def fast(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*FAST, *args], capture_output=True, text=True, cwd=cwd, env={"COLUMNS": "200", "PATH": ""})


def test_schema_head_constant_matches_the_migrations() -> None:
    assert read.SCHEMA_HEAD == db.script_directory().get_current_head()
    assert status.KINDS == KINDS  # the listing's copy of the engine's kinds


@pytest.mark.parametrize("args", [
    ["list", "-f", "json"], ["list", "--actor", "France", "-f", "json"], ["list", "-a", "lecornu", "-f", "csv"],
    ["list", "--status", "open", "--since", "2020-01-01", "--limit", "2", "-f", "jsonl"],
    ["list", "--search", "tanks", "--source", "c.txt", "--min-confidence", "0.5", "-f", "json"],
    ["show", "3"], ["show", "3", "-f", "json"],
])
def test_fast_path_answers_like_the_typer_command(loaded: Invoke, workdir: Path, db_path: Path, args: list[str]) -> None:
    typer_out = ok(loaded(*args)).stdout
    result = fast(*args, "--db", str(db_path), cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == typer_out
    global_db = fast("--db", str(db_path), *args, cwd=workdir)  # the global option, before the command
    assert global_db.stdout == typer_out


def test_fast_path_errors_are_one_line(loaded: Invoke, workdir: Path, db_path: Path) -> None:
    result = fast("show", "99", "--db", str(db_path), cwd=workdir)
    assert (result.returncode, result.stderr) == (1, "Error: no commitment with id 99\n")
    bad = fast("list", "--limit", "x", "--db", str(db_path), cwd=workdir)  # left to Typer, which explains
    assert bad.returncode == 2 and "--limit" in bad.stderr


def test_list_and_show_import_no_engine_sqlalchemy_or_alembic(loaded: Invoke, workdir: Path, db_path: Path) -> None:
    code = ("import sys; sys.argv = ['tracker', 'list', '--actor', 'France', '--db', sys.argv[1]]\n"
            "import tracker.fast\ntry: tracker.fast.main()\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'typer', 'pydantic')"
            " or m.startswith('tracker.extract')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, cwd=workdir)
    assert result.stderr.strip() == "[]"


def test_global_db_option_and_the_per_command_one_wins(run: Invoke, articles: Path, fake_engine: type, workdir: Path) -> None:
    ok(run("--db", "g.db", "ingest", str(articles)))
    assert (workdir / "g.db").exists() and not (workdir / "tracker.db").exists()
    assert len(ok(run("--db", "g.db", "list", "-f", "json")).stdout) > 10
    ok(run("--db", "g.db", "ingest", str(articles / "a.txt"), "--db", "own.db"))
    assert (workdir / "own.db").exists()


def test_env_var_still_works_and_the_global_option_beats_it(
    run: Invoke, articles: Path, fake_engine: type, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(db.ENV_VAR, str(workdir / "env.db"))
    ok(run("ingest", str(articles)))
    assert (workdir / "env.db").exists()
    assert "No commitments." in ok(run("--db", "other.db", "list")).stderr


def test_list_on_an_old_database_migrates_it_first(run: Invoke, workdir: Path) -> None:
    engine = db.create_engine(db.resolve_url(str(workdir / "old.db")))
    db.upgrade(engine, "0001")
    ok(run("list", "--db", "old.db"))
    with engine.connect() as conn:
        assert db.current_revision(conn) == read.SCHEMA_HEAD


def test_indexes_for_large_databases_exist(workdir: Path) -> None:
    import sqlite3

    db.open_database(str(workdir / "i.db"))
    names = {r[0] for r in sqlite3.connect(workdir / "i.db").execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_commitment_actors_actor_id_commitment_id", "ix_mentions_speaker_lower", "ix_mentions_said_on",
            "ix_commitments_status"} <= names
