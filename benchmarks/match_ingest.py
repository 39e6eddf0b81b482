"""What grouping a pledge stated again costs at ingest, and what it groups.

usage: python benchmarks/match_ingest.py BASE_SRC NEW_SRC CORPUS.jsonl[.gz] [--runs 3] [--workers 1] [--keep DIR]

BASE_SRC and NEW_SRC are two checkouts of the project (e.g. `git archive life | tar -x -C
/tmp/base` and this worktree); each is run as `python -m tracker` with PYTHONPATH set to
it, by this interpreter, alternately (so that both see the same machine load), into a
fresh SQLite database each run. Prints the median wall time and MB/s of each, and the
median CPU time (user + system of the command and its worker: steadier than wall time
on a shared machine), and for
the last database of each: commitments, commitments with mentions in more than one
document, with more than one mention, and pending merge suggestions.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def text_size(path: Path) -> int:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        return len(f.read())


def ingest(src: Path, corpus: Path, db: Path, workers: int) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the command and its workers) of one ingest."""
    if db.exists():
        db.unlink()
    env = {**os.environ, "PYTHONPATH": str(src)}
    # run from the checkout itself: `python -m` puts the current folder first on sys.path
    subprocess.run([sys.executable, "-m", "tracker", "db", "upgrade", "--db", str(db)], env=env, cwd=src, check=True,
                   stdout=subprocess.DEVNULL)  # the schema before the clock starts
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tracker", "ingest", str(corpus), "--db", str(db), "--workers", str(workers)],
                   env=env, cwd=src, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    has_merge = one("SELECT count(*) FROM sqlite_master WHERE name = 'suggestions'")
    return {
        "findings (mentions)": one("SELECT count(*) FROM mentions"),
        "commitments": one("SELECT count(*) FROM commitments"),
        "with mentions in >1 document": one(
            "SELECT count(*) FROM (SELECT commitment_id FROM mentions GROUP BY commitment_id "
            "HAVING count(DISTINCT document_id) > 1)"),
        "with >1 mention": one(
            "SELECT count(*) FROM (SELECT commitment_id FROM mentions GROUP BY commitment_id HAVING count(*) > 1)"),
        "pending merge suggestions": one(
            "SELECT count(*) FROM suggestions WHERE kind = 'merge' AND state = 'pending'") if has_merge else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the last databases here (base.db, new.db)")
    args = parser.parse_args()
    size = text_size(args.corpus)
    folder = Path(tempfile.mkdtemp())
    times: dict[str, list[float]] = {"base": [], "new": []}
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for _ in range(args.runs):
        for name, src in (("base", args.base), ("new", args.new)):
            wall, used = ingest(src.resolve(), args.corpus.resolve(), folder / f"{name}.db", args.workers)
            times[name].append(wall)
            cpu[name].append(used)
    print(f"{args.corpus.name}: {size / 1e6:.1f} MB (uncompressed JSONL), {args.runs} runs each, "
          f"--workers {args.workers}")
    for name in ("base", "new"):
        median = statistics.median(times[name])
        used = statistics.median(cpu[name])
        print(f"  {name}: wall median {median:.2f} s ({size / 1e6 / median:.2f} MB/s; runs "
              + ", ".join(f"{t:.2f}" for t in times[name])
              + f"); CPU median {used:.2f} s ({size / 1e6 / used:.2f} MB/s per core; runs "
              + ", ".join(f"{t:.2f}" for t in cpu[name]) + ")")
    for label, series in (("wall", times), ("CPU", cpu)):
        overhead = statistics.median(series["new"]) / statistics.median(series["base"]) - 1
        print(f"  overhead ({label}): {overhead:+.1%}")
    for name in ("base", "new"):
        print(f"  {name}: " + "; ".join(f"{k} {v:,}" for k, v in counts(folder / f"{name}.db").items()))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for name in ("base", "new"):
            shutil.copy(folder / f"{name}.db", args.keep / f"{name}.db")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
