"""The read path of `tracker list` and `tracker show`: plain SQL on the DB-API connection.

Why not SQLAlchemy here: importing it takes about 0.3 s on a small machine, more than
the whole budget of `tracker show` (0.1 s) and most of `tracker list` (0.3 s) on a
database of a million commitments. So this module imports nothing heavy: for a SQLite
database already at the schema head it opens the file with :mod:`sqlite3` and checks
the revision with one query. Anything else (a new or older database that needs a
migration, a newer one that must be refused, PostgreSQL) goes through
:func:`tracker.db.open_database` first and then runs the same SQL on the engine's raw
connection. The writes (ingest, update) stay on SQLAlchemy in :mod:`tracker.store`.

The SQL here mirrors the models in :mod:`tracker.models`; tests run every `list`
filter and `show` on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError

ENV_VAR = "TRACKER_DATABASE_URL"
DEFAULT_DB = "tracker.db"
# The newest migration; a test checks it against the Alembic scripts, so that the
# fast path never trusts a database whose schema is older or newer than this code.
SCHEMA_HEAD = "0002"


def name_key(name: str) -> str:
    """How names are compared: case-insensitive, spacing ignored, a leading "the" ignored."""
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


def sqlite_file(value: str) -> Path | None:
    """The file of a SQLite target given as a path or a plain sqlite:/// URL, else None."""
    if "://" not in value:
        return Path(value).expanduser().resolve()
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if value.startswith(prefix) and "?" not in value and value != prefix:
            return Path(value[len(prefix):]).expanduser().resolve()
    return None


class Reader:
    """A DB-API connection and the placeholder its driver uses."""

    def __init__(self, connection: Any, placeholder: str, close: Callable[[], None]):
        self.connection = connection
        self.placeholder = placeholder
        self._close = close

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self.connection.cursor()
        try:
            if self.placeholder == "?":  # sqlite3: dates as the ISO text SQLAlchemy stores
                params = [p.isoformat() if isinstance(p, date) else p for p in params]
            cursor.execute(sql.replace("?", self.placeholder), tuple(params))
            return list(cursor.fetchall())
        finally:
            cursor.close()


def _fast_sqlite(path: Path) -> Reader | None:
    """A connection to an existing SQLite database at the schema head, else None."""
    if not path.is_file():
        return None
    connection = sqlite3.connect(path, timeout=10)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        revision = []
    if revision != [(SCHEMA_HEAD,)]:
        connection.close()
        return None
    return Reader(connection, "?", connection.close)


def open_reader(value: str | None) -> Reader:
    value = value or os.environ.get(ENV_VAR) or DEFAULT_DB
    path = sqlite_file(value)
    if path is not None:
        try:
            fast = _fast_sqlite(path)
        except sqlite3.Error:
            fast = None  # let the full path report it, with its usual messages
        if fast is not None:
            return fast
    from tracker import db  # the slow path: migrations, other databases

    engine = db.open_database(value)
    raw = engine.raw_connection()
    placeholder = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    return Reader(raw.driver_connection, placeholder, raw.close)


# --- values as the ORM would give them ---------------------------------------------------------


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> datetime | None:
    """SQLite keeps naive UTC text (see models.UTCDateTime); PostgreSQL gives aware values."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


# --- list ----------------------------------------------------------------------------------------


@dataclass
class CommitmentQuery:
    actor: str | None = None
    statuses: Sequence[str] = ()
    kinds: Sequence[str] = ()
    since: date | None = None
    until: date | None = None
    source: str | None = None
    search: str | None = None
    min_confidence: float | None = None
    limit: int | None = None
    actor_ids: set[int] = field(default_factory=set)  # filled in by list_commitments


LookupFn = Callable[[str], Any]


def find_actor_ids(reader: Reader, name: str, lookup: LookupFn | None = None) -> set[int]:
    """Actors called ``name`` (by name or alias, case-insensitive) and all actors under
    them (a country's ministers). ``lookup`` is asked when the database knows no such name."""
    key = name_key(name)
    found = reader.rows("SELECT id FROM actors WHERE key = ? UNION SELECT actor_id FROM actor_aliases WHERE key = ?",
                        (key, key))
    if not found and lookup is not None and (info := lookup(name)) is not None:
        found = reader.rows("SELECT id FROM actors WHERE key = ?", (name_key(info.name),))
    if not found:
        return set()
    ids = [r[0] for r in found]
    tree = reader.rows(
        f"WITH RECURSIVE tree(id) AS (SELECT id FROM actors WHERE id IN ({_marks(ids)}) "
        "UNION SELECT a.id FROM actors a JOIN tree t ON a.parent_id = t.id) SELECT id FROM tree",
        ids,
    )
    return {r[0] for r in tree}


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _like(text: str) -> str:
    """A LIKE pattern for "contains text", with the wildcards in ``text`` escaped."""
    escaped = text.lower().replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


COMMITMENT_COLUMNS = (
    "c.id, c.kind, c.action, c.target, c.amount, c.amount_value, c.unit, c.deadline, c.deadline_date, "
    "c.negated, c.status, c.created_at, c.updated_at, c.version"
)


def _list_sql(query: CommitmentQuery) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if query.actor is not None:
        # Bound actors, plus what a person with that name said (`--actor Lecornu` finds what
        # he announced for France). A UNION of two index lookups, so that a rare actor does
        # not scan every commitment.
        speaker = " ".join(query.actor.lower().split())
        ids = sorted(query.actor_ids)
        by_actor = f"SELECT commitment_id FROM commitment_actors WHERE actor_id IN ({_marks(ids)}) UNION " if ids else ""
        if ids:
            where.append(f"c.id IN ({by_actor}SELECT commitment_id FROM mentions WHERE lower(speaker) = ?)")
            params += [*ids, speaker]
        else:
            # no actor of that name: a speaker named so, by full name or surname ("lecornu")
            where.append("c.id IN (SELECT commitment_id FROM mentions WHERE lower(speaker) = ? OR lower(speaker) LIKE ?)")
            params += [speaker, "% " + speaker.replace("%", "").replace("_", "")]
    if query.statuses:
        where.append(f"c.status IN ({_marks(query.statuses)})")
        params += list(query.statuses)
    if query.kinds:
        where.append(f"c.kind IN ({_marks(query.kinds)})")
        params += list(query.kinds)
    if query.since or query.until:
        said = "coalesce(m.said_on, d.published)"
        conditions = ([f"{said} >= ?"] if query.since else []) + ([f"{said} <= ?"] if query.until else [])
        where.append(
            "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id "
            f"WHERE m.commitment_id = c.id AND {' AND '.join(conditions)})"
        )
        params += [d for d in (query.since, query.until) if d]
    if query.source:
        fields = ("d.publisher", "d.url", "d.path", "d.external_id")
        where.append(
            "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.commitment_id = c.id "
            f"AND ({' OR '.join(f'lower({f}) LIKE ? ESCAPE {chr(39)}/{chr(39)}' for f in fields)}))"
        )
        params += [_like(query.source)] * len(fields)
    if query.search:
        like = "LIKE ? ESCAPE '/'"
        where.append(
            f"(lower(c.action) {like} OR lower(c.target) {like} OR EXISTS "
            f"(SELECT 1 FROM mentions m WHERE m.commitment_id = c.id AND lower(m.sentence) {like}))"
        )
        params += [_like(query.search)] * 3
    if query.min_confidence is not None:
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.commitment_id = c.id AND m.confidence >= ?)")
        params.append(query.min_confidence)
    sql = f"SELECT {COMMITMENT_COLUMNS} FROM commitments c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.id"
    if query.limit is not None:
        sql += " LIMIT ?"
        params.append(query.limit)
    return sql, params


def _commitment(row: Sequence[Any]) -> dict[str, Any]:
    (id_, kind, action, target, amount, amount_value, unit, deadline, deadline_date,
     negated, status, created_at, updated_at, version) = row
    return {
        "id": id_, "kind": kind, "action": action, "target": target, "amount": amount,
        "amount_value": amount_value, "unit": unit, "deadline": deadline, "deadline_date": _date(deadline_date),
        "negated": bool(negated), "status": status, "created_at": _datetime(created_at),
        "updated_at": _datetime(updated_at), "version": version,
    }


def _chunks(values: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _actors_of(reader: Reader, ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """Per commitment: (name, type, parent name), main actor first."""
    out: dict[int, list[tuple[Any, ...]]] = {i: [] for i in ids}
    for part in _chunks(ids):
        for cid, name, type_, parent in reader.rows(
            "SELECT l.commitment_id, a.name, a.type, p.name FROM commitment_actors l "
            "JOIN actors a ON a.id = l.actor_id LEFT JOIN actors p ON p.id = a.parent_id "
            f"WHERE l.commitment_id IN ({_marks(part)}) ORDER BY l.commitment_id, l.position, l.actor_id",
            part,
        ):
            out[cid].append((name, type_, parent))
    return out


MENTION_COLUMNS = (
    "m.commitment_id, m.sentence, m.start, m.\"end\", m.speaker, m.said_on, m.rule, m.confidence, "
    "d.id, d.external_id, d.publisher, d.title, d.url, d.path, d.author, d.published"
)


def _mentions_of(reader: Reader, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for part in _chunks(ids):
        for (cid, sentence, start, end, speaker, said_on, rule, confidence,
             doc_id, external_id, publisher, title, url, path, author, published) in reader.rows(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
            f"WHERE m.commitment_id IN ({_marks(part)}) ORDER BY m.commitment_id, m.id",
            part,
        ):
            out[cid].append({
                "sentence": sentence, "start": start, "end": end, "speaker": speaker, "said_on": _date(said_on),
                "rule": rule, "confidence": confidence,
                "document": {"id": doc_id, "external_id": external_id, "publisher": publisher, "title": title,
                             "url": url, "path": path, "author": author, "published": _date(published)},
            })
    return out


def list_rows(reader: Reader, query: CommitmentQuery, lookup: LookupFn | None = None) -> list[dict[str, Any]]:
    """The commitments matching ``query``, oldest first, as flat rows: the first mention
    stands for the sources."""
    if query.actor is not None:
        query.actor_ids = find_actor_ids(reader, query.actor, lookup)
    sql, params = _list_sql(query)
    commitments = [_commitment(r) for r in reader.rows(sql, params)]
    ids = [c["id"] for c in commitments]
    actors = _actors_of(reader, ids)
    mentions = _mentions_of(reader, ids)
    return [_flat(c, [a[0] for a in actors[c["id"]]], mentions[c["id"]]) for c in commitments]


def _flat(c: dict[str, Any], names: list[str], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    first = mentions[0] if mentions else None
    document = first["document"] if first else None
    return {
        "id": c["id"], "status": c["status"], "kind": c["kind"], "actor": names[0] if names else None, "actors": names,
        "action": c["action"], "target": c["target"], "amount": c["amount"], "amount_value": c["amount_value"],
        "unit": c["unit"], "deadline": c["deadline"], "deadline_date": c["deadline_date"], "negated": c["negated"],
        "said_on": first["said_on"] if first else None, "speaker": first["speaker"] if first else None,
        "sentence": first["sentence"] if first else None,
        "source": document["publisher"] if document else None,
        "document": document["external_id"] if document else None,
        "url": document["url"] if document else None,
        "confidence": max((m["confidence"] for m in mentions), default=None),
        "mentions": len(mentions), "created_at": c["created_at"], "updated_at": c["updated_at"],
        "version": c["version"],
    }


# --- show ----------------------------------------------------------------------------------------


def commitment_detail(reader: Reader, commitment_id: int) -> dict[str, Any]:
    """One commitment with its actors, every mention and its document, and its history."""
    found = reader.rows(f"SELECT {COMMITMENT_COLUMNS} FROM commitments c WHERE c.id = ?", (commitment_id,))
    if not found:
        raise TrackerError(f"no commitment with id {commitment_id}")
    c = _commitment(found[0])
    actors = _actors_of(reader, [commitment_id])[commitment_id]
    mentions = _mentions_of(reader, [commitment_id])[commitment_id]
    row = _flat(c, [a[0] for a in actors], mentions)
    for key in ("actor", "said_on", "speaker", "sentence", "source", "document", "url", "confidence", "mentions"):
        row.pop(key)
    row["actors"] = [{"name": name, "type": type_, "parent": parent} for name, type_, parent in actors]
    row["mentions"] = mentions
    row["history"] = [
        {"from": f, "to": t, "note": note, "evidence_url": url, "at": _datetime(at), "by": by}
        for f, t, note, url, at, by in reader.rows(
            "SELECT from_status, to_status, note, evidence_url, changed_at, changed_by FROM status_changes "
            "WHERE commitment_id = ? ORDER BY id",
            (commitment_id,),
        )
    ]
    return row
