"""`python -m tracker ...`: the same as the `tracker` command."""

from tracker.cli.entry import main

main()
