"""Reading inputs into Documents: files, folders, stdin, JSON Lines, and metadata."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from tracker.errors import TrackerError
from tracker.ingest.sources import DocumentReader, Metadata, parse_date


def read(*paths: str | Path, **kwargs: object) -> list:
    return list(DocumentReader([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def test_text_is_kept_exactly_so_offsets_hold(tmp_path: Path) -> None:
    raw = "\ufeffLine one.\r\nLine two — “quoted”.\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    [doc] = read(tmp_path / "a.txt")
    assert doc.text == raw[1:]  # only the byte-order mark goes
    assert doc.doc_id == doc.path == str(tmp_path / "a.txt")


def test_folder_is_read_recursively_in_order_skipping_its_own_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b.txt", "a.md", "sub/c.jsonl", "README.md", "notes.pdf", ".x.txt", ".hidden/d.txt",
                 "b.txt.meta.json"]:
        content = {"sub/c.jsonl": '{"id": "j1", "text": "Hi."}', "b.txt.meta.json": '{"source": "S"}'}
        (tmp_path / name).write_text(content.get(name, "Hi."))
    reader = DocumentReader([str(tmp_path)])
    assert [d.doc_id for d in reader] == [str(tmp_path / "a.md"), str(tmp_path / "b.txt"), "j1"]
    assert reader.ignored_files == 1  # notes.pdf


def test_markdown_title_is_its_first_heading(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# The title\n\nBody.\n")
    (tmp_path / "b.md").write_text("Body first.\n# Not a title\n")
    assert [d.title for d in read(tmp_path)] == ["The title", None]


def test_jsonl_rows_plain_and_gzip(tmp_path: Path) -> None:
    rows = [
        {"id": "r1", "text": "One.", "source": "Reuters", "date": "1987-02-26", "title": "T", "extra": 1},
        {"id": 2, "text": "Two.", "date": "2020-01-02T10:00:00Z", "url": "https://x.org/2", "author": "A"},
        {"text": "   "},
        {"text": "No id."},
    ]
    data = "\n".join(json.dumps(r) for r in rows) + "\n\n"
    (tmp_path / "c.jsonl").write_text(data)
    with gzip.open(tmp_path / "c.jsonl.gz", "wt") as f:
        f.write(data)
    for name in ("c.jsonl", "c.jsonl.gz"):
        reader = DocumentReader([str(tmp_path / name)])
        docs = list(reader)
        assert [d.doc_id for d in docs] == ["r1", "2", f"{tmp_path / name}:4"]
        assert docs[0].source == "Reuters" and docs[0].date == date(1987, 2, 26) and docs[0].title == "T"
        assert docs[1].date == date(2020, 1, 2) and docs[1].url == "https://x.org/2" and docs[1].author == "A"
        assert reader.empty_rows == 1
        assert reader.bytes_read == reader.bytes_total == (tmp_path / name).stat().st_size


def test_stdin(tmp_path: Path) -> None:
    [doc] = DocumentReader(["-"], Metadata(source="Me"), stdin=io.BytesIO("Hello — there.".encode()))
    assert (doc.doc_id, doc.text, doc.source, doc.path) == ("<stdin>", "Hello — there.", "Me", None)


def test_metadata_precedence_folder_then_sidecar_then_options(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "sub" / "b.txt").write_text("B.")
    (tmp_path / "metadata.csv").write_text(
        'file,source,date,title,url,author\n*,Reuters,2023-09-28,,,\na.txt,,,"Title, with comma",,\n')
    (tmp_path / "sub" / "metadata.jsonl").write_text('{"file": "b.txt", "date": "2024-01-02", "author": "Ann"}\n')
    (tmp_path / "a.txt.meta.json").write_text('{"url": "https://example.org/a", "date": "2023-09-29"}')
    a, b = read(tmp_path)
    assert (a.source, a.date, a.title, a.url) == ("Reuters", date(2023, 9, 29), "Title, with comma", "https://example.org/a")
    assert (b.source, b.date, b.author) == ("Reuters", date(2024, 1, 2), "Ann")
    [a2] = read(tmp_path / "a.txt", overrides=Metadata(title="Given"))
    assert (a2.title, a2.source, a2.date) == ("Given", "Reuters", date(2023, 9, 29))


def test_options_only_for_a_single_text_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b.txt").write_text("B.")
    with pytest.raises(TrackerError, match="single text file or stdin"):
        DocumentReader([str(tmp_path)], Metadata(title="x"))
    (tmp_path / "c.jsonl").write_text('{"text": "C."}\n')
    with pytest.raises(TrackerError, match="single text file or stdin"):
        DocumentReader([str(tmp_path / "c.jsonl")], Metadata(source="x"))


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"file": "a.txt", "publisher": "X"}', "unknown field 'publisher'"),
        ('{"source": "X"}', "missing 'file'"),
        ('{"file": "a.txt", "date": "28/09/2023"}', "invalid date '28/09/2023'"),
        ("not json", "metadata.jsonl:1: malformed JSON"),
    ],
)
def test_bad_folder_metadata_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "metadata.jsonl").write_text(content + "\n")
    with pytest.raises(TrackerError, match=message):
        read(tmp_path)


def test_paths_are_checked_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    with pytest.raises(TrackerError, match="missing.txt: no such file or folder"):
        DocumentReader([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")])


@pytest.mark.parametrize("value", ["2023-9-28", "28.09.2023", "2023-02-30", "yesterday", ""])
def test_dates_must_be_iso(value: str) -> None:
    with pytest.raises(TrackerError, match="expected YYYY-MM-DD"):
        parse_date(value, "--date")


def test_datetimes_only_where_allowed() -> None:
    assert parse_date("2023-09-28T12:00:00+02:00", "x", allow_time=True) == date(2023, 9, 28)
    with pytest.raises(TrackerError):
        parse_date("2023-09-28T12:00:00", "--date")


def test_jsonl_blank_lines_and_blank_texts_are_skipped_and_escapes_still_cleaned(tmp_path: Path) -> None:
    # blank lines of any ASCII white space are no rows; a text of white space only (a
    # non-breaking space too) is an empty row; a NUL escaped in a row is still replaced
    path = tmp_path / "rows.jsonl"
    rows = [json.dumps({"id": "a", "text": "Kept."}), " \t\r", "",
            json.dumps({"id": "b", "text": " \n\u00a0\u3000"}), "\x0b\x0c",
            json.dumps({"id": "c", "text": "Nul\u0000here."}), json.dumps({"id": "d", "text": "Caf\u00e9 \u201cok\u201d"}, ensure_ascii=False)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reader = DocumentReader([str(path)], warn=lambda message: None)
    docs = list(reader)
    assert [d.doc_id for d in docs] == ["a", "c", "d"]
    assert reader.empty_rows == 1
    assert "\x00" not in docs[1].text and docs[1].text.startswith("Nul") and docs[2].text == "Café “ok”"
