"""Reading a .jsonl.gz corpus and writing findings as JSON Lines: the old way against the
new, measured in the same run (only their ratio means anything on a busy machine).

    .venv/bin/python benchmarks/io_read.py ../shared/corpora/congress-sample.jsonl.gz

Each figure is the median of --runs runs over the whole corpus:
  gunzip   the lines of the file: Python's gzip (zlib) against ISA-L's igzip, both
           behind the same 64 KiB buffer the reader uses;
  decode   every line as the reader's object: UTF-8 decoding and json's C scanner
           (`_json_object`) against `_row_object` (orjson, json where they differ);
  encode   the findings of the first --docs documents (from `tracker extract -f jsonl`),
           as many times over as the corpus has such slices (about the findings of the
           whole corpus), each row written as `to_json` wrote it (a JSONEncoder's encode, which builds
           its C encoder per call) against the prebuilt C encoder `to_json` uses now.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from isal import igzip

from tracker.ingest.sources import _json_object, _row_object
from tracker.output.values import json_default, to_json


def _lines(path: Path, opener: Callable[..., io.RawIOBase]) -> list[bytes]:
    with open(path, "rb") as raw:
        return list(io.BufferedReader(opener(fileobj=raw), 1 << 16))


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _findings(path: Path, docs: int) -> list[dict[str, object]]:
    with gzip.open(path, "rb") as f, tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_bytes(b"".join(line for _, line in zip(range(docs), f)))
        out = subprocess.run([sys.executable, "-m", "tracker.cli", "extract", str(sample), "--workers", "1",
                              "-f", "jsonl"], capture_output=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--docs", type=int, default=3000, help="documents whose findings are encoded")
    args = parser.parse_args()

    lines = _lines(args.corpus, igzip.IGzipFile)
    assert lines == _lines(args.corpus, gzip.GzipFile), "the two readers disagree"

    def old_decode() -> None:
        for line in lines:
            _json_object(line.decode("utf-8").removeprefix("\ufeff"), "w")

    def new_decode() -> None:
        for line in lines:
            _row_object(line, "w")

    rows = _findings(args.corpus, args.docs) * max(1, round(len(lines) / args.docs))
    encoder = json.JSONEncoder(ensure_ascii=False, default=json_default)  # to_json before
    assert all(encoder.encode(row) == to_json(row) for row in rows), "the two encoders disagree"

    def old_encode() -> None:
        for row in rows:
            encoder.encode(row) + "\n"

    def new_encode() -> None:
        for row in rows:
            to_json(row) + "\n"

    print(f"{args.corpus}: {len(lines):,} lines, {sum(map(len, lines)) / 1e6:.1f} MB; "
          f"{len(rows):,} findings (those of the first {args.docs:,} documents, repeated); median of {args.runs} runs")
    figures = [
        ("gunzip", lambda: _lines(args.corpus, gzip.GzipFile), lambda: _lines(args.corpus, igzip.IGzipFile)),
        ("decode", old_decode, new_decode),
        ("encode", old_encode, new_encode),
    ]
    for name, old, new in figures:
        # interleaved, so that a busy spell of the machine falls on both
        old_times, new_times = [], []
        for _ in range(args.runs):
            old_times.append(_seconds(old))
            new_times.append(_seconds(new))
        before, after = statistics.median(old_times), statistics.median(new_times)
        print(f"  {name:7} old {before:7.3f} s   new {after:7.3f} s   new/old {after / before:.2f}"
              f"   saved {before - after:6.3f} s")


if __name__ == "__main__":
    main()
