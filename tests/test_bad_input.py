"""Bad input: one line on stderr, a non-zero exit, no traceback, nothing half-written."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.conftest import Invoke, count_documents, ok, one_line_error


@pytest.fixture
def bad_files(workdir: Path) -> Path:
    (workdir / "empty.txt").write_text("")
    (workdir / "blank.md").write_text("  \n\n")
    (workdir / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02")
    (workdir / "latin1.txt").write_bytes("Caf\xe9 will open.".encode("latin-1"))
    (workdir / "bad.jsonl").write_text('\n{"id": "2", "text": oops}\n')
    (workdir / "notext.jsonl").write_text('{"id": "1", "body": "Fine."}\n')
    (workdir / "array.jsonl").write_text('["text"]\n')
    (workdir / "baddate.jsonl").write_text('{"id": "1", "text": "Fine.", "date": "Feb 26 1987"}\n')
    (workdir / "badbytes.jsonl").write_bytes(b'{"id": "1", "text": "caf\xe9"}\n')
    (workdir / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"id": "1", "text": "A."}\n' * 50)[:14])
    (workdir / "notgzip.jsonl.gz").write_bytes(b'{"id": "1", "text": "A."}\n')
    (workdir / "emptydir").mkdir()
    return workdir


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt"], "missing.txt: no such file or folder"),
        (["empty.txt"], "empty.txt: empty file"),
        (["blank.md"], "blank.md: empty file"),
        (["binary.txt"], "binary.txt: binary file, not text"),
        (["latin1.txt"], "latin1.txt: not UTF-8 text (invalid byte at offset 3)"),
        (["bad.jsonl"], "bad.jsonl:2: malformed JSON (Expecting value at column 21)"),
        (["notext.jsonl"], 'notext.jsonl:1: missing "text" (a string)'),
        (["array.jsonl"], "array.jsonl:1: expected a JSON object"),
        (["baddate.jsonl"], "baddate.jsonl:1: invalid date 'Feb 26 1987' (expected YYYY-MM-DD)"),
        (["badbytes.jsonl"], "badbytes.jsonl:1: not UTF-8 text"),
        (["broken.jsonl.gz"], "broken.jsonl.gz: not a valid gzip file"),
        (["notgzip.jsonl.gz"], "notgzip.jsonl.gz: not a valid gzip file"),
        (["emptydir"], "no documents found in emptydir"),
        (["empty.txt", "--date", "2023-09-31"], "--date: invalid date '2023-09-31' (expected YYYY-MM-DD)"),
        (["latin1.txt", "--date", "28-09-2023"], "--date: invalid date '28-09-2023'"),
        (["emptydir", "--title", "x"], "describe a single text file or stdin"),
        (["-"], "stdin: empty file"),
    ],
)
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_bad_inputs_fail_cleanly_and_write_nothing(
    tracker: Invoke, bad_files: Path, db_path: Path, fake_engine: type, command: str, args: list[str], message: str
) -> None:
    one_line_error(tracker(command, *args, input=""), message)
    assert not db_path.exists()  # the first input is read before the database is opened


def test_a_bad_file_after_good_ones_keeps_the_good_ones_whole(tracker: Invoke, bad_files: Path, articles: Path, db_path: Path, fake_engine: type) -> None:
    result = tracker("ingest", str(articles), "binary.txt")
    one_line_error(result, "binary.txt: binary file, not text (3 new documents before it stored")
    assert count_documents(db_path) == 3


def test_stdin_binary(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    one_line_error(tracker("ingest", "-", input=b"\x00\x01"), "stdin: binary file, not text")


@pytest.mark.parametrize("command", [["show", "99"], ["update", "99", "--status", "broken"]])
def test_unknown_id(loaded: Invoke, command: list[str]) -> None:
    one_line_error(loaded(*command), "no commitment with id 99")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "2023-02-30"], "--since: invalid date '2023-02-30'"),
        (["--until", "soon"], "--until: invalid date 'soon'"),
        (["--status", "kept"], "unknown status 'kept'; valid: open, in_progress, stalled, fulfilled, partially_fulfilled, broken, dismissed"),
        (["--kind", "promise"], "unknown kind 'promise'; valid: pledge, commitment, intention"),
    ],
)
def test_bad_list_options(tracker: Invoke, args: list[str], message: str) -> None:
    one_line_error(tracker("list", *args), message)


@pytest.mark.parametrize(
    "url, message",
    [
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open database postgresql+psycopg://nobody@127.0.0.1:1/none: connection failed"),
        ("postgresql+psycopg://u:secret@127.0.0.1:1/none", "postgresql+psycopg://u:***@127.0.0.1:1/none"),
        ("{tmp}/no/such/folder/x.db", "folder {tmp}/no/such/folder does not exist"),
        ("nosuchdb://x", "unsupported database URL nosuchdb://x"),
        ("postgresql+psycopg://u@localhost:port/x", "invalid database URL"),
        ("postgresql+psycopg://u@no-such-host.invalid/x", "failed to resolve host"),
    ],
)
@pytest.mark.parametrize("command", [["list"], ["actors"], ["show", "1"], ["update", "1", "-s", "broken"], ["db", "upgrade"], ["db", "current"]])
def test_unreachable_database(run: Invoke, workdir: Path, url: str, message: str, command: list[str]) -> None:
    result = run(*command, "--db", url.format(tmp=workdir))
    if command[0] in ("list", "actors", "show", "update") and "://" not in url:
        message = "no database at {tmp}/no/such/folder/x.db"  # read-only, or nothing to rate: nothing to create
    one_line_error(result, message.format(tmp=workdir))
    assert "secret" not in result.output


def test_unreachable_database_writes_nothing_and_reads_input_first(run: Invoke, articles: Path, fake_engine: type) -> None:
    one_line_error(run("ingest", str(articles), "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"), "connection failed")


def test_rule_errors_are_one_line(tracker: Invoke, workdir: Path, articles: Path, fake_engine: type) -> None:
    (workdir / "bad_rules.toml").write_text("")
    for command in (["ingest", str(articles)], ["extract", str(articles)], ["rules"]):
        one_line_error(tracker(*command, "--rules", "bad_rules.toml"), "bad_rules.toml: rule 'x.y': missing 'pattern'")
        one_line_error(tracker(*command, "--rules", "nope.toml"), "--rules: no such file: nope.toml")
        one_line_error(tracker(*command, "--actors", "nope.toml"), "--actors: no such file: nope.toml")
    assert count_documents(workdir / "t.db") == 0


def test_update_refuses_bad_values(loaded: Invoke) -> None:
    one_line_error(loaded("update", "1", "--status", "kept"), "unknown status 'kept'; valid: open, in_progress")
    one_line_error(loaded("update", "1", "--status", "open"), "commitment 1 is already open; nothing to change")
    one_line_error(loaded("update", "1", "-s", "broken", "--evidence", "example.org"), "invalid evidence URL 'example.org'")
    ok(loaded("show", "1"))
