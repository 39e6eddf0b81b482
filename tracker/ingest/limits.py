"""How much one document may hold: ``--max-document-size`` and its default.

One document is extracted and stored in one piece (one transaction), so a huge one
holds the database's write lock for minutes and needs gigabytes of memory; news
articles, speeches and even long reports are well under the default.
"""

from __future__ import annotations

import re

from tracker.errors import TrackerError

DEFAULT_MAX_DOCUMENT_BYTES = 5_000_000  # 5 MB of UTF-8 text: a long book, a hundred times a long article

_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3,
          "kib": 1024, "mib": 1024**2, "gib": 1024**3}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)")


def parse_size(text: str, where: str) -> int:
    """A size in bytes from "5MB", "20 mb", "512kB", "2MiB" or "1000" (MB = 1,000,000 bytes)."""
    match = _SIZE.fullmatch(text.strip().lower())
    unit = _UNITS.get(match[2]) if match else None
    size = int(float(match[1]) * unit) if match and unit else 0
    if size < 1:
        raise TrackerError(f"{where}: invalid size {text!r} (expected a number and a unit, such as 5MB or 500kB)")
    return size


def format_size(size: int) -> str:
    """A size as people write it: "1 MB", "1.04 MB", "512 kB", "900 bytes" (3 significant digits)."""
    for unit, name in ((1000**3, "GB"), (1000**2, "MB"), (1000, "kB")):
        if size >= unit:
            return f"{float(f'{size / unit:.3g}'):g} {name}"
    return f"{size} bytes"
