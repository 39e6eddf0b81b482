"""`tracker list` as a table against `list --format jsonl` on a 30,000-commitment database:
median time and peak memory of each, the whole command run as a subprocess.

    .venv/bin/python benchmarks/list_table.py                     # builds /tmp/list-table-30k.db once
    .venv/bin/python benchmarks/list_table.py --runs 5 --code ../other-checkout   # another tracker's code

The database comes from benchmarks/build_big_db.py (same distribution, 30,000 commitments).
Output goes to a file (stdout is not a terminal), with COLUMNS set as a terminal of that
width would (--columns). Commands measured: the plain table (which shows the first 1,000
rows and says how many more), the whole selection as a table (--limit with the total),
and JSON Lines. Peak memory: the process's maximum RSS (wait4). --code DIR runs the
tracker package found in DIR (PYTHONPATH), to measure a version before a change.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def run(command: list[str], env: dict[str, str], out: Path) -> tuple[float, int]:
    """(seconds, peak RSS in bytes) of one run, stdout to ``out``; run in out's folder, so
    that `python -m` finds tracker on PYTHONPATH, not in the current folder."""
    with open(out, "wb") as stdout:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, env=env, cwd=out.parent)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{err}")
    return seconds, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "list-table-30k.db")
    parser.add_argument("--commitments", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--code", type=Path, help="a checkout whose tracker package to run (default: this one)")
    parser.add_argument("--skip-whole-table", action="store_true", help="skip --limit N (all rows as a table)")
    args = parser.parse_args()
    if not args.db.exists():
        from build_big_db import build

        build(args.db, args.commitments, seed=1)
    env = {**os.environ, "COLUMNS": str(args.columns), "PYTHONPATH": str((args.code or ROOT).resolve())}
    tracker = [sys.executable, "-m", "tracker.cli"]
    cases = [("list (table)", ["list"]), ("list --format jsonl", ["list", "--format", "jsonl"])]
    if not args.skip_whole_table:
        cases.insert(1, (f"list --limit {args.commitments} (table)", ["list", "--limit", str(args.commitments)]))
    print(f"{args.db} ({args.commitments:,} commitments), code {args.code or ROOT}, {args.runs} runs, "
          f"COLUMNS={args.columns}, load average {os.getloadavg()[0]:.1f}")
    print("| command | median s | min–max s | peak RSS MB | output MB |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        for label, command in cases:
            results = [run([*tracker, *command, "--db", str(args.db.resolve())], env, out) for _ in range(args.runs)]
            times = [t for t, _ in results]
            peak = max(m for _, m in results)
            print(f"| {label} | {statistics.median(times):.2f} | {min(times):.2f}–{max(times):.2f} | "
                  f"{peak / 2**20:.0f} | {out.stat().st_size / 2**20:.1f} |", flush=True)


if __name__ == "__main__":
    main()
