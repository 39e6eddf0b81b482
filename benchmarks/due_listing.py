"""Timings of the listings of issue 11 on a database built by build_big_db.py: `list` with its
sources and first/last said, `tracker due`, `list --overdue`, `list --review`.

    .venv/bin/python benchmarks/due_listing.py /tmp/due.db [--commitments 30000] [--runs 3]

The database is built (build_big_db.build) when missing, then given what the big one lacks:
a deadline for every other commitment (2019-2021), a second mention from another document
for one in ten (as after the matcher's merges, with the merged commitment kept and pointing
to the one it joined), and a review state for one in five. Each command runs as a user
would run it (a fresh process), best of --runs, wall time.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_big_db import build  # noqa: E402

from tracker.storage import db  # noqa: E402

TRACKER = str(Path(sys.executable).with_name("tracker"))


def prepare(path: Path, commitments: int) -> None:
    build(path, commitments, seed=1)
    rng = random.Random(2)
    engine = db.open_database(str(path))
    with engine.begin() as conn:
        count = conn.execute(text("SELECT max(id) FROM commitments")).scalar_one()
        deadlines = [{"id": c, "due": date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))}
                     for c in range(1, count + 1, 2)]
        conn.execute(text("UPDATE commitments SET deadline_date = :due WHERE id = :id"), deadlines)
        conn.execute(text("UPDATE commitments SET review = 'confirmed' WHERE id % 5 = 0"))
        # one in ten merged: its mention moves to the commitment before it, which keeps it
        merged = [{"id": c, "into": c - 1} for c in range(11, count + 1, 10)]
        conn.execute(text("UPDATE mentions SET commitment_id = :into WHERE commitment_id = :id"), merged)
        conn.execute(text("UPDATE commitments SET merged_into_id = :into WHERE id = :id"), merged)
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def timed(args: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([TRACKER, *args], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--commitments", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.path.exists():
        prepare(args.path, args.commitments)
    database = ["--db", str(args.path)]
    for label, command in (
        ("list -f jsonl (every commitment, with sources)", ["list", "-f", "jsonl"]),
        ("list -f csv", ["list", "-f", "csv"]),
        ("list --limit 50", ["list", "--limit", "50"]),
        ("due --within 30d --today 2020-06-01", ["due", "--within", "30d", "--today", "2020-06-01", "-f", "jsonl"]),
        ("due --within 1y --today 2020-06-01", ["due", "--within", "1y", "--today", "2020-06-01", "-f", "jsonl"]),
        ("list --overdue --today 2020-06-01", ["list", "--overdue", "--today", "2020-06-01", "-f", "jsonl"]),
        ("list --review confirmed", ["list", "--review", "confirmed", "-f", "jsonl"]),
    ):
        print(f"{timed([*command, *database], args.runs):6.2f} s  {label}")


if __name__ == "__main__":
    main()
