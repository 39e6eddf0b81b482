"""A disk cache of compiled regular expressions, as `__pycache__` is of compiled modules.

`re.compile` parses a pattern and builds its program in pure Python before handing it to
the C engine; for the few hundred patterns of the rules, the lexicon and the modules that
is most of the start-up (0.2-0.3 s a run, about 2/3 of the instructions before the first
document). The program is a pure function of the pattern, its flags and the Python
version, so it is kept in a file (marshal) and, on the next run, given to the C engine as
it is: the same compiled pattern object, without the parsing. Nothing else changes (the
findings are the same with or without the file). A program is told the characters its
matches start with where `re` does not tell them (fastscan.py: the same matches, found
faster), with or without the file.

The file lives in ``$TRACKER_CACHE_DIR`` or ``$XDG_CACHE_HOME/tracker`` (``~/.cache/tracker``),
named by the Python version and the engine's magic number; it is written at exit when the
run compiled patterns it did not hold. A pattern's program is kept once the pattern has
been compiled in two runs (those of the rules and the modules from the second run on; one
built for a name of one document is only remembered as seen), up to `_MAX_ENTRIES`; a full
file drops the programs the run did not use, so that edited rules get in. A
missing or unreadable file, or a folder that cannot be written, only means the patterns
are compiled as usual.
``TRACKER_REGEX_CACHE=0`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from collections.abc import Callable
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from tracker.extract import fastscan
except ImportError:  # pragma: no cover - another Python: no cache
    _compiler = None  # type: ignore[assignment]

_VERSION = 4  # 2: programs told their first characters; 3: and their alternatives' (fastscan.py); 4: code as an array's bytes
_MAX_ENTRIES = 3000  # bounds on the file: patterns past them are compiled as usual
_MAX_SEEN = 3000
# the array type of a program's code words (None: none has their size; no cache)
_CODE_TYPE = next((t for t in "IL" if _compiler is not None and array(t).itemsize == _sre.CODESIZE), None)

# (pattern, flags) -> its program, marshalled: bytes hold it in a tenth of the memory of
# the lists of ints, and are read only for the patterns a run compiles. The code (~1,000
# words a pattern) is kept as the bytes of an array of its words: array.tolist makes the
# list _sre takes in a third of the instructions marshal takes to read as many ints.
_cache: dict[tuple[str, int], bytes] = {}
_seen: dict[tuple[str, int], None] = {}  # patterns compiled in an earlier run, not yet kept
_new: dict[tuple[str, int], None] = {}  # patterns first seen in this run
_used: dict[tuple[str, int], None] = {}  # programs this run took from the cache or kept, in order
_changed = False
_path: Path | None = None
_installed = False


def _file() -> Path:
    base = os.environ.get("TRACKER_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "tracker")
    # (the code's bytes are in this machine's byte order)
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-{_VERSION}{sys.byteorder[0]}"
    return Path(base) / f"regex-{tag}.marshal"


def _build(p: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` gives the C engine besides the pattern: (flags, code,
    groups, groupindex, indexgroup)."""
    parsed = _parser.parse(p, flags)
    fastscan.told_branches(parsed, flags | parsed.state.flags)  # (alternatives opened with classes)
    # (told the characters its matches start with, when `re` does not tell them itself)
    code = list(map(int, fastscan.told_first(parsed, flags | parsed.state.flags, _compiler._code(parsed, flags))))
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _packed(program: tuple[Any, ...]) -> bytes:
    """A program as kept in the file: marshalled, its code as the bytes of an array."""
    flags, code, *rest = program
    return marshal.dumps((flags, array(_CODE_TYPE, code).tobytes(), *rest))


def _unpacked(blob: bytes) -> tuple[Any, ...]:
    flags, code, *rest = marshal.loads(blob)
    return (flags, array(_CODE_TYPE, code).tolist(), *rest)


_DEBUG = int(re.DEBUG)  # (an int: `flags & re.DEBUG` runs the enum's Python code, at every pattern)


def _compile(p: Any, flags: int = 0) -> Any:
    """`re._compiler.compile`, with the program of a string pattern read from the cache."""
    global _changed
    if type(p) is not str or flags & _DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    blob = _cache.get(key)
    if blob is not None:
        hit = _unpacked(blob)
        _used[key] = None
    else:
        hit = _build(p, flags)
        if key in _seen:  # a second run compiles it: keep its program
            del _seen[key]
            _cache[key] = _packed(hit)
            _used[key] = None
            _changed = True
        else:
            _new[key] = None
            _changed = True
    gflags, code, groups, groupindex, indexgroup = hit
    return _sre.compile(p, gflags, code, groups, groupindex, indexgroup)


# flags of a key whose value `memo` keeps (a pure function's of the pattern, not a
# program): above every flag of `re`, so that it never shares a key with a program
_MEMO = 1 << 30


def memo(p: str, tag: int, build: Callable[[str], Any]) -> Any:
    """`build(p)`, a pure function of the pattern `p` whose value marshal can write (the
    needs prefilter.py reads off a guard's pattern), kept in the cache file as programs
    are, under `tag`: a later run does not parse the pattern again."""
    global _changed
    if not _installed:
        return build(p)
    key = (p, _MEMO | tag)
    blob = _cache.get(key)
    if blob is not None:
        _used[key] = None
        return marshal.loads(blob)
    got = build(p)
    if key in _seen:  # (kept from its second run on, as a program is)
        del _seen[key]
        _cache[key] = marshal.dumps(got)
        _used[key] = None
    else:
        _new[key] = None
    _changed = True
    return got


def _save() -> None:
    if not _changed or _path is None:
        return
    seen = [*_seen, *_new][-_MAX_SEEN:]
    # a full file keeps the programs this run used and drops the others (least recently
    # used first out), so that rules edited or a new version's patterns still get in
    keep = [*(k for k in _used if k in _cache), *(k for k in _cache if k not in _used)][:_MAX_ENTRIES]
    write_atomically(_path, marshal.dumps(([(*k, _cache[k]) for k in keep], seen)))


def write_atomically(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all (a temporary file renamed over it, so that a
    concurrent run reads the old file or the new one); a folder that cannot be written
    only means the cache is rebuilt next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass


def install() -> None:
    """Route `re`'s compilation through the cache (once a process)."""
    global _installed, _path, _original
    if _installed or _compiler is None or _CODE_TYPE is None or os.environ.get("TRACKER_REGEX_CACHE") == "0":
        return
    _installed = True
    _original = _compiler.compile
    try:  # (a Python whose compiler works otherwise gets no cache)
        probe = _unpacked(_packed(_build(r"(?P<a>x)\s+(?i:y)", 0)))
        rx = _sre.compile(r"(?P<a>x)\s+(?i:y)", *probe)
        if rx.match("x  Y").span("a") != (0, 1) or rx.groupindex != {"a": 1}:
            return
    except Exception:  # noqa: BLE001
        return
    try:
        _path = _file()
        rows, seen = marshal.loads(_path.read_bytes())
        for p, flags, blob in rows:
            _cache[(p, flags)] = blob
        _seen.update(dict.fromkeys(seen))
    except Exception:  # noqa: BLE001 - no file, another format: start empty
        _cache.clear()
        _seen.clear()
    _compiler.compile = _compile
    atexit.register(_save)


_original: Any = None
