"""tracker ingest: reading, storing, de-duplicating, resuming."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import FakeExtractor, Invoke, Seams, count_documents, ok, rows
from tracker.extract import Document
from tracker.storage import db, store
from tracker.storage.models import Actor, Commitment, DocumentRow, MentionRow


def test_ingest_folder_stores_documents_and_commitments(tracker: Invoke, articles: Path, fake_engine: type, db_path: Path) -> None:
    result = ok(tracker("ingest", str(articles)))
    assert result.stdout == "Read 3 documents: 3 new, 0 already known; 5 commitments found.\n"
    assert result.stderr == f"created new database {db_path}\n"  # and no progress bar: stderr is no terminal
    with Session(db.open_database(str(db_path))) as s:
        docs = s.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
        assert [d.external_id for d in docs] == [str(articles / n) for n in ("a.txt", "b.md", "c.txt")]
        assert docs[1].title == "Ukraine and France agree"
        for m in s.scalars(select(MentionRow)):
            assert m.document.text[m.start:m.end] == m.sentence  # offsets point into the stored text
        first = s.get(Commitment, 1)
        assert first is not None
        assert (first.kind, first.status, first.version, first.deadline, first.deadline_date) == (
            "commitment", "open", 1, "by 2024", date(2024, 12, 31))
        assert [a.name for a in first.actors] == ["France"]


def test_reingesting_is_a_no_op_that_skips_extraction(tracker: Invoke, articles: Path, fake_engine: type[FakeExtractor]) -> None:
    ok(tracker("ingest", str(articles)))
    assert fake_engine.calls == 3
    (articles / "d.txt").write_text("Acme will hire 50 people.\n")
    result = ok(tracker("ingest", str(articles)))
    assert result.stdout == "Read 4 documents: 1 new, 3 already known; 1 commitment found.\n"
    assert fake_engine.calls == 4  # only the new document was extracted
    assert len(rows(tracker("list", "--format", "json"))) == 6


def test_same_text_under_another_name_is_known(tracker: Invoke, articles: Path, fake_engine: type, workdir: Path) -> None:
    ok(tracker("ingest", str(articles / "a.txt")))
    (workdir / "copy.txt").write_bytes((articles / "a.txt").read_bytes())
    assert "0 new, 1 already known" in ok(tracker("ingest", str(workdir / "copy.txt"))).stdout


def test_stdin_with_metadata_options(tracker: Invoke, fake_engine: type) -> None:
    result = ok(tracker("ingest", "-", "--source", "AP", "--date", "2024-03-01", "--title", "T",
                        "--url", "https://ap.example/1", "--author", "Kim", input="Acme will open a plant.\n"))
    assert result.stdout == "Read 1 document: 1 new, 0 already known; 1 commitment found.\n"
    [row] = rows(tracker("list", "--format", "json"))
    assert (row["source"], row["said_on"], row["url"], row["document"]) == ("AP", "2024-03-01", "https://ap.example/1", "<stdin>")


def test_jsonl_corpus_plain_and_gzip(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    lines = [
        {"id": "w/1", "text": "France will build a bridge.", "source": "Wire", "date": "2001-05-06"},
        {"id": "w/2", "text": ""},
        {"id": "w/3", "text": "Nothing here.", "date": "2001-05-07T08:00:00"},
    ]
    (workdir / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    with gzip.open(workdir / "d.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": "g/1", "text": "Ukraine will hold a vote."}) + "\n")
    result = ok(tracker("ingest", "c.jsonl", "d.jsonl.gz"))
    assert result.stdout == "Read 3 documents: 3 new, 0 already known; 2 commitments found. Skipped 1 empty row.\n"
    got = rows(tracker("list", "--format", "json"))
    assert [(r["document"], r["source"], r["said_on"]) for r in got] == [("w/1", "Wire", "2001-05-06"), ("g/1", None, None)]


def test_ignored_files_are_reported(tracker: Invoke, articles: Path, fake_engine: type) -> None:
    (articles / "photo.png").write_bytes(b"\x89PNG\r\n")
    assert ok(tracker("ingest", str(articles))).stdout.endswith(" Ignored 1 file not .txt, .md or .jsonl.\n")


def test_per_folder_metadata_file(tracker: Invoke, articles: Path, fake_engine: type) -> None:
    (articles / "metadata.csv").write_text("file,source,date\n*,Reuters,2023-09-28\nc.txt,AFP,\n")
    ok(tracker("ingest", str(articles)))
    got = {r["document"].rsplit("/", 1)[1]: (r["source"], r["said_on"]) for r in rows(tracker("list", "-f", "json"))}
    assert got == {"a.txt": ("Reuters", "2023-09-28"), "b.md": ("Reuters", "2023-09-28"), "c.txt": ("AFP", "2023-09-28")}


class InterruptOnSecond(FakeExtractor):
    def extract(self, doc: Document) -> list:
        if type(self).calls == 1:
            type(self).calls += 1
            raise KeyboardInterrupt
        return super().extract(doc)


def test_ctrl_c_keeps_committed_documents_and_the_next_run_resumes(
    tracker: Invoke, articles: Path, seams: Seams, db_path: Path
) -> None:
    seams.extractor = InterruptOnSecond
    InterruptOnSecond.calls = 0
    result = tracker("ingest", str(articles))
    assert result.exit_code == 130
    assert result.stderr == f"created new database {db_path}\n" + (
        "Interrupted. Read 1 document: 1 new, 0 already known; 2 commitments found. "
        "Run the same command again to continue.\n")
    assert count_documents(db_path) == 1
    seams.extractor = FakeExtractor
    result = ok(tracker("ingest", str(articles)))
    assert result.stdout == "Read 3 documents: 2 new, 1 already known; 3 commitments found.\n"
    assert [r["id"] for r in rows(tracker("list", "-f", "json"))] == [1, 2, 3, 4, 5]


def test_a_bad_input_midway_keeps_whole_documents_before_it(tracker: Invoke, workdir: Path, fake_engine: type, db_path: Path) -> None:
    (workdir / "c.jsonl").write_text('{"id": "1", "text": "Acme will hire."}\n{"id": "2", "text": "Paris will\n')
    result = tracker("ingest", "c.jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"created new database {db_path}\n" + (
        "Error: c.jsonl:2: malformed JSON (Invalid control character at column 32) "
        "(1 new document before it stored; fix it and run again to continue)\n")
    assert count_documents(db_path) == 1
    with Session(db.open_database(str(db_path))) as s:
        assert s.scalar(select(Commitment.id)) == 1


def test_database_from_environment_variable(run: Invoke, articles: Path, fake_engine: type, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", str(workdir / "env.db"))
    ok(run("ingest", str(articles)))
    assert count_documents(workdir / "env.db") == 3
    assert not (workdir / "tracker.db").exists()


def test_default_database_is_tracker_db_here(run: Invoke, articles: Path, fake_engine: type, workdir: Path) -> None:
    ok(run("ingest", str(articles)))
    assert count_documents(workdir / "tracker.db") == 3


def test_concurrent_ingest_of_the_same_text_stores_it_once(db_path: Path) -> None:
    """Two ingests that both passed the hash check: the unique content hash settles it."""
    engine = db.open_database(str(db_path))
    doc = Document("d1", "Acme will hire 50 people.")
    text_hash = store.content_hash(doc.text)
    with Session(engine) as first, first.begin():
        assert store.store_document(first, doc, text_hash, [], store.ActorResolver(first)).new
    with Session(engine) as second, second.begin():  # it too found the hash unknown, earlier
        assert not store.store_document(second, doc, text_hash, [], store.ActorResolver(second)).new
    assert count_documents(db_path) == 1


def test_actor_cache_is_dropped_on_rollback(db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with Session(engine) as session:
        resolver = store.ActorResolver(session)
        with pytest.raises(RuntimeError), session.begin():
            resolver.resolve("Acme")
            raise RuntimeError
        assert resolver._ids == {}  # ids of rows undone are forgotten
        with session.begin():
            new_id = resolver.resolve("Acme")  # not the id of the row rolled back
        assert session.get(Actor, new_id) is not None
