"""Extraction over a process pool, streamed, in order, with bounded work in flight.

The main process reads documents and (for ingest) is the one database writer; worker
processes only run ``Extractor.extract``, which is pure. Each worker builds its own
Extractor once (same --rules/--actors) in the pool initializer, so nothing heavy is
pickled per task. Documents go out in chunks and results come back in input order, so
``--workers N`` prints and stores exactly what ``--workers 1`` does.

Why not ``Pool.imap``: its feeder thread consumes the whole input iterator as fast as
it can, so a large corpus would pile up in memory in front of the workers. Here at most
``window`` chunks are in flight; the next document is read only when one comes back.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from multiprocessing.pool import AsyncResult, Pool
from operator import attrgetter
from pathlib import Path
from typing import Any, Generic, TypeVar

from tracker.extract import Claim, Document, Finding

T = TypeVar("T")

CHUNK_DOCS = 64  # documents per task: amortises pickling and queue round trips (~150 KB of news)
CHUNK_CHARS = 256_000  # ... but a few long documents make a task on their own
WINDOW_PER_WORKER = 4  # chunks in flight per worker: keeps workers busy, memory flat

_extractor: Any = None  # the worker's own Extractor, built once by _init_worker


def _init_worker(factory: Any, rules: Path | None, actors: Path | None) -> None:
    # Ctrl-C reaches the whole process group: the main process alone decides what to
    # keep, and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _extractor
    _extractor = factory.load(rules_path=rules, actors_path=actors)
    gc.freeze()  # it lives as long as the worker: the collector need not walk it again


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
        self.init_args = (factory, rules, actors)
        self.workers = max(1, workers)
        self.document_of = document_of
        self._pool: Pool | None = None

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
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(self.workers, initializer=_init_worker, initargs=self.init_args)
        return self._pool

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
        except Exception:
            # A bad input midway: what was read before it is still delivered (and stored).
            while window:
                yield from self._collect(*window.popleft(), claims)
            raise
        while window:
            yield from self._collect(*window.popleft(), claims)

    @staticmethod
    def _collect(
        chunk: list[T], docs: list[Document | None], pending: AsyncResult[Any] | None, claims: bool = False
    ) -> Iterator[tuple[T, Any]]:
        results = iter(pending.get() if pending is not None else ())
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
