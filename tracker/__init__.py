"""tracker: find commitments in news and statements, store them, track whether they were kept."""

__version__ = "0.1.0"
