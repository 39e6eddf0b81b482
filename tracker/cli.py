"""The ``tracker`` command line.

The edge of the program: it parses options, opens one database session per command,
and turns every expected failure (TrackerError, RuleError, database errors) into one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import getpass
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer

from tracker import __version__, read, views
from tracker.dates import parse_date
from tracker.errors import TrackerError, expected_message
from tracker.output import Column, Format, emit
from tracker.status import STATUSES

# Start-up time is part of every command's time (`tracker show` answers in 0.1 s): the
# extraction engine, SQLAlchemy, Alembic and the progress bar are imported by the
# commands that use them, not here. `python -X importtime -m tracker.cli` shows the rest.
if TYPE_CHECKING:
    from sqlalchemy import Connection

    from tracker.extract import Document, Extractor, Finding
    from tracker.sources import DocumentReader, Metadata
    from tracker.store import ActorResolver

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

P = ParamSpec("P")
R = TypeVar("R")


def fail(message: str, code: int = 1) -> NoReturn:
    flat = " ".join(message.splitlines())  # one line, whatever a library put in it
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


def _extractor_class() -> Any:
    """The extraction engine, imported on first use (tests swap ``cli.Extractor``)."""
    cls = globals().get("Extractor")
    if cls is None:
        from tracker.extract import Extractor as cls

        globals()["Extractor"] = cls
    return cls


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        return _extractor_class()
    raise AttributeError(name)


# --- shared options ------------------------------------------------------------------------

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", show_default=False,
        help="Database: a SQLAlchemy URL (postgresql+psycopg://user@host/name) or a SQLite file path. "
        "Default: tracker --db, else $TRACKER_DATABASE_URL, else tracker.db in the current folder.",
    ),
]
RulesOption = Annotated[
    Path | None, typer.Option("--rules", help="Extraction rules file (default: the built-in rules).", show_default=False)
]
ActorsOption = Annotated[
    Path | None, typer.Option("--actors", help="Actors file (default: the built-in actors).", show_default=False)
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Text or Markdown files, folders (read recursively), JSON Lines corpora (.jsonl, .jsonl.gz), "
        "or - for stdin.",
        show_default=False,
        metavar="PATH",
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", case_sensitive=False, help="table (for reading), json, jsonl or csv."),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w", min=1, envvar="TRACKER_WORKERS", show_default=False,
        help="Processes that run the extraction (default: the number of cores; one for inputs under 1 MB). "
        "Output and stored results are the same for any number.",
    ),
]
SourceOption = Annotated[str | None, typer.Option("--source", help="Publisher, e.g. Reuters (single input).")]
DateOption = Annotated[str | None, typer.Option("--date", help="Publication date, YYYY-MM-DD (single input).")]
UrlOption = Annotated[str | None, typer.Option("--url", help="Where the document was published (single input).")]
TitleOption = Annotated[str | None, typer.Option("--title", help="Title (single input).")]
AuthorOption = Annotated[str | None, typer.Option("--author", help="Author (single input).")]


def _metadata(source: str | None, date: str | None, url: str | None, title: str | None, author: str | None) -> Metadata:
    from tracker.sources import Metadata

    return Metadata(
        source=source, date=parse_date(date, "--date") if date is not None else None,
        url=url, title=title, author=author,
    )


# Set by the `tracker` entry point (not by tests, which share one process): the loaded
# rules, gazetteer and word lists live as long as the command, so the garbage collector
# is told not to walk them again and again (gc.freeze; ~1.5% of an extraction).
FREEZE_AFTER_LOAD = False


def load_extractor(rules: Path | None, actors: Path | None) -> Extractor:
    for flag, path in (("--rules", rules), ("--actors", actors)):
        if path is not None and not path.is_file():
            raise TrackerError(f"{flag}: no such file: {path}")
    extractor = _extractor_class().load(rules_path=rules, actors_path=actors)
    if FREEZE_AFTER_LOAD:
        import gc

        gc.freeze()
    return extractor  # type: ignore[no-any-return]


def run_extraction(extractor: Extractor, document: Document) -> list[Finding]:
    """Extraction of one document in this process (``--workers 1``); ``tracker.parallel``
    runs the same ``extract`` in worker processes."""
    return extractor.extract(document)


SMALL_INPUT = 1_000_000  # bytes: below this, starting worker processes costs more than it saves


def _workers(requested: int | None, reader: DocumentReader) -> int:
    if requested is not None:
        return requested
    if reader.bytes_total is None or reader.bytes_total < SMALL_INPUT:
        return 1  # stdin (one document) or a few files
    return os.cpu_count() or 1


def _extraction(extractor: Extractor, rules: Path | None, actors: Path | None, workers: int,
                document_of: Callable[[Any], Document | None]) -> Any:
    from tracker.parallel import Extraction

    return Extraction(extractor, _extractor_class(), rules, actors, workers, document_of)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# --- ingest / extract ------------------------------------------------------------------------


@contextmanager
def _progress(reader: DocumentReader) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (terminals only), driven by bytes read so that no
    corpus has to be counted first."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn

    from tracker.output import console

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
    from tracker import store

    for batch in _batches(documents, HASH_BATCH):
        hashes = [store.content_hash(d.text) for d in batch]
        with connection.begin():
            stored = store.known_hashes(connection, hashes)
        for document, text_hash in zip(batch, hashes, strict=True):
            new = text_hash not in stored and text_hash not in pending
            if new:
                pending.add(text_hash)
            yield _Planned(document, text_hash, new)


@app.command()
@clean_errors
def ingest(
    paths: PathsArgument,
    db_url: DbOption = None,
    rules: RulesOption = None,
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    source: SourceOption = None,
    date: DateOption = None,
    url: UrlOption = None,
    title: TitleOption = None,
    author: AuthorOption = None,
) -> None:
    """Find the commitments in documents and store them with their sources.

    Each document is stored in its own transaction; one whose text is already stored is
    skipped before extraction, so an interrupted run resumes where it stopped. The
    extraction runs in --workers processes; this process alone writes the database.
    Metadata comes from a NAME.meta.json next to a file, a metadata.csv in its folder,
    or the options below (single input).
    """
    from tracker import db, store
    from tracker.sources import DocumentReader

    reader = DocumentReader(paths, _metadata(source, date, url, title, author))
    extractor = load_extractor(rules, actors)
    documents = _documents(reader, paths)  # the first is read before the database is touched
    engine = db.open_database(_db(db_url))
    read_ = new = known = found = 0

    def summary() -> str:
        text = f"Read {_plural(read_, 'document')}: {new:,} new, {known:,} already known; {_plural(found, 'commitment')} found."
        if reader.empty_rows:
            text += f" Skipped {_plural(reader.empty_rows, 'empty row')}."
        if reader.ignored_files:
            text += f" Ignored {_plural(reader.ignored_files, 'file')} not .txt, .md or .jsonl."
        return text

    pending: set[str] = set()
    try:
        with (
            engine.connect() as connection,  # Core, not a Session: the write path needs no ORM
            _progress(reader) as advance,
            _extraction(extractor, rules, actors, _workers(workers, reader),
                        lambda p: p.document if p.new else None) as extraction,
        ):
            resolver = store.ActorResolver(connection, extractor.lookup_actor)
            for planned, findings in extraction.map(_plan(documents, connection, pending)):
                stored = None
                if findings is not None:
                    with connection.begin():  # one document, one transaction: stored whole or not at all
                        stored = store.store_document(connection, planned.document, planned.text_hash, findings, resolver)
                    pending.discard(planned.text_hash)
                read_ += 1
                if stored is not None and stored.new:
                    new += 1
                    found += stored.commitments
                else:
                    known += 1
                advance(read_)
    except KeyboardInterrupt:
        typer.echo(f"Interrupted. {summary()} Run the same command again to continue.", err=True)
        raise typer.Exit(130) from None
    except Exception as e:
        message = expected_message(e)
        if message is not None and new:
            raise TrackerError(f"{message} ({_plural(new, 'new document')} before it stored; fix it and run again to continue)") from None
        raise
    typer.echo(summary())


def _documents(reader: DocumentReader, paths: list[str]) -> Iterator[Document]:
    """The reader's documents, with the first one already read: an unreadable first
    input or an empty folder fails here, before any output or database write."""
    from tracker.sources import TEXT_SUFFIXES

    documents = iter(reader)
    first = next(documents, None)
    if first is None:
        raise TrackerError(f"no documents found in {' '.join(paths)} ({', '.join(TEXT_SUFFIXES)}, .jsonl, .jsonl.gz)")
    return itertools.chain([first], documents)


@app.command()
@clean_errors
def extract(
    paths: PathsArgument,
    rules: RulesOption = None,
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    source: SourceOption = None,
    date: DateOption = None,
    url: UrlOption = None,
    title: TitleOption = None,
    author: AuthorOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Find the commitments in documents and print them; nothing is stored.

    --format jsonl prints one JSON object per finding (doc_id, start, end, sentence,
    kind, actor, speaker, ...), as ../shared/eval/score.py reads it. The extraction runs
    in --workers processes; the output is in input order whatever their number.
    """
    from dataclasses import fields as dataclass_fields

    from tracker.extract import Finding
    from tracker.sources import DocumentReader

    reader = DocumentReader(paths, _metadata(source, date, url, title, author))
    extractor = load_extractor(rules, actors)
    documents = _documents(reader, paths)
    try:
        with _extraction(extractor, rules, actors, _workers(workers, reader), lambda d: d) as extraction:
            rows = (finding.to_dict() for _, findings in extraction.map(documents) for finding in findings or ())
            emit(
                rows, fmt, fields=[f.name for f in dataclass_fields(Finding)],
                columns=[
                    Column("doc_id", "Document", 24), Column("kind", "Kind"), Column("actor", "Actor", 20),
                    Column("speaker", "Speaker", 20), Column("confidence", "Conf.", justify="right"),
                    Column("sentence", "Sentence", 80, min_width=24),
                ],
                empty="No commitments found.",
            )
    except KeyboardInterrupt:
        sys.stdout.flush()
        typer.echo("Interrupted.", err=True)
        raise typer.Exit(130) from None


# --- list / show / update ---------------------------------------------------------------------


@app.command("list")
@clean_errors
def list_commitments(
    actor: Annotated[str | None, typer.Option(
        "--actor", "-a",
        help="Who is bound: a name or alias, any case (France, paris); includes the people and bodies under it.",
    )] = None,
    status: Annotated[list[str] | None, typer.Option(
        "--status", "-s", help=f"Only these statuses (repeatable): {', '.join(STATUSES)}.", show_default=False,
    )] = None,
    kind: Annotated[list[str] | None, typer.Option(
        "--kind", "-k", help="Only these kinds (repeatable): pledge, commitment, intention.", show_default=False,
    )] = None,
    since: Annotated[str | None, typer.Option("--since", help="Said on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Said on or before this date (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(
        "--source", help="Stated in a source whose publisher, URL, path or id contains this text.",
    )] = None,
    search: Annotated[str | None, typer.Option(
        "--search", help="Text in the sentence, action or target (case-insensitive).",
    )] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Only findings at least this confident (0 to 1).",
    )] = None,
    fmt: FormatOption = Format.table,
    db_url: DbOption = None,
) -> None:
    """List commitments, oldest first."""
    views.list_(
        fmt=fmt.value, db=_db(db_url), actor=actor, status=status, kind=kind, since=since, until=until,
        source=source, search=search, limit=limit, min_confidence=min_confidence,
    )




class ShowFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
@clean_errors
def show(
    commitment_id: Annotated[int, typer.Argument(help="The commitment's id (see tracker list).", show_default=False)],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", case_sensitive=False, help="text or json.")] = ShowFormat.text,
    db_url: DbOption = None,
) -> None:
    """One commitment: what was promised, its sentence(s) and sources, and its history."""
    views.show(commitment_id, fmt.value, _db(db_url))


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@app.command()
@clean_errors
def update(
    commitment_id: Annotated[int, typer.Argument(help="The commitment's id.", show_default=False)],
    status: Annotated[str, typer.Option("--status", "-s", help=f"New status: {', '.join(STATUSES)}.", show_default=False)],
    evidence: Annotated[str | None, typer.Option("--evidence", help="URL of the evidence for the change.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why: what happened.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who made the change. Default: your user name.", show_default=False)] = None,
    if_version: Annotated[int | None, typer.Option(
        "--if-version", help="Refuse if the commitment is no longer at this version (someone else changed it).",
    )] = None,
    db_url: DbOption = None,
) -> None:
    """Rate a commitment: change its status, with evidence and a note. The history is kept."""
    from sqlalchemy.orm import Session

    from tracker import db, store
    from tracker.status import check_status

    check_status(status)
    if evidence is not None:
        store.check_evidence_url(evidence)
    engine = db.open_database(_db(db_url))
    with Session(engine) as session, session.begin():
        change = store.change_status(
            session, commitment_id, status, by=by or _os_user(), note=note,
            evidence_url=evidence, expected_version=if_version,
        )
        message = f"Commitment {commitment_id}: {change.from_status} -> {change.to_status} (version {change.commitment.version})."
    typer.echo(message)


# --- actors / rules -----------------------------------------------------------------------------


@app.command()
@clean_errors
def actors(fmt: FormatOption = Format.table, db_url: DbOption = None) -> None:
    """The actors found so far, with their aliases and how many commitments bind them."""
    from sqlalchemy.orm import Session

    from tracker import db, store

    engine = db.open_database(_db(db_url))
    with Session(engine) as session, session.begin():
        rows = [
            {"id": a.id, "name": a.name, "type": a.type, "parent": a.parent.name if a.parent else None,
             "aliases": [x.alias for x in a.aliases], "commitments": n}
            for a, n in store.list_actors(session)
        ]
    emit(
        rows, fmt, fields=["id", "name", "type", "parent", "aliases", "commitments"],
        columns=[Column("name", "Actor", 28), Column("type", "Type"), Column("parent", "Part of", 20),
                 Column("aliases", "Aliases", 40), Column("commitments", "Commitments", justify="right")],
        empty="No actors yet: run tracker ingest first.",
    )


@app.command()
@clean_errors
def rules(rules: RulesOption = None, actors: ActorsOption = None, fmt: FormatOption = Format.table) -> None:
    """The extraction rules: id, kind, score and what each one looks for."""
    extractor = load_extractor(rules, actors)
    emit(
        ({"id": r.id, "kind": r.kind, "score": r.score, "description": r.description} for r in extractor.rules),
        fmt, fields=["id", "kind", "score", "description"],
        columns=[Column("id", "Rule", 32), Column("kind", "Kind"), Column("score", "Score", justify="right"),
                 Column("description", "Description", 60)],
        empty="No rules.",
    )


# --- db -------------------------------------------------------------------------------------------


@db_app.command("upgrade")
@clean_errors
def db_upgrade(db_url: DbOption = None) -> None:
    """Apply pending migrations (every command also does this on first use)."""
    from tracker import db

    engine = db.open_database(_db(db_url), migrate=False)
    before, after = db.upgrade(engine)
    where = db.describe(engine.url)
    if before == after:
        typer.echo(f"{where}: up to date at revision {after}.")
    else:
        typer.echo(f"{where}: upgraded from {before or 'an empty database'} to revision {after}.")


@db_app.command("current")
@clean_errors
def db_current(db_url: DbOption = None) -> None:
    """Show the database's schema revision, and whether it is up to date."""
    from tracker import db

    db_url = _db(db_url)
    url = db.resolve_url(db_url)
    where = db.describe(url)
    head = db.script_directory().get_current_head()
    database = Path(url.database or ":memory:")
    if url.get_backend_name() == "sqlite" and database.parent.is_dir() and not database.exists():
        typer.echo(f"{where}: no database yet (any tracker command creates it at revision {head}).")
        return
    engine = db.open_database(db_url, migrate=False)
    with engine.connect() as connection:
        revision = db.current_revision(connection)
    db.check_known(revision, db.script_directory(), url)
    if revision == head:
        typer.echo(f"{where}: revision {revision} (up to date).")
    elif revision is None:
        typer.echo(f"{where}: empty (no schema yet; latest is {head}).")
    else:
        typer.echo(f"{where}: revision {revision}, behind the latest {head}: run tracker db upgrade.")


# --- version ---------------------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
    db_url: Annotated[str | None, typer.Option(
        "--db", show_default=False,
        help="Database for every command (a SQLAlchemy URL or a SQLite file path); a command's own --db wins. "
        f"Default: ${read.ENV_VAR}, else tracker.db in the current folder.",
    )] = None,
) -> None:
    """Find commitments and pledges in news, store them with their sources, and track whether they were kept."""
    _global_db.clear()
    if db_url is not None:
        _global_db.append(db_url)


_global_db: list[str] = []  # `tracker --db URL COMMAND`: set by the callback for this invocation


def _db(command_db: str | None) -> str | None:
    """The database a command uses: its own --db, else the global one, else (later, in
    tracker.db / tracker.read) $TRACKER_DATABASE_URL, else ./tracker.db."""
    if command_db is not None:
        return command_db
    return _global_db[0] if _global_db else None
