"""Does the grouping of pledges stated again depend on the order documents are read in?

usage: python benchmarks/match_order.py CORPUS.jsonl[.gz] [--workers 1]

Ingests the corpus as it is and reversed (document order) into two new SQLite databases
with this checkout, then compares the groups: each commitment as the set of its mentions
(document id, sentence offset), so that ids do not matter. Prints how many groups of
several mentions each order makes, how many are the same in both, and the groups that
differ (document ids and offsets, no text).
"""

from __future__ import annotations

import argparse
import gzip
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def groups(db: Path) -> set[frozenset[tuple[str, int]]]:
    found: dict[int, set[tuple[str, int]]] = {}
    with sqlite3.connect(db) as con:
        for cid, doc, start in con.execute("SELECT m.commitment_id, d.external_id, m.start FROM mentions m "
                                           "JOIN documents d ON d.id = m.document_id"):
            found.setdefault(cid, set()).add((doc, start))
    return {frozenset(g) for g in found.values()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    opener = gzip.open if args.corpus.suffix == ".gz" else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    (folder / "forward.jsonl").write_text("".join(lines), encoding="utf-8")
    (folder / "reverse.jsonl").write_text("".join(reversed(lines)), encoding="utf-8")
    result = {}
    for name in ("forward", "reverse"):
        db = folder / f"{name}.db"
        subprocess.run([sys.executable, "-m", "tracker", "ingest", str(folder / f"{name}.jsonl"), "--db", str(db),
                        "--workers", str(args.workers)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        result[name] = {g for g in groups(db) if len(g) > 1}
    both = result["forward"] & result["reverse"]
    print(f"groups of several mentions: forward {len(result['forward'])}, reverse {len(result['reverse'])}, "
          f"the same in both {len(both)}")
    for name in ("forward", "reverse"):
        for g in sorted(result[name] - both, key=sorted):
            print(f"  only {name}: " + ", ".join(f"{d}@{s}" for d, s in sorted(g)))


if __name__ == "__main__":
    main()
