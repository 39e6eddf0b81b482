"""The one exception type the CLI turns into a clean, one-line error."""


class TrackerError(Exception):
    """A problem the user can fix (bad input, unknown id, unreachable database).

    The CLI prints ``str(error)`` on one line to stderr and exits with status 1; library
    code raises it instead of printing, so the same functions work from tests and scripts.
    """
