"""The read path of every listing (`list`, `show`, `actors`): plain SQL on the DB-API
connection, each listed field declared once.

Why not SQLAlchemy here: importing it takes about 0.3 s on a small machine, more than
the whole budget of `tracker show` (0.1 s) and most of `tracker list` (0.3 s) on a
database of a million commitments. So this module imports nothing heavy: for a SQLite
database already at the schema head it opens the file with :mod:`sqlite3` and checks
the revision with one query. Anything else (an older database that needs a migration,
a newer one that must be refused, PostgreSQL) goes through
:func:`tracker.storage.db.open_database` first and then runs the same SQL on the
engine's raw connection. Reading never creates a database. The writes (ingest,
update) are in :mod:`tracker.storage.store`.

The SQL here mirrors the models in :mod:`tracker.storage.models`; tests run every
`list` filter and `show` on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.status import OPEN_STATUSES, described
from tracker.storage.location import lock_timeout, read_only_file, read_only_uri, require_existing, sqlite_file
from tracker.storage.migrations import head_revision
from tracker.storage.names import name_key


class Reader:
    """A DB-API connection, the placeholder its driver uses and its SQL dialect
    (``sqlite`` or ``postgresql``: full-text search is written differently in each)."""

    def __init__(self, connection: Any, placeholder: str, close: Callable[[], None], dialect: str = "sqlite"):
        self.connection = connection
        self.placeholder = placeholder
        self._close = close
        self.dialect = dialect
        register_unicode_lower(connection)

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


# SQLite's own lower() and LIKE fold ASCII only ("É" stays "É"), PostgreSQL's the whole of
# Unicode. Text with other letters is compared on SQLite through this function (Python's
# str.lower, PostgreSQL's folding); ASCII text keeps lower(), which the index on
# lower(speaker) serves.
UNICODE_LOWER = "tracker_lower"


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def register_unicode_lower(connection: Any) -> None:
    """Make :data:`UNICODE_LOWER` known to a sqlite3 connection (other drivers need not)."""
    if isinstance(connection, sqlite3.Connection):
        connection.create_function(UNICODE_LOWER, 1, _unicode_lower, deterministic=True)


def _lower(column: str, text: str, dialect: str) -> str:
    """SQL for ``column`` in lower case, to compare with ``text.lower()``."""
    return f"lower({column})" if dialect != "sqlite" or text.isascii() else f"{UNICODE_LOWER}({column})"


def _fast_sqlite(path: Path) -> Reader | None:
    """A connection to an existing SQLite database at the schema head, else None."""
    if not path.is_file():
        return None
    if read_only_file(path):  # a file we may not write: read-only, no -wal or -shm of ours
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=lock_timeout())
    else:
        connection = sqlite3.connect(path, timeout=lock_timeout())
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        revision = []
    except UnicodeDecodeError as e:  # SQLite's message quoted damaged bytes of the file
        connection.close()
        raise TrackerError(f"database is corrupt: {path}: bytes that are not UTF-8 ({e.reason}); "
                           "restore a backup (tracker db backup makes one)") from None
    if revision != [(head_revision(),)]:
        connection.close()
        return None
    return Reader(connection, "?", connection.close)


def borrowed_reader(connection: Any) -> Reader:
    """A reader on a SQLAlchemy connection a command already holds (its owner closes it)."""
    placeholder = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return Reader(connection.connection.driver_connection, placeholder, lambda: None, connection.dialect.name)


def open_reader(value: str) -> Reader:
    """A reader of the database at ``value`` (chosen by :mod:`tracker.storage.location`),
    which must exist."""
    require_existing(value)
    path = sqlite_file(value)
    if path is not None:
        try:
            fast = _fast_sqlite(path)
        except sqlite3.Error:
            fast = None  # let the full path report it, with its usual messages
        if fast is not None:
            return fast
    from tracker.storage import db  # the slow path: migrations, other databases

    engine = db.open_database(value, read_only=True)
    raw = engine.raw_connection()
    placeholder = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    return Reader(raw.driver_connection, placeholder, raw.close, engine.dialect.name)


# --- values as the ORM would give them ---------------------------------------------------------


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _bool(value: Any) -> bool | None:
    """SQLite keeps 0/1; None stays None (undecided)."""
    return None if value is None else bool(value)


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
    testable: bool | None = None  # True: testable only; False: vague only; None: any
    reviews: Sequence[str] = ()  # review states (tracker.status.REVIEW_STATES); empty: any
    # `tracker due`: a deadline in [due_from, due_until]; `list --overdue`: one before overdue_on.
    # Either keeps only commitments still open (OPEN_STATUSES, not dismissed in review).
    due_from: date | None = None
    due_until: date | None = None
    overdue_on: date | None = None
    by_deadline: bool = False  # soonest deadline first (then by id), instead of oldest first
    limit: int | None = None
    exact: bool = False  # --actor X --exact: X itself, not the actors under it
    actor_ids: set[int] = field(default_factory=set)  # filled in by list_commitments
    root_ids: set[int] = field(default_factory=set)  # of those, X itself (the rest: through whom = `via`)


LookupFn = Callable[[str], Any]


def find_actor_ids(reader: Reader, name: str, lookup: LookupFn | None = None, exact: bool = False) -> set[int]:
    """Actors called ``name`` (by name or alias, case-insensitive) and, unless ``exact``,
    the actors under them: a country's government bodies and ministers, a party's people,
    but not a country's parties and their people (an opposition leader's pledge is not the
    country's). ``lookup`` is asked when the database knows no such name."""
    return set(actor_tree(reader, name, lookup, exact))


def actor_tree(reader: Reader, name: str, lookup: LookupFn | None = None, exact: bool = False) -> dict[int, bool]:
    """The actors ``--actor name`` matches: id -> True for the named actor itself (its
    name or an alias), False for one under it."""
    key = name_key(name)
    found = reader.rows("SELECT id FROM actors WHERE key = ? UNION SELECT actor_id FROM actor_aliases WHERE key = ?",
                        (key, key))
    if not found and lookup is not None and (info := lookup(name)) is not None:
        found = reader.rows("SELECT id FROM actors WHERE key = ?", (name_key(info.name),))
    if not found:
        return {}
    ids = [r[0] for r in found]
    if exact:
        return dict.fromkeys(ids, True)
    tree = reader.rows(
        f"WITH RECURSIVE tree(id) AS (SELECT id FROM actors WHERE id IN ({_marks(ids)}) "
        "UNION SELECT a.id FROM actors a JOIN tree t ON a.parent_id = t.id "
        "WHERE a.type IS NULL OR a.type <> 'party') SELECT id FROM tree",
        ids,
    )
    roots = set(ids)
    return {r[0]: r[0] in roots for r in tree}


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _like(text: str) -> str:
    """A LIKE pattern for "contains text", with the wildcards in ``text`` escaped."""
    escaped = text.lower().replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a listed commitment: a column of ``commitments`` (``stored``), read
    back as the ORM would give it, or a value derived from its actors and mentions."""

    key: str
    value: Callable[[Fetched], Any]
    stored: bool = False
    in_detail: bool = True  # in `show` too; the summaries of the mentions are not (it shows them all)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A commitment as read: its stored columns, its actors (name, type, parent name, id;
    main actor first) and its mentions (with their documents), oldest first; ``via``: the
    actor under the one asked for (`list --actor`) through which it matched."""

    columns: dict[str, Any]
    actors: list[tuple[Any, ...]]
    mentions: list[dict[str, Any]]
    via: str | None = None

    @property
    def first(self) -> dict[str, Any]:
        return self.mentions[0] if self.mentions else {}

    @property
    def document(self) -> dict[str, Any]:
        return self.first.get("document") or {}

    @property
    def description(self) -> str | None:
        """How the text tells of its actor when it names no one: the first mention's that does."""
        return next((m["actor_description"] for m in self.mentions if m["actor_description"]), None)



def _said_dates(c: Fetched) -> list[date]:
    """The days its mentions were said, those the current rules find (all if none is)."""
    live = [m for m in c.mentions if m["stale_since"] is None] or c.mentions
    return [d for m in live if (d := m["said_on"] or m["document"]["published"]) is not None]


def _stored(key: str, convert: Callable[[Any], Any] | None = None) -> Field:
    if convert is None:
        return Field(key, lambda c: c.columns[key], stored=True)
    return Field(key, lambda c: convert(c.columns[key]), stored=True)


def _summary(key: str, value: Callable[[Fetched], Any]) -> Field:
    return Field(key, value, in_detail=False)


# Every field of `tracker list` (json, jsonl, csv) in output order, declared once: the SQL,
# the values, the csv header and `show`'s fields all follow from it. A new column of
# commitments is one `_stored(...)` line here.
FIELDS: tuple[Field, ...] = (
    _stored("id"), _stored("status"), _stored("kind"),
    _summary("actor", lambda c: c.actors[0][0] if c.actors else described(c.description)),
    # names here (`show` gives each actor whole); none bound: the text's description, marked
    Field("actors", lambda c: [a[0] for a in c.actors] or ([described(c.description)] if c.description else [])),
    _stored("action"), _stored("target"), _stored("amount"), _stored("amount_value"), _stored("unit"),
    _stored("deadline"), _stored("deadline_date", _date), _stored("negated", bool),
    _stored("testable", _bool), _stored("testable_reason"),
    _summary("said_on", lambda c: c.first.get("said_on")),
    _summary("speaker", lambda c: c.first.get("speaker")),
    _summary("sentence", lambda c: c.first.get("sentence")),
    _summary("source", lambda c: c.document.get("publisher")),
    _summary("document", lambda c: c.document.get("external_id")),
    _summary("url", lambda c: c.document.get("url")),
    _summary("confidence", lambda c: max((m["confidence"] for m in c.mentions), default=None)),
    _summary("mentions", lambda c: len(c.mentions)),
    # How many documents state it (its mentions the current rules still find), and when
    # it was first and last said (each mention's date, else its document's).
    Field("sources", lambda c: len({m["document"]["id"] for m in c.mentions if m["stale_since"] is None})),
    Field("first_said", lambda c: min(_said_dates(c), default=None)),
    Field("last_said", lambda c: max(_said_dates(c), default=None)),
    # The current rules no longer find it anywhere (`tracker reprocess`); kept because it was rated.
    Field("stale", lambda c: bool(c.mentions) and all(m["stale_since"] is not None for m in c.mentions)),
    _summary("via", lambda c: c.via),
    _stored("created_at", _datetime), _stored("updated_at", _datetime), _stored("version"),
    _stored("review"),  # has a person vouched for it (tracker.status.REVIEW_STATES)
    # the words the text tells its actor by when they name no one ("Donor nations"; no actor),
    # last so that the csv columns before it keep their places
    Field("actor_description", lambda c: c.description),
)
LIST_FIELDS: tuple[str, ...] = tuple(f.key for f in FIELDS)
_STORED = [f.key for f in FIELDS if f.stored]
COMMITMENT_SQL = ", ".join(f"c.{key}" for key in _STORED)


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression for the user's words: every word, in any order, each
    quoted (so that AND, NEAR, *, ^, ", ( and : are words, never query syntax); None
    when the text holds no word at all."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words) or None


def _search_sql(text: str, dialect: str) -> tuple[str, list[Any]]:
    """Commitments whose sentences or action hold the words of ``text`` (full-text, with
    stemming: "tanks" finds "tank"). Words that match nothing find nothing, never everything.
    The full-text tables and indexes are those of migration 0006."""
    if dialect == "postgresql":
        # The same expressions as the GIN indexes, so that the planner uses them; a UNION of
        # two index lookups (an OR over both would scan every commitment).
        return ("c.id IN (SELECT id FROM commitments WHERE to_tsvector('english', coalesce(action, '')) "
                "@@ plainto_tsquery('english', ?) UNION SELECT commitment_id FROM mentions "
                "WHERE to_tsvector('english', sentence) @@ plainto_tsquery('english', ?))", [text, text])
    match = fts_match(text)
    if match is None:
        return "1 = 0", []
    return ("c.id IN (SELECT m.commitment_id FROM mentions m WHERE m.id IN "
            "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?))", [match])


def _list_sql(query: CommitmentQuery, dialect: str = "sqlite") -> tuple[str, list[Any]]:
    # A commitment merged into another is kept for its history, not listed (`show` has it).
    where: list[str] = ["c.merged_into_id IS NULL"]
    params: list[Any] = []
    if query.actor is not None:
        # Bound actors, plus what a person with that name said (`--actor Lecornu` finds what
        # he announced for France). A UNION of two index lookups, so that a rare actor does
        # not scan every commitment.
        speaker = " ".join(query.actor.lower().split())
        ids = sorted(query.actor_ids)
        by_actor = f"SELECT commitment_id FROM commitment_actors WHERE actor_id IN ({_marks(ids)}) UNION " if ids else ""
        said_by = _lower("speaker", speaker, dialect)
        if ids:
            where.append(f"c.id IN ({by_actor}SELECT commitment_id FROM mentions WHERE {said_by} = ?)")
            params += [*ids, speaker]
        else:
            # no actor of that name: a speaker named so, by full name or surname ("lecornu")
            where.append(f"c.id IN (SELECT commitment_id FROM mentions WHERE {said_by} = ? OR {said_by} LIKE ?)")
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
        contains = " OR ".join(f"{_lower(f, query.source, dialect)} LIKE ? ESCAPE '/'" for f in fields)
        where.append(
            "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.commitment_id = c.id "
            f"AND ({contains}))"
        )
        params += [_like(query.source)] * len(fields)
    if query.search is not None:
        condition, values = _search_sql(query.search, dialect)
        where.append(condition)
        params += values
    if query.testable is not None:
        where.append("c.testable = ?")
        params.append(query.testable)
    if query.min_confidence is not None:
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.commitment_id = c.id AND m.confidence >= ?)")
        params.append(query.min_confidence)
    if query.reviews:
        where.append(f"c.review IN ({_marks(query.reviews)})")
        params += list(query.reviews)
    due = [("c.deadline_date >= ?", query.due_from), ("c.deadline_date <= ?", query.due_until),
           ("c.deadline_date < ?", query.overdue_on)]
    if any(day is not None for _, day in due):
        where += [condition for condition, day in due if day is not None]
        params += [day for _, day in due if day is not None]
        where += [f"c.status IN ({_marks(OPEN_STATUSES)})", "c.review <> 'dismissed'"]
        params += list(OPEN_STATUSES)
    sql = f"SELECT {COMMITMENT_SQL} FROM commitments c WHERE " + " AND ".join(where)
    # (by_deadline comes with a due filter, so no NULL deadline, which SQLite and PostgreSQL sort apart)
    sql += " ORDER BY c.deadline_date, c.id" if query.by_deadline else " ORDER BY c.id"
    if query.limit is not None:
        sql += " LIMIT ?"
        params.append(query.limit)
    return sql, params


def _chunks(values: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _actors_of(reader: Reader, ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """Per commitment: (name, type, parent name, id), main actor first."""
    out: dict[int, list[tuple[Any, ...]]] = {i: [] for i in ids}
    for part in _chunks(ids):
        for cid, name, type_, parent, actor_id in reader.rows(
            "SELECT l.commitment_id, a.name, a.type, p.name, a.id FROM commitment_actors l "
            "JOIN actors a ON a.id = l.actor_id LEFT JOIN actors p ON p.id = a.parent_id "
            f"WHERE l.commitment_id IN ({_marks(part)}) ORDER BY l.commitment_id, l.position, l.actor_id",
            part,
        ):
            out[cid].append((name, type_, parent, actor_id))
    return out


MENTION_COLUMNS = (
    "m.commitment_id, m.sentence, m.start, m.\"end\", m.speaker, m.said_on, m.rule, m.confidence, m.stale_since, "
    "m.actor_description, "
    "d.id, d.external_id, d.publisher, d.title, d.url, d.path, d.author, d.published"
)


def _mentions_of(reader: Reader, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for part in _chunks(ids):
        for (cid, sentence, start, end, speaker, said_on, rule, confidence, stale_since, description,
             doc_id, external_id, publisher, title, url, path, author, published) in reader.rows(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
            f"WHERE m.commitment_id IN ({_marks(part)}) ORDER BY m.commitment_id, m.id",
            part,
        ):
            out[cid].append({
                "sentence": sentence, "start": start, "end": end, "speaker": speaker, "said_on": _date(said_on),
                "rule": rule, "confidence": confidence, "stale_since": _datetime(stale_since),
                "actor_description": description,
                "document": {"id": doc_id, "external_id": external_id, "publisher": publisher, "title": title,
                             "url": url, "path": path, "author": author, "published": _date(published)},
            })
    return out


def _fetched(reader: Reader, rows: list[tuple[Any, ...]]) -> list[Fetched]:
    columns = [dict(zip(_STORED, row, strict=True)) for row in rows]
    ids = [c["id"] for c in columns]
    actors = _actors_of(reader, ids)
    mentions = _mentions_of(reader, ids)
    return [Fetched(c, actors[c["id"]], mentions[c["id"]]) for c in columns]


def select_commitments(reader: Reader, query: CommitmentQuery,
                       lookup: LookupFn | None = None) -> tuple[str, list[Any]]:
    """The SQL and parameters of the commitments ``query`` selects, oldest first: the one
    reading of `list`'s filters, which `export`, `report` and `summary` share. ``--actor``
    is resolved here into the actor and those under it (``query.actor_ids``, ``root_ids``)."""
    if query.actor is not None:
        tree = actor_tree(reader, query.actor, lookup, query.exact)
        query.actor_ids, query.root_ids = set(tree), {i for i, root in tree.items() if root}
    return _list_sql(query, reader.dialect)


def list_rows(reader: Reader, query: CommitmentQuery, lookup: LookupFn | None = None) -> list[dict[str, Any]]:
    """The commitments matching ``query``, oldest first, as flat rows (:data:`FIELDS`):
    the first mention stands for the sources."""
    sql, params = select_commitments(reader, query, lookup)
    fetched = _fetched(reader, reader.rows(sql, params))
    if query.actor is not None and not query.exact:
        fetched = [replace(c, via=_via(c, query)) for c in fetched]
    return [{f.key: f.value(c) for f in FIELDS} for c in fetched]


def count_selected(reader: Reader, query: CommitmentQuery) -> int:
    """How many commitments ``query`` selects, its limit ignored (a table says how many it
    left out). Run after :func:`list_rows`, which resolved its ``--actor``."""
    sql, params = _list_sql(replace(query, limit=None), reader.dialect)
    return int(reader.rows(f"SELECT count(*) FROM ({sql}) selected", params)[0][0])


def _via(commitment: Fetched, query: CommitmentQuery) -> str | None:
    """The first of its actors under the one asked for, unless that one is bound itself."""
    ids = [a[3] for a in commitment.actors]
    if any(i in query.root_ids for i in ids):
        return None
    return next((a[0] for a in commitment.actors if a[3] in query.actor_ids), None)


def commitment_ids(reader: Reader, query: CommitmentQuery, lookup: LookupFn | None = None) -> list[int]:
    """The ids of the commitments ``list_rows`` would list, oldest first (exports)."""
    sql, params = select_commitments(reader, query, lookup)
    return [row[0] for row in reader.rows(sql, params)]  # id is the first stored field


# --- show ----------------------------------------------------------------------------------------


def commitment_detail(reader: Reader, commitment_id: int) -> dict[str, Any]:
    """One commitment: the fields of :data:`FIELDS` that are not summaries, with each
    actor whole, then every mention and its document, and its history."""
    found = reader.rows(f"SELECT {COMMITMENT_SQL} FROM commitments c WHERE c.id = ?", (commitment_id,))
    if not found:
        raise TrackerError(f"no commitment with id {commitment_id}")
    (c,) = _fetched(reader, found)
    row = {f.key: f.value(c) for f in FIELDS if f.in_detail}
    # merged into another (`tracker merge`): listings leave it out, `show` points there
    row["merged_into"] = reader.rows("SELECT merged_into_id FROM commitments WHERE id = ?", (commitment_id,))[0][0]
    row["actors"] = [{"name": name, "type": type_, "parent": parent} for name, type_, parent, _ in c.actors]
    row["mentions"] = c.mentions
    row["history"] = [
        {"from": f, "to": t, "note": note, "evidence_url": url, "at": _datetime(at), "by": by}
        for f, t, note, url, at, by in reader.rows(
            "SELECT from_status, to_status, note, evidence_url, changed_at, changed_by FROM status_changes "
            "WHERE commitment_id = ? ORDER BY id",
            (commitment_id,),
        )
    ]
    # corrections, review decisions, merges, evidence without a status change (commitment_edits)
    row["edits"] = [
        {"action": action, "old": old, "new": new, "note": note, "evidence_url": url, "at": _datetime(at), "by": by}
        for action, old, new, note, url, at, by in reader.rows(
            "SELECT action, old_value, new_value, note, evidence_url, changed_at, changed_by FROM commitment_edits "
            "WHERE commitment_id = ? ORDER BY id",
            (commitment_id,),
        )
    ]
    return row


# --- a stored document (explain --doc) --------------------------------------------------------

DOCUMENT_FIELDS: tuple[str, ...] = ("id", "external_id", "publisher", "title", "url", "path", "author", "published",
                                    "text")


def stored_document(reader: Reader, ref: str) -> dict[str, Any]:
    """The document whose id (a number) or external id (a JSONL id, a path) is ``ref``;
    a number that is no document's id is tried as an external id."""
    rows: list[tuple[Any, ...]] = []
    sql = f"SELECT {', '.join(DOCUMENT_FIELDS)} FROM documents WHERE "
    if ref.isdigit() and len(ref) < 19:  # beyond 64 bits it can only be an external id
        rows = reader.rows(sql + "id = ?", (int(ref),))
    if not rows:
        rows = reader.rows(sql + "external_id = ? ORDER BY id", (ref,))
    if not rows:
        raise TrackerError(f"no document with id or external id {ref!r}")
    row = dict(zip(DOCUMENT_FIELDS, rows[0], strict=True))
    row["published"] = _date(row["published"])
    return row


# --- actors --------------------------------------------------------------------------------------

ACTOR_FIELDS: tuple[str, ...] = ("id", "name", "type", "parent", "aliases", "curated", "commitments")


def actor_rows(reader: Reader) -> list[dict[str, Any]]:
    """Every actor by name (its key), with its parent's name, its aliases (alphabetical),
    the fields a person curated and how many commitments bind it."""
    actors = reader.rows(
        "SELECT a.id, a.name, a.type, p.name, a.name_curated, a.type_curated, a.parent_curated, "
        "(SELECT count(*) FROM commitment_actors l WHERE l.actor_id = a.id) "
        "FROM actors a LEFT JOIN actors p ON p.id = a.parent_id ORDER BY a.key"
    )
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in reader.rows("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias"):
        aliases.setdefault(actor_id, []).append(alias)
    return [
        dict(zip(ACTOR_FIELDS, (id_, name, type_, parent, aliases.get(id_, []),
                                [f for f, on in (("name", n), ("type", t), ("parent", p)) if on], int(count)),
                 strict=True))
        for id_, name, type_, parent, n, t, p, count in actors
    ]


# --- many commitments whole (the report) -----------------------------------------------------


def rows_by_id(reader: Reader, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The commitments ``ids`` as `show` gives them (without their history): the fields
    of :data:`FIELDS` that are not summaries, each actor whole, every mention with its
    document. Missing ids are left out."""
    found: list[tuple[Any, ...]] = []
    for part in _chunks(list(ids)):
        found += reader.rows(f"SELECT {COMMITMENT_SQL} FROM commitments c WHERE c.id IN ({_marks(part)})", part)
    out: dict[int, dict[str, Any]] = {}
    for c in _fetched(reader, found):
        row = {f.key: f.value(c) for f in FIELDS if f.in_detail}
        row["actors"] = [{"name": name, "type": type_, "parent": parent} for name, type_, parent, _ in c.actors]
        row["mentions"] = c.mentions
        out[c.columns["id"]] = row
    return out
