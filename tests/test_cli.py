"""The command tree: every command has --help, and the top level behaves."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main

from tests.conftest import Invoke, ok
from tracker import __version__
from tracker.cli.app import app


def _commands(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, (*prefix, name))
    return found


ALL_COMMANDS = _commands(typer.main.get_command(app))


def test_the_commands_the_issue_asks_for_exist() -> None:
    names = {" ".join(c) for c in ALL_COMMANDS}
    assert {"ingest", "extract", "list", "show", "update", "actors", "rules", "db upgrade", "db current"} <= names


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: " ".join(c) or "tracker")
def test_every_command_has_help(run: Invoke, command: tuple[str, ...]) -> None:
    result = ok(run(*command, "--help"))
    assert "Usage: tracker" in result.stdout


@pytest.mark.parametrize("command", ["ingest", "list", "show", "update", "actors", "db upgrade", "db current"])
def test_every_database_command_takes_db(run: Invoke, command: str) -> None:
    result = ok(run(*command.split(), "--help"))
    assert "--db" in result.stdout and "TRACKER_DATABASE_URL" in result.stdout


def test_version(run: Invoke) -> None:
    assert ok(run("--version")).stdout == f"tracker {__version__}\n"


def test_no_arguments_shows_help(run: Invoke) -> None:
    result = run()
    assert "Usage: tracker" in result.output
    assert "ingest" in result.output


@pytest.mark.parametrize("command", ["list", "actors", "rules", "extract", "show"])
def test_every_listing_and_show_offer_the_formats_of_the_one_registry(run: Invoke, command: str) -> None:
    from tracker.output.formats import LISTING_FORMATS, RECORD_FORMATS

    expected = RECORD_FORMATS if command == "show" else LISTING_FORMATS
    assert f"<{'|'.join(expected)}>" in ok(run(command, "--help")).stdout
