"""People's part in the life of a commitment: the review queue (`tracker review`, its
`accept`/`reject` and `--interactive`), corrections (`tracker edit`), commitments a
person found (`tracker add`) and ratings of several commitments at once, or evidence
alone (`tracker update`). The decisions are stored by :mod:`tracker.storage.corrections`;
the queue is read by :mod:`tracker.storage.queue`.

Deadlines and amounts a person types are read here with the extraction's own readers
(:mod:`tracker.extract.quantities`), so that they are stored as a finding's would be:
the storage layer does not import the extraction.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from tracker.cli import listings
from tracker.cli.runtime import Runtime
from tracker.dates import parse_date
from tracker.errors import TrackerError
from tracker.output.formats import Column, Listing, emit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tracker.storage.corrections import FieldEdit


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@contextmanager
def _transaction(runtime: Runtime, db_url: str | None, *, existing: bool = True) -> Iterator[Session]:
    """One session, one transaction: everything in it is written, or nothing."""
    from sqlalchemy.orm import Session

    from tracker.storage import db, location

    target = runtime.database(db_url)
    if existing:
        location.require_existing(target)
    with Session(db.open_database(target)) as session, session.begin():
        yield session


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _distinct(values: Sequence[Any], what: str) -> list[Any]:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise TrackerError(f"{what} {value} given twice")
        seen.add(value)
    return list(values)


# --- the queue -------------------------------------------------------------------------------------

QUEUE = Listing(
    fields=(),  # set below from the storage's fields (imported when a listing is printed)
    columns=(Column("item", "Item", no_wrap=True), Column("type", "Type"), Column("proposal", "Proposal", 24),
             Column("actor", "Actor", 20), Column("sentence", "Sentence", 60, min_width=24),
             Column("evidence", "Evidence", 50), Column("since", "Since", no_wrap=True)),
    empty="Nothing to review.",
)
_NESTED = ("commitment", "other", "claim")  # whole records for --interactive, not listed


def _queue_query(values: dict[str, Any]) -> Any:
    from tracker.storage import queue

    filtered = any(values.get(k) for k in ("actor", "kind", "since", "until"))
    commitments = listings.commitment_query({**values, "limit": None}) if filtered else None
    return queue.QueueQuery(commitments=commitments, types=tuple(values["type"] or ()) or queue.ITEM_TYPES,
                            limit=values["limit"])


def _read_queue(reader: Any, query: Any, runtime: Runtime, actor: str | None) -> list[dict[str, Any]]:
    from tracker.storage import queue

    items = queue.queue(reader, query, lookup=runtime.lookup_actor)
    if not items and actor and query.commitments is not None and not query.commitments.actor_ids:
        print(f"No actor named {actor!r} (see tracker actors).", file=sys.stderr)
    return items


def review_queue(runtime: Runtime, values: dict[str, Any]) -> None:
    from dataclasses import replace

    from tracker.storage import queue, read

    query = _queue_query(values)
    if values["interactive"]:
        _interactive(runtime, values, query)
        return
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        items = _read_queue(reader, query, runtime, values["actor"])
    rows = [{k: v for k, v in item.items() if k not in _NESTED} for item in items]
    if values["fmt"] == "table":  # the day it was found or suggested; the other formats give the time
        rows = [{**row, "since": row["created_at"].date() if row["created_at"] else None} for row in rows]
    emit(rows, values["fmt"], replace(QUEUE, fields=queue.QUEUE_FIELDS))


def _decide(runtime: Runtime, values: dict[str, Any], accept: bool) -> None:
    from tracker.storage import corrections

    items = _distinct([" ".join(i.split()).lower() for i in values["items"]], "item")
    for item in items:
        corrections.parse_item(item)  # every id checked before anything is written
    by, note = values["by"] or os_user(), values["note"]
    done = []
    try:
        with _transaction(runtime, values["db_url"]) as session:  # all of them, or none
            for item in items:
                done.append(corrections.decide(session, item, accept, by=by, note=note))
    except TrackerError as e:
        if len(items) > 1:
            raise TrackerError(f"{e} (nothing was changed)") from None
        raise
    for decision in done:
        typer.echo(f"{decision.item}: {decision.text}")


def review_accept(runtime: Runtime, values: dict[str, Any]) -> None:
    _decide(runtime, values, True)


def review_reject(runtime: Runtime, values: dict[str, Any]) -> None:
    _decide(runtime, values, False)


ANSWERS = {"a": "accept", "r": "reject", "s": "skip", "q": "quit"}


def _ask() -> str:
    """The reviewer's answer: a, r, s or q (also the whole word); end of input quits."""
    import click

    from tracker.output.review import PROMPT

    while True:
        try:
            answer = click.prompt(PROMPT, default="", show_default=False).strip().lower()
        except click.exceptions.Abort:
            typer.echo("")
            return "q"
        if answer[:1] in ANSWERS and answer in (answer[:1], ANSWERS[answer[:1]]):
            return answer[:1]
        typer.echo("Answer a (accept), r (reject), s (skip) or q (quit).")


def _interactive(runtime: Runtime, values: dict[str, Any], query: Any) -> None:
    """One item at a time; each decision is its own transaction, applied at once, so that
    quitting (or an error) keeps every decision made before it."""
    from sqlalchemy.orm import Session

    from tracker.output.review import item_lines
    from tracker.storage import corrections, db, location, queue, read

    target = runtime.database(values["db_url"])
    location.require_existing(target)
    engine = db.open_database(target)
    with engine.connect() as connection, connection.begin():  # the queue as it is now; no lock held while asking
        items = _read_queue(read.borrowed_reader(connection), query, runtime, values["actor"])
    if not items:
        print(QUEUE.empty, file=sys.stderr)
        return
    by, note = values["by"] or os_user(), values["note"]
    tally = {"a": 0, "r": 0, "s": 0, "gone": 0}
    for position, item in enumerate(items, start=1):
        if position > 1:
            with engine.connect() as connection, connection.begin():
                waiting = queue.still_waiting(read.borrowed_reader(connection), item["item"])
            if not waiting:  # settled meanwhile (here or by someone else): nothing to ask
                tally["gone"] += 1
                continue
        typer.echo("\n".join(item_lines(item, position, len(items))))
        answer = _ask()
        if answer == "q":
            break
        if answer == "s":
            tally["s"] += 1
            continue
        try:
            with Session(engine) as session, session.begin():
                decision = corrections.decide(session, item["item"], answer == "a", by=by, note=note)
        except TrackerError as e:  # decided meanwhile by someone else, a status it already has...: say so, go on
            typer.echo(f"Error: {' '.join(str(e).splitlines())}", err=True)
            continue
        tally[answer] += 1
        typer.echo(f"{decision.item}: {decision.text}")
    gone = f"; {tally['gone']} settled meanwhile" if tally["gone"] else ""
    typer.echo(f"Reviewed {tally['a'] + tally['r']} of {_plural(len(items), 'item')}: {tally['a']} accepted, "
               f"{tally['r']} rejected, {tally['s']} skipped{gone}.")


# --- values a person types, read as the extraction reads them ---------------------------------------


def deadline_edit(text: str, said_on: date | None) -> FieldEdit:
    """A deadline as written, and its date (an ISO date as is, else as the extraction
    resolves a deadline phrase, relative to when the commitment was said)."""
    from tracker.extract.quantities import find_deadline
    from tracker.storage.corrections import FieldEdit

    text = " ".join(text.split())
    if not text:
        return FieldEdit("deadline", None, {"deadline_date": None})
    if len(text) == 10 and text[4] == "-":
        return FieldEdit("deadline", text, {"deadline_date": parse_date(text, "--deadline")})
    found = find_deadline(text, said_on)
    return FieldEdit("deadline", text, {"deadline_date": date.fromisoformat(found.date) if found and found.date
                                        else None})


def amount_edit(text: str) -> FieldEdit:
    """An amount as written, with its value and unit as the extraction reads them."""
    from tracker.extract.quantities import find_amounts
    from tracker.storage.corrections import FieldEdit

    text = " ".join(text.split())
    if not text:
        return FieldEdit("amount", None, {"amount_value": None, "unit": None})
    found = find_amounts(text)
    return FieldEdit("amount", text, {"amount_value": found[0].value if found else None,
                                      "unit": found[0].unit if found else None})


def _said_on(session: Session, commitment_id: int) -> date | None:
    from sqlalchemy import select

    from tracker.storage.models import DocumentRow, MentionRow

    row = session.execute(select(MentionRow.said_on, DocumentRow.published)
                          .join(DocumentRow, DocumentRow.id == MentionRow.document_id)
                          .where(MentionRow.commitment_id == commitment_id).order_by(MentionRow.id)).first()
    return (row[0] or row[1]) if row else None


def _shown(value: str | None) -> str:
    return "(none)" if value is None else repr(value)


def edit_commitment(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import corrections

    commitment_id = values["commitment_id"]
    given = [f for f in corrections.EDITABLE if values[f] is not None]
    if not given:
        raise TrackerError(f"nothing to edit: give one of {', '.join('--' + f for f in corrections.EDITABLE)}")
    with _transaction(runtime, values["db_url"]) as session:
        edits: list[FieldEdit] = []
        for name in given:
            if name == "deadline":
                edits.append(deadline_edit(values[name], _said_on(session, commitment_id)))
            elif name == "amount":
                edits.append(amount_edit(values[name]))
            else:
                text = " ".join(values[name].split())
                if not text and name in ("action", "actor", "kind"):
                    raise TrackerError(f"--{name}: the value is empty")
                edits.append(corrections.FieldEdit(name, text or None))
        changes, version = corrections.edit(
            session, commitment_id, edits, by=values["by"] or os_user(), note=values["note"],
            expected_version=values["if_version"], lookup=runtime.lookup_actor if values["actor"] else None)
    for name, old, new in changes:
        typer.echo(f"Commitment {commitment_id}: {name} {_shown(old)} -> {_shown(new)}.")
    typer.echo(f"Commitment {commitment_id}: version {version}.")


def add_commitment(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage import corrections

    said = parse_date(values["date"], "--date") if values["date"] else None
    if values["source"] is None and values["document"] is None:
        raise TrackerError("give the source: --source URL (a new document) or --document ID (a stored one)")
    if values["source"] is not None and values["document"] is not None:
        raise TrackerError("give --source URL or --document ID, not both")
    if values["document"] is not None and (values["publisher"] or values["title"]):
        raise TrackerError("--publisher and --title describe a new document (--source), not a stored one")
    source = corrections.Source(document=values["document"], url=values["source"], publisher=values["publisher"],
                                title=values["title"], published=said)
    with _transaction(runtime, values["db_url"], existing=False) as session:
        commitment_id, document_id, new = corrections.add(
            session, actor=values["actor"], action=values["action"], sentence=values["sentence"], source=source,
            kind=values["kind"], target=" ".join((values["target"] or "").split()) or None,
            deadline=deadline_edit(values["deadline"], said) if values["deadline"] else None,
            amount=amount_edit(values["amount"]) if values["amount"] else None, said_on=said,
            by=values["by"] or os_user(), note=values["note"], lookup=runtime.lookup_actor)
    where = f"new document {document_id}" if new else f"document {document_id}"
    typer.echo(f"Added commitment {commitment_id} (confirmed), stated in {where}.")


# --- update: several commitments, or evidence alone ---------------------------------------------------


def update(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.status import check_status
    from tracker.storage import corrections, store

    ids = _distinct(values["commitment_ids"], "commitment")
    status, evidence = values["status"], values["evidence"]
    if status is not None:
        check_status(status)
    if evidence is not None:
        store.check_evidence_url(evidence)
    if status is None and evidence is None:
        raise TrackerError("nothing to do: give --status, or --evidence URL to attach evidence")
    if values["if_version"] is not None and len(ids) > 1:
        raise TrackerError("--if-version applies to one commitment; give one id")
    by = values["by"] or os_user()
    messages = []
    try:
        with _transaction(runtime, values["db_url"], existing=True) as session:  # all of them, or none (nothing to rate in a database that is not there)
            for commitment_id in ids:
                if status is None:
                    version = corrections.attach_evidence(session, commitment_id, evidence, by=by, note=values["note"],
                                                          expected_version=values["if_version"])
                    messages.append(f"Commitment {commitment_id}: evidence attached (version {version}).")
                else:
                    before, after, version = corrections.rate(
                        session, commitment_id, status, by=by, note=values["note"], evidence_url=evidence,
                        expected_version=values["if_version"])
                    messages.append(f"Commitment {commitment_id}: {before} -> {after} (version {version}).")
    except TrackerError as e:
        if len(ids) > 1:
            raise TrackerError(f"{e} (nothing was changed)") from None
        raise
    typer.echo("\n".join(messages))
