"""Extraction over a process pool, streamed, in order, with bounded work in flight.

The main process reads documents and (for ingest) is the one database writer; worker
processes only run ``Extractor.extract``, which is pure. Each worker builds its own
Extractor once (same --rules/--actors) in the pool initializer, so nothing heavy is
pickled per task. Documents go out in chunks and results come back in input order, so
``--workers N`` prints and stores exactly what ``--workers 1`` does.

A worker that dies (killed, out of memory) loses the chunk it held, and Pool would wait
for it forever: the main process checks that its workers are the ones it started while
it waits, and stops with :class:`WorkerLost`. A main process that dies (kill -9) leaves
its workers orphaned: each watches its parent and exits at once, silently, instead of
printing a traceback for every result it can no longer send.

Why not ``Pool.imap``: its feeder thread consumes the whole input iterator as fast as
it can, so a large corpus would pile up in memory in front of the workers. Here at most
``window`` chunks are in flight; the next document is read only when one comes back.
"""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TextIO, TypeVar

from tracker.errors import TrackerError
from tracker.extract import Claim, Document, Finding

if TYPE_CHECKING:  # multiprocessing (with pickle, socket, ...) is imported when a pool starts: one worker never does
    from multiprocessing.pool import AsyncResult, Pool

T = TypeVar("T")

CHUNK_DOCS = 64  # documents per task: amortises pickling and queue round trips (~150 KB of news)
CHUNK_CHARS = 256_000  # ... but a few long documents make a task on their own
WINDOW_PER_WORKER = 4  # chunks in flight per worker: keeps workers busy, memory flat
PARENT_CHECK_SECONDS = 0.2  # how soon an orphaned worker exits; how often the main process checks its workers

_extractor: Any = None  # the worker's own Extractor, built once by _init_worker


_QUIET_TRACKER = "ignore:resource_tracker:UserWarning"


class WorkerLost(TrackerError):
    """An extraction process ended while the main process still needed it."""


class _SilentWhenOrphaned:
    """A worker's stderr that writes nothing once its parent is gone: the pool's
    tracebacks about results it cannot send then (BrokenPipeError) help nobody."""

    def __init__(self, stream: TextIO, parent: int):
        self._stream = stream
        self._parent = parent

    def write(self, text: str) -> int:
        return len(text) if os.getppid() != self._parent else self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _exit_when_orphaned(parent: int) -> None:
    import threading

    while os.getppid() == parent:
        threading.Event().wait(PARENT_CHECK_SECONDS)
    os._exit(0)  # nothing of the worker's is worth keeping without the process that would store it


def load_frozen(factory: Any, rules: Path | None, actors: Path | None) -> Any:
    """`factory.load(...)` for a process that keeps the engine until it exits. Loading builds
    the long-lived objects in bulk (few cycles become garbage): the collector would walk
    the growing heap again and again for nothing, so it is off while they are built, and
    they are frozen after (gc.freeze: not walked again; ~1.5% of an extraction)."""
    gc.disable()
    try:
        extractor = factory.load(rules_path=rules, actors_path=actors)
    finally:
        gc.enable()
    gc.freeze()
    return extractor


def _init_worker(factory: Any, rules: Path | None, actors: Path | None, parent: int) -> None:
    # Ctrl-C reaches the whole process group: the main process alone decides what to
    # keep, and stops the workers itself.
    # (signal and threading imported here, in workers only: ~7M instructions of every start-up)
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.getppid() != parent:  # the main process died while this one started
        os._exit(0)
    sys.stderr = _SilentWhenOrphaned(sys.stderr, parent)  # type: ignore[assignment]
    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="parent-watch", daemon=True).start()
    global _extractor
    _extractor = load_frozen(factory, rules, actors)  # it lives as long as the worker


# Documents travel as plain tuples: pickling a tuple costs the main process a quarter of
# what pickling the frozen dataclass does; the worker rebuilds the Document.
_pack = attrgetter(*(f.name for f in fields(Document)))


def _extract_chunk(docs: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    # findings travel back as plain tuples too (a third of the pickling cost)
    return [[_pack_finding(f) for f in _extractor.extract(Document(*doc))] for doc in docs]


def _extract_all_chunk(docs: list[tuple[Any, ...]]) -> list[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """The findings and the claims of each document (ingest stores both)."""
    out = []
    for doc in docs:
        findings, claims = _extract_all(_extractor, Document(*doc))
        out.append(([_pack_finding(f) for f in findings], [_pack_claim(c) for c in claims]))
    return out


def _extract_all(extractor: Any, doc: Document) -> tuple[list[Finding], list[Claim]]:
    """Findings and claims; an extractor that reads no claims (a stand-in) gives none."""
    both = getattr(extractor, "extract_all", None)
    return both(doc) if both is not None else (extractor.extract(doc), [])


_pack_finding = attrgetter(*(f.name for f in fields(Finding)))
_pack_claim = attrgetter(*(f.name for f in fields(Claim)))


class Extraction(Generic[T]):
    """``map(items)`` yields ``(item, findings)`` in input order; items for which
    ``document_of`` returns None (already stored) pass through with ``None`` findings
    and are never sent to a worker.

    ``workers == 1`` extracts in this process, one item at a time; otherwise the pool
    starts on the first chunk that has work, so a run with nothing to extract (a
    re-ingest) never pays for starting processes. Use it as a context manager: on any
    exception (Ctrl-C included) the workers are terminated at once.
    """

    def __init__(
        self,
        extractor: Any,
        factory: Any,
        rules: Path | None,
        actors: Path | None,
        workers: int,
        document_of: Callable[[T], Document | None],
    ):
        self.extractor = extractor
        self.init_args = (factory, rules, actors, os.getpid())
        self.workers = max(1, workers)
        self.document_of = document_of
        self._pool: Pool | None = None
        self._worker_pids: set[int] = set()

    def __enter__(self) -> Extraction[T]:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.close()
        else:
            self._pool.terminate()  # stop now: what is in flight is not stored anyway
        self._pool.join()
        self._pool = None

    def _start(self) -> Pool:
        if self._pool is None:
            # spawn: workers don't inherit the parent's open database connections,
            # threads or locks (fork would), and it behaves the same on every OS.
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            # The resource tracker process inherits these options: after a kill -9 of this
            # process it frees the pool's semaphores, and need not warn about them on stderr.
            if _QUIET_TRACKER not in sys.warnoptions:
                sys.warnoptions.append(_QUIET_TRACKER)
            self._pool = context.Pool(self.workers, initializer=_init_worker, initargs=self.init_args)
            self._worker_pids = self._pids()
        return self._pool

    def _pids(self) -> set[int]:
        # Pool keeps its processes in _pool (the only way to watch them); it replaces a
        # dead one at once, so a pid that changed is a worker lost with its chunk.
        return {p.pid for p in getattr(self._pool, "_pool", ()) if p.pid is not None and p.exitcode is None}

    def _result(self, pending: AsyncResult[list[list[tuple[Any, ...]]]]) -> list[list[tuple[Any, ...]]]:
        """The chunk's results; WorkerLost if a worker died meanwhile (it never comes)."""
        while not pending.ready():
            pending.wait(PARENT_CHECK_SECONDS)
            if self._pids() != self._worker_pids and not pending.ready():
                raise WorkerLost("an extraction worker stopped unexpectedly (killed, or out of memory?)")
        # also when this chunk's result came: a worker that died idle lost nothing, but it
        # was killed (or ran out of memory) all the same, and whether its chunk was in flight
        # is timing; stopping every time says so the same way
        if self._pids() != self._worker_pids:
            raise WorkerLost("an extraction worker stopped unexpectedly (killed, or out of memory?)")
        return pending.get()

    def map(self, items: Iterable[T]) -> Iterator[tuple[T, list[Finding] | None]]:
        for item, got in self._map(items, claims=False):
            yield item, got  # type: ignore[misc]

    def map_all(self, items: Iterable[T]) -> Iterator[tuple[T, tuple[list[Finding], list[Claim]] | None]]:
        """As ``map``, with each document's claims beside its findings."""
        return self._map(items, claims=True)  # type: ignore[return-value]

    def _map(self, items: Iterable[T], claims: bool) -> Iterator[tuple[T, Any]]:
        if self.workers == 1:
            for item in items:
                doc = self.document_of(item)
                if doc is None:
                    yield item, None
                else:
                    yield item, (_extract_all(self.extractor, doc) if claims else self.extractor.extract(doc))
            return
        window: deque[tuple[list[T], list[Document | None], AsyncResult[list[list[tuple[Any, ...]]]] | None]] = deque()
        limit = self.workers * WINDOW_PER_WORKER
        try:
            for chunk in self._chunks(items):
                docs = [self.document_of(item) for item in chunk]
                todo = [_pack(d) for d in docs if d is not None]
                work = _extract_all_chunk if claims else _extract_chunk
                pending = self._start().apply_async(work, (todo,)) if todo else None
                window.append((chunk, docs, pending))
                if len(window) >= limit:
                    yield from self._collect(*window.popleft(), claims)
        except WorkerLost:
            raise  # what was in flight is lost with it
        except Exception:
            # A bad input midway: what was read before it is still delivered (and stored).
            while window:
                yield from self._collect(*window.popleft(), claims)
            raise
        while window:
            yield from self._collect(*window.popleft(), claims)

    def _collect(
        self, chunk: list[T], docs: list[Document | None], pending: AsyncResult[Any] | None, claims: bool = False
    ) -> Iterator[tuple[T, Any]]:
        results = iter(self._result(pending) if pending is not None else ())
        for item, doc in zip(chunk, docs, strict=True):
            if doc is None:
                yield item, None
            elif claims:
                found, claimed = next(results)
                yield item, ([Finding(*f) for f in found], [Claim(*c) for c in claimed])
            else:
                yield item, [Finding(*f) for f in next(results)]

    def _chunks(self, items: Iterable[T]) -> Iterator[list[T]]:
        chunk: list[T] = []
        chars = 0
        try:
            for item in items:
                chunk.append(item)
                doc = self.document_of(item)
                chars += len(doc.text) if doc is not None else 0
                if len(chunk) >= CHUNK_DOCS or chars >= CHUNK_CHARS:
                    yield chunk
                    chunk, chars = [], 0
        except Exception:
            if chunk:  # a bad input midway: the items before it still go out
                yield chunk
            raise
        if chunk:
            yield chunk
