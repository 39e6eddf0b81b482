"""Alembic migrations; shipped inside the package so that an installed tracker can
migrate its database. ``migrations/`` at the top of the repository points here.

:func:`head_revision` reads the newest revision from the scripts without loading
Alembic (0.3 s): the read path trusts a database at this revision without migrating.
"""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "versions"
_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(?:['\"]([^'\"]*)['\"]|None)", re.M)


def head_revision() -> str:
    """The revision no other script builds on (a test checks it is Alembic's single head)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS.glob("*.py"):
        for name, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            if value:
                (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()
