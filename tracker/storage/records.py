"""Reading an export back: each record checked and its values typed before anything is
written (a bad file is one clear message, naming the file, line and field)."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from tracker.errors import TrackerError
from tracker.status import INITIAL_STATUS, KINDS, REVIEW_STATES, STATUSES
from tracker.storage.exchange import (
    ACTOR_FIELDS,
    COMMITMENT_FIELDS,
    DOCUMENT_FIELDS,
    EDIT_FIELDS,
    FORMAT,
    HISTORY_FIELDS,
    MENTION_FIELDS,
    OPTIONAL_FIELDS,
    READABLE_VERSIONS,
    REVIEW_FIELD,
)


class BadRecord(TrackerError):
    """A record that cannot be imported; the message says where and why."""


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadRecord(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def _datetime(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadRecord(f"{where}: invalid timestamp {value!r} (expected ISO 8601)") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


# What each field holds: its JSON type(s), whether it may be null, and how it is typed back.
_TEXT, _INT, _NUM, _BOOL = (str,), (int,), (int, float), (bool,)
_SPEC: dict[str, tuple[tuple[type, ...], bool]] = {
    # commitment
    "kind": (_TEXT, False), "action": (_TEXT, True), "target": (_TEXT, True), "amount": (_TEXT, True),
    "amount_value": (_NUM, True), "unit": (_TEXT, True), "deadline": (_TEXT, True), "deadline_date": (_TEXT, True),
    "negated": (_BOOL, False), "testable": (_BOOL, True), "testable_reason": (_TEXT, True),
    "status": (_TEXT, False), "created_at": (_TEXT, False), "updated_at": (_TEXT, False), "version": (_INT, False),
    # document
    "external_id": (_TEXT, True), "publisher": (_TEXT, True), "title": (_TEXT, True), "url": (_TEXT, True),
    "path": (_TEXT, True), "author": (_TEXT, True), "published": (_TEXT, True), "content_hash": (_TEXT, False),
    "ingested_at": (_TEXT, False), "text": (_TEXT, False),
    # mention
    "sentence": (_TEXT, False), "start": (_INT, False), "end": (_INT, False), "speaker": (_TEXT, True),
    "said_on": (_TEXT, True), "rule": (_TEXT, False), "confidence": (_NUM, False),
    "stale_since": (_TEXT, True),  # reprocess no longer finds it (a rated commitment kept)
    "actor_description": (_TEXT, True),  # the text's words for an actor it does not name
    # actor
    "name": (_TEXT, False), "type": (_TEXT, True),
    "name_curated": (_BOOL, False), "type_curated": (_BOOL, False), "parent_curated": (_BOOL, False),
    # history
    "from": (_TEXT, False), "to": (_TEXT, False), "note": (_TEXT, True), "evidence_url": (_TEXT, True),
    "at": (_TEXT, False), "by": (_TEXT, False),
    # correction (commitment_edits): note, evidence_url, at and by as in history
    "action_taken": (_TEXT, False), "old": (_TEXT, True), "new": (_TEXT, True),
}
_DATES = {"deadline_date", "published", "said_on"}
_TIMESTAMPS = {"created_at", "updated_at", "ingested_at", "at", "stale_since"}


def _fields(obj: Any, names: Iterable[str], where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise BadRecord(f"{where}: expected an object, found {type(obj).__name__}")
    out: dict[str, Any] = {}
    for name in names:
        if name not in obj and name in OPTIONAL_FIELDS:
            out[name] = None
            continue
        if name not in obj:
            raise BadRecord(f"{where}: missing field {name!r}")
        value = obj[name]
        types, nullable = _SPEC[name]
        if value is None:
            if not nullable:
                raise BadRecord(f"{where}: field {name!r} may not be null")
        elif not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
            raise BadRecord(f"{where}: field {name!r} should be {' or '.join(t.__name__ for t in types)}, "
                            f"found {type(value).__name__}")
        if name in _DATES:
            value = _date(value, f"{where}, {name}")
        elif name in _TIMESTAMPS:
            value = _datetime(value, f"{where}, {name}")
        elif name == "amount_value" or name == "confidence":
            value = None if value is None else float(value)
        out[name] = value
    return out


def _list(obj: dict[str, Any], name: str, where: str) -> list[Any]:
    value = obj.get(name)
    if not isinstance(value, list):
        raise BadRecord(f"{where}: missing list {name!r}" if value is None else f"{where}: {name!r} should be a list")
    return value


@dataclass(slots=True)
class ActorRecord:
    fields: dict[str, Any]
    aliases: list[str]
    parent: ActorRecord | None


def _actor_record(obj: Any, where: str, depth: int = 0) -> ActorRecord:
    fields = _fields(obj, ACTOR_FIELDS, where)
    aliases = _list(obj, "aliases", where)
    if not all(isinstance(a, str) for a in aliases):
        raise BadRecord(f"{where}: aliases should be strings")
    parent = obj.get("parent")
    if parent is not None and depth >= 10:
        raise BadRecord(f"{where}: parent chain too deep")
    above = _actor_record(parent, f"{where}, parent", depth + 1) if parent is not None else None
    return ActorRecord(fields, aliases, above)


@dataclass(slots=True)
class Record:
    """A record checked and typed: what the import writes."""

    commitment: dict[str, Any]
    actors: list[ActorRecord]
    mentions: list[tuple[dict[str, Any], dict[str, Any]]]  # (mention, its document)
    history: list[dict[str, Any]]
    edits: list[dict[str, Any]]  # corrections (format version 2; none in version 1)


def check_header(obj: Any, where: str) -> None:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise BadRecord(f"{where}: not a tracker export (no \"format\": \"{FORMAT}\")")
    version = obj.get("format_version")
    if version not in READABLE_VERSIONS:
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise BadRecord(f"{where}: export format version {version!r}; this tracker reads versions {readable}")


def parse_record(obj: Any, where: str) -> Record:
    """A record as an export wrote it, checked: every field there and of its type, the
    vocabularies known, each document's text matching its hash, and the history a chain
    from the initial status to the commitment's status."""
    commitment = _fields(obj, COMMITMENT_FIELDS, where)
    if commitment["kind"] not in KINDS:
        raise BadRecord(f"{where}: unknown kind {commitment['kind']!r}")
    if commitment["status"] not in STATUSES:
        raise BadRecord(f"{where}: unknown status {commitment['status']!r}")
    actors = [_actor_record(a, f"{where}, actor {i + 1}") for i, a in enumerate(_list(obj, "actors", where))]
    mentions = []
    raw_mentions = _list(obj, "mentions", where)
    if not raw_mentions:
        raise BadRecord(f"{where}: a commitment needs at least one mention")
    for i, m in enumerate(raw_mentions):
        at = f"{where}, mention {i + 1}"
        mention = _fields(m, MENTION_FIELDS, at)
        document = _fields(m.get("document"), DOCUMENT_FIELDS, f"{at}, document")
        if hashlib.sha256(document["text"].encode("utf-8")).hexdigest() != document["content_hash"]:
            raise BadRecord(f"{at}, document: the text does not match its content_hash")
        mentions.append((mention, document))
    history = [_fields(h, HISTORY_FIELDS, f"{where}, history {i + 1}")
               for i, h in enumerate(_list(obj, "history", where))]
    status = INITIAL_STATUS
    for i, h in enumerate(history):
        if h["from"] != status or h["to"] not in STATUSES:
            raise BadRecord(f"{where}, history {i + 1}: {h['from']} -> {h['to']} does not follow {status}")
        status = h["to"]
    if status != commitment["status"]:
        raise BadRecord(f"{where}: status {commitment['status']!r}, but its history ends at {status!r}")
    review = obj.get(REVIEW_FIELD)
    if review is None:  # a version 1 export: as migration 0007 decided for stored commitments
        review = {"open": "unreviewed", "dismissed": "dismissed"}.get(commitment["status"], "confirmed")
    elif review not in REVIEW_STATES:
        raise BadRecord(f"{where}: unknown review state {review!r}")
    commitment[REVIEW_FIELD] = review
    edits = []
    for i, e in enumerate(obj.get("edits") or []):
        # "action" is also a commitment field: checked under another name
        if not isinstance(e, dict):
            raise BadRecord(f"{where}, edit {i + 1}: expected an object, found {type(e).__name__}")
        renamed = {("action_taken" if k == "action" else k): v for k, v in e.items()}
        names = ["action_taken" if k == "action" else k for k in EDIT_FIELDS]
        checked = _fields(renamed, names, f"{where}, edit {i + 1}")
        edits.append({("action" if k == "action_taken" else k): v for k, v in checked.items()})
    return Record(commitment, actors, mentions, history, edits)


# --- reading an export file -------------------------------------------------------------------------


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _is_jsonl(path: Path) -> bool:
    """JSON Lines by its name (.jsonl, .jsonl.gz), JSON by .json; else a first line
    that is a whole object is JSON Lines."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".jsonl"):
        return True
    if name.endswith(".json"):
        return False
    with _open_text(path) as f:
        first = f.readline()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_export(path: Path) -> Iterator[Record]:
    """The records of an export file (JSON or JSON Lines, gzipped or not), each checked
    as it is read; the first problem raises :class:`BadRecord` naming the file and line."""
    if not path.is_file():
        raise TrackerError(f"no such file: {path}")
    if path.name.lower().removesuffix(".gz").endswith(".csv"):
        raise BadRecord(f"{path}: a CSV export is flat and cannot be imported; export with --format json or jsonl")
    try:
        if _is_jsonl(path):
            yield from _read_jsonl(path)
        else:
            yield from _read_json(path)
    except UnicodeDecodeError:
        raise BadRecord(f"{path}: not UTF-8 text") from None
    except (OSError, EOFError) as e:  # gzip: a damaged or truncated file
        raise BadRecord(f"{path}: cannot read: {e}") from None


def _read_jsonl(path: Path) -> Iterator[Record]:
    with _open_text(path) as f:  # an empty file: an export of nothing, imports nothing
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise BadRecord(f"{where}: invalid JSON: {e}") from None
            check_header(obj, where)
            yield parse_record(obj, where)


def _read_json(path: Path) -> Iterator[Record]:
    with _open_text(path) as f:
        try:
            obj = json.load(f)
        except json.JSONDecodeError as e:
            raise BadRecord(f"{path}, line {e.lineno}: invalid JSON: {e.msg} (column {e.colno})") from None
    check_header(obj, str(path))
    commitments = obj.get("commitments")
    if not isinstance(commitments, list):
        raise BadRecord(f"{path}: missing list 'commitments'")
    for number, record in enumerate(commitments, start=1):
        yield parse_record(record, f"{path}, commitment {number}")
