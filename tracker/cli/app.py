"""The `tracker` command line, as a Typer app.

The edge of the program: it parses options (declared once in :mod:`tracker.cli.spec`,
from which the commands here are built), opens one database session per command, and
turns every expected failure (TrackerError, RuleError, database errors) into one line
on stderr and a non-zero exit, never a traceback. What a command runs with besides its
options (the extractor factory, the global --db) is a :class:`Runtime` passed in as the
Typer context's object (``app(obj=Runtime(...))``; tests pass theirs the same way).
"""

from __future__ import annotations

import functools
import getpass
import inspect
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer

from tracker import __version__
from tracker.cli import claims as claims_cli
from tracker.cli import extracting, listings, reports, review, spec
from tracker.cli.runtime import Runtime
from tracker.dates import check_period, parse_date
from tracker.errors import TrackerError, expected_message
from tracker.output.formats import Column, Listing, emit, emit_record
from tracker.output.safe import terminal_text

# Start-up time is part of every command's time: the extraction engine, SQLAlchemy,
# Alembic and the progress bar are imported by the commands that use them, not here.
# `python -X importtime -m tracker.cli rules --help` shows the rest.
if TYPE_CHECKING:
    from sqlalchemy import Connection

    from tracker.extract import Document, Extractor
    from tracker.ingest.sources import DocumentReader, Metadata

app = typer.Typer(
    name="tracker",
    help="Find commitments and pledges in news, store them with their sources, and track whether they were kept.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="markdown",  # docstrings wrap as paragraphs
)
db_app = typer.Typer(help="Inspect or upgrade the database schema.", no_args_is_help=True, rich_markup_mode="markdown")
app.add_typer(db_app, name="db")
# `tracker actors` lists them; `tracker actors rename|merge|set-parent|set-type` curates
actors_app = typer.Typer(rich_markup_mode="markdown")
app.add_typer(actors_app, name="actors")
# `tracker review` lists what waits for a person; `tracker review accept|reject ID...` decides
review_app = typer.Typer(rich_markup_mode="markdown")
app.add_typer(review_app, name="review")
# `tracker scale extract`: extraction on a Dask cluster (tracker/cli/scale.py)
scale_app = typer.Typer(help="Run the extraction on a Dask cluster.", no_args_is_help=True, rich_markup_mode="markdown")
app.add_typer(scale_app, name="scale")
GROUPS = {None: app, "db": db_app, "actors": actors_app, "review": review_app, "scale": scale_app}

P = ParamSpec("P")
R = TypeVar("R")


def fail(message: str, code: int = 1) -> NoReturn:
    flat = terminal_text(message, one_line=True)  # one line, whatever a library (or a document) put in it
    typer.echo(f"Error: {flat}", err=True)
    raise typer.Exit(code)


def clean_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Expected failures become one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except Exception as e:
            message = expected_message(e)
            if message is None:
                raise
            fail(message)

    return wrapper


# --- commands from their declarations ---------------------------------------------------------


@functools.cache
def _choices(values: tuple[str, ...]) -> type[Enum]:
    """Typer offers a fixed set of values through an Enum: one made from the declaration."""
    return Enum("Choice_" + "_".join(values), {v: v for v in values}, type=str)  # type: ignore[return-value]


def _typer_parameter(param: spec.Param) -> inspect.Parameter:
    """A function parameter that Typer reads as ``param``."""
    kind: Any = _choices(param.choices) if param.choices else param.kind
    if param.multiple:
        kind = list[kind]  # type: ignore[valid-type]
    default: Any = param.default
    if param.choices and default is not None:
        default = kind(default)
    if param.required:
        default = inspect.Parameter.empty
    elif default is None:
        kind = kind | None
    common: dict[str, Any] = {"help": param.help, "show_default": param.show_default, "metavar": param.metavar}
    if param.is_argument:
        info = typer.Argument(**common)
    elif param.kind is bool:  # a flag: --on/--off
        info = typer.Option("/".join((*param.flags, *param.off_flags)), **common)
    else:
        info = typer.Option(*param.flags, min=param.min, max=param.max, envvar=param.envvar,
                            case_sensitive=not param.choices, **common)
    return inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Annotated[kind, info])


def command(
    declared: spec.Command, into: typer.Typer | None = None, group: typer.Typer | None = None
) -> Callable[[Callable[[Runtime, dict[str, Any]], None]], None]:
    """Register ``run(runtime, values)`` as the Typer command ``declared`` (in this app,
    or ``into``): Typer parses the options it declares and ``values`` holds them by name
    (choices as plain text). With ``group``, it is what that group does without a
    sub-command (`tracker actors`)."""

    def register(run: Callable[[Runtime, dict[str, Any]], None]) -> None:
        def typer_command(ctx: typer.Context, **values: Any) -> None:
            if group is not None and ctx.invoked_subcommand is not None:
                return
            values = {k: v.value if isinstance(v, Enum) else v for k, v in values.items()}
            spec.check_range(declared, values)
            run(ctx.obj or Runtime(), values)

        typer_command.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context),
             *(_typer_parameter(p) for p in declared.params)]
        )
        typer_command.__name__ = declared.name
        if group is not None:
            group.callback(invoke_without_command=True, help=declared.help)(clean_errors(typer_command))
            return
        (into or GROUPS[declared.group]).command(declared.name, help=declared.help)(clean_errors(typer_command))

    return register


# the input side of extract and ingest, and extract itself: tracker/cli/extracting.py (no Typer)
_metadata, _reader, _workers = extracting.metadata, extracting.reader, extracting.workers
_extraction, _documents = extracting.extraction, extracting.documents
SMALL_INPUT, FINDING_COLUMNS = extracting.SMALL_INPUT, extracting.FINDING_COLUMNS


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# --- ingest / extract ------------------------------------------------------------------------


@contextmanager
def _progress(reader: DocumentReader) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (terminals only), driven by bytes read so that no
    corpus has to be counted first."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn

    from tracker.output.formats import console

    err = console(stderr=True)
    with Progress(
        SpinnerColumn(), TextColumn("ingesting"), BarColumn(), TaskProgressColumn(),
        TextColumn("{task.fields[docs]} documents"), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=reader.bytes_total, docs=0)
        if progress.disable:  # not a terminal: nothing to draw, nothing to pay per document
            yield lambda docs: None
            return

        def advance(docs: int) -> None:
            if docs % 32 == 0:  # the bar redraws 10 times a second: no need to tell it more often
                progress.update(task, completed=reader.bytes_read, docs=docs)

        yield advance


@dataclass(slots=True)
class _Planned:
    """A document on its way to the database: its hash, and whether it is new."""

    document: Document
    text_hash: str
    new: bool


# Stored documents between two settlings of the actors they touched (votes over all the
# evidence, see tracker.storage.actors): the result is the same for any value.
SETTLE_EVERY = 128
HASH_BATCH = 128  # documents per hash lookup: one query instead of one per document


def _batches(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    """Batches of documents; on a bad input midway, the documents read before it first,
    so that they are stored before the error stops the run."""
    batch: list[Document] = []
    try:
        for document in documents:
            batch.append(document)
            if len(batch) >= size:
                yield batch
                batch = []
    except TrackerError:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def _plan(documents: Iterator[Document], connection: Connection, pending: set[str]) -> Iterator[_Planned]:
    """Each document with its content hash, checked against the database before any
    extraction, in batches. ``pending`` holds the hashes of new documents not yet
    written, so that a text repeated in the corpus is extracted once."""
    from tracker.storage import store

    for batch in _batches(documents, HASH_BATCH):
        hashes = [store.content_hash(d.text) for d in batch]
        with connection.begin():
            stored = store.known_hashes(connection, hashes)
        for document, text_hash in zip(batch, hashes, strict=True):
            new = text_hash not in stored and text_hash not in pending
            if new:
                pending.add(text_hash)
            yield _Planned(document, text_hash, new)


@command(spec.INGEST)
def ingest(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import db, store

    paths, rules, actors = values["paths"], values["rules"], values["actors"]
    reader: Any
    if values["findings"] is not None:  # findings extracted already (tracker scale extract): none is run here
        from tracker.cli.scale import precomputed

        reader, extractor, source = precomputed(runtime, values)
        documents = _documents(source.documents(), [str(values["findings"])])
    else:
        reader = _reader(values)
        extractor = runtime.load_extractor(rules, actors)
        documents = _documents(reader, paths)  # the first is read before the database is touched
        source = _extraction(runtime, extractor, rules, actors, _workers(values["workers"], reader),
                             lambda p: p.document if p.new else None)
    engine = db.open_database(runtime.database(values["db_url"]))
    read_ = new = known = found = 0

    def summary() -> str:
        text = f"Read {_plural(read_, 'document')}: {new:,} new, {known:,} already known; {_plural(found, 'commitment')} found."
        if reader.empty_rows:
            text += f" Skipped {_plural(reader.empty_rows, 'empty row')}."
        if reader.skipped:
            text += f" Skipped {_plural(reader.skipped, 'document')} (see the warnings above)."
        if reader.ignored_files:
            text += f" Ignored {_plural(reader.ignored_files, 'file')} not .txt, .md or .jsonl."
        return text

    pending: set[str] = set()
    try:
        with (
            engine.connect() as connection,  # Core, not a Session: the write path needs no ORM
            _progress(reader) as advance,
            source as extraction,
        ):
            resolver = store.ActorResolver(connection, extractor.lookup_actor, getattr(extractor, "type_of_name", None))
            with connection.begin():  # what an interrupted run left unsettled
                resolver.settle()
            unsettled = 0
            for planned, extracted in extraction.map_all(_plan(documents, connection, pending)):
                stored = None
                if extracted is not None:
                    findings, claims = extracted  # claims: reports on a commitment's fate
                    with connection.begin():  # one document, one transaction: stored whole or not at all
                        stored = store.store_document(connection, planned.document, planned.text_hash, findings,
                                                      resolver, claims)
                    pending.discard(planned.text_hash)
                read_ += 1
                if stored is not None and stored.new:
                    new += 1
                    found += stored.commitments
                    unsettled += 1
                    if unsettled >= SETTLE_EVERY:
                        with connection.begin():
                            resolver.settle()
                        unsettled = 0
                else:
                    known += 1
                advance(read_)
            with connection.begin():
                resolver.settle()
    except KeyboardInterrupt:
        typer.echo(f"Interrupted. {summary()} Run the same command again to continue.", err=True)
        raise typer.Exit(130) from None
    except Exception as e:
        message = expected_message(e)
        if message is not None and new:
            raise TrackerError(f"{message} ({_plural(new, 'new document')} before it stored; fix it and run again to continue)") from None
        raise
    typer.echo(summary())


def _interrupted() -> None:
    sys.stdout.flush()
    typer.echo("Interrupted.", err=True)
    raise typer.Exit(130) from None


@command(spec.EXTRACT)
def extract(runtime: Runtime, values: dict[str, Any]) -> None:
    extracting.extract(runtime, values, _interrupted)


def _one_document(reader: DocumentReader, path: str, ref: str | None) -> Document:
    """The document of ``path`` that ``ref`` names, or its only one."""
    documents = iter(reader)
    if ref is not None:
        for document in documents:
            if document.doc_id == ref:
                return document
        raise TrackerError(f"no document with id {ref!r} in {path}")
    first = next(documents, None)
    if first is None:  # none, or only one the reader skipped (too large): say why
        raise TrackerError(reader.warnings[-1] if reader.skipped else f"no document in {path}")
    if next(documents, None) is not None:
        raise TrackerError(f"{path} holds more than one document: pick one with --doc ID")
    return first


def _stored_as_document(row: dict[str, Any]) -> Document:
    """A stored document as the extraction reads it: the Document its ingest read."""
    from tracker.extract import Document

    return Document(row["external_id"] or str(row["id"]), row["text"], title=row["title"], source=row["publisher"],
                    date=row["published"], url=row["url"], author=row["author"], path=row["path"])


def _stored_document(runtime: Runtime, db_url: str | None, ref: str) -> Document:
    from tracker.storage import read

    with read.open_reader(runtime.database(db_url)) as reader:
        return _stored_as_document(read.stored_document(reader, ref))


@command(spec.EXPLAIN)
def explain(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.extract import Document
    from tracker.extract.explain import explain as trace
    from tracker.extract.explain import render, to_dict
    from tracker.ingest.limits import parse_size
    from tracker.ingest.sources import DocumentReader

    text, path, ref = values["text"], values["file"], values["doc"]
    if text is not None and (path is not None or ref is not None):
        raise TrackerError("give the text to explain, or --file F, or --doc ID, not several")
    metadata = _metadata(values)
    if text is None and path is None and ref is None:
        raise TrackerError("nothing to explain: give a text, --file F or --doc ID")
    if path is None and ref is not None and not metadata.is_empty():
        raise TrackerError("--source/--date/--url/--title/--author describe a text or a file, not a stored document")
    extractor = runtime.load_extractor(values["rules"], values["actors"])
    if text is not None:
        if not text.strip():
            raise TrackerError("the text to explain is empty")
        document = Document("text", text, title=metadata.title, source=metadata.source, date=metadata.date,
                            url=metadata.url, author=metadata.author)
    elif path is not None:
        limit = parse_size(values["max_document_size"], "--max-document-size")
        document = _one_document(DocumentReader([path], metadata, max_bytes=limit), path, ref)
    else:
        document = _stored_document(runtime, values["db_url"], ref)
    traces = trace(extractor, document)
    emit_record({"doc_id": document.doc_id, "sentences": to_dict(traces)}, values["fmt"],
                lambda record: [render(traces).rstrip("\n")])


# --- list / show / actors: the read-only commands, also answered without Typer (tracker.cli.entry) --

command(spec.LIST)(listings.list_commitments)
command(spec.SHOW)(listings.show_commitment)
command(spec.DUE)(listings.due_commitments)
command(spec.ACTORS_LIST, group=actors_app)(listings.list_actors)
command(spec.CLAIMS)(claims_cli.list_claims)


# --- scale: extraction on a Dask cluster -------------------------------------------------------------

@command(spec.SCALE_EXTRACT)
def scale_extract(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.cli.scale import scale_extract as run

    run(runtime, values)


# --- report / summary -------------------------------------------------------------------------------

command(spec.REPORT)(reports.write_report)
command(spec.SUMMARY)(reports.print_summary)


# --- update ------------------------------------------------------------------------------------


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# `update` (several ids, evidence alone), the review queue, `edit` and `add`: tracker.cli.review
command(spec.UPDATE)(review.update)
command(spec.REVIEW, group=review_app)(review.review_queue)
command(spec.REVIEW_ACCEPT)(review.review_accept)
command(spec.REVIEW_REJECT)(review.review_reject)
command(spec.EDIT)(review.edit_commitment)
command(spec.ADD)(review.add_commitment)


@command(spec.MERGE)
def merge(runtime: Runtime, values: dict[str, Any]) -> None:
    from sqlalchemy.orm import Session

    from tracker.storage import db, location, merging

    keep_id, other_id = values["keep_id"], values["other_id"]
    target = runtime.database(values["db_url"])
    location.require_existing(target)  # nothing to merge in a database that is not there
    engine = db.open_database(target)
    with Session(engine) as session, session.begin():
        merging.merge_commitments(session, keep_id, other_id, by=values["by"] or _os_user(), note=values["note"])
    typer.echo(f"Merged commitment {other_id} into {keep_id}.")


@command(spec.SPLIT)
def split(runtime: Runtime, values: dict[str, Any]) -> None:
    from sqlalchemy.orm import Session

    from tracker.storage import db, location, merging

    commitment_id, mention_id = values["commitment_id"], values["mention_id"]
    target = runtime.database(values["db_url"])
    location.require_existing(target)
    engine = db.open_database(target)
    with Session(engine) as session, session.begin():
        new_id = merging.split_mention(session, commitment_id, mention_id, by=values["by"] or _os_user(),
                                       note=values["note"])
    typer.echo(f"Split mention {mention_id} off commitment {commitment_id}: now commitment {new_id}.")


# --- reprocess -------------------------------------------------------------------------------------

REPROCESS_BATCH = 64  # documents per transaction: an interrupted run loses at most this much work
_IDS_SHOWN = 20


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_IDS_SHOWN])
    return shown + (f" and {len(ids) - _IDS_SHOWN:,} more" if len(ids) > _IDS_SHOWN else "")


def _reprocess_summary(tally: Any, dry_run: bool) -> str:
    lines = [f"Read {_plural(tally.documents, 'document')} again"
             + (" (dry run: nothing changed; this is what would change)." if dry_run else "."),
             f"Findings: {tally.added:,} added, {tally.updated:,} updated, {tally.unchanged:,} unchanged, "
             f"{tally.vanished:,} vanished."]
    if tally.vanished:
        kept = f"{tally.kept:,} kept because rated, now marked stale"
        lines.append(f"Vanished: {kept}{f' (commitments {_ids(tally.kept_ids)})' if tally.kept else ''}; "
                     f"{tally.removed:,} removed (nobody had rated them).")
    if tally.still_stale:
        lines.append(f"Still not found, kept as stale since an earlier run: {tally.still_stale:,} "
                     f"(commitments {_ids(tally.stale_ids)}).")
    return "\n".join(lines)


def _select_documents(connection: Connection, values: dict[str, Any], extractor: Extractor) -> list[tuple[int, int]]:
    """The stored documents reprocess's filters select: (id, length of the text)."""
    from tracker.storage import read
    from tracker.storage import reprocess as rp

    since = parse_date(values["since"], "--since") if values["since"] else None
    until = parse_date(values["until"], "--until") if values["until"] else None
    wanted = rp.DocumentFilter(doc=values["doc"], source=values["source"], since=since, until=until)
    name, actor_ids = values["actor"], set()
    with connection.begin():
        if name is not None:  # the actors `list --actor` finds: names, aliases, and those under them
            actor_ids = read.find_actor_ids(read.borrowed_reader(connection), name, extractor.lookup_actor)
            wanted = replace(wanted, actor_ids=frozenset(actor_ids), speaker=rp.speaker_key(name))
        selected = rp.document_ids(connection, wanted)
    if name is not None and not actor_ids and not selected:
        raise TrackerError(f"no actor named {name!r} (see tracker actors)")
    return selected


@command(spec.REPROCESS)
def reprocess(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import db, location, store
    from tracker.storage import reprocess as rp

    # bad dates fail before anything is loaded
    check_period(*(parse_date(values[f], f"--{f}") if values[f] else None for f in ("since", "until")))
    rules, actors, dry_run = values["rules"], values["actors"], bool(values["dry_run"])
    extractor = runtime.load_extractor(rules, actors)  # a bad rules file fails before the database is touched
    target = runtime.database(values["db_url"])
    location.require_existing(target)  # reprocess reads what is stored: it never creates a database
    engine = db.open_database(target)
    tally = rp.Tally()
    with engine.connect() as connection:
        selected = _select_documents(connection, values, extractor)
        if not selected:
            typer.echo("No stored document matches; nothing to do.")
            return
        workers = values["workers"]
        if workers is None:
            workers = 1 if sum(n for _, n in selected) < SMALL_INPUT else (os.cpu_count() or 1)
        resolver = store.ActorResolver(connection, extractor.lookup_actor, getattr(extractor, "type_of_name", None))

        def flush(batch: list[tuple[tuple[int, Any, Document], list[Any] | None]]) -> None:
            done = rp.Tally()
            with connection.begin() as transaction:  # a batch is written whole or not at all
                for (document_id, published, _), findings in batch:
                    rp.reprocess_document(connection, document_id, published, findings or [], resolver, done)
                resolver.settle()  # the actors these documents name, voted again over all their evidence
                if dry_run:
                    transaction.rollback()
            tally.add(done)

        try:
            with engine.connect() as reading, _extraction(runtime, extractor, rules, actors, workers,
                                                          lambda item: item[2]) as extraction:
                def documents() -> Iterator[tuple[int, Any, Document]]:
                    ids = [i for i, _ in selected]
                    for start in range(0, len(ids), REPROCESS_BATCH):
                        with reading.begin():
                            rows = rp.load_documents(reading, ids[start:start + REPROCESS_BATCH])
                        for row in rows:
                            yield row["id"], row["published"], _stored_as_document(row)

                batch: list[tuple[tuple[int, Any, Document], list[Any] | None]] = []
                for item, findings in extraction.map(documents()):
                    batch.append((item, findings))
                    if len(batch) >= REPROCESS_BATCH:
                        flush(batch)
                        batch = []
                if batch:
                    flush(batch)
        except KeyboardInterrupt:
            done = _reprocess_summary(tally, dry_run).replace("\n", " ")
            typer.echo(f"Interrupted; the batch in progress was not written. {done} Run the same command again "
                       "to finish.", err=True)
            raise typer.Exit(130) from None
    typer.echo(_reprocess_summary(tally, dry_run))


# --- export / import ----------------------------------------------------------------------------


@contextmanager
def _written(path: Path | None) -> Iterator[Any]:
    """A text stream to ``path`` (stdout when None) that appears only once complete: a
    temporary file beside it, renamed at the end, removed on failure. gzip for .gz."""
    if path is None:
        yield sys.stdout
        return
    import gzip
    import tempfile

    if not path.parent.is_dir():
        raise TrackerError(f"--out: folder {path.parent} does not exist")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # as a plain open() would make it, not mkstemp's 0600
    try:
        opener: Any = gzip.open if path.suffix == ".gz" else open
        with opener(temporary, "wt", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


@command(spec.EXPORT)
def export(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.output.exports import write_export
    from tracker.storage import db, exchange, read

    query = listings.commitment_query(values)
    target = runtime.database(values["db_url"])
    with read.open_reader(target) as reader:  # never creates a database
        ids = read.commitment_ids(reader, query, lookup=runtime.lookup_actor)
    if not ids and query.actor and not query.actor_ids:
        typer.echo(f"No actor named {query.actor!r} (see tracker actors).", err=True)
    engine = db.open_database(target, read_only=True)
    header = {**exchange.header(), "tracker_version": __version__}
    with engine.connect() as connection, _written(values["out"]) as out:
        count = write_export(values["fmt"], header, exchange.export_records(connection, ids), out)
    if values["out"] is not None:
        typer.echo(f"Exported {_plural(count, 'commitment')} to {values['out']}.", err=True)


@command(spec.IMPORT)
def import_export(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import db, importer, records

    path = values["file"]
    if not path.is_file():
        raise TrackerError(f"no such file: {path}")
    engine = db.open_database(runtime.database(values["db_url"]))
    with engine.connect() as connection, connection.begin():  # all or nothing
        summary = importer.import_records(connection, records.read_export(path))
    known = summary.commitments - summary.new
    typer.echo(
        f"Imported {_plural(summary.commitments, 'commitment')} from {path}: {summary.new:,} new, {known:,} already "
        f"here ({summary.updated:,} of them completed); added {_plural(summary.documents, 'document')}, "
        f"{_plural(summary.actors, 'actor')}, {_plural(summary.changes, 'status change')}."
    )
    if summary.diverged:
        ids = ", ".join(map(str, summary.diverged[:20])) + (" ..." if len(summary.diverged) > 20 else "")
        typer.echo(f"{_plural(len(summary.diverged), 'commitment')} here had a history other than the file's and "
                   f"kept their own: {ids} (see tracker show ID).", err=True)
# --- actors: curation ----------------------------------------------------------------------------


def _curate(runtime: Runtime, values: dict[str, Any], change: Callable[[Connection, str], str]) -> None:
    """Run one curation in one transaction: it changes everything or nothing."""
    from tracker.storage import db, location

    target = runtime.database(values["db_url"])
    location.require_existing(target)  # no actors to curate in a database that is not there
    engine = db.open_database(target)
    with engine.connect() as connection, connection.begin():
        message = change(connection, values["by"] or _os_user())
    typer.echo(terminal_text(message))  # it names actors: text from the news


@command(spec.ACTORS_RENAME)
def actors_rename(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import actors

    _curate(runtime, values, lambda c, by: actors.rename(c, values["actor_id"], values["name"], by))


@command(spec.ACTORS_MERGE)
def actors_merge(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import actors

    _curate(runtime, values, lambda c, by: actors.merge(c, values["keep"], values["other"], by))


@command(spec.ACTORS_SET_PARENT)
def actors_set_parent(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import actors

    text = values["parent"].strip()
    if text.lower() == "none":
        parent = None
    elif text.isdigit():
        parent = int(text)
    else:
        raise TrackerError(f"invalid parent {text!r} (expected an actor id, or none)")
    _curate(runtime, values, lambda c, by: actors.set_parent(c, values["actor_id"], parent, by))


@command(spec.ACTORS_SET_TYPE)
def actors_set_type(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import actors

    _curate(runtime, values, lambda c, by: actors.set_type(c, values["actor_id"], values["type"], by))


# --- rules ----------------------------------------------------------------------------------------

RULES = Listing(
    fields=("id", "kind", "score", "description"),
    columns=(Column("id", "Rule", 32), Column("kind", "Kind"), Column("score", "Score", justify="right"),
             Column("description", "Description", 60)),
    empty="No rules.",
)


@command(spec.RULES_LIST)
def rules(runtime: Runtime, values: dict[str, Any]) -> None:
    extractor = runtime.load_extractor(values["rules"], values["actors"])
    claim_rules = getattr(extractor, "claim_rules", None)  # claims.toml: after the commitment rules
    if claim_rules is None:  # (an extractor that reads no claims)
        emit(({"id": r.id, "kind": r.kind, "score": r.score, "description": r.description} for r in extractor.rules),
             values["fmt"], RULES)
        return
    rows = itertools.chain(
        ({"id": r.id, "kind": r.kind, "score": r.score, "description": r.description} for r in extractor.rules),
        ({"id": r.id, "kind": r.kind, "score": r.score, "description": r.description} for r in claim_rules.rules),
        ({"id": g.id, "kind": "claim-guard", "score": 0.0, "description": g.description} for g in claim_rules.guards),
        ({"id": a, "kind": "claim-adjustment", "score": v, "description": d}
         for a, (v, d) in claim_rules.described_adjustments.items()),
    )
    emit(rows, values["fmt"], RULES)


# --- serve ----------------------------------------------------------------------------------------


@command(spec.SERVE)
def serve(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.cli.serve import serve as run_datasette

    code = run_datasette(runtime.database(values["db_url"]), values["host"], values["port"])
    if code:
        raise typer.Exit(code)


# --- db -------------------------------------------------------------------------------------------


@command(spec.DB_UPGRADE)
def db_upgrade(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import db

    engine = db.open_database(runtime.database(values["db_url"]), migrate=False)
    before, after = db.upgrade(engine)
    where = db.describe(engine.url)
    if before == after:
        typer.echo(f"{where}: up to date at revision {after}.")
    else:
        typer.echo(f"{where}: upgraded from {before or 'an empty database'} to revision {after}.")


@command(spec.DB_CURRENT)
def db_current(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import db

    target = runtime.database(values["db_url"])
    url = db.resolve_url(target)
    where = db.describe(url)
    head = db.script_directory().get_current_head()
    database = Path(url.database or ":memory:")
    if url.get_backend_name() == "sqlite" and database.parent.is_dir() and not database.exists():
        typer.echo(f"{where}: no database yet (any tracker command creates it at revision {head}).")
        return
    engine = db.open_database(target, migrate=False, read_only=True)
    with engine.connect() as connection:
        revision = db.current_revision(connection)
    db.check_known(revision, db.script_directory(), url)
    if revision == head:
        typer.echo(f"{where}: revision {revision} (up to date).")
    elif revision is None:
        typer.echo(f"{where}: empty (no schema yet; latest is {head}).")
    else:
        typer.echo(f"{where}: revision {revision}, behind the latest {head}: run tracker db upgrade.")


@command(spec.DB_VERIFY)
def db_verify(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import db, ledger, location

    target = runtime.database(values["db_url"])
    location.require_existing(target)
    engine = db.open_database(target, read_only=True)
    with engine.connect() as connection:
        verdict = ledger.verify(connection)
    if not verdict.ok:
        for problem in verdict.problems:
            typer.echo(problem)
        more = f" (and {len(verdict.problems) - 1} more above)" if len(verdict.problems) > 1 else ""
        fail(f"verification failed: {verdict.problems[0]}{more}")
    typer.echo(f"ok: {verdict.changes} changes, chain intact, integrity ok")
    typer.echo(f"head: {verdict.head}")


@command(spec.DB_BACKUP)
def db_backup(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import backup

    copy = backup.backup(runtime.database(values["db_url"]), values["file"], force=bool(values["force"]))
    typer.echo(f"Backed up to {copy}.")


# --- the top level -----------------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
    db_url: Annotated[str | None, typer.Option(*spec.GLOBAL_DB.flags, help=spec.GLOBAL_DB.help, show_default=False)] = None,
) -> None:
    """Find commitments and pledges in news, store them with their sources, and track whether they were kept."""
    ctx.obj = replace(ctx.obj or Runtime(), global_db=db_url)
