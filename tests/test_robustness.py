"""Hostile input: a bad row, file or value is reported with where it is, and never takes
the rest of the run with it (issue 13, "Trustworthy under attack")."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_postgres import pg, pg_database, pg_url  # noqa: F401 - fixtures of the PostgreSQL test
from tracker.errors import TrackerError
from tracker.ingest.limits import parse_size
from tracker.ingest.sources import DocumentReader


def _warned(result: object) -> str:
    """stderr without the notice that a new database file was made (tested in test_storage_guards)."""
    return "".join(line for line in result.stderr.splitlines(keepends=True)  # type: ignore[attr-defined]
                   if not line.startswith("created new database "))


def _corpus(path: Path, docs: int, bad_row: int | None = None) -> Path:
    """``docs`` rows of `France will ...` sentences; row ``bad_row`` (1-based) holds a lone
    surrogate, written as JSON writes one: the escape \\ud800."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(1, docs + 1):
            line = json.dumps({"id": f"r{i}", "text": f"France will open school number {i}."})
            if i == bad_row:
                line = line.replace("school", "sch\\ud800ool")
            f.write(line + "\n")
    return path


def _stored(db: Path, sql: str = "SELECT count(*) FROM documents") -> object:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# --- 1. lone surrogates ------------------------------------------------------------------------


def test_a_lone_surrogate_is_replaced_with_a_warning_naming_the_row(
    tracker: Invoke, workdir: Path, db_path: Path, fake_engine: type
) -> None:
    corpus = _corpus(workdir / "corpus.jsonl", 300, bad_row=129)
    first = ok(tracker("ingest", "corpus.jsonl"))
    assert first.stdout == "Read 300 documents: 300 new, 0 already known; 300 commitments found.\n"
    assert _warned(first) == ("Warning: corpus.jsonl:129: text has an unpaired surrogate (U+D800); "
                            "replaced with U+FFFD\n")
    assert _stored(db_path) == 300
    assert _stored(db_path, "SELECT text FROM documents WHERE external_id = 'r129'") == \
        "France will open sch\ufffdool number 129."
    again = ok(tracker("ingest", str(corpus)))  # the same text again: known, nothing new, no failure
    assert again.stdout == "Read 300 documents: 0 new, 300 already known; 0 commitments found.\n"
    assert _stored(db_path) == 300


def test_surrogates_in_metadata_and_ids_are_replaced_too(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"id": "a\\udc80", "text": "Fine.", "title": "T\\ud83d", "author": "\\udfff"}\n')
    warnings: list[str] = []
    [doc] = DocumentReader([str(tmp_path / "c.jsonl")], warn=warnings.append)
    assert (doc.doc_id, doc.title, doc.author) == ("a\ufffd", "T\ufffd", "\ufffd")
    assert len(warnings) == 3 and all(":1: " in w for w in warnings)
    # a proper pair, written as two escapes, is one character and no warning
    (tmp_path / "d.jsonl").write_text('{"id": "b", "text": "Smile \\ud83d\\ude00."}\n')
    [doc] = DocumentReader([str(tmp_path / "d.jsonl")], warn=warnings.append)
    assert doc.text == "Smile \U0001f600." and len(warnings) == 3


# --- 2. FIFOs and other non-regular files --------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_is_skipped_with_a_warning(
    tracker: Invoke, articles: Path, db_path: Path, fake_engine: type
) -> None:
    os.mkfifo(articles / "pipe.txt")
    os.mkfifo(articles / "pipe.jsonl")
    result = ok(tracker("ingest", str(articles)))  # would block forever reading the FIFO
    assert result.stdout.startswith("Read 3 documents: 3 new")
    assert _warned(result).splitlines() == [
        f"Warning: skipped {articles / 'pipe.jsonl'}: not a regular file (a FIFO)",
        f"Warning: skipped {articles / 'pipe.txt'}: not a regular file (a FIFO)",
    ]


# --- 3. the maximum document size ------------------------------------------------------------------


def test_a_document_over_the_maximum_size_is_skipped_and_the_others_stored(
    tracker: Invoke, articles: Path, db_path: Path, fake_engine: type
) -> None:
    (articles / "huge.txt").write_text("Nothing to report here. " * 4_334)  # 104,016 bytes
    (articles / "rows.jsonl").write_text(
        json.dumps({"id": "big-row", "text": "Nothing new. " * 9_231}) + "\n"
        + json.dumps({"id": "small-row", "text": "Acme will pay."}) + "\n")
    result = ok(tracker("ingest", str(articles), "--max-document-size", "100kB"))
    assert result.stdout == ("Read 4 documents: 4 new, 0 already known; 6 commitments found. "
                             "Skipped 2 documents (see the warnings above).\n")
    assert _warned(result).splitlines() == [
        f"Warning: skipped {articles / 'huge.txt'}: 104 kB, over the maximum document size of 100 kB "
        "(--max-document-size)",
        f"Warning: skipped {articles / 'rows.jsonl'}:1 (big-row): 120 kB, over the maximum document size of 100 kB "
        "(--max-document-size)",
    ]
    # raised, they are read
    assert ok(tracker("ingest", str(articles), "--max-document-size", "20MB")).stdout.startswith(
        "Read 6 documents: 2 new, 4 already known")


def test_the_default_maximum_is_5_mb(tracker: Invoke, workdir: Path, db_path: Path, fake_engine: type) -> None:
    (workdir / "big.txt").write_text("Nothing to report. " * 263_158)  # 5,000,002 bytes
    result = tracker("ingest", "big.txt")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert _warned(result).splitlines() == [
        "Warning: skipped big.txt: 5,000,002 bytes, over the maximum document size of 5 MB (--max-document-size)",
        "Error: no documents to read in big.txt (1 skipped, see above)",
    ]
    assert not db_path.exists()


def test_explain_says_why_it_read_nothing(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    (workdir / "a.txt").write_text("France will act. " * 100)
    one_line_error(tracker("explain", "--file", "a.txt", "--max-document-size", "1kB"),
                   "skipped a.txt: 1.7 kB, over the maximum document size of 1 kB (--max-document-size)")


@pytest.mark.parametrize("text, size", [("5MB", 5_000_000), ("20 mb", 20_000_000), ("512kB", 512_000),
                                        ("1.5GB", 1_500_000_000), ("2MiB", 2 * 1024 * 1024), ("1000", 1000)])
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text, "--max-document-size") == size


@pytest.mark.parametrize("text", ["", "MB", "-1MB", "5 apples", "0"])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(TrackerError, match="--max-document-size: invalid size"):
        parse_size(text, "--max-document-size")


# --- 4. metadata of the wrong type, malformed metadata.csv ---------------------------------------------


@pytest.mark.parametrize("sidecar, message", [
    ('{"title": ["a", "b"]}', "a.txt.meta.json: field 'title' must be text, not a list"),
    ('{"source": {"name": "X"}}', "a.txt.meta.json: field 'source' must be text, not an object"),
    ('{"author": true}', "a.txt.meta.json: field 'author' must be text, not true/false"),
    ('{"date": 20230928}', "a.txt.meta.json: field 'date' must be text (YYYY-MM-DD), not a number"),
])
def test_sidecar_values_of_the_wrong_type_are_errors(
    tracker: Invoke, workdir: Path, db_path: Path, fake_engine: type, sidecar: str, message: str
) -> None:
    (workdir / "a.txt").write_text("France will act.")
    (workdir / "a.txt.meta.json").write_text(sidecar)
    one_line_error(tracker("ingest", "a.txt"), message)
    assert not db_path.exists()


def test_a_number_is_text_where_text_is_expected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("France will act.")
    (tmp_path / "a.txt.meta.json").write_text('{"title": 1984, "source": 2.5}')
    [doc] = DocumentReader([str(tmp_path / "a.txt")])
    assert (doc.title, doc.source) == ("1984", "2.5")


def test_a_jsonl_row_with_a_list_title_names_the_row(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"id": "1", "text": "A."}\n{"id": "2", "text": "B.", "title": ["x"]}\n')
    with pytest.raises(TrackerError, match=r"c.jsonl:2: field 'title' must be text, not a list"):
        list(DocumentReader([str(tmp_path / "c.jsonl")]))


@pytest.mark.parametrize("csv_text, message", [
    ("file,source,date,title\na.txt,Reuters,,\nb.txt,AP,2023-01-02,T,extra\n",
     "metadata.csv:3: 5 cells, header has 4"),
    ('file,source,date,title\na.txt,"Reuters,,\nb.txt,AP,,\n', "metadata.csv:2: malformed CSV: unterminated quote"),
    ("file,source\na.txt,Reuters\n\"b.txt\"x,AP\n", "metadata.csv:3: malformed CSV: ',' expected after '\"'"),
])
def test_malformed_metadata_csv_names_the_line(tmp_path: Path, csv_text: str, message: str) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "metadata.csv").write_text(csv_text)
    with pytest.raises(TrackerError, match=message):
        list(DocumentReader([str(tmp_path)]))


def test_metadata_csv_with_quoted_newlines_counts_lines_right(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "metadata.csv").write_text('file,title,date\nb.txt,"Two\nlines",\na.txt,T,28/09/2023\n')
    with pytest.raises(TrackerError, match="metadata.csv:4: invalid date"):
        list(DocumentReader([str(tmp_path)]))


# --- 5. --since after --until ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["list"], ["summary"], ["export"], ["report", "--out", "r.html"],
                                     ["reprocess"]])
def test_since_after_until_is_an_error(loaded: Invoke, db_path: Path, command: list[str]) -> None:
    result = loaded(*command, "--since", "2024-05-01", "--until", "2024-01-31", "--db", str(db_path))
    one_line_error(result, "--since 2024-05-01 is after --until 2024-01-31")


def test_since_equal_to_until_is_one_day(loaded: Invoke, db_path: Path) -> None:
    ok(loaded("list", "--since", "2024-01-31", "--until", "2024-01-31"))


# --- 6. workers when the main process is killed -----------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("victim", ["main", "worker"])
def test_workers_exit_quietly_when_the_main_process_is_killed(workdir: Path, victim: str) -> None:
    from tests.test_workers import stored, write_corpus

    corpus = write_corpus(workdir / "big.jsonl", 4000, sentences_per_doc=40)
    db = workdir / "t.db"
    errors = workdir / "stderr.txt"
    # a shell in its own process group collects the stderr of the main process and its workers
    script = (f"exec {sys.executable} -m tracker.cli ingest {corpus} --db {db} --workers 2 "
              f"2>{errors} >/dev/null")
    shell = subprocess.Popen(["/bin/sh", "-c", script], start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and stored(db) < 50:
            time.sleep(0.1)
        assert shell.poll() is None
        main = shell.pid  # exec: the shell became the main process
        workers = [int(p) for p in subprocess.run(["pgrep", "-P", str(main), "-f", "spawn_main"], capture_output=True,
                                                  text=True).stdout.split()]  # not the resource tracker
        assert workers
        if victim == "main":
            os.kill(main, signal.SIGKILL)
        else:
            os.kill(workers[0], signal.SIGKILL)
        shell.wait(timeout=60)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _alive(workers):
            time.sleep(0.2)
        assert not _alive(workers), "workers outlived the main process"
    finally:  # whatever failed above, leave no process behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(shell.pid, signal.SIGKILL)
    text = errors.read_text()
    assert "Traceback" not in text, text
    if victim == "main":  # nothing at all: no traceback, no warning about the pool's semaphores
        assert text == ""
    if victim == "worker":  # the main process notices, says so in one line, and stops
        assert shell.returncode == 1
        assert text.startswith("Error: an extraction worker stopped unexpectedly"), text
        assert "run again to continue" in text and len(text.strip().splitlines()) == 1, text


def _alive(pids: list[int]) -> bool:
    alive = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                alive.append(f.read().split(")")[-1].split()[0] != "Z")
        except FileNotFoundError:
            pass
    return any(alive)


# --- 7. case-insensitive matching beyond ASCII -------------------------------------------------------------


def _accented(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("Émile Zola will open écoles in Lyon.\n", encoding="utf-8")
    (folder / "a.txt.meta.json").write_text('{"source": "Éditions Ouest"}', encoding="utf-8")
    (folder / "b.txt").write_text("France will close ÉCOLES in Nice.\n", encoding="utf-8")
    return folder


# the fake engine names no speakers: give France's finding one
SPEAKER_SQL = "UPDATE mentions SET speaker = 'Élodie Ärnström' WHERE commitment_id = 2"


@pytest.fixture
def accented(tracker: Invoke, workdir: Path, db_path: Path, fake_engine: type) -> Invoke:
    ok(tracker("ingest", str(_accented(workdir / "fr"))))
    con = sqlite3.connect(db_path)
    with con:
        con.execute(SPEAKER_SQL)
    con.close()
    return tracker


def _ids(result: object) -> list[int]:
    return [r["id"] for r in rows(result)]  # type: ignore[arg-type]


def _finds_beyond_ascii(invoke: Invoke) -> None:
    assert _ids(invoke("list", "--search", "ÉCOLES", "-f", "json")) == [1, 2]
    assert _ids(invoke("list", "--search", "écoles", "-f", "json")) == [1, 2]
    assert _ids(invoke("list", "--source", "ÉDITIONS", "-f", "json")) == [1]
    assert _ids(invoke("list", "--source", "éditions ouest", "-f", "json")) == [1]
    assert _ids(invoke("list", "--actor", "ÉMILE ZOLA", "-f", "json")) == [1]
    assert _ids(invoke("list", "--actor", "ÉLODIE ÄRNSTRÖM", "-f", "json")) == [2]  # the speaker
    assert _ids(invoke("list", "--actor", "ärnström", "-f", "json")) == [2]  # by surname
    for source in ("ÉDITIONS", "éditions"):
        assert ok(invoke("reprocess", "--source", source, "--dry-run")).stdout.startswith(
            "Read 1 document again (dry run")


def test_search_source_and_speaker_ignore_case_beyond_ascii(accented: Invoke) -> None:
    _finds_beyond_ascii(accented)


@pytest.mark.postgres
def test_search_source_and_speaker_ignore_case_beyond_ascii_on_postgresql(
    pg: Invoke, pg_url: str, workdir: Path, fake_engine: type
) -> None:
    from sqlalchemy import text

    from tracker.storage import db

    ok(pg("ingest", str(_accented(workdir / "fr"))))
    engine = db.open_database(pg_url)
    with engine.begin() as connection:
        connection.execute(text(SPEAKER_SQL))
    engine.dispose()
    _finds_beyond_ascii(pg)


def _nul_corpus(path: Path) -> Path:
    path.write_text('{"id": "n1", "text": "France will open school one."}\n'
                    '{"id": "n2", "text": "France will open school\\u0000two."}\n'
                    '{"id": "n3", "text": "France will open school three."}\n')
    return path


NUL_WARNING = "Warning: nul.jsonl:2: text has a NUL character (U+0000); replaced with U+FFFD\n"


def test_a_nul_character_is_replaced_with_a_warning(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    _nul_corpus(workdir / "nul.jsonl")
    result = ok(tracker("ingest", "nul.jsonl"))
    assert result.stdout.startswith("Read 3 documents: 3 new") and _warned(result) == NUL_WARNING


@pytest.mark.postgres
def test_a_nul_character_does_not_stop_an_ingest_into_postgresql(
    pg: Invoke, workdir: Path, monkeypatch: pytest.MonkeyPatch, fake_engine: type
) -> None:
    _nul_corpus(workdir / "nul.jsonl")  # PostgreSQL's text cannot hold NUL at all
    result = ok(pg("ingest", "nul.jsonl"))
    assert result.stdout.startswith("Read 3 documents: 3 new") and _warned(result) == NUL_WARNING
    assert ok(pg("ingest", "nul.jsonl")).stdout.startswith("Read 3 documents: 0 new, 3 already known")


# --- names and arguments that are not UTF-8 ---------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(
    tracker: Invoke, articles: Path, fake_engine: type
) -> None:
    with open(os.path.join(os.fsencode(articles), b"caf\xe9.txt"), "w") as f:
        f.write("France will open a cafe.\n")
    result = ok(tracker("ingest", str(articles)))  # its name, stored as the document's path, would fail
    assert result.stdout.startswith("Read 3 documents: 3 new")
    assert _warned(result) == f"Warning: skipped {articles}/caf\\xe9.txt: its name is not UTF-8 (rename it)\n"


def test_an_argument_that_is_not_utf8_is_one_error_line(workdir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "tracker", "list", "--source", b"caf\xe9"],
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, _warned(result)) == (1, "", "Error: argument 'caf\\xe9' is not UTF-8 text\n")
