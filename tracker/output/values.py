"""Values as text (tables, CSV) and as JSON: light to import (no Typer, no Rich), since
`tracker show` must answer in 0.1 s."""

from __future__ import annotations

import json
from datetime import date, datetime
from json.encoder import c_make_encoder, encode_basestring
from typing import Any


def json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(value: Any, **kwargs: Any) -> str:
    if kwargs:
        return json.dumps(value, ensure_ascii=False, default=json_default, **kwargs)
    return "".join(_ENCODE(value, 0))  # what json.dumps(value, ensure_ascii=False, default=json_default) writes


# The C encoder json.dumps builds on every call (with a closure and a markers dict), built
# once: the same arguments, so the same bytes. No markers (check_circular off): a row is
# a tree of fresh values, and a cycle would end in RecursionError rather than ValueError.
_ENCODE = (c_make_encoder(None, json_default, encode_basestring, None, ": ", ", ", False, False, True)
           if c_make_encoder is not None  # (None in a Python built without json's C speedups)
           else json.JSONEncoder(ensure_ascii=False, default=json_default).iterencode)


def cell(value: Any) -> str:
    """A value as text, for tables and CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# Moved to tracker.output.safe (with the terminal's escaping); kept here for importers.
from tracker.output.safe import FORMULA_STARTS, spreadsheet_text  # noqa: E402, F401
