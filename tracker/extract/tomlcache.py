"""A disk cache of the parsed built-in data files, as recache.py is of compiled patterns.

`tomllib` parses in pure Python: the built-in data files (rules, lexicon, countries,
actors, actor types, testable; ~200 KB) take ~0.1 s of every run's start-up. The parsed
tables are a pure function of a file's text, so they are kept in a file (marshal) keyed
by a hash of the text, and read back as they were parsed: an edited file has another
hash and is parsed again. Nothing else changes (the tables are equal with or without the
file).

The file lives in the regex cache's folder (see recache.py); it is written at exit when
the run parsed a text it did not hold, keeping the entries the run used first, up to
`_MAX_ENTRIES`. A missing or unreadable file, or a folder that cannot be written, only
means the files are parsed as usual. ``TRACKER_TOML_CACHE=0`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

from tracker.extract import recache

try:  # hashlib's own blake2b (hashlib.blake2b is this one), without the OpenSSL that
    # importing hashlib loads (~11M instructions of each start-up)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

DATA_DIR = Path(__file__).resolve().parent / "data"  # the built-in data files
_VERSION = 2  # 2: keyed by a blake2b digest
_MAX_ENTRIES = 64  # (the built-in files, a few of each version: an edited file adds one)

_cache: dict[str, bytes] | None = None  # text hash -> its tables, marshalled
_used: dict[str, None] = {}  # entries this run read or added, in order
_changed = False


def data_text(name: str) -> str:
    """The text of a built-in data file (``name`` in tracker/extract/data). Read by path:
    importlib.resources, with the modules it imports (zipfile, tempfile, shutil, ...),
    costs ~25M instructions of each start-up; the package is always installed as files
    (the gazetteer reads its data by path too)."""
    return (DATA_DIR / name).read_text("utf-8")


def _file() -> Path:
    return recache._file().with_name(f"toml-{sys.implementation.cache_tag}-{marshal.version}-{_VERSION}.marshal")


def _entries() -> dict[str, bytes]:
    """The cache's entries, read from its file on first use (none if it cannot be read)."""
    global _cache
    if _cache is None:
        _cache = {}
        try:
            rows = marshal.loads(_file().read_bytes())
            _cache.update((k, v) for k, v in rows if isinstance(k, str) and isinstance(v, bytes))
        except Exception:  # noqa: BLE001 - no file, another format: start empty
            _cache.clear()
        atexit.register(_save)
    return _cache


def loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, read from the cache when an earlier run parsed the same text."""
    global _changed
    if os.environ.get("TRACKER_TOML_CACHE") == "0":
        return tomllib.loads(text)
    cache = _entries()
    key = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=32).hexdigest()
    blob = cache.get(key)
    if blob is not None:
        _used[key] = None
        return marshal.loads(blob)  # type: ignore[no-any-return]
    data = tomllib.loads(text)
    try:
        cache[key] = marshal.dumps(data)
    except ValueError:  # a date or a time in the file: marshal cannot keep it, parse each run
        return data
    _used[key] = None
    _changed = True
    return data


def _save() -> None:
    if not _changed or _cache is None:
        return
    keep = [*_used, *(k for k in _cache if k not in _used)][:_MAX_ENTRIES]
    recache.write_atomically(_file(), marshal.dumps([(k, _cache[k]) for k in keep]))
