"""The entry point (tracker.cli.entry) answers the read-only commands from the same
declarations as the Typer app, with the same answers; list/show start without Typer,
the extraction engine, SQLAlchemy or Alembic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import Invoke, ok
from tracker import status
from tracker.cli import spec
from tracker.cli.app import command
from tracker.extract import KINDS
from tracker.storage import db, location
from tracker.storage.migrations import head_revision

FAST = [sys.executable, "-m", "tracker.cli"]


def fast(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*FAST, *args], capture_output=True, text=True, cwd=cwd, env={"COLUMNS": "200", "PATH": ""})


def test_schema_head_read_without_alembic_is_alembics() -> None:
    assert head_revision() == db.script_directory().get_current_head()
    assert status.KINDS == KINDS  # the listing's copy of the engine's kinds


@pytest.mark.parametrize("args", [
    ["list", "-f", "json"], ["list", "--actor", "France", "-f", "json"], ["list", "-a", "lecornu", "-f", "csv"],
    ["list", "--status", "open", "--since", "2020-01-01", "--limit", "2", "-f", "jsonl"],
    ["list", "--search", "tanks", "--source", "c.txt", "--min-confidence", "0.5", "-f", "json"],
    ["list", "--vague", "-f", "json"], ["list", "--testable", "--vague", "--testable"],
    ["show", "3"], ["show", "3", "-f", "json"], ["show", "1"],
])
def test_fast_path_answers_like_the_typer_command(loaded: Invoke, workdir: Path, db_path: Path, args: list[str]) -> None:
    typer_out = ok(loaded(*args)).stdout
    result = fast(*args, "--db", str(db_path), cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == typer_out
    global_db = fast("--db", str(db_path), *args, cwd=workdir)  # the global option, before the command
    assert global_db.stdout == typer_out


@pytest.mark.parametrize("args", [
    ["list"], ["list", "-a", "France", "--status", "open", "-s", "broken", "-k", "pledge", "--limit=3", "-n", "4"],
    ["list", "--since", "2020-01-01", "--until", "2021-01-01", "--source", "x", "--search", "y", "-f", "CSV"],
    ["list", "--min-confidence", "0.5", "--db", "x.db", "--format", "jsonl"],
    ["list", "--testable"], ["list", "--vague", "-a", "x"], ["list", "--testable", "--vague"],
    ["show", "3"], ["show", "-f", "json", "3", "--db=x.db"], ["actors"], ["actors", "-f", "csv", "--db", "y.db"],
    ["extract", "a.jsonl"], ["extract", "a.txt", "b.txt", "--workers", "1", "-f", "jsonl", "--claims"],
    ["extract", "a.txt", "--source", "Reuters", "--date", "2020-01-02", "--title", "T", "--url", "u", "--author", "A",
     "--rules", "r.toml", "--actors", "x.toml", "--max-document-size", "2MB", "-f", "CSV"],
])
def test_the_entry_point_parses_as_typer_does(args: list[str]) -> None:
    """One declaration, two parsers: the values Typer passes equal spec.parse's."""
    declared = next(c for c in spec.COMMANDS if c.name == args[0])
    seen: list[dict[str, Any]] = []
    app = typer.Typer()
    command(declared, into=app)(lambda runtime, values: seen.append(values))
    app.command("other")(lambda: None)  # two commands: Typer then expects the command name
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    typer_values = {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in seen[0].items()}
    parsed = spec.parse(declared, args[1:])
    assert parsed is not None
    assert {k: v if v != [] else None for k, v in parsed.items()} == {k: v if v != [] else None for k, v in typer_values.items()}


@pytest.mark.parametrize("args", [
    ["list", "--help"], ["list", "--limit", "0"], ["list", "--limit", "x"], ["list", "--min-confidence", "2"],
    ["list", "-f", "xml"], ["list", "extra"], ["list", "--actor"], ["show"], ["show", "1", "2"], ["show", "x"],
    ["show", "1", "-f", "csv"], ["actors", "--nope"], ["list", "--testable=1"], ["show", "1", "--vague"],
    ["extract"], ["extract", "a.txt", "--workers", "0"], ["extract", "a.txt", "--help"], ["extract", "a.txt", "-f", "xml"],
])
def test_the_entry_point_leaves_the_unusual_to_typer(args: list[str]) -> None:
    declared = next(c for c in spec.COMMANDS if c.name == args[0])
    assert spec.parse(declared, args[1:]) is None


def test_fast_path_errors_are_one_line(loaded: Invoke, workdir: Path, db_path: Path) -> None:
    result = fast("show", "99", "--db", str(db_path), cwd=workdir)
    assert (result.returncode, result.stderr) == (1, "Error: no commitment with id 99\n")
    bad = fast("list", "--limit", "x", "--db", str(db_path), cwd=workdir)  # left to Typer, which explains
    assert bad.returncode == 2 and "--limit" in bad.stderr


def test_the_entry_point_leaves_extract_to_typer_when_the_workers_come_from_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_WORKERS", "1")
    assert spec.parse(spec.EXTRACT, ["a.txt"]) is None
    assert spec.parse(spec.EXTRACT, ["a.txt", "--workers", "2"]) is not None  # (the option wins)


@pytest.mark.parametrize("args", [["-f", "jsonl", "--workers", "1"], ["-f", "jsonl", "--claims"], ["-f", "csv"], []])
def test_extract_starts_without_typer_and_prints_what_typer_does(workdir: Path, args: list[str]) -> None:
    from tracker.cli.app import app
    from tracker.cli.runtime import Runtime

    doc = workdir / "a.txt"
    doc.write_text("The minister pledged to cut taxes by 2030. Acme Inc. said it would open 12 stores next year.\n"
                   "Mr. Brown said the plant will close. Officials said the ministry had reported a loss.\n")
    typer_run = CliRunner().invoke(app, ["extract", str(doc), *args], obj=Runtime())
    assert typer_run.exit_code == 0, typer_run.output
    code = ("import sys; sys.argv = ['tracker', *sys.argv[1:]]\n"
            "import tracker.cli.entry\ntry: tracker.cli.entry.main()\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'typer', 'pydantic')),"
            " file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, "extract", str(doc), *args], capture_output=True, text=True,
                            cwd=workdir, env={"COLUMNS": "200", "PATH": ""})
    assert result.stderr.strip() == "[]"
    assert result.stdout == typer_run.stdout
    assert "pledged to cut taxes" in result.stdout


def test_list_and_show_import_no_engine_sqlalchemy_or_alembic(loaded: Invoke, workdir: Path, db_path: Path) -> None:
    code = ("import sys; sys.argv = ['tracker', 'list', '--actor', 'France', '--db', sys.argv[1]]\n"
            "import tracker.cli.entry\ntry: tracker.cli.entry.main()\nexcept SystemExit: pass\n"
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
    monkeypatch.setenv(location.ENV_VAR, str(workdir / "env.db"))
    ok(run("ingest", str(articles)))
    assert (workdir / "env.db").exists()
    assert len(rows_of(run("list", "-f", "json"))) == 5
    ok(run("--db", "other.db", "ingest", str(articles / "c.txt")))
    assert len(rows_of(run("--db", "other.db", "list", "-f", "json"))) == 1


def test_commitments_stored_before_testable_are_undecided(run: Invoke, workdir: Path) -> None:
    """Migration 0003 carries a database forward: its commitments are neither testable nor vague."""
    engine = db.create_engine(db.resolve_url(str(workdir / "old.db")))
    db.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO commitments (kind, action, negated, status, created_at, updated_at, version) "
            "VALUES ('pledge', 'build a fund', 0, 'open', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)")
    [row] = rows_of(run("list", "--db", "old.db", "-f", "json"))
    assert (row["action"], row["testable"], row["testable_reason"]) == ("build a fund", None, None)
    assert rows_of(run("list", "--db", "old.db", "--vague", "-f", "json")) == []
    assert "Testable" not in ok(run("show", "1", "--db", "old.db")).stdout


def test_list_on_an_old_database_migrates_it_first(run: Invoke, workdir: Path) -> None:
    engine = db.create_engine(db.resolve_url(str(workdir / "old.db")))
    db.upgrade(engine, "0001")
    ok(run("list", "--db", "old.db"))
    with engine.connect() as conn:
        assert db.current_revision(conn) == head_revision()


def test_indexes_for_large_databases_exist(workdir: Path) -> None:
    import sqlite3

    db.open_database(str(workdir / "i.db"))
    names = {r[0] for r in sqlite3.connect(workdir / "i.db").execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_commitment_actors_actor_id_commitment_id", "ix_mentions_speaker_lower", "ix_mentions_said_on",
            "ix_commitments_status"} <= names


def rows_of(result: Any) -> list[Any]:
    return json.loads(ok(result).stdout)
