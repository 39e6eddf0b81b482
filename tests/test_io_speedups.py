"""The I/O side of `tracker extract` on faster libraries, compared with what it replaced:
a row read by orjson is the object json reads (or the row takes json's path and its
error), a .jsonl.gz read by ISA-L gives the documents and the one-line errors Python's
gzip gave, and a row written by the prebuilt C encoder is json.dumps's text."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.errors import TrackerError
from tracker.extract.model import Document
from tracker.ingest.sources import (
    _UNSTORABLE_ESCAPE, DocumentReader, _json_object, _row_object, _without_unstorable, jsonl_document,
    record_document,
)
from tracker.output.values import json_default, to_json


def _old_row(line: bytes) -> object:
    """What the reader did before: the line decoded, then json's scanner (or its error)."""
    try:
        return _json_object(line.decode("utf-8").removeprefix("\ufeff"), "w")
    except UnicodeDecodeError as e:
        return ("error", f"w: not UTF-8 text (invalid byte at offset {e.start})")
    except TrackerError as e:
        return ("error", str(e))


def _new_row(line: bytes) -> object:
    try:
        return _row_object(line, "w")
    except TrackerError as e:
        return ("error", str(e))


def _same(a: object, b: object) -> bool:
    """Equal, with the same types (1 is not 1.0) and NaN equal to itself."""
    return json.dumps(a, default=repr) == json.dumps(b, default=repr) and repr(a) == repr(b)


PIECES = ['{', '}', '[', ']', '"id"', '"title"', '"text"', '"url"', '"date"', '"x"', ':', ',', ' ', '\n', '\t', '1',
          '-0', '1.5', '1e400', '-1e400', '18446744073709551615', 'NaN', 'Infinity', 'null', 'true', '"\\ud800"',
          '"\\udc00x"', '"\\ud83d\\ude00"', '"\\u0000"', '"a\\"b"', '"caf\u00e9"', '"\u2028"', '\\', '"\x01"',
          '{"a": 1}', '"text": "A plan."']
BIG = ['123456789012345678901234567890', '9223372036854775808', '-9223372036854775809', '18446744073709551616']
PREFIXES = st.sampled_from(["", "{", '{"text": "T", ', "\ufeff{", " "])
RAW = st.sampled_from([b"", b"\xff", b"\xed\xa0\x80", b"\xc3"])


def _line(prefix: str, pieces: list[str], raw: bytes) -> bytes:
    return (prefix + "".join(pieces)).encode("utf-8") + raw + b"\n"


@settings(max_examples=1500, deadline=None)
@given(prefix=PREFIXES, pieces=st.lists(st.sampled_from(PIECES), max_size=14), raw=RAW)
def test_a_row_is_read_as_json_read_it(prefix: str, pieces: list[str], raw: bytes) -> None:
    line = _line(prefix, pieces, raw)
    assert _same(_new_row(line), _old_row(line))


def _old_document(line: bytes) -> object:
    """A row's Document as the reader made it before (or its error)."""
    record = _old_row(line)
    if isinstance(record, tuple):
        return record
    if _UNSTORABLE_ESCAPE.search(line):
        _without_unstorable(record, "w", lambda message: None)  # type: ignore[arg-type]
    try:
        return record_document(record, "w", "p")  # type: ignore[arg-type]
    except TrackerError as e:
        return ("error", str(e))


def _new_document(line: bytes) -> object:
    try:
        return jsonl_document(line, "w", "p")
    except TrackerError as e:
        return ("error", str(e))


@settings(max_examples=1500, deadline=None)
@given(prefix=PREFIXES, pieces=st.lists(st.sampled_from(PIECES + BIG), max_size=14), raw=RAW)
def test_a_row_makes_the_document_it_made_with_integers_beyond_64_bits(prefix: str, pieces: list[str],
                                                                       raw: bytes) -> None:
    """orjson reads such an integer as a float: where that would change the text of a
    field, the row takes json's path; elsewhere (an ignored field, a nested value, a
    field refused as a number either way) the document is the same."""
    line = _line(prefix, pieces, raw)
    assert _same(_new_document(line), _old_document(line))


@pytest.mark.parametrize("line", [
    b'{"id": 123456789012345678901234567890, "text": "T"}',  # orjson: a float, whose text would differ
    b'{"title": -9223372036854775809, "text": "T"}', b'{"text": "T", "author": 1.5e300, "source": 7}',
    b'{"text": "a\\ud800b", "url": NaN}', b'\xef\xbb\xbf{"text": "T"}', b'{"text": "T"} \r\n', b'[1]', b'{"text": "T"',
    b'{"text": "caf\xe9"}', b'{"text": "T", "text": "U"}', b'{"text": "T", "x": [123456789012345678901234567890]}',
])
def test_rows_json_and_orjson_read_apart_make_the_same_document(line: bytes) -> None:
    assert _same(_new_document(line), _old_document(line))


def test_a_row_nested_deeper_than_jsons_scanner_goes_is_read_where_it_crashed() -> None:
    """The one difference: json's scanner stops at Python's recursion limit (a traceback,
    not a message), orjson at 1,024 levels; rows between the two are now read."""
    line = b'{"x": ' + b'[' * 1010 + b']' * 1010 + b', "text": "T"}'
    with pytest.raises(RecursionError):
        _old_document(line)
    assert _new_document(line) == Document("w", "T", path="p")
    with pytest.raises(RecursionError):  # deeper than orjson goes: json's path, as before
        _new_document(b'{"x": ' + b'[' * 1030 + b']' * 1030 + b', "text": "T"}')


def _docs(path: Path) -> list[object] | str:
    try:
        return [(d.doc_id, d.text) for d in DocumentReader([str(path)])]
    except TrackerError as e:
        return str(e)


def _stdlib_reading(data: bytes) -> tuple[int, str]:
    """The lines Python's gzip gives before failing on ``data``, and its message (what
    the reader gave before)."""
    lines = 0
    try:
        for _ in io.BufferedReader(gzip.GzipFile(fileobj=io.BytesIO(data)), 1 << 16):  # type: ignore[arg-type]
            lines += 1
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        return lines, str(e) or "truncated"
    raise AssertionError("a valid gzip stream")


ROWS = b"".join(b'{"id": "%d", "text": "The council will repair road %d by May."}\n' % (i, i * 7919 % 997)
                for i in range(3000))
GZ = gzip.compress(ROWS)
BAD = {
    "truncated in the header": GZ[:14],
    "truncated in the data": GZ[: len(GZ) // 2],
    "truncated in the trailer": GZ[:-4],
    "corrupt data": GZ[:200] + bytes(b ^ 0x55 for b in GZ[200:260]) + GZ[260:],
    "wrong checksum": GZ[:-8] + b"\0\0\0\0" + GZ[-4:],
    "wrong length": GZ[:-4] + b"\1\0\0\0",
    "garbage after the stream": GZ + b"garbage",
    "one byte": b"\x1f",
    "not gzip": ROWS[:300],
    "unknown method": GZ[:2] + b"\x09" + GZ[3:],
}


@pytest.mark.parametrize("fault", list(BAD))
def test_a_bad_gzip_file_is_one_line_in_pythons_words(tmp_path: Path, fault: str) -> None:
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(BAD[fault])
    lines, problem = _stdlib_reading(BAD[fault])
    reader = iter(DocumentReader([str(path)]))
    for _ in range(lines):  # the documents before the fault, as many as before
        next(reader)
    with pytest.raises(TrackerError) as error:
        next(reader)
    assert str(error.value) == f"{path}: not a valid gzip file ({problem})"


def test_good_gzip_files_read_as_the_plain_file(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(ROWS + ROWS)
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(ROWS) + GZ + b"\0\0\0")  # two members, zero padding
    plain, packed = _docs(tmp_path / "a.jsonl"), _docs(tmp_path / "a.jsonl.gz")
    assert isinstance(plain, list) and len(plain) == 6000
    assert [(i.rsplit(":", 1)[-1], t) for i, t in packed] == [(i.rsplit(":", 1)[-1], t) for i, t in plain]  # type: ignore[union-attr]


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=500, deadline=None)
@given(value=JSON_VALUES)
def test_a_row_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert to_json(value) == json.dumps(value, ensure_ascii=False, default=json_default)
