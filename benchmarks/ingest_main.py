"""The main process of `tracker ingest`, alone: what it costs per document to read,
parse, hash, send to the workers, receive the findings and write them.

The extraction is replaced by a stand-in that returns findings precomputed once with
the real engine, so that the workers are nearly idle and the main process's own CPU
time is what is measured (``getrusage(RUSAGE_SELF)``: its threads included, the
workers not). The write path, the pool, the pickling and the database are the real ones.

    .venv/bin/python benchmarks/ingest_main.py precompute --corpus ../shared/corpora/congress-sample.jsonl.gz --docs 5000
    .venv/bin/python benchmarks/ingest_main.py measure --runs 3 [--workers 1|2] [--profile out.prof]

``measure`` ingests the sample into a new SQLite database and prints the main process's
CPU per document, with the fixed start-up cost (a run of the first 50 documents)
subtracted.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import multiprocessing
import os
import pickle
import pstats
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# tracker is imported from the installed (editable) package, or from $PYTHONPATH
WORK = Path(os.environ.get("TRACKER_BENCH_DIR", Path(tempfile.gettempdir()) / "tracker-ingest-main"))
SAMPLE = WORK / "sample.jsonl.gz"
FINDINGS = WORK / "findings.pkl"
SMALL = WORK / "small.jsonl.gz"


class StandIn:
    """An Extractor whose ``extract`` returns the precomputed findings of a document
    (by doc id) and whose ``lookup_actor`` is the real engine's."""

    _findings: dict[str, Any] | None = None
    _real: Any = None

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> StandIn:
        if cls._findings is None:
            with open(FINDINGS, "rb") as f:
                cls._findings = pickle.load(f)
        if multiprocessing.parent_process() is None and cls._real is None:  # the main process
            from tracker.extract import Extractor

            cls._real = Extractor.load(rules_path=rules_path, actors_path=actors_path)
        return cls()

    def lookup_actor(self, name: str) -> Any:
        return self._real.lookup_actor(name)

    def extract(self, doc: Any) -> list[Any]:
        assert self._findings is not None
        return self._findings.get(doc.doc_id, [])


def _extract_real(doc: Any) -> tuple[str, list[Any]]:
    global _engine
    try:
        engine = _engine
    except NameError:
        from tracker.extract import Extractor

        engine = _engine = Extractor.load()
    return doc.doc_id, engine.extract(doc)


def precompute(corpus: Path, docs: int) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    with gzip.open(corpus, "rb") as src, gzip.open(SAMPLE, "wb") as out, gzip.open(SMALL, "wb") as small:
        for i, line in enumerate(src):
            if i >= docs:
                break
            out.write(line)
            if i < 50:
                small.write(line)
    from tracker.ingest.sources import DocumentReader

    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 1) as pool:
        found = dict(pool.imap(_extract_real, DocumentReader([str(SAMPLE)]), chunksize=16))
    with open(FINDINGS, "wb") as f:
        pickle.dump(found, f)
    n = sum(len(v) for v in found.values())
    print(f"{len(found)} documents, {n} findings, extracted in {time.perf_counter() - started:.1f} s -> {FINDINGS}")


def _run(path: Path, workers: int, profile: Path | None = None) -> tuple[float, float, int]:
    """(main-process CPU seconds, wall seconds, bytes of text) of one ingest into a new database."""
    from tracker.cli.app import app
    from tracker.cli.runtime import Runtime
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "t.db")
        args = ["ingest", str(path), "--db", db, "--workers", str(workers)]
        prof = cProfile.Profile() if profile else None
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        if prof:
            prof.enable()
        try:
            app(args, standalone_mode=False, obj=Runtime(extractor_factory=StandIn))
        finally:
            if prof:
                prof.disable()
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        if prof and profile:
            prof.dump_stats(str(profile))
            pstats.Stats(str(profile)).sort_stats("tottime").print_stats(30)
        import sqlite3

        con = sqlite3.connect(db)
        size = con.execute("select sum(length(cast(text as blob))) from documents").fetchone()[0]
        con.close()
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return cpu, wall, size


def measure(runs: int, workers: int, profile: Path | None) -> None:
    docs = sum(1 for _ in gzip.open(SAMPLE, "rb"))
    StandIn.load()  # the real engine and the findings, loaded before the clock starts
    _run(SMALL, 1)  # warm: first-time imports are not per-document costs
    per_doc, walls = [], []
    for _ in range(runs):
        small_cpu, _, _ = _run(SMALL, workers)  # fixed costs: start-up, the pool (same workers)
        cpu, wall, size = _run(SAMPLE, workers)
        per_doc.append((cpu - small_cpu) / (docs - 50) * 1000)
        walls.append(wall)
        print(f"  main CPU {cpu:.2f} s (50-doc run {small_cpu:.2f} s), wall {wall:.2f} s, "
              f"{(cpu - small_cpu) / (docs - 50) * 1000:.3f} ms/doc, {size / wall / 1e6:.1f} MB/s", flush=True)
    print(f"workers={workers}: main-process CPU per document, median of {runs}: {statistics.median(per_doc):.3f} ms "
          f"(min {min(per_doc):.3f}, max {max(per_doc):.3f}); wall median {statistics.median(walls):.2f} s")
    if profile:
        _run(SAMPLE, workers, profile)


def write_only(runs: int, session: bool = False) -> None:
    """The write path alone: the sample's documents and findings in memory, stored one
    transaction each into a new database; process CPU per document."""
    from tracker.ingest.sources import DocumentReader
    from tracker.storage import db, store

    StandIn.load()
    docs = [d for d in DocumentReader([str(SAMPLE)])]
    hashes = [store.content_hash(d.text) for d in docs]
    found = [StandIn._findings.get(d.doc_id, []) for d in docs]  # type: ignore[union-attr]
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            engine = db.open_database(str(Path(tmp) / "t.db"))
            from sqlalchemy.orm import Session

            # --session: as tracker ingest did before it wrote through a Core Connection
            with (Session(engine) if session else engine.connect()) as connection:
                resolver = store.ActorResolver(connection, StandIn._real.lookup_actor)
                t0 = time.process_time()
                for doc, h, f in zip(docs, hashes, found):
                    with connection.begin():
                        store.store_document(connection, doc, h, f, resolver)
                results.append((time.process_time() - t0) / len(docs) * 1000)
            engine.dispose()
        print(f"  {results[-1]:.3f} ms/doc", flush=True)
    print(f"write path: {statistics.median(results):.3f} ms/doc, median of {runs} (min {min(results):.3f}, max {max(results):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("precompute")
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/congress-sample.jsonl.gz")
    p.add_argument("--docs", type=int, default=5000)
    m = sub.add_parser("measure")
    m.add_argument("--runs", type=int, default=3)
    m.add_argument("--workers", type=int, default=2)
    m.add_argument("--profile", type=Path)
    w = sub.add_parser("write")
    w.add_argument("--runs", type=int, default=5)
    w.add_argument("--session", action="store_true", help="write through an ORM Session")
    args = parser.parse_args()
    if args.command == "precompute":
        precompute(args.corpus, args.docs)
    elif args.command == "write":
        write_only(args.runs, args.session)
    else:
        measure(args.runs, args.workers, args.profile)


if __name__ == "__main__":
    main()
