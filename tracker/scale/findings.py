"""The files `tracker scale extract` writes and `tracker ingest --findings` reads.

An output folder holds, per partition NNNNN of the input (in input order):

  documents-NNNNN.(parquet|jsonl)  one row per document: ``doc_position`` (its row in this
                                   file), ``doc_id``, ``content_hash`` (sha256 of the text,
                                   as the database keys documents), its metadata and text
  findings-NNNNN.(parquet|jsonl)   one row per finding: every field of
                                   :class:`~tracker.extract.Finding` (``doc_id``, offsets,
                                   sentence, ``rule``, ...) plus the document's
                                   ``content_hash`` and ``doc_position``

and, written last, ``manifest.json``: the partitions, the counts, and the sha256 of the
rules and actors files used. A folder without it is an unfinished run, which ingest
refuses. The documents travel with their findings so that the machine that ingests needs
only this folder, not the corpus (compressed, they add about a third of the corpus).

pyarrow is imported where a Parquet file is read or written (the `scale` extra).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from tracker import __version__
from tracker.errors import TrackerError
from tracker.extract.model import Document, Finding

FORMATS = ("parquet", "jsonl")
MANIFEST = "manifest.json"
MANIFEST_FORMAT = "tracker-findings"
MANIFEST_VERSION = 1

FINDING_FIELDS = tuple(f.name for f in fields(Finding))
# a finding row: the finding, then what ties it to its document
FINDING_COLUMNS = (*FINDING_FIELDS, "content_hash", "doc_position")
DOCUMENT_COLUMNS = ("doc_position", "doc_id", "content_hash", "path", "source", "date", "title", "url", "author",
                    "text")


def content_hash(text: str) -> str:
    """The document's key in the database (tracker.storage.store.content_hash, the same sha256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_sha256(path: Path | None) -> str | None:
    return None if path is None else hashlib.sha256(path.read_bytes()).hexdigest()


def part_name(kind: str, number: int, fmt: str) -> str:
    return f"{kind}-{number:05d}.{fmt}"


# --- rows --------------------------------------------------------------------------------------------


def document_row(position: int, doc: Document, text_hash: str) -> dict[str, Any]:
    return {"doc_position": position, "doc_id": doc.doc_id, "content_hash": text_hash, "path": doc.path,
            "source": doc.source, "date": doc.date, "title": doc.title, "url": doc.url, "author": doc.author,
            "text": doc.text}


def finding_row(finding: Finding, text_hash: str, position: int) -> dict[str, Any]:
    return {**finding.to_dict(), "content_hash": text_hash, "doc_position": position}


def _document(row: dict[str, Any]) -> Document:
    published = row["date"]
    if isinstance(published, str):  # JSON Lines: ISO text
        published = date.fromisoformat(published)
    return Document(doc_id=row["doc_id"], text=row["text"], title=row["title"], source=row["source"],
                    date=published, url=row["url"], author=row["author"], path=row["path"])


def _finding(row: dict[str, Any]) -> Finding:
    return Finding(**{name: row[name] for name in FINDING_FIELDS})


# --- Parquet schemas, from the Finding dataclass ---------------------------------------------------


def _arrow_type(annotation: str) -> Any:
    import pyarrow as pa

    simple = {"str": pa.string(), "Kind": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
              "list[str]": pa.list_(pa.string())}
    found = simple.get(annotation.replace(" | None", ""))
    if found is None:  # a new field of Finding with a type not mapped here: fail loudly, not silently
        raise TypeError(f"no Parquet type for Finding field annotation {annotation!r}")
    return found


def findings_schema() -> Any:
    import pyarrow as pa

    return pa.schema([*((f.name, _arrow_type(str(f.type))) for f in fields(Finding)),
                      ("content_hash", pa.string()), ("doc_position", pa.int64())])


def documents_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("doc_position", pa.int64()), ("doc_id", pa.string()), ("content_hash", pa.string()),
                      ("path", pa.string()), ("source", pa.string()), ("date", pa.date32()), ("title", pa.string()),
                      ("url", pa.string()), ("author", pa.string()), ("text", pa.string())])


# --- writing and reading one file -------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


def write_rows(path: Path, rows: Sequence[dict[str, Any]], schema: Any, fmt: str) -> None:
    """Write the file whole, or not at all: a temporary file beside it, renamed."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(list(rows), schema=schema)
            pq.write_table(table, temporary, compression="zstd")
        else:
            with open(temporary, "w", encoding="utf-8") as out:
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_rows(path: Path, fmt: str) -> list[dict[str, Any]]:
    if not path.is_file():
        raise TrackerError(f"{path}: missing (the folder is not a complete tracker scale extract output)")
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]
        with open(path, encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as e:  # pyarrow's errors are OSError or ValueError (ArrowInvalid)
        raise TrackerError(f"{path}: cannot read ({' '.join(str(e).split())})") from None


# --- the manifest -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartitionDone:
    """What a worker reports for a partition it wrote."""

    number: int
    documents: int
    findings: int
    empty_rows: int
    text_bytes: int  # UTF-8 bytes of the documents' text


def write_manifest(folder: Path, fmt: str, inputs: Sequence[str], parts: Sequence[PartitionDone],
                   rules_sha256: str | None, actors_sha256: str | None) -> dict[str, Any]:
    ordered = sorted(parts, key=lambda p: p.number)
    manifest = {
        "format": MANIFEST_FORMAT, "format_version": MANIFEST_VERSION, "tracker_version": __version__,
        "file_format": fmt, "inputs": list(inputs), "rules_sha256": rules_sha256, "actors_sha256": actors_sha256,
        "documents": sum(p.documents for p in ordered), "findings": sum(p.findings for p in ordered),
        "empty_rows": sum(p.empty_rows for p in ordered), "text_bytes": sum(p.text_bytes for p in ordered),
        "partitions": [{"number": p.number, "documents_file": part_name("documents", p.number, fmt),
                        "findings_file": part_name("findings", p.number, fmt), "documents": p.documents,
                        "findings": p.findings, "empty_rows": p.empty_rows} for p in ordered],
    }
    write_text_atomically(folder / MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return manifest


def write_text_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class FindingsReader:
    """An output folder read back: ``(Document, findings)`` in input order, one partition
    in memory at a time. ``bytes_total``/``bytes_read`` (of the documents files) drive a
    progress bar; ``empty_rows`` are the corpus rows without text the extraction skipped."""

    ignored_files = 0
    skipped = 0  # documents over the size limit: the extraction read them all

    def __init__(self, folder: Path):
        self.folder = folder
        manifest_path = folder / MANIFEST
        if not folder.is_dir():
            raise TrackerError(f"--findings: no such folder: {folder}")
        if not manifest_path.is_file():
            raise TrackerError(f"--findings: {folder} has no {MANIFEST}: not a finished tracker scale extract output")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise TrackerError(f"{manifest_path}: cannot read ({e})") from None
        if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
            raise TrackerError(f"{manifest_path}: not a tracker findings manifest")
        if manifest.get("format_version") != MANIFEST_VERSION or manifest.get("file_format") not in FORMATS:
            raise TrackerError(f"{manifest_path}: unsupported format version {manifest.get('format_version')!r} "
                               f"or file format {manifest.get('file_format')!r}")
        if manifest["file_format"] == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise TrackerError("reading Parquet needs pyarrow: pip install 'commitment-tracker[scale]'") from None
        self.manifest = manifest
        self.fmt: str = manifest["file_format"]
        self.empty_rows: int = manifest.get("empty_rows", 0)
        self.bytes_read = 0
        self.bytes_total: int | None = sum(
            _size(folder / p["documents_file"]) + _size(folder / p["findings_file"]) for p in manifest["partitions"])

    @property
    def actors_sha256(self) -> str | None:
        return self.manifest.get("actors_sha256")  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[tuple[Document, list[Finding]]]:
        for part in self.manifest["partitions"]:
            documents_file, findings_file = self.folder / part["documents_file"], self.folder / part["findings_file"]
            documents = read_rows(documents_file, self.fmt)
            by_position: dict[int, list[Finding]] = {}
            for row in read_rows(findings_file, self.fmt):
                by_position.setdefault(row["doc_position"], []).append(_finding(row))
            if len(documents) != part["documents"] or sum(map(len, by_position.values())) != part["findings"]:
                raise TrackerError(f"{documents_file}: holds other counts than {MANIFEST} says (a changed output?)")
            self.bytes_read += _size(documents_file) + _size(findings_file)
            for row in documents:
                yield _document(row), by_position.pop(row["doc_position"], [])
            if by_position:
                raise TrackerError(f"{findings_file}: findings of documents not in {documents_file}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
