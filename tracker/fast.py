"""The `tracker` entry point: `show` and `list` answered without loading Typer.

Typer builds a Pydantic adapter for every option of the command it runs; with its
imports that costs about 0.15 s, more than the 0.1 s `tracker show` has on a database
of a million commitments. So the common forms of `show` and `list` are parsed here
and run by the same functions the Typer commands call (:mod:`tracker.read`,
:mod:`tracker.render`). Anything else, including --help, a malformed value and every
other command, goes to the Typer app, which gives its usual help and errors.
"""

from __future__ import annotations

import sys
from typing import Any

from tracker.errors import expected_message

_LIST_OPTIONS = {  # option -> (field, repeatable)
    "--actor": ("actor", False), "-a": ("actor", False), "--status": ("status", True), "-s": ("status", True),
    "--kind": ("kind", True), "-k": ("kind", True), "--since": ("since", False), "--until": ("until", False),
    "--source": ("source", False), "--search": ("search", False), "--limit": ("limit", False),
    "-n": ("limit", False), "--min-confidence": ("min_confidence", False), "--format": ("fmt", False),
    "-f": ("fmt", False), "--db": ("db", False),
}
_SHOW_OPTIONS = {"--format": ("fmt", False), "-f": ("fmt", False), "--db": ("db", False)}


def _options(args: list[str], known: dict[str, tuple[str, bool]]) -> tuple[dict[str, Any], list[str]] | None:
    """Options and positional arguments, or None when anything is unusual."""
    values: dict[str, Any] = {}
    positional: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("-") and len(arg) > 1 and not arg.lstrip("-").isdigit():
            name, eq, value = arg.partition("=")
            if name not in known:
                return None
            if not eq:
                if i + 1 >= len(args):
                    return None
                i += 1
                value = args[i]
            field, repeatable = known[name]
            if repeatable:
                values.setdefault(field, []).append(value)
            elif field in values:
                values[field] = value  # the last one wins, as in Click
            else:
                values[field] = value
        else:
            positional.append(arg)
        i += 1
    return values, positional


def _fast(argv: list[str]) -> Any:
    """A function that runs the command, or None to leave it to Typer."""
    global_db = None
    if len(argv) >= 2 and argv[0] == "--db":
        global_db, argv = argv[1], argv[2:]
    elif argv and argv[0].startswith("--db="):
        global_db, argv = argv[0][5:], argv[1:]
    if not argv or argv[0] not in ("show", "list"):
        return None
    command, rest = argv[0], argv[1:]
    parsed = _options(rest, _SHOW_OPTIONS if command == "show" else _LIST_OPTIONS)
    if parsed is None:
        return None
    values, positional = parsed
    fmt = values.pop("fmt", "table" if command == "list" else "text").lower()
    db = values.pop("db", None) or global_db
    from tracker import views

    try:
        if command == "show":
            if len(positional) != 1 or fmt not in ("text", "json"):
                return None
            commitment_id = int(positional[0])
            return lambda: views.show(commitment_id, fmt, db)
        if positional or fmt not in ("table", "json", "jsonl", "csv"):
            return None
        if "limit" in values:
            values["limit"] = int(values["limit"])
            if values["limit"] < 1:
                return None
        if "min_confidence" in values:
            values["min_confidence"] = float(values["min_confidence"])
            if not 0.0 <= values["min_confidence"] <= 1.0:
                return None
    except ValueError:
        return None  # Typer says what is wrong with the value
    return lambda: views.list_(fmt=fmt, db=db, **values)


def main() -> None:
    try:
        _main()
    except BrokenPipeError:
        # `tracker list | head`: the reader left; stop quietly, as Unix tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


def _main() -> None:
    run = _fast(sys.argv[1:])
    if run is None:
        import tracker.cli
        from tracker.cli import app

        tracker.cli.FREEZE_AFTER_LOAD = True  # a process of its own: see load_extractor
        sys.exit(app())
    try:
        run()
    except Exception as e:
        message = expected_message(e)
        if message is None:
            raise
        print(f"Error: {' '.join(message.splitlines())}", file=sys.stderr)
        sys.exit(1)
    sys.exit(0)


if __name__ == "__main__":
    main()
