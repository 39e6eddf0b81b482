"""`tracker scale extract` on a Dask LocalCluster of two workers, and `tracker ingest
--findings`: the findings are those `tracker extract` prints, and the database is the one
plain `ingest` builds."""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke, ok, one_line_error

distributed = pytest.importorskip("distributed")  # the scale extra; .ci/run installs it
pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

from tracker.extract import Document, Extractor  # noqa: E402
from tracker.scale import dask_extract  # noqa: E402
from tracker.scale.findings import FINDING_FIELDS, MANIFEST, FindingsReader, write_manifest  # noqa: E402
from tracker.ingest.sources import jsonl_document  # noqa: E402
from tests.test_postgres import pg_database, pg_url  # noqa: E402, F401 (fixtures)

# Our own sentences: commitments of countries, people and firms, and text that holds none.
SENTENCES = [
    "Norway will build {n} wind turbines off its coast by 2030.",
    "Prime Minister Ingrid Solberg pledged to cut income tax for {n} families.",
    "The weather in Oslo was mild on Tuesday, with {n} millimetres of rain.",
    "“We will open {n} new clinics next year,” Health Minister Tor Haugen said.",
    "Fjordline Inc. said it would hire {n} engineers in Bergen.",
    "Analysts expect that Sweden will raise rates by {n} basis points.",
    "The Danish government is to spend {n} million kroner on flood defences.",
    "Crowds gathered in the square as {n} musicians played.",
]


def _text(i: int) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(n=10 * i + k + 1) for k in range(5))


def write_jsonl(path: Path, first: int, count: int, *, with_ids: bool = True) -> Path:
    rows = []
    for i in range(first, first + count):
        row: dict[str, Any] = {"text": _text(i), "source": "Nordic Wire", "date": f"2024-03-{1 + i % 28:02d}",
                               "title": f"Story {i}"}
        if with_ids:
            row["id"] = f"story-{i}"
        rows.append(json.dumps(row, ensure_ascii=False))
    rows.insert(count // 2, json.dumps({"id": "blank", "text": "   "}))  # an empty row: skipped, counted
    rows.insert(count // 3, json.dumps({"id": f"copy-{first}", "text": _text(first)}))  # a text seen before
    data = ("\n".join(rows) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def write_parquet(path: Path, first: int, count: int) -> Path:
    table = pa.table({"id": [f"pq-{i}" for i in range(first, first + count)],
                      "text": [_text(i) for i in range(first, first + count)],
                      "date": pa.array([None] * count, pa.date32())})
    pq.write_table(table, path, row_group_size=7)  # several row groups: several partitions
    return path


@pytest.fixture
def corpus(workdir: Path) -> list[str]:
    folder = workdir / "corpus"
    folder.mkdir()
    return [str(write_jsonl(folder / "a.jsonl", 0, 40)), str(write_jsonl(folder / "b.jsonl.gz", 40, 25, with_ids=False))]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster of two single-threaded workers in this process (threads, no
    processes to start: quick, and the same task code runs)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table ingest writes, in id order, without timestamps."""
    con = sqlite3.connect(path)
    try:
        queries = {
            "documents": "SELECT id, external_id, publisher, title, url, path, author, published, text, content_hash "
                         "FROM documents ORDER BY id",
            "commitments": "SELECT id, kind, action, target, amount, amount_value, unit, deadline, deadline_date, "
                           "negated, testable, testable_reason, status, version FROM commitments ORDER BY id",
            "commitment_actors": "SELECT commitment_id, actor_id, position FROM commitment_actors ORDER BY 1, 2",
            "mentions": 'SELECT id, commitment_id, document_id, sentence, start, "end", speaker, said_on, rule, '
                        "confidence FROM mentions ORDER BY id",
            "actors": "SELECT id, name, key, type, parent_id FROM actors ORDER BY id",
            "actor_aliases": "SELECT actor_id, alias FROM actor_aliases ORDER BY 1, 2",
            "actor_evidence": "SELECT actor_id, document_id, name, type, parent_id FROM actor_evidence ORDER BY 1, 2, 3",
        }
        return {table: list(con.execute(sql)) for table, sql in queries.items()}
    finally:
        con.close()


def finding_rows(out: Path) -> list[dict[str, Any]]:
    return [finding.to_dict() for _, findings in FindingsReader(out) for finding in findings]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_dask_extracts_what_tracker_extract_prints_and_ingest_findings_stores_what_ingest_does(
    run: Invoke, workdir: Path, corpus: list[str], scheduler: str, fmt: str
) -> None:
    out = workdir / "out"
    result = ok(run("scale", "extract", *corpus, "--out", str(out), "--scheduler", scheduler, "--format", fmt,
                    "--partition-mb", "0.002"))
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["documents"] == 67 and manifest["empty_rows"] == 2  # 40 + 25 and 2 copies; 2 blank rows
    assert len(manifest["partitions"]) >= 6  # small partitions: both workers had work
    assert result.stdout == (f"Extracted 67 documents in {len(manifest['partitions'])} partitions on 2 workers: "
                             f"{manifest['findings']} findings, written to {out} ({fmt}). Skipped 2 empty rows.\n")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [MANIFEST] + [p[k] for p in manifest["partitions"] for k in ("documents_file", "findings_file")])

    local = [json.loads(line) for line in ok(run("extract", *corpus, "--format", "jsonl")).stdout.splitlines()]
    assert finding_rows(out) == local
    assert len(local) == manifest["findings"] > 40
    assert {row["doc_id"] for row in local} >= {"story-1", f"{corpus[1]}:1"}  # ids: given, or file:line

    plain = ok(run("ingest", *corpus, "--db", "plain.db")).stdout
    loaded = ok(run("ingest", "--findings", str(out), "--db", "findings.db")).stdout
    stored = dump(workdir / "plain.db")
    assert dump(workdir / "findings.db") == stored
    assert len(stored["commitments"]) < len(local)  # the two copies' findings are not stored twice
    assert loaded == plain == (f"Read 67 documents: 65 new, 2 already known; {len(stored['commitments'])} commitments "
                               "found. Skipped 2 empty rows.\n")
    assert ok(run("ingest", "--findings", str(out), "--db", "findings.db")).stdout == (
        "Read 67 documents: 0 new, 67 already known; 0 commitments found. Skipped 2 empty rows.\n")


@pytest.mark.slow
def test_dask_extracts_from_parquet_what_tracker_extract_finds_in_the_same_rows_as_json_lines(
    run: Invoke, workdir: Path, scheduler: str
) -> None:
    parquet = write_parquet(workdir / "c.parquet", 0, 30)
    twin = workdir / "c.jsonl"
    twin.write_text("".join(json.dumps({"id": row["id"], "text": row["text"]}) + "\n"
                            for row in pq.read_table(parquet).to_pylist()), encoding="utf-8")
    out = workdir / "out"
    ok(run("scale", "extract", str(parquet), "--out", str(out), "--scheduler", scheduler, "--partition-mb", "0.001"))
    assert len(json.loads((out / MANIFEST).read_text(encoding="utf-8"))["partitions"]) == 5  # row groups of 7
    local = [json.loads(line) for line in ok(run("extract", str(twin), "--format", "jsonl")).stdout.splitlines()]
    assert finding_rows(out) == local and len(local) > 20


@pytest.mark.slow
def test_a_bad_row_on_a_worker_is_one_error_line_and_leaves_no_output(
    run: Invoke, workdir: Path, scheduler: str
) -> None:
    corpus = write_jsonl(workdir / "c.jsonl", 0, 30)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    lines[20] = '{"id": "broken", "text": '
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = workdir / "out"
    one_line_error(run("scale", "extract", str(corpus), "--out", str(out), "--scheduler", scheduler,
                       "--partition-mb", "0.002"), "c.jsonl:21: malformed JSON")
    assert list(out.iterdir()) == []  # no manifest, no partition file
    one_line_error(run("ingest", "--findings", str(out), "--db", "x.db"), "no manifest.json")


# --- without a cluster -------------------------------------------------------------------------------


def test_a_parquet_partition_reads_its_row_groups_and_numbers_rows_without_an_id(workdir: Path) -> None:
    path = workdir / "p.parquet"
    pq.write_table(pa.table({"text": [_text(i) for i in range(10)], "source": ["Wire"] * 10}), path, row_group_size=4)
    parts = list(dask_extract.partitions([("p.parquet", path)], partition_bytes=1))
    assert [(p.first, p.row_groups) for p in parts] == [(1, (0,)), (5, (1,)), (9, (2,))]
    out = workdir / "out"
    out.mkdir()
    done = dask_extract.extract_partition(parts[1], dask_extract.Files(Extractor), str(out), "parquet")
    assert (done.number, done.documents, done.empty_rows) == (1, 4, 0)
    documents = pq.read_table(out / "documents-00001.parquet").to_pylist()
    assert [d["doc_id"] for d in documents] == ["p.parquet:5", "p.parquet:6", "p.parquet:7", "p.parquet:8"]
    assert documents[0]["text"] == _text(4) and documents[0]["source"] == "Wire"
    findings = pq.read_table(out / "findings-00001.parquet").to_pylist()
    expected = [f.to_dict() for d in documents for f in Extractor.load().extract(
        Document(d["doc_id"], d["text"], source="Wire", path="p.parquet"))]
    assert [{k: f[k] for k in FINDING_FIELDS} for f in findings] == expected and expected
    assert {f["content_hash"] for f in findings} <= {d["content_hash"] for d in documents}


def test_jsonl_partitions_cut_at_lines_and_keep_line_numbers(workdir: Path) -> None:
    path = workdir / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n'))
    parts = list(dask_extract.partitions([("c.jsonl.gz", path)], partition_bytes=14))  # 14: one row
    assert [(p.number, p.first, p.lines) for p in parts] == [
        (0, 1, b'{"text": "a"}\n'), (1, 2, b'\n{"text": "b"}\n'), (2, 4, b'{"text": "c"}\n')]


def test_scale_extract_refuses_bad_inputs_before_starting_a_cluster(run: Invoke, workdir: Path) -> None:
    (workdir / "notes.txt").write_text("France will act.", encoding="utf-8")
    write_jsonl(workdir / "c.jsonl", 0, 3)
    one_line_error(run("scale", "extract", "notes.txt", "--out", "o"), "reads .jsonl, .jsonl.gz or .parquet files")
    one_line_error(run("scale", "extract", "missing.jsonl", "--out", "o"), "missing.jsonl: no such file or folder")
    (workdir / "used").mkdir()
    (workdir / "used" / "x").write_text("", encoding="utf-8")
    one_line_error(run("scale", "extract", "c.jsonl", "--out", "used"), "--out: used is not empty")
    one_line_error(run("scale", "extract", "c.jsonl", "--out", "o", "--scheduler", "tcp://127.0.0.1:1",
                       "--local-workers", "2"), "not both")
    (workdir / "bad.parquet").write_bytes(b"not parquet at all")
    one_line_error(run("scale", "extract", "bad.parquet", "--out", "o2"), "bad.parquet: not a Parquet file")


def test_ingest_findings_refuses_what_would_not_apply(run: Invoke, workdir: Path) -> None:
    out = workdir / "out"
    out.mkdir()
    one_line_error(run("ingest", "--findings", "nowhere", "--db", "x.db"), "no such folder: nowhere")
    one_line_error(run("ingest", "--findings", str(out), "--db", "x.db"), "no manifest.json")
    (out / MANIFEST).write_text(json.dumps({"format": "tracker-findings", "format_version": 1, "file_format": "jsonl",
                                            "actors_sha256": None, "partitions": []}), encoding="utf-8")
    write_jsonl(workdir / "c.jsonl", 0, 3)
    one_line_error(run("ingest", "c.jsonl", "--findings", str(out), "--db", "x.db"), "not both")
    one_line_error(run("ingest", "--findings", str(out), "--rules", "r.toml", "--db", "x.db"), "--rules does nothing")
    actors = workdir / "actors.toml"
    actors.write_text('[[actor]]\nname = "Fjordline Inc"\ntype = "company"\n', encoding="utf-8")
    one_line_error(run("ingest", "--findings", str(out), "--actors", str(actors), "--db", "x.db"),
                   "give the same --actors")
    one_line_error(run("ingest", "--findings", str(out), "--db", "x.db"), "no documents found")
    assert not (workdir / "x.db").exists()  # each refused before the database was opened


def test_a_lone_surrogate_in_a_jsonl_row_is_replaced_as_ingest_does(run: Invoke, workdir: Path) -> None:
    """The workers read a row as the reader does: an unpaired surrogate becomes U+FFFD."""
    (workdir / "s.jsonl").write_text('{"id": "a", "text": "Norway will build dams. \\ud800"}\n', encoding="utf-8")
    row = (workdir / "s.jsonl").read_bytes().splitlines()[0]
    document = jsonl_document(row, "s.jsonl:1", str(workdir / "s.jsonl"))
    assert document is not None and document.text == "Norway will build dams. \ufffd"
    assert "unpaired surrogate" in ok(run("ingest", "s.jsonl", "--db", "x.db")).stderr


# --- PostgreSQL ----------------------------------------------------------------------------------------


def write_output(corpus: list[str], out: Path, fmt: str = "jsonl") -> None:
    """What a cluster writes, written here by the task function itself (no cluster)."""
    out.mkdir()
    inputs = dask_extract.plan_inputs(corpus)
    done = [dask_extract.extract_partition(p, dask_extract.Files(Extractor), str(out), fmt)
            for p in dask_extract.partitions(inputs, partition_bytes=3000)]
    write_manifest(out, fmt, corpus, done, None, None)


def _listed(run: Invoke, url: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Commitments (with their mention, actors and document) and actors, as listed."""
    commitments = json.loads(ok(run("list", "-f", "json", "--db", url)).stdout)
    for row in commitments:
        del row["created_at"], row["updated_at"]
    return commitments, json.loads(ok(run("actors", "-f", "json", "--db", url)).stdout)


@pytest.mark.postgres
def test_ingest_findings_into_postgresql_stores_what_ingest_stores(
    run: Invoke, workdir: Path, corpus: list[str], pg_url: str
) -> None:
    write_output(corpus, workdir / "out")
    ok(run("ingest", *corpus, "--db", "plain.db"))
    ok(run("ingest", "--findings", str(workdir / "out"), "--db", pg_url))
    assert _listed(run, pg_url) == _listed(run, "plain.db")
    assert ok(run("ingest", "--findings", str(workdir / "out"), "--db", pg_url)).stdout.startswith(
        "Read 67 documents: 0 new, 67 already known")
