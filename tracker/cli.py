"""The ``tracker`` command line.

The edge of the program: it parses options, opens one database session per command,
and turns every expected failure (TrackerError, RuleError, database errors) into one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import getpass
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields as dataclass_fields
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from tracker import __version__, db, store
from tracker.errors import TrackerError
from tracker.extract import Document, Extractor, Finding, RuleError
from tracker.models import Commitment
from tracker.output import Column, Format, FormatOption, cell, console, emit, to_json
from tracker.sources import TEXT_SUFFIXES, DocumentReader, Metadata, parse_date
from tracker.status import STATUS_LABELS, STATUSES

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
        except (TrackerError, RuleError) as e:
            fail(str(e))
        except SQLAlchemyError as e:
            fail(f"database error: {db.first_line(e)}")

    return wrapper


# --- shared options ------------------------------------------------------------------------

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar=db.ENV_VAR, show_default=False,
        help="Database: a SQLAlchemy URL (postgresql+psycopg://user@host/name) or a SQLite file path. "
        "Default: tracker.db in the current folder.",
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
SourceOption = Annotated[str | None, typer.Option("--source", help="Publisher, e.g. Reuters (single input).")]
DateOption = Annotated[str | None, typer.Option("--date", help="Publication date, YYYY-MM-DD (single input).")]
UrlOption = Annotated[str | None, typer.Option("--url", help="Where the document was published (single input).")]
TitleOption = Annotated[str | None, typer.Option("--title", help="Title (single input).")]
AuthorOption = Annotated[str | None, typer.Option("--author", help="Author (single input).")]


def _metadata(source: str | None, date: str | None, url: str | None, title: str | None, author: str | None) -> Metadata:
    return Metadata(
        source=source, date=parse_date(date, "--date") if date is not None else None,
        url=url, title=title, author=author,
    )


def load_extractor(rules: Path | None, actors: Path | None) -> Extractor:
    for flag, path in (("--rules", rules), ("--actors", actors)):
        if path is not None and not path.is_file():
            raise TrackerError(f"{flag}: no such file: {path}")
    return Extractor.load(rules_path=rules, actors_path=actors)


def run_extraction(extractor: Extractor, document: Document) -> list[Finding]:
    """The one place extraction runs. It is pure (no I/O), so a later ``--workers N``
    can map it over a process pool while this process stays the single DB writer."""
    return extractor.extract(document)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# --- ingest / extract ------------------------------------------------------------------------


@contextmanager
def _progress(reader: DocumentReader) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (terminals only), driven by bytes read so that no
    corpus has to be counted first."""
    err = console(stderr=True)
    with Progress(
        SpinnerColumn(), TextColumn("ingesting"), BarColumn(), TaskProgressColumn(),
        TextColumn("{task.fields[docs]} documents"), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=reader.bytes_total, docs=0)
        yield lambda docs: progress.update(task, completed=reader.bytes_read, docs=docs)


@app.command()
@clean_errors
def ingest(
    paths: PathsArgument,
    db_url: DbOption = None,
    rules: RulesOption = None,
    actors: ActorsOption = None,
    source: SourceOption = None,
    date: DateOption = None,
    url: UrlOption = None,
    title: TitleOption = None,
    author: AuthorOption = None,
) -> None:
    """Find the commitments in documents and store them with their sources.

    Each document is stored in its own transaction; one whose text is already stored is
    skipped before extraction, so an interrupted run resumes where it stopped. Metadata
    comes from a NAME.meta.json next to a file, a metadata.csv in its folder, or the
    options below (single input).
    """
    reader = DocumentReader(paths, _metadata(source, date, url, title, author))
    extractor = load_extractor(rules, actors)
    documents = _documents(reader, paths)  # the first is read before the database is touched
    engine = db.open_database(db_url)
    read = new = known = found = 0

    def summary() -> str:
        text = f"Read {_plural(read, 'document')}: {new:,} new, {known:,} already known; {_plural(found, 'commitment')} found."
        if reader.empty_rows:
            text += f" Skipped {_plural(reader.empty_rows, 'empty row')}."
        if reader.ignored_files:
            text += f" Ignored {_plural(reader.ignored_files, 'file')} not .txt, .md or .jsonl."
        return text

    extract_fn = functools.partial(run_extraction, extractor)
    try:
        with Session(engine) as session, _progress(reader) as advance:
            resolver = store.ActorResolver(session, extractor.lookup_actor)
            for document in documents:
                with session.begin():
                    stored = store.ingest_document(session, document, extract_fn, resolver)
                read += 1
                new += stored.new
                known += not stored.new
                found += stored.commitments
                advance(read)
    except KeyboardInterrupt:
        typer.echo(f"Interrupted. {summary()} Run the same command again to continue.", err=True)
        raise typer.Exit(130) from None
    except (TrackerError, RuleError) as e:
        if new:
            raise TrackerError(f"{e} ({_plural(new, 'new document')} before it stored; fix it and run again to continue)") from None
        raise
    typer.echo(summary())


def _documents(reader: DocumentReader, paths: list[str]) -> Iterator[Document]:
    """The reader's documents, with the first one already read: an unreadable first
    input or an empty folder fails here, before any output or database write."""
    documents = iter(reader)
    first = next(documents, None)
    if first is None:
        raise TrackerError(f"no documents found in {' '.join(paths)} ({', '.join(TEXT_SUFFIXES)}, .jsonl, .jsonl.gz)")
    return itertools.chain([first], documents)


FINDING_FIELDS = [f.name for f in dataclass_fields(Finding)]


@app.command()
@clean_errors
def extract(
    paths: PathsArgument,
    rules: RulesOption = None,
    actors: ActorsOption = None,
    source: SourceOption = None,
    date: DateOption = None,
    url: UrlOption = None,
    title: TitleOption = None,
    author: AuthorOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Find the commitments in documents and print them; nothing is stored.

    --format jsonl prints one JSON object per finding (doc_id, start, end, sentence,
    kind, actor, speaker, ...), as ../shared/eval/score.py reads it.
    """
    reader = DocumentReader(paths, _metadata(source, date, url, title, author))
    extractor = load_extractor(rules, actors)
    documents = _documents(reader, paths)
    rows = (finding.to_dict() for document in documents for finding in run_extraction(extractor, document))
    emit(
        rows, fmt, fields=FINDING_FIELDS,
        columns=[
            Column("doc_id", "Document", 24), Column("kind", "Kind"), Column("actor", "Actor", 20),
            Column("speaker", "Speaker", 20), Column("confidence", "Conf.", justify="right"),
            Column("sentence", "Sentence", 80, min_width=24),
        ],
        empty="No commitments found.",
    )


# --- list / show / update ---------------------------------------------------------------------

LIST_FIELDS = [
    "id", "status", "kind", "actor", "actors", "action", "target", "amount", "amount_value", "unit",
    "deadline", "deadline_date", "negated", "said_on", "speaker", "sentence", "source", "document",
    "url", "confidence", "mentions", "created_at", "updated_at", "version",
]


def commitment_row(c: Commitment) -> dict[str, Any]:
    """A commitment as one flat row: its first mention stands for its sources."""
    first = c.mentions[0] if c.mentions else None
    document = first.document if first else None
    names = [a.name for a in c.actors]
    return {
        "id": c.id, "status": c.status, "kind": c.kind, "actor": names[0] if names else None, "actors": names,
        "action": c.action, "target": c.target, "amount": c.amount, "amount_value": c.amount_value,
        "unit": c.unit, "deadline": c.deadline, "deadline_date": c.deadline_date, "negated": c.negated,
        "said_on": first.said_on if first else None, "speaker": first.speaker if first else None,
        "sentence": first.sentence if first else None,
        "source": document.publisher if document else None,
        "document": document.external_id if document else None,
        "url": document.url if document else None,
        "confidence": max((m.confidence for m in c.mentions), default=None),
        "mentions": len(c.mentions), "created_at": c.created_at, "updated_at": c.updated_at, "version": c.version,
    }


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
    query = store.CommitmentQuery(
        actor=actor, statuses=[store.check_status(s) for s in status or []],
        kinds=[store.check_kind(k) for k in kind or []],
        since=parse_date(since, "--since") if since else None,
        until=parse_date(until, "--until") if until else None,
        source=source, search=search, min_confidence=min_confidence, limit=limit,
    )
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        found = store.list_commitments(session, query, lookup=_default_lookup)
        if not found and actor and not query.actor_ids:
            typer.echo(f"No actor named {actor!r} (see tracker actors).", err=True)
        emit(
            (commitment_row(c) for c in found), fmt, fields=LIST_FIELDS,
            columns=[
                Column("id", "ID", justify="right", no_wrap=True), Column("status", "Status"),
                Column("kind", "Kind"), Column("actors", "Actor", 22),
                Column("sentence", "Sentence", 80, min_width=24), Column("said_on", "Said"),
                Column("source", "Source", 16),
            ],
            empty="No commitments.",
        )


def _default_lookup(name: str) -> Any:
    """The built-in actor knowledge, asked only when the database knows no such name."""
    return Extractor.load().lookup_actor(name)


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
    engine = db.open_database(db_url)
    with Session(engine) as session, session.begin():
        c = store.get_commitment(session, commitment_id)
        detail = commitment_detail(c)
    if fmt is ShowFormat.json:
        typer.echo(to_json(detail, indent=2))
    else:
        typer.echo("\n".join(_show_lines(detail)))


def commitment_detail(c: Commitment) -> dict[str, Any]:
    row = commitment_row(c)
    for key in ("actor", "said_on", "speaker", "sentence", "source", "document", "url", "confidence", "mentions"):
        row.pop(key)
    row["actors"] = [
        {"name": a.name, "type": a.type, "parent": a.parent.name if a.parent else None} for a in c.actors
    ]
    row["mentions"] = [
        {
            "sentence": m.sentence, "start": m.start, "end": m.end, "speaker": m.speaker, "said_on": m.said_on,
            "rule": m.rule, "confidence": m.confidence,
            "document": {
                "id": m.document.id, "external_id": m.document.external_id, "publisher": m.document.publisher,
                "title": m.document.title, "url": m.document.url, "path": m.document.path,
                "author": m.document.author, "published": m.document.published,
            },
        }
        for m in c.mentions
    ]
    row["history"] = [
        {"from": h.from_status, "to": h.to_status, "note": h.note, "evidence_url": h.evidence_url,
         "at": h.changed_at, "by": h.changed_by}
        for h in c.history
    ]
    return row


def _show_lines(d: dict[str, Any]) -> Iterator[str]:
    yield f"Commitment {d['id']}: {d['kind']}, {d['status']} ({STATUS_LABELS[d['status']]}), version {d['version']}"
    actors = [a["name"] + (f" ({a['type']})" if a["type"] else "") + (f", of {a['parent']}" if a["parent"] else "")
              for a in d["actors"]]
    yield f"  Actor:    {'; '.join(actors) or '(not identified)'}"
    for label, key in (("Action", "action"), ("Target", "target"), ("Amount", "amount"), ("Deadline", "deadline")):
        if d[key] is not None:
            extra = {"amount": d["unit"], "deadline": cell(d["deadline_date"]) or None}.get(key)
            yield f"  {label + ':':<9} {d[key]}" + (f" ({extra})" if extra else "")
    if d["negated"]:
        yield "  Negated:  yes (a promise not to do something)"
    yield ""
    yield f"Sources ({len(d['mentions'])}):"
    for i, m in enumerate(d["mentions"], start=1):
        doc = m["document"]
        where = ", ".join(x for x in (doc["publisher"], cell(doc["published"]), doc["title"]) if x)
        yield f"  [{i}] {where or '(no publisher or date)'}"
        for ref in dict.fromkeys(x for x in (doc["url"], doc["path"], doc["external_id"]) if x):
            yield f"      {ref}"
        yield f"      \"{' '.join(m['sentence'].split())}\""
        said = [f"speaker {m['speaker']}" if m["speaker"] else None, f"said {cell(m['said_on'])}" if m["said_on"] else None,
                f"rule {m['rule']}", f"confidence {m['confidence']:.2f}", f"characters {m['start']}-{m['end']}"]
        yield "      " + ", ".join(x for x in said if x)
    yield ""
    yield "History:"
    yield f"  {cell(d['created_at'])}  found: open"
    for h in d["history"]:
        yield f"  {cell(h['at'])}  {h['from']} -> {h['to']}, by {h['by']}"
        if h["note"]:
            yield f"      note: {h['note']}"
        if h["evidence_url"]:
            yield f"      evidence: {h['evidence_url']}"


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
    store.check_status(status)
    if evidence is not None:
        store.check_evidence_url(evidence)
    engine = db.open_database(db_url)
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
    engine = db.open_database(db_url)
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
    engine = db.open_database(db_url, migrate=False)
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
) -> None:
    """Find commitments and pledges in news, store them with their sources, and track whether they were kept."""
