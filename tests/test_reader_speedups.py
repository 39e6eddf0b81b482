"""The input side of `tracker extract` made cheaper, compared with what it replaced:
a JSON Lines row's metadata read field by field equals `_metadata_from` (the general
reader of metadata rows), the backslash test in front of the escape search never skips
a row the search finds, and one worker starts without multiprocessing or sqlite3."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.errors import TrackerError
from tracker.ingest.sources import _UNSTORABLE_ESCAPE, FIELDS, DocumentReader, Metadata, _json_object, _metadata_from

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)  # (storable)
VALUES = st.one_of(
    st.none(), st.just(""), TEXT, st.integers(-5, 3000), st.floats(allow_nan=False, width=32),
    st.booleans(), st.lists(st.integers(), max_size=2), st.dictionaries(TEXT, st.integers(), max_size=1),
    st.sampled_from(["2020-01-02", " 2020-01-02 ", "2020-01-02T10:00:00Z", "2020-13-40", "yesterday", "1999-12-31"]),
)
ROWS = st.dictionaries(st.sampled_from([*FIELDS, "extra", "lang"]), VALUES, max_size=6)


def _old_way(row: dict[str, object], where: str) -> Metadata | str:
    """What the reader did before: the known fields through _metadata_from."""
    try:
        return _metadata_from({k: v for k, v in row.items() if k in FIELDS}, where, allow_time=True)
    except TrackerError as e:
        return str(e)


def _read_row(tmp_path: Path, row: dict[str, object]) -> Metadata | str:
    (tmp_path / "f.jsonl").write_text(json.dumps({"id": "d", "text": "Some text.", **row}) + "\n")
    try:
        [doc] = DocumentReader([str(tmp_path / "f.jsonl")])
    except TrackerError as e:
        return str(e)
    return Metadata(source=doc.source, date=doc.date, title=doc.title, url=doc.url, author=doc.author)


@settings(max_examples=300, deadline=None)
@given(row=ROWS)
def test_a_rows_metadata_is_read_as_metadata_from_reads_it(tmp_path_factory: pytest.TempPathFactory,
                                                           row: dict[str, object]) -> None:
    folder = tmp_path_factory.mktemp("rows")
    assert _read_row(folder, row) == _old_way(row, f"{folder / 'f.jsonl'}:1")


@pytest.mark.parametrize("row", [
    {"source": "Reuters", "date": "1987-02-26", "title": "T", "url": "https://x.org", "author": "A"},
    {"title": 1984, "date": "2020-01-02T10:00:00Z"}, {"title": True}, {"source": ["a"]}, {"date": 20200102},
    {"date": "2020-02-30"}, {"url": "", "author": None, "extra": {"x": 1}},
])
def test_rows_read_alike_by_example(tmp_path: Path, row: dict[str, object]) -> None:
    assert _read_row(tmp_path, row) == _old_way(row, f"{tmp_path / 'f.jsonl'}:1")


def test_metadata_from_still_names_the_first_unknown_field() -> None:
    with pytest.raises(TrackerError, match="unknown field 'b'"):
        _metadata_from({"source": "S", "c": 1, "b": 2}, "m.csv:2")
    assert _metadata_from({"title": 7, "url": ""}, "m.csv:3") == Metadata(title="7")


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from([*'\\ud80Ddcf0"u9a', "\\u", "\\ud8", "\\u0000"]), max_size=30).map("".join))
def test_the_backslash_test_never_skips_a_line_the_escape_search_finds(text: str) -> None:
    line = text.encode("utf-8")
    if _UNSTORABLE_ESCAPE.search(line):
        assert b"\\" in line


def test_escapes_behind_a_backslash_are_still_replaced(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_bytes(b'{"id": "e", "text": "a\\ud800b \\u0000 \\"q\\" \\n"}\n')
    warnings: list[str] = []
    [doc] = DocumentReader([str(tmp_path / "e.jsonl")], warn=warnings.append)
    assert doc.text == 'a\ufffdb \ufffd "q" \n'
    assert len(warnings) == 1


def test_one_worker_imports_neither_multiprocessing_nor_sqlite3(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("The minister pledged to cut taxes by 2030.\n")
    code = ("import sys; sys.argv = ['tracker', *sys.argv[1:]]\n"
            "import tracker.cli.entry\ntry: tracker.cli.entry.main()\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('multiprocessing', 'sqlite3')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, "extract", str(doc), "--workers", "1", "-f", "jsonl"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.stderr.strip() == "[]"
    assert "pledged to cut taxes" in result.stdout


JSONISH = st.lists(st.sampled_from(['{', '}', '[', ']', '"a"', '"t"', ':', ',', ' ', '\n', '\t', '\x0c', '1', '1.5',
                                    'null', 'true', 'NaN', '"\\ud800"', '\\', 'x', '{"a": 1}', '"b": [2]']),
                   max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(line=st.one_of(JSONISH, JSONISH.map(lambda s: "{" + s)))
def test_a_line_is_read_as_json_loads_reads_it(line: str) -> None:
    """_json_object's scan of a "{" line against json.loads: the same object, or the
    same error."""
    try:
        expected: object = json.loads(line)
        if not isinstance(expected, dict):
            expected = ("error", "w: expected a JSON object")
    except json.JSONDecodeError as e:
        expected = ("error", f"w: malformed JSON ({e.msg.removesuffix(' at')} at column {e.colno})")
    try:
        got: object = _json_object(line, "w")
    except TrackerError as e:
        got = ("error", str(e))
    assert got == expected
