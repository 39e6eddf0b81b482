"""Reading inputs into :class:`~tracker.extract.Document` objects, one at a time.

Inputs: plain text and Markdown files, folders (recursive), ``-`` for stdin, and JSON
Lines corpora (``.jsonl``, ``.jsonl.gz``; fields id, text, and optionally source, date,
title, url, author). Reading is a generator: a corpus is never held in memory whole.

Metadata for text files, weakest first:
  1. ``metadata.csv`` or ``metadata.jsonl`` in a folder: one row per file, with a
     ``file`` column (a name or a glob such as ``*`` or ``2023/*.txt``, relative to that
     folder) and any of the fields below. It applies to the files of that folder and
     its subfolders; later rows and deeper folders win.
  2. A sidecar ``NAME.meta.json`` next to ``NAME`` (e.g. ``article.txt.meta.json``).
  3. ``--source/--date/--url/--title/--author`` on the command line (single input only).
Fields: source (the publisher), date (YYYY-MM-DD), title, url, author.

The text is kept exactly as decoded (only a UTF-8 byte-order mark is dropped), because
finding offsets point into it. The exceptions, each reported through ``warn`` with the
file (and line): a lone surrogate or NUL in a JSON Lines string (the escapes "\\ud800",
"\\u0000", which UTF-8 or PostgreSQL cannot hold) becomes U+FFFD, so the row's text is
kept; a document over the maximum size, a folder entry that is not a regular file (a
FIFO would block the walk forever) or whose name is not UTF-8 is skipped.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path
from typing import BinaryIO

import orjson
from isal import igzip, igzip_lib

from tracker.dates import parse_date
from tracker.errors import TrackerError
from tracker.extract.model import Document
from tracker.ingest.limits import DEFAULT_MAX_DOCUMENT_BYTES, format_size

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SIDECAR_SUFFIX = ".meta.json"
FOLDER_METADATA = ("metadata.csv", "metadata.jsonl")
STDIN = "-"
STDIN_ID = "<stdin>"


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about a document besides its text; None means "not given"."""

    source: str | None = None
    date: date | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None

    def over(self, base: Metadata) -> Metadata:
        """These values where given, ``base``'s elsewhere."""
        return Metadata(*(getattr(self, f) if getattr(self, f) is not None else getattr(base, f) for f in FIELDS))

    def is_empty(self) -> bool:
        return all(getattr(self, f) is None for f in FIELDS)


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Metadata))


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"


def _metadata_from(row: dict[str, object], where: str, *, allow_time: bool = False) -> Metadata:
    if not _FIELD_SET.issuperset(row):
        unknown = sorted(set(row) - _FIELD_SET, key=str)
        raise TrackerError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(FIELDS)})")
    return Metadata(*(_field_value(name, row.get(name), where, allow_time) for name in FIELDS))


_FIELD_SET = frozenset(FIELDS)


def _field_value(name: str, value: object, where: str, allow_time: bool) -> object:
    """A metadata field's value as kept (None: not given), or TrackerError if it has none."""
    if value is None or value == "":
        return None
    if name == "date":
        if not isinstance(value, str):
            raise TrackerError(f"{where}: field 'date' must be text (YYYY-MM-DD), not {_json_type(value)}")
        return parse_date(value, where, allow_time=allow_time)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a title "1984" written as a number: its text is unambiguous
    # a list or object has no one text: never store its repr
    raise TrackerError(f"{where}: field {name!r} must be text, not {_json_type(value)}")


@dataclass(frozen=True, slots=True)
class _FolderRules:
    """The rows of one folder metadata file."""

    folder: Path
    rows: tuple[tuple[str, Metadata], ...]

    def for_file(self, path: Path) -> Metadata:
        try:
            relative = path.relative_to(self.folder).as_posix()
        except ValueError:
            return Metadata()
        found = Metadata()
        for pattern, meta in self.rows:
            if fnmatchcase(relative, pattern):
                found = meta.over(found)
        return found


def _read_folder_metadata(folder: Path) -> _FolderRules | None:
    for name in FOLDER_METADATA:
        path = folder / name
        if not path.is_file():
            continue
        data = _read_text_bytes(path)
        rows: list[tuple[str, Metadata]] = []
        records: Iterator[tuple[int, dict[str, object]]]
        if name.endswith(".csv"):
            records = _csv_records(data, path)
        else:
            records = _json_records(data, path)
        for line, record in records:
            where = f"{path}:{line}"
            pattern = record.pop("file", None)
            if not pattern or not isinstance(pattern, str):
                raise TrackerError(f"{where}: missing 'file' (a file name or glob such as *)")
            rows.append((pattern, _metadata_from(record, where)))
        return _FolderRules(folder, tuple(rows))
    return None


def _csv_records(data: str, path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """The rows of a metadata.csv as {column: cell}, each with the line it starts on (a
    quoted cell may span lines). Strict: a row with more cells than the header, or a
    quote never closed, is an error naming the line, never a guess."""
    import csv  # (here: most runs read no metadata.csv)

    reader = csv.reader(io.StringIO(data), strict=True)
    header: list[str] | None = None
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problem = "unterminated quote (a \" opened here is never closed)" if "end of data" in str(e) else str(e)
            raise TrackerError(f"{path}:{start}: malformed CSV: {problem}") from None
        end = reader.line_num
        if not row:  # a blank line
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            continue
        if len(row) > len(header):
            raise TrackerError(f"{path}:{start}: {len(row)} cells, header has {len(header)}")
        yield start, dict(zip(header, row))  # fewer cells: the missing ones are empty


def _json_records(data: str, path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield number, _json_object(line, f"{path}:{number}")


_scan_object = json.JSONDecoder().scan_once  # (the C scanner json.loads ends in)


def _json_object(line: str, where: str) -> dict[str, object]:
    # A row as written ("{...}" and a line end) is scanned at once: json.loads's three
    # Python calls and two whitespace matches around the scanner cost ~8K instructions a row.
    if line[:1] == "{":
        try:
            record, end = _scan_object(line, 0)
        except (StopIteration, json.JSONDecodeError):
            pass  # json.loads says what is wrong, as always
        else:
            if end == len(line) or not line[end:].strip(" \t\n\r"):  # (JSON's whitespace, as json.loads)
                return record  # type: ignore[no-any-return]
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise TrackerError(f"{where}: malformed JSON ({e.msg.removesuffix(' at')} at column {e.colno})") from None
    if not isinstance(record, dict):
        raise TrackerError(f"{where}: expected a JSON object")
    return record


def _row_object(line: bytes, where: str) -> dict[str, object]:
    """A JSON Lines row (bytes, as read) as an object: orjson's where it reads the row as
    json does, else json's, with json's errors. orjson refuses what json alone accepts (a
    lone surrogate escape, NaN, an overflowing float, invalid UTF-8, a byte-order mark)
    and reads an integer beyond 64 bits as a float: those rows take json's path."""
    try:
        record = _orjson_loads(line)
    except _OrjsonError:
        pass
    else:
        # (only the id and the text fields make text of a number: str() of a float that was an integer would differ)
        if type(record) is dict and float not in (type(record.get("id")), type(record.get("title")),
                                                  type(record.get("source")), type(record.get("url")),
                                                  type(record.get("author"))):
            return record
    try:
        decoded = line.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        raise TrackerError(f"{where}: not UTF-8 text (invalid byte at offset {e.start})") from None
    return _json_object(decoded, where)


_orjson_loads = orjson.loads
_OrjsonError = orjson.JSONDecodeError


def _read_sidecar(path: Path) -> Metadata:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return Metadata()
    try:
        record = json.loads(_read_text_bytes(sidecar))
    except json.JSONDecodeError as e:
        raise TrackerError(f"{sidecar}: malformed JSON ({e.msg.removesuffix(' at')} at line {e.lineno} column {e.colno})") from None
    if not isinstance(record, dict):
        raise TrackerError(f"{sidecar}: expected a JSON object")
    return _metadata_from(record, str(sidecar))


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise TrackerError(f"{where}: empty file")
    if b"\x00" in data:
        raise TrackerError(f"{where}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise TrackerError(f"{where}: not UTF-8 text (invalid byte at offset {e.start})") from None
    return text.removeprefix("\ufeff")


def _read_text_bytes(path: Path) -> str:
    try:
        return _decode(path.read_bytes(), str(path))
    except OSError as e:
        raise TrackerError(f"{path}: cannot read ({e.strerror})") from None


# Characters no database column can hold, which only a JSON escape can put in a row (UTF-8
# cannot encode a lone surrogate, and a text file with NUL is refused as binary): a lone
# surrogate ("\\ud800"; json.loads joins a proper pair into one character) and NUL
# ("\\u0000", which PostgreSQL's text refuses).
_UNSTORABLE_ESCAPE = re.compile(rb"\\u(?:[dD][89a-fA-F]|0000)")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_unstorable(record: dict[str, object], where: str, warn: Callable[[str], None]) -> None:
    """Replace the unstorable characters of the record's strings with U+FFFD, one for
    one (offsets hold), saying so."""
    for key, value in record.items():
        if isinstance(value, str) and (found := _UNSTORABLE.search(value)):
            record[key] = _UNSTORABLE.sub("\ufffd", value)
            what = "a NUL character" if found.group() == "\x00" else "an unpaired surrogate"
            warn(f"{where}: {key} has {what} (U+{ord(found.group()):04X}); replaced with U+FFFD")


def _markdown_title(text: str) -> str | None:
    """The first line, when it is a level-1 heading ("# Title")."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.startswith("# "):
        return None
    return first[2:].strip() or None


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _folder_role(name: str) -> str:
    """What a folder walk does with a file: "read" text, Markdown and JSONL; pass over
    the folder's "own" files (README, metadata, sidecars, hidden files) silently; count
    anything "other" as ignored, so that the summary can say so."""
    lower = name.lower()
    if lower.startswith((".", "readme")) or lower in FOLDER_METADATA or lower.endswith(SIDECAR_SUFFIX):
        return "own"
    if lower.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
        return "read"
    return "other"


@dataclass(frozen=True, slots=True)
class _Input:
    path: Path | None  # None: stdin
    shown: str  # the path as the user would write it (doc_id for text files)
    folder_rules: tuple[_FolderRules, ...] = ()

    @property
    def is_jsonl(self) -> bool:
        return self.path is not None and _is_jsonl(self.path)


class DocumentReader:
    """Plan the inputs now (missing paths fail before anything is written), read later.

    Iterating yields Documents one at a time; ``bytes_total`` and ``bytes_read`` drive
    a progress bar; ``empty_rows`` counts JSONL rows with no text (skipped);
    ``ignored_files`` counts files in folders that are not text, Markdown or JSONL;
    ``skipped`` counts documents and folder entries passed over with a warning (over
    ``max_bytes``, not a regular file). ``warn`` receives each warning as one line
    (default: kept in ``warnings``).
    """

    def __init__(self, paths: Sequence[str], overrides: Metadata | None = None, stdin: BinaryIO | None = None,
                 *, max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES, warn: Callable[[str], None] | None = None):
        self.overrides = overrides or Metadata()
        self.stdin = stdin
        self.max_bytes = max_bytes
        self.warnings: list[str] = []
        self.warn: Callable[[str], None] = warn or self.warnings.append
        self.skipped = 0
        self.ignored_files = 0
        self.empty_rows = 0
        self.bytes_read = 0
        self._folder_cache: dict[Path, _FolderRules | None] = {}
        self.inputs: list[_Input] = []
        if not paths:
            raise TrackerError("no input given (files, folders, or - for stdin)")
        for raw in paths:
            self.inputs.extend(self._plan(raw))
        if not self.overrides.is_empty() and not (len(self.inputs) == 1 and not self.inputs[0].is_jsonl):
            raise TrackerError(
                "--source/--date/--url/--title/--author describe a single text file or stdin; "
                "for a folder, put a metadata.csv in it (see README)"
            )
        self.bytes_total: int | None = (
            None if any(i.path is None for i in self.inputs) else sum(_size(i.path) for i in self.inputs if i.path)
        )

    def _rules_for(self, folder: Path) -> _FolderRules | None:
        if folder not in self._folder_cache:
            self._folder_cache[folder] = _read_folder_metadata(folder)
        return self._folder_cache[folder]

    def _plan(self, raw: str) -> Iterator[_Input]:
        if raw == STDIN:
            yield _Input(None, STDIN_ID)
            return
        path = Path(raw)
        if path.is_dir():
            yield from self._walk(path, raw)
        elif path.is_file():
            rules = self._rules_for(path.parent)
            yield _Input(path, raw, (rules,) if rules else ())
        elif path.exists():
            raise TrackerError(f"{raw}: not a regular file or folder")
        else:
            raise TrackerError(f"{raw}: no such file or folder")

    def _walk(self, root: Path, shown_root: str) -> Iterator[_Input]:
        inherited: dict[Path, tuple[_FolderRules, ...]] = {}
        for folder, dirs, files in os.walk(root):
            here = Path(folder)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            parent_rules = inherited.get(here.parent, ()) if here != root else ()
            rules = self._rules_for(here)
            chain = parent_rules + ((rules,) if rules else ())
            inherited[here] = chain
            for name in sorted(files):
                role = _folder_role(name)
                if role != "own" and not self._regular(here / name):
                    continue
                if role == "other":
                    self.ignored_files += 1
                if role == "read":
                    shown = os.path.join(shown_root, os.path.relpath(here / name, root))
                    if _SURROGATE.search(shown):  # bytes not UTF-8 in the name: no database can store it
                        printable = os.fsencode(shown).decode("utf-8", "backslashreplace")
                        self._skip(f"skipped {printable}: its name is not UTF-8 (rename it)")
                        continue
                    yield _Input(here / name, shown, chain)

    def _regular(self, path: Path) -> bool:
        """Whether a folder entry is a regular file (or a link to one); else skip it, saying so."""
        try:
            mode = path.stat().st_mode
        except OSError as e:
            self._skip(f"skipped {path}: cannot read ({e.strerror})")
            return False
        if stat.S_ISREG(mode):
            return True
        kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
        self._skip(f"skipped {path}: not a regular file ({kind})")
        return False

    def _skip(self, message: str) -> None:
        self.skipped += 1
        self.warn(message)

    def _too_big(self, size: int, where: str) -> bool:
        if size <= self.max_bytes:
            return False
        limit = format_size(self.max_bytes)
        shown = format_size(size) if format_size(size) != limit else f"{size:,} bytes"  # not "5 MB, over 5 MB"
        self._skip(f"skipped {where}: {shown}, over the maximum document size of {limit} (--max-document-size)")
        return True

    def __iter__(self) -> Iterator[Document]:
        for item in self.inputs:
            if item.path is None:
                document = self._read_stdin()
            elif item.is_jsonl:
                yield from self._read_jsonl(item)
                continue
            else:
                document = self._read_text(item)
            if document is not None:
                yield document

    def _metadata(self, item: _Input) -> Metadata:
        meta = Metadata()
        for rules in item.folder_rules:
            meta = rules.for_file(item.path).over(meta) if item.path else meta
        if item.path is not None:
            meta = _read_sidecar(item.path).over(meta)
        return self.overrides.over(meta)

    def _document(self, doc_id: str, text: str, meta: Metadata, path: str | None) -> Document:
        return Document(doc_id=doc_id, text=text, title=meta.title, source=meta.source, date=meta.date,
                        url=meta.url, author=meta.author, path=path)

    def _read_text(self, item: _Input) -> Document | None:
        assert item.path is not None
        size = _size(item.path)
        if self._too_big(size, item.shown):  # before reading it: a huge file is never loaded
            self.bytes_read += size
            return None
        text = _read_text_bytes(item.path)
        self.bytes_read += size
        meta = self._metadata(item)
        if meta.title is None and item.path.name.lower().endswith(MARKDOWN_SUFFIXES):
            meta = replace(meta, title=_markdown_title(text))
        return self._document(item.shown, text, meta, item.shown)

    def _read_stdin(self) -> Document | None:
        stream = self.stdin
        if stream is None:
            stream = sys.stdin.buffer
        data = stream.read(self.max_bytes + 1)
        self.bytes_read += len(data)
        if len(data) > self.max_bytes:
            size = len(data)
            while chunk := stream.read(1 << 20):  # counted, not kept
                size += len(chunk)
            self.bytes_read += size - len(data)
            self._too_big(size, "stdin")
            return None
        return self._document(STDIN_ID, _decode(data, "stdin"), self.overrides, None)

    def _read_jsonl(self, item: _Input) -> Iterator[Document]:
        assert item.path is not None
        where = item.shown
        raw = open(item.path, "rb")  # noqa: SIM115 - closed below; tell() drives progress
        try:
            # (buffered: IGzipFile's own line reading is slow)
            stream: BinaryIO = (io.BufferedReader(igzip.IGzipFile(fileobj=raw), 1 << 16)  # type: ignore[arg-type]
                                if item.path.name.lower().endswith(".gz") else raw)
            start = self.bytes_read
            rows = 0
            try:
                for lineno, line in enumerate(stream, start=1):
                    self.bytes_read = start + raw.tell()
                    if line.isspace() or not line:  # (a blank line: tested without a stripped copy)
                        continue
                    rows += 1
                    document = self._jsonl_row(line, f"{where}:{lineno}", where)
                    if document is not None:
                        yield document
            except (gzip.BadGzipFile, EOFError, igzip_lib.IsalError) as e:
                problem = _gzip_problem(item.path) or str(e) or "truncated"
                raise TrackerError(f"{where}: not a valid gzip file ({problem})") from None
            if rows == 0:
                raise TrackerError(f"{where}: empty file")
            self.bytes_read = start + _size(item.path)
        finally:
            raw.close()

    def _jsonl_row(self, line: bytes, where: str, path: str) -> Document | None:
        record = _row_object(line, where)
        # (most lines hold no backslash at all: memchr finds that faster than any search for "\\u")
        if b"\\" in line and _UNSTORABLE_ESCAPE.search(line):
            _without_unstorable(record, where, self.warn)
        text = record.pop("text", None)
        if not isinstance(text, str):
            raise TrackerError(f"{where}: missing \"text\" (a string)")
        if not text or text.isspace():  # (empty once stripped; tested without the copy)
            self.empty_rows += 1
            return None
        doc_id = record.pop("id", None)
        # a row's text is never longer in UTF-8 than its JSON line: measure only long lines
        if len(line) > self.max_bytes and self._too_big(len(text.encode("utf-8")),
                                                        where if doc_id is None else f"{where} ({doc_id})"):
            return None
        # the metadata fields (other fields are ignored), as _metadata_from reads them
        return Document(where if doc_id is None else str(doc_id), text, path=path,
                        **{name: _field_value(name, record.get(name), where, True) for name in FIELDS})


def jsonl_document(line: bytes, where: str, path: str) -> Document | None:
    """One JSON Lines row as a Document (None when its text is empty); also what
    `tracker scale extract` reads on its workers, so both read a row alike."""
    record = _row_object(line, where)
    if b"\\" in line and _UNSTORABLE_ESCAPE.search(line):  # as the reader does: replaced, one for one (a worker has no one to tell)
        _without_unstorable(record, where, lambda message: None)
    return record_document(record, where, path)


def record_document(record: dict[str, object], where: str, path: str) -> Document | None:
    """A corpus row (id, text, and optionally source, date, title, url, author; other
    fields ignored) as a Document, or None when its text is empty. ``where`` (file:row)
    names it in errors and is its id when it has none."""
    text = record.get("text")
    if not isinstance(text, str):
        raise TrackerError(f"{where}: missing \"text\" (a string)")
    if not text.strip():
        return None
    doc_id = record.get("id")
    known = {k: v for k, v in record.items() if k in FIELDS}  # other fields are ignored
    meta = _metadata_from(known, where, allow_time=True)
    return Document(doc_id=where if doc_id is None else str(doc_id), text=text, title=meta.title,
                    source=meta.source, date=meta.date, url=meta.url, author=meta.author, path=path)


def _gzip_problem(path: Path) -> str | None:
    """What Python's own gzip reader says is wrong with a file ISA-L's reader failed on
    (None if it finds nothing): the words ISA-L uses for the same fault differ ("Invalid
    lookback distance found" for zlib's "invalid distance too far back"), and a message
    should not depend on the library underneath. Read again only on this error path."""
    try:
        with gzip.GzipFile(path) as stream:
            while stream.read(1 << 20):
                pass
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        return str(e) or "truncated"
    except OSError:  # (gone since: ISA-L's words, then)
        return None
    return None


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path else 0
    except OSError:
        return 0
