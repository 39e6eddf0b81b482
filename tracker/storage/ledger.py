"""The status history as a hash chain, and `tracker db verify`.

Triggers make ``status_changes`` append-only, but whoever holds the database file (or a
superuser) can drop them, edit a row, delete one or empty the table. So each change
stores a hash over its content and the previous change's hash: one chain over the
whole table in id order, from :data:`GENESIS`. Editing a row breaks its hash, deleting
one breaks the link of the next, and the head of the chain (how many changes, the last
id and hash) is kept in ``status_chain``, so that deleting the last changes or emptying
the table shows too. Who can rewrite the whole chain and its head consistently is not
stopped by this: publish or keep the head elsewhere (``tracker db verify`` prints it) to
catch that.

Canonical serialisation of a change (what :func:`digest` hashes): the UTF-8 bytes of
the JSON object ``{"prev": PREVIOUS_HASH, FIELD: VALUE, ...}`` for the fields of
:data:`HASH_FIELDS` whose value is not NULL, keys sorted, no spaces
(``separators=(",", ":")``), non-ASCII characters as themselves; integers as JSON
numbers, text as JSON strings, timestamps in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``.
The hash is the SHA-256 of those bytes, in lowercase hex. NULL fields are left out so
that a column added later (NULL in the rows before it) keeps the old hashes valid: add
it to :data:`HASH_FIELDS`, the one list of what a change's hash covers.

Every writer of ``status_changes`` goes through :func:`append` (``store.change_status``,
the importer); it updates the head first, which takes the write lock (SQLite) or the
head row's lock (PostgreSQL), so concurrent writers chain one after the other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from tracker.errors import TrackerError
from tracker.status import INITIAL_STATUS
from tracker.storage.models import StatusChain
from tracker.storage.tables import commitments, history

# What a change's hash covers, in the order of the columns (the serialisation sorts them).
HASH_FIELDS: tuple[str, ...] = (
    "commitment_id", "from_status", "to_status", "note", "evidence_url", "changed_at", "changed_by",
)
GENESIS = "0" * 64  # the previous hash of the first change
HEAD_ID = 1  # status_chain holds one row

chain: Any = StatusChain.__table__

# Triggers that keep the history append-only (migrations 0001 and 0008): verify says when one is gone.
TRIGGERS = {
    "sqlite": ("status_changes_no_update", "status_changes_no_delete", "status_changes_no_replace"),
    "postgresql": ("status_changes_append_only", "status_changes_no_truncate"),
}


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # SQLite keeps UTC without a zone
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def serialise(prev_hash: str, change: Mapping[str, Any]) -> bytes:
    """The canonical bytes of a change (see the module's documentation)."""
    content = {name: _canonical(change[name]) for name in HASH_FIELDS if change.get(name) is not None}
    content["prev"] = prev_hash
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def digest(prev_hash: str, change: Mapping[str, Any]) -> str:
    return hashlib.sha256(serialise(prev_hash, change)).hexdigest()


def append(connection: Connection, change: Mapping[str, Any]) -> int:
    """Insert one status change at the end of the chain, in the caller's transaction; its id."""
    # The head first: this UPDATE takes the lock, so no other writer chains meanwhile.
    locked = connection.execute(update(chain).where(chain.c.id == HEAD_ID).values(changes=chain.c.changes + 1))
    if locked.rowcount != 1:
        raise TrackerError("the status history has no chain head (status_chain); run tracker db verify")
    prev = connection.execute(select(chain.c.last_hash).where(chain.c.id == HEAD_ID)).scalar() or GENESIS
    values = {name: change.get(name) for name in HASH_FIELDS}
    values["changed_at"] = values["changed_at"] or datetime.now(timezone.utc)
    new_hash = digest(prev, values)
    change_id = connection.execute(
        insert(history).values(**values, prev_hash=prev, hash=new_hash).returning(history.c.id)
    ).scalar_one()
    connection.execute(update(chain).where(chain.c.id == HEAD_ID).values(last_id=change_id, last_hash=new_hash))
    return int(change_id)


# --- verify ---------------------------------------------------------------------------------------


@dataclass
class Verdict:
    changes: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _missing(after: int | None, before: int) -> str:
    first = 1 if after is None else after + 1
    if first > before - 1:
        return ""
    return str(first) if first == before - 1 else f"{first}-{before - 1}"


def _chain_problem(rows: Iterator[Any], verdict: Verdict) -> tuple[int | None, str] | None:
    """Walk the chain; the first broken link, else None. Sets the count and the head."""
    prev_id: int | None = None
    prev_hash = GENESIS
    status_of: dict[int, str] = {}  # each commitment's status after the changes so far
    for row in rows:
        change = row._mapping
        if change["prev_hash"] != prev_hash:
            gap = _missing(prev_id, row.id)
            if prev_id is None:
                return None, f"status change {row.id} is the first, but it follows another: changes before it are missing"
            if gap:
                return prev_id, f"status change {row.id} follows {prev_id}: {gap} missing"
            return prev_id, f"status change {row.id} does not follow {prev_id}: the previous hash differs"
        if change["hash"] is None or digest(change["prev_hash"], change) != change["hash"]:
            return prev_id, f"status change {row.id}: hash does not match its content"
        was = status_of.get(row.commitment_id, INITIAL_STATUS)
        if row.from_status != was:
            return prev_id, (f"status change {row.id}: commitment {row.commitment_id} goes from {row.from_status}, "
                             f"but its history had it {was}")
        status_of[row.commitment_id] = row.to_status
        prev_id, prev_hash = row.id, change["hash"]
        verdict.changes += 1
    verdict.head = prev_hash
    return None


def verify_history(connection: Connection, verdict: Verdict) -> None:
    columns = [history.c.id, history.c.prev_hash, history.c.hash, *(history.c[name] for name in HASH_FIELDS)]
    rows = connection.execute(select(*columns).order_by(history.c.id).execution_options(yield_per=1000))
    broken = _chain_problem(iter(rows), verdict)
    rows.close()
    if broken is not None:
        verdict.problems.append(broken[1])
        return
    head = connection.execute(select(chain).where(chain.c.id == HEAD_ID)).first()
    last_id = connection.execute(select(history.c.id).order_by(history.c.id.desc()).limit(1)).scalar()
    if head is None:
        verdict.problems.append("the chain head (status_chain) is missing")
    elif (head.changes, head.last_id, head.last_hash or GENESIS) != (verdict.changes, last_id, verdict.head):
        here = f"ends at status change {last_id}" if last_id is not None else "is empty"
        verdict.problems.append(
            f"status history {here} ({verdict.changes} changes), but the chain head records {head.changes} "
            f"changes ending at status change {head.last_id}: changes were removed")
    # Each commitment's status is where its history ends (the initial status without one):
    # this still catches an emptied history if the head was reset too.
    last = (select(history.c.to_status).where(history.c.commitment_id == commitments.c.id)
            .order_by(history.c.id.desc()).limit(1).scalar_subquery())
    wrong = connection.execute(
        select(commitments.c.id, commitments.c.status, last)
        .where(commitments.c.status != func.coalesce(last, INITIAL_STATUS)).order_by(commitments.c.id).limit(1)
    ).first()
    if wrong is not None:
        cid, status, ends = wrong
        verdict.problems.append(
            f"commitment {cid} is {status}, but its history ends at {ends}" if ends else
            f"commitment {cid} is {status}, but it has no status history: changes were removed")


def verify_triggers(connection: Connection, verdict: Verdict) -> None:
    dialect = connection.dialect.name
    if dialect == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'status_changes'"
    elif dialect == "postgresql":
        sql = ("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
               "WHERE c.oid = to_regclass('status_changes') AND NOT t.tgisinternal AND t.tgenabled <> 'D'")
    else:
        return
    present = set(connection.execute(text(sql)).scalars())
    for trigger in TRIGGERS.get(dialect, ()):
        if trigger not in present:
            verdict.problems.append(f"trigger {trigger} is missing or disabled: the history is not protected")


def verify_integrity(connection: Connection, verdict: Verdict) -> None:
    """SQLite: the file's own check and the foreign keys. PostgreSQL keeps its pages and
    foreign keys itself; its check is that every constraint is validated."""
    if connection.dialect.name == "sqlite":
        result = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
        if result != ["ok"]:
            verdict.problems.append(f"integrity check: {'; '.join(result[:3])}")
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
        if broken is not None:
            verdict.problems.append(f"foreign key check: a row of {broken[0]} (rowid {broken[1]}) points to "
                                    f"no row of {broken[2]}")
    elif connection.dialect.name == "postgresql":
        unchecked = connection.execute(text(
            "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated")).scalars().first()
        if unchecked is not None:
            verdict.problems.append(f"constraint {unchecked} is not validated")
        disabled = connection.execute(text(
            "SELECT conname FROM pg_trigger t JOIN pg_constraint c ON c.oid = t.tgconstraint "
            "WHERE t.tgisinternal AND t.tgenabled = 'D'")).scalars().first()
        if disabled is not None:
            verdict.problems.append(f"foreign key {disabled} is disabled")


def verify(connection: Connection) -> Verdict:
    """Check the chain, its head, each commitment's status, the triggers and the database's integrity."""
    verdict = Verdict()
    verify_history(connection, verdict)
    verify_triggers(connection, verdict)
    verify_integrity(connection, verdict)
    return verdict
