"""`tracker scale extract` (extraction on a Dask cluster) and what `tracker ingest
--findings DIR` reads instead of extracting."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from tracker.cli.runtime import Runtime
from tracker.errors import TrackerError

if TYPE_CHECKING:
    from tracker.extract import Document, Extractor, Finding
    from tracker.scale.findings import FindingsReader

SCALE_EXTRA = "pip install 'commitment-tracker[scale]'"


@contextmanager
def dask_client(scheduler: str | None, local_workers: int | None) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of
    ``local_workers`` single-threaded worker processes (default: one per core)."""
    if scheduler is not None and local_workers is not None:
        raise TrackerError("give --scheduler ADDRESS or --local-workers N, not both")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise TrackerError(f"tracker scale needs Dask: {SCALE_EXTRA}") from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as e:
            raise TrackerError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
        with client:
            yield client
        return
    # one thread per worker: the engine is pure Python, threads of one process would share one core
    with LocalCluster(n_workers=local_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def scale_extract(runtime: Runtime, values: dict[str, Any]) -> None:
    try:
        from tracker.scale import dask_extract
    except ImportError:
        raise TrackerError(f"tracker scale needs Dask and pyarrow: {SCALE_EXTRA}") from None

    rules, actors, out = values["rules"], values["actors"], values["out"]
    if values["scheduler"] is not None and values["local_workers"] is not None:
        raise TrackerError("give --scheduler ADDRESS or --local-workers N, not both")
    # what can be refused is refused before any cluster starts: a missing or unreadable input,
    # an output folder in use, a bad rules or actors file
    inputs = dask_extract.plan_inputs(values["paths"])
    dask_extract.check_output(out)
    runtime.load_extractor(rules, actors)
    try:
        with dask_client(values["scheduler"], values["local_workers"]) as client:
            workers = len(client.nthreads())  # (scheduler_info lists only the first few)
            summary = dask_extract.run(client, [shown for shown, _ in inputs], out, fmt=values["fmt"],
                                       factory=runtime.factory(), rules=rules, actors=actors,
                                       partition_bytes=int(values["partition_mb"] * 1_000_000))
    except KeyboardInterrupt:
        typer.echo(f"Interrupted; {out} holds no manifest (tracker ingest --findings refuses it): remove it and "
                   "run again.", err=True)
        raise typer.Exit(130) from None
    skipped = f" Skipped {summary.empty_rows:,} empty rows." if summary.empty_rows else ""
    typer.echo(f"Extracted {summary.documents:,} documents in {summary.partitions:,} partitions on "
               f"{workers:,} workers: {summary.findings:,} findings, written to {out} ({values['fmt']}).{skipped}")


# --- tracker ingest --findings DIR ---------------------------------------------------------------------


class Precomputed:
    """What ingest's extraction gives (``map`` over planned documents, yielding their
    findings; a context manager), from findings a `tracker scale extract` wrote."""

    def __init__(self, reader: FindingsReader):
        self.reader = reader
        self._findings: dict[int, list[Finding]] = {}  # by id() of a Document read and not yet stored

    def documents(self) -> Iterator[Document]:
        for document, findings in self.reader:
            self._findings[id(document)] = findings  # the Document stays alive until map() takes them
            yield document

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, list[Finding] | None]]:
        for planned in items:
            findings = self._findings.pop(id(planned.document))
            yield planned, (findings if planned.new else None)

    def map_all(self, items: Iterable[Any]) -> Iterator[tuple[Any, tuple[list[Finding], list[Any]] | None]]:
        """As ``map``, with no claims: the cluster's output holds findings only (claims are
        found by a local ingest or reprocess)."""
        for planned, findings in self.map(items):
            yield planned, (findings, []) if findings is not None else None

    def __enter__(self) -> Precomputed:
        return self

    def __exit__(self, *exc: object) -> None:
        self._findings.clear()


def precomputed(runtime: Runtime, values: dict[str, Any]) -> tuple[FindingsReader, Extractor, Precomputed]:
    """The folder's reader, the extractor whose actor list the store resolves names
    with (nothing is extracted), and the findings source; refuses what would not apply."""
    from tracker.scale.findings import FindingsReader, file_sha256

    folder: Path = values["findings"]
    if values["paths"]:
        raise TrackerError("give documents to ingest or --findings DIR, not both")
    if values["rules"] is not None:
        raise TrackerError("--rules does nothing with --findings: the findings were extracted already "
                           "(tracker scale extract --rules)")
    if any(values[name] is not None for name in ("source", "date", "url", "title", "author")):
        raise TrackerError("--source/--date/--url/--title/--author describe inputs; --findings holds its documents")
    reader = FindingsReader(folder)
    extractor = runtime.load_extractor(None, values["actors"])
    if file_sha256(values["actors"]) != reader.actors_sha256:
        given = f"--actors {values['actors']}" if values["actors"] else "the built-in actors"
        raise TrackerError(f"{folder} was extracted with {'another actors file' if reader.actors_sha256 else 'the built-in actors'}"
                           f" than {given}: give the same --actors as tracker scale extract had")
    return reader, extractor, Precomputed(reader)
