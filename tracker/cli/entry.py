"""The `tracker` entry point.

Typer builds an adapter for every option of the command it runs; with its imports that
costs about 0.15 s, more than the 0.1 s `tracker show` has on a database of a million
commitments. So the read-only commands (`list`, `show`, `actors`) are parsed here with
:func:`tracker.cli.spec.parse`, from the same declarations the Typer app is built from,
and run by the same functions (:mod:`tracker.cli.listings`); so is `extract`, whose
start-up counts in every extraction's time (:mod:`tracker.cli.extracting`). Anything else (--help, a
value Typer would refuse, every other command) goes to the Typer app, which gives its
usual help and errors.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence

from tracker.cli.runtime import Runtime
from tracker.errors import expected_message


def _global_db(argv: Sequence[str]) -> tuple[str | None, Sequence[str]] | None:
    """`tracker --db X COMMAND ...`: the global database and the rest, or None if unusual."""
    if argv and argv[0] == "--db":
        return (argv[1], argv[2:]) if len(argv) >= 2 else None
    if argv and argv[0].startswith("--db="):
        return argv[0][len("--db="):], argv[1:]
    return None, argv


def read_only_command(argv: Sequence[str], runtime: Runtime) -> Callable[[], None] | None:
    """The read-only command ``argv`` asks for, ready to run, or None to leave it to Typer."""
    found = _global_db(argv)
    if found is None:
        return None
    global_db, rest = found
    if not rest:
        return None
    from tracker.cli import spec

    command = next((c for c in spec.COMMANDS if c.read_only and c.name == rest[0] and c.group is None), None)
    if command is None:
        return None
    values = spec.parse(command, rest[1:])
    if values is None:
        return None
    from dataclasses import replace

    from tracker.cli.listings import READ_ONLY

    run, runtime = READ_ONLY[command.name], replace(runtime, global_db=global_db)
    return lambda: run(runtime, values)


def extract_command(argv: Sequence[str], runtime: Runtime) -> Callable[[], None] | None:
    """`tracker extract ...`, ready to run without Typer (tracker.cli.extracting), or None
    to leave it to Typer (--help, a value Typer would refuse, TRACKER_WORKERS set, ...)."""
    if not argv or argv[0] != "extract":
        return None
    from tracker.cli import spec

    values = spec.parse(spec.EXTRACT, argv[1:])
    if values is None:
        return None
    from tracker.cli.extracting import extract

    def run() -> None:
        spec.check_range(spec.EXTRACT, values)
        # start-up (the engine's modules, the rules, the tables) builds long-lived objects
        # in bulk: the collector waits until they are loaded and frozen (Runtime.load_extractor)
        if runtime.freeze_after_load:
            gc.disable()
        extract(runtime, values)

    return run


def main() -> None:
    try:
        _main()
    except BrokenPipeError:
        # `tracker list | head`: the reader left; stop quietly, as Unix tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


def _not_utf8(argv: Sequence[str]) -> str | None:
    """The first argument that is not UTF-8 (Python decodes such bytes to lone surrogates,
    which no output or database can take), as the user could type it; else None."""
    import os

    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return os.fsencode(arg).decode("utf-8", "backslashreplace")
    return None


def _main() -> None:
    if (bad := _not_utf8(sys.argv[1:])) is not None:
        print(f"Error: argument '{bad}' is not UTF-8 text", file=sys.stderr)
        sys.exit(1)
    if sys.argv[1:] == ["--version"]:  # answered here: no need to load Typer for it
        from tracker import __version__

        print(f"tracker {__version__}")
        sys.exit(0)
    runtime = Runtime(freeze_after_load=True)  # a process of its own
    run = read_only_command(sys.argv[1:], runtime) or extract_command(sys.argv[1:], runtime)
    if run is None:
        from tracker.cli.app import app

        sys.exit(app(obj=runtime))
    try:
        run()
    except Exception as e:
        message = expected_message(e)
        if message is None:
            raise
        from tracker.output.safe import terminal_text

        print(f"Error: {terminal_text(message, one_line=True)}", file=sys.stderr)
        sys.exit(1)
    sys.exit(0)


if __name__ == "__main__":
    main()
