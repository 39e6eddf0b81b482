"""Extraction on a Dask cluster, partition by partition (`tracker scale extract`).

Extraction is a pure function of a document and the rules, so a corpus can be cut into
partitions that any worker extracts on its own. The client plans the partitions in input
order; each task extracts one and writes its two files into the output folder (see
:mod:`tracker.scale.findings`); the client writes the manifest once every partition is
written. The output is the same for any number of workers, and the same findings as
`tracker extract` prints.

Partitions:
  * JSON Lines (.jsonl, .jsonl.gz): the client reads the lines (a gzip stream cannot be
    split) and sends about ``partition_bytes`` of them per task, at most ``window`` tasks
    ahead of the workers, so its memory stays flat on any corpus.
  * Parquet (columns id, text, and optionally source, date, title, url, author): the
    tasks read their row groups themselves, so the file must be at the same path on the
    workers (a shared file system).

The rules and actors files travel with each task as their contents (a few hundred KB),
so workers need no copy of them; each worker thread loads its Extractor once per
distinct pair of files and keeps it. The output folder must be shared with the workers.

dask.distributed is imported only here and only when a cluster is used (the `scale` extra).
"""

from __future__ import annotations

import gzip
import os
import tempfile
import threading
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.extract.model import Document
from tracker.ingest.sources import jsonl_document, record_document
from tracker.scale.findings import (
    FORMATS,
    PartitionDone,
    content_hash,
    document_row,
    documents_schema,
    finding_row,
    findings_schema,
    part_name,
    write_manifest,
    write_rows,
)

SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
PARTITION_BYTES = 4_000_000  # text per task: a few seconds of one worker's time, small enough to ship
PARQUET_COLUMNS = ("id", "text", "source", "date", "title", "url", "author")


@dataclass(frozen=True, slots=True)
class Partition:
    """One task's input: JSON Lines shipped as ``lines`` (numbered from ``first``), or
    row groups of a Parquet file the worker reads at ``path``."""

    number: int
    shown: str  # the input as the user named it: JSONL rows without an id get "shown:line" as theirs
    first: int = 1
    lines: bytes | None = None
    path: str | None = None
    row_groups: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Files:
    """What builds a worker's Extractor: the factory (Extractor, or a test's) and the
    rules and actors files as (name, contents)."""

    factory: Any
    rules: tuple[str, bytes] | None = None
    actors: tuple[str, bytes] | None = None


# --- on the workers -----------------------------------------------------------------------------------

_local = threading.local()  # each worker thread's extractors: the engine is not shared between threads


def _extractor(files: Files) -> Any:
    cache: dict[Files, Any] = getattr(_local, "extractors", None) or {}
    _local.extractors = cache
    if files not in cache:
        with tempfile.TemporaryDirectory(prefix="tracker-rules-") as folder:
            def written(file: tuple[str, bytes] | None) -> Path | None:
                if file is None:
                    return None
                path = Path(folder) / file[0]  # its own name, so that errors name the file the user gave
                path.write_bytes(file[1])
                return path

            cache[files] = files.factory.load(rules_path=written(files.rules), actors_path=written(files.actors))
    return cache[files]


def _documents(partition: Partition) -> Iterator[Document | None]:
    """The partition's documents in order; None for a row without text."""
    if partition.lines is not None:
        for number, line in enumerate(partition.lines.splitlines(keepends=True), start=partition.first):
            if line.strip():
                yield jsonl_document(line, f"{partition.shown}:{number}", partition.shown)
        return
    import pyarrow.parquet as pq

    assert partition.path is not None
    try:
        parquet = pq.ParquetFile(partition.path)
        columns = [c for c in PARQUET_COLUMNS if c in parquet.schema_arrow.names]
        rows = parquet.read_row_groups(list(partition.row_groups), columns=columns).to_pylist()
    except (OSError, ValueError) as e:
        raise TrackerError(f"{partition.shown}: cannot read ({' '.join(str(e).split())})") from None
    for number, row in enumerate(rows, start=partition.first):
        yield record_document(row, f"{partition.shown}:{number}", partition.shown)


def extract_partition(partition: Partition, files: Files, out: str, fmt: str) -> PartitionDone:
    """Extract one partition and write its documents and findings files (a Dask task)."""
    extractor = _extractor(files)
    documents: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    empty = text_bytes = 0
    for doc in _documents(partition):
        if doc is None:
            empty += 1
            continue
        position = len(documents)
        text_hash = content_hash(doc.text)
        documents.append(document_row(position, doc, text_hash))
        findings.extend(finding_row(f, text_hash, position) for f in extractor.extract(doc))
        text_bytes += len(doc.text.encode("utf-8"))
    folder = Path(out)
    # findings first: a documents file present means its partition was written whole
    write_rows(folder / part_name("findings", partition.number, fmt), findings, findings_schema(), fmt)
    write_rows(folder / part_name("documents", partition.number, fmt), documents, documents_schema(), fmt)
    return PartitionDone(partition.number, len(documents), len(findings), empty, text_bytes)


# --- on the client ------------------------------------------------------------------------------------


def plan_inputs(paths: Sequence[str]) -> list[tuple[str, Path]]:
    """(as shown, path) of every input file, folders walked in name order; missing or
    unreadable kinds fail before any work starts."""
    found: list[tuple[str, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                        file = Path(folder) / name
                        found.append((os.path.join(raw, os.path.relpath(file, path)), file))
        elif path.is_file():
            if not path.name.lower().endswith(SUFFIXES):
                raise TrackerError(f"{raw}: tracker scale extract reads .jsonl, .jsonl.gz or .parquet files")
            found.append((raw, path))
        elif path.exists():
            raise TrackerError(f"{raw}: not a regular file or folder")
        else:
            raise TrackerError(f"{raw}: no such file or folder")
    if not found:
        raise TrackerError(f"no .jsonl, .jsonl.gz or .parquet files in {' '.join(paths)}")
    for shown, path in found:
        if path.name.lower().endswith(".parquet"):
            _parquet_metadata(shown, path)  # not Parquet, or no text: said before any task starts
    return found


def _jsonl_partitions(shown: str, path: Path, numbers: Iterator[int], partition_bytes: int) -> Iterator[Partition]:
    raw = open(path, "rb")  # noqa: SIM115 - closed below
    try:
        stream: Any = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw
        lines: list[bytes] = []
        size, first, rows = 0, 1, 0
        try:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    rows += 1
                lines.append(line)
                size += len(line)
                if size >= partition_bytes:
                    yield Partition(next(numbers), shown, first, b"".join(lines))
                    lines, size, first = [], 0, number + 1
        except (gzip.BadGzipFile, EOFError, zlib.error) as e:
            raise TrackerError(f"{shown}: not a valid gzip file ({e or 'truncated'})") from None
        except OSError as e:
            raise TrackerError(f"{shown}: cannot read ({e.strerror or e})") from None
        if rows == 0:
            raise TrackerError(f"{shown}: empty file")
        if lines:
            yield Partition(next(numbers), shown, first, b"".join(lines))
    finally:
        raw.close()


def _parquet_metadata(shown: str, path: Path) -> Any:
    """The file's footer (its row groups), read without its data."""
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as e:
        raise TrackerError(f"{shown}: not a Parquet file ({' '.join(str(e).split())})") from None
    if "text" not in metadata.schema.to_arrow_schema().names:
        raise TrackerError(f"{shown}: no \"text\" column")
    return metadata


def _parquet_partitions(shown: str, path: Path, numbers: Iterator[int], partition_bytes: int) -> Iterator[Partition]:
    metadata = _parquet_metadata(shown, path)
    groups: list[int] = []
    size, first, row = 0, 1, 1
    for group in range(metadata.num_row_groups):
        groups.append(group)
        size += metadata.row_group(group).total_byte_size
        row += metadata.row_group(group).num_rows
        if size >= partition_bytes:
            yield Partition(next(numbers), shown, first, path=str(path.resolve()), row_groups=tuple(groups))
            groups, size, first = [], 0, row
    if groups:
        yield Partition(next(numbers), shown, first, path=str(path.resolve()), row_groups=tuple(groups))


def partitions(inputs: Sequence[tuple[str, Path]], partition_bytes: int = PARTITION_BYTES) -> Iterator[Partition]:
    """The partitions of the inputs, numbered in input order; read lazily."""
    numbers = iter(range(10**9))
    for shown, path in inputs:
        if path.name.lower().endswith(".parquet"):
            yield from _parquet_partitions(shown, path, numbers, partition_bytes)
        else:
            yield from _jsonl_partitions(shown, path, numbers, partition_bytes)


def check_output(out: Path) -> None:
    """The output goes into a new or empty folder: a previous run's files are never
    mixed with this one's."""
    if out.exists() and not out.is_dir():
        raise TrackerError(f"--out: {out} is not a folder")
    if out.is_dir() and any(out.iterdir()):
        raise TrackerError(f"--out: {out} is not empty (give a new folder, or remove the old output)")
    if not out.parent.is_dir():
        raise TrackerError(f"--out: folder {out.parent} does not exist")


def prepare_output(out: Path) -> None:
    check_output(out)
    out.mkdir(exist_ok=True)


def _file(path: Path | None) -> tuple[str, bytes] | None:
    return None if path is None else (path.name, path.read_bytes())


@dataclass(frozen=True, slots=True)
class Summary:
    partitions: int
    documents: int
    findings: int
    empty_rows: int
    text_bytes: int


def run(client: Any, paths: Sequence[str], out: Path, *, fmt: str = "parquet", factory: Any = None,
        rules: Path | None = None, actors: Path | None = None, partition_bytes: int = PARTITION_BYTES,
        window: int | None = None, on_partition: Callable[[PartitionDone], None] | None = None) -> Summary:
    """Extract ``paths`` on the Dask ``client``'s cluster into ``out``. On a failure (a
    bad row, a lost worker) the tasks in flight are let end and every partition file is
    removed; no manifest is written, so an output folder is complete or holds nothing."""
    from distributed import wait

    if fmt not in FORMATS:
        raise TrackerError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    inputs = plan_inputs(paths)
    if factory is None:
        from tracker.extract import Extractor

        factory = Extractor
    files = Files(factory, _file(rules), _file(actors))
    prepare_output(out)
    if window is None:  # tasks in flight: enough to keep every worker thread busy, few enough for flat memory
        threads = sum(client.nthreads().values()) or 1
        window = 2 * threads + 2
    run_id = uuid.uuid4().hex[:12]  # task keys of this run: never a result of another run's task
    done: list[PartitionDone] = []
    pending: set[Any] = set()
    try:
        for partition in partitions(inputs, partition_bytes):
            pending.add(client.submit(extract_partition, partition, files, str(out), fmt, pure=False,
                                      key=f"tracker-extract-{run_id}-{partition.number:05d}"))
            while len(pending) >= window:
                finished, pending = wait(pending, return_when="FIRST_COMPLETED")
                _collect(finished, done, on_partition)
        while pending:
            finished, pending = wait(pending, return_when="FIRST_COMPLETED")
            _collect(finished, done, on_partition)
        from tracker.scale.findings import file_sha256

        write_manifest(out, fmt, [shown for shown, _ in inputs], done, file_sha256(rules), file_sha256(actors))
    except Exception:
        wait(pending)  # the tasks already running still write their files: let them end, then remove all
        _remove_parts(out)
        raise
    except BaseException:  # Ctrl-C: stop at once; a task still running may leave its files, never a manifest
        for future in pending:
            future.cancel()
        _remove_parts(out)
        raise
    return Summary(len(done), sum(p.documents for p in done), sum(p.findings for p in done),
                   sum(p.empty_rows for p in done), sum(p.text_bytes for p in done))


def _collect(finished: Any, done: list[PartitionDone], on_partition: Callable[[PartitionDone], None] | None) -> None:
    for future in sorted(finished, key=lambda f: f.key):
        result: PartitionDone = future.result()  # a worker's error is raised here, as it was raised there
        done.append(result)
        if on_partition is not None:
            on_partition(result)


def _remove_parts(out: Path) -> None:
    if not out.is_dir():
        return
    for path in out.iterdir():
        if path.name.startswith(("documents-", "findings-", ".documents-", ".findings-")):
            path.unlink(missing_ok=True)
