"""Throughput of `tracker scale extract` on a Dask LocalCluster, per worker, next to plain
`tracker extract` measured in the same run.

    .venv/bin/pip install -e '.[scale]'
    .venv/bin/python benchmarks/dask_throughput.py --corpus ../shared/corpora/bbc.jsonl.gz --runs 3

For each number of workers (--workers, default 1 and 2) a LocalCluster of that many
single-threaded worker processes is started once; one warm-up run loads the engine on
every worker, then --runs timed runs of the extraction (tracker.scale.dask_extract.run,
writing Parquet into a fresh folder each time) give the median wall time. MB/s counts
the UTF-8 text of the documents. The peer is `tracker extract --workers N --format
jsonl > /dev/null` as a subprocess (start-up and engine load included, as a user runs
it), medians of the same number of runs, interleaved with the cluster's. Also checked:
the cluster's findings are those `tracker extract` prints.

Cluster start-up (about 2-5 s for worker processes) is not in the cluster's figure; it
is printed apart, as is a whole `tracker scale extract --local-workers N` command.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRACKER = [sys.executable, "-m", "tracker.cli"]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python "
            f"{platform.python_version()}, load average {load:.1f} at start, {time.strftime('%Y-%m-%d %H:%M')}")


def plain_extract(corpus: Path, workers: int, out: Path | None = None) -> float:
    started = time.perf_counter()
    with open(out or os.devnull, "wb") as sink:
        subprocess.run([*TRACKER, "extract", str(corpus), "--workers", str(workers), "--format", "jsonl"],
                       stdout=sink, check=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc.jsonl.gz")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-mb", type=float, default=0.5,
                        help="text per task (default 0.5: a 5 MB corpus makes about 10 partitions)")
    args = parser.parse_args()
    if args.runs < 3:
        parser.error("--runs: at least 3")

    from distributed import Client, LocalCluster

    from tracker.scale import dask_extract
    from tracker.scale.findings import FindingsReader

    print(machine())
    work = Path(tempfile.mkdtemp(prefix="tracker-dask-bench-"))
    rows: list[tuple[str, float, float, float, str]] = []
    try:
        # the findings first: the cluster's must be what tracker extract prints
        plain_extract(args.corpus, 1, work / "plain.jsonl")
        local = [json.loads(line) for line in (work / "plain.jsonl").read_text(encoding="utf-8").splitlines()]
        text_mb = None
        for workers in args.workers:
            started = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                startup = time.perf_counter() - started
                cluster_times: list[float] = []
                plain_times: list[float] = []
                for run in range(args.runs + 1):  # run 0: warm-up (each worker loads the engine)
                    out = work / f"out-{workers}-{run}"
                    started = time.perf_counter()
                    summary = dask_extract.run(client, [str(args.corpus)], out, fmt="parquet",
                                               partition_bytes=int(args.partition_mb * 1_000_000))
                    took = time.perf_counter() - started
                    if run == 0:
                        found = [f.to_dict() for _, fs in FindingsReader(out) for f in fs]
                        assert found == local, "the cluster's findings differ from tracker extract's"
                        text_mb = summary.text_bytes / 1e6
                        print(f"{summary.documents:,} documents, {text_mb:.2f} MB of text, {summary.partitions} "
                              f"partitions, {summary.findings:,} findings (identical to tracker extract: yes); "
                              f"cluster of {workers} started in {startup:.1f} s")
                    else:
                        cluster_times.append(took)
                        plain_times.append(plain_extract(args.corpus, workers))
                    shutil.rmtree(out)
            assert text_mb is not None
            for name, times in ((f"scale extract, LocalCluster of {workers} (warm)", cluster_times),
                                (f"tracker extract --workers {workers} (whole command)", plain_times)):
                median = statistics.median(times)
                rows.append((name, text_mb / median, text_mb / median / workers, median,
                             f"{min(times):.2f}–{max(times):.2f}"))
        cold = []
        for run in range(args.runs):
            out = work / f"cli-{run}"
            started = time.perf_counter()
            subprocess.run([*TRACKER, "scale", "extract", str(args.corpus), "--out", str(out), "--local-workers",
                            str(max(args.workers)), "--partition-mb", str(args.partition_mb)],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            cold.append(time.perf_counter() - started)
            shutil.rmtree(out)
        assert text_mb is not None
        median = statistics.median(cold)
        rows.append((f"tracker scale extract --local-workers {max(args.workers)} (whole command, cluster start-up "
                     "included)", text_mb / median, text_mb / median / max(args.workers), median,
                     f"{min(cold):.2f}–{max(cold):.2f}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nmedians of {args.runs} runs; MB/s of document text; load average {load:.1f} at the end\n")
    print("| run | MB/s | MB/s per worker | seconds (median) | min–max |")
    print("|---|---|---|---|---|")
    for name, total, per_worker, seconds, spread in rows:
        print(f"| {name} | {total:.2f} | {per_worker:.2f} | {seconds:.2f} | {spread} |")


if __name__ == "__main__":
    main()
