"""--workers: the same output and database content as one process, streaming, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import Invoke, ok

SENTENCES = ["France will train {n} soldiers by 2024.", "Ukraine and France pledged to build fund {n}.",
             "Acme plans to open plant {n}.", "The weather was fine on day {n}.", "Lecornu will visit Kyiv {n} times."]


def write_corpus(path: Path, docs: int, sentences_per_doc: int = 4, repeat_every: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(docs):
            n = i % repeat_every if repeat_every else i  # repeat_every: the same texts again (duplicates)
            text = " ".join(SENTENCES[(n + k) % len(SENTENCES)].format(n=n * 10 + k) for k in range(sentences_per_doc))
            f.write(json.dumps({"id": f"d{i}", "text": text, "source": "Wire", "date": "2024-01-02"}) + "\n")
    return path


def dump(db: Path) -> list[tuple]:
    """Everything stored, in id order, without timestamps."""
    con = sqlite3.connect(db)
    try:
        return [
            *con.execute("SELECT id, external_id, content_hash, publisher FROM documents ORDER BY id"),
            *con.execute("SELECT id, kind, action, deadline_date, status FROM commitments ORDER BY id"),
            *con.execute("SELECT commitment_id, actor_id, position FROM commitment_actors ORDER BY 1, 2"),
            *con.execute("SELECT id, name, type, parent_id FROM actors ORDER BY id"),
            *con.execute('SELECT id, commitment_id, document_id, start, "end", sentence FROM mentions ORDER BY id'),
        ]
    finally:
        con.close()


def test_workers_2_stores_and_prints_exactly_what_workers_1_does(
    run: Invoke, workdir: Path, fake_engine: type
) -> None:
    corpus = write_corpus(workdir / "c.jsonl", 120, repeat_every=50)  # with repeated texts
    one = ok(run("extract", str(corpus), "--workers", "1", "-f", "jsonl")).stdout
    two = ok(run("extract", str(corpus), "--workers", "2", "-f", "jsonl")).stdout
    assert one == two and one.count("\n") == 120 * 4 * 4 // 5
    a = ok(run("ingest", str(corpus), "--workers", "1", "--db", "one.db")).stdout
    b = ok(run("ingest", str(corpus), "--workers", "2", "--db", "two.db")).stdout
    assert a == b == "Read 120 documents: 50 new, 70 already known; 160 commitments found.\n"
    assert dump(workdir / "one.db") == dump(workdir / "two.db")


def test_a_bad_row_midway_with_workers_keeps_the_documents_before_it(run: Invoke, workdir: Path, fake_engine: type) -> None:
    corpus = write_corpus(workdir / "c.jsonl", 40)
    with corpus.open("a") as f:
        f.write("{not json\n")
    result = run("ingest", str(corpus), "--workers", "2", "--db", "t.db")
    assert result.exit_code == 1
    assert "c.jsonl:41: malformed JSON" in result.stderr and "40 new documents before it stored" in result.stderr
    con = sqlite3.connect(workdir / "t.db")
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (40,)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_the_next_run_resumes(workdir: Path) -> None:
    """A real `tracker ingest` (real engine, 2 workers) interrupted with SIGINT."""
    corpus = write_corpus(workdir / "big.jsonl", 4000, sentences_per_doc=40)
    db = workdir / "t.db"
    args = [sys.executable, "-m", "tracker.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group, as a terminal's Ctrl-C
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and stored(db) < 50:
        time.sleep(0.1)
    assert proc.poll() is None, proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)  # the whole group: the main process and its workers
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert err.startswith("Interrupted. Read ") and err.endswith("Run the same command again to continue.\n")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    first = stored(db)
    assert 0 < first < 4000
    con = sqlite3.connect(db)
    # Every stored document is whole: it has all its mentions (each text has the same number of cues).
    per_doc = con.execute("SELECT d.id, count(m.id) FROM documents d LEFT JOIN mentions m ON m.document_id = d.id "
                          "GROUP BY d.id").fetchall()
    assert len({n for _, n in per_doc}) == 1 and per_doc[0][1] > 0
    con.close()
    again = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"Read 4,000 documents: {4000 - first:,} new, {first:,} already known" in again.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash), count(DISTINCT external_id) FROM documents"
                       ).fetchone() == (4000, 4000, 4000)
    assert con.execute("SELECT count(*) FROM (SELECT document_id, start FROM mentions GROUP BY 1, 2 HAVING count(*) > 1)"
                       ).fetchone() == (0,)


def stored(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0
