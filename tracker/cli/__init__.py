"""The command line: the edge of the program. Options are declared once
(:mod:`~tracker.cli.spec`); the Typer app (:mod:`~tracker.cli.app`) runs every
command, the entry point (:mod:`~tracker.cli.entry`) answers the read-only ones
without loading Typer. Light to import."""
